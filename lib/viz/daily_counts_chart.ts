/**
 * Counts per day over time.
 *
 * @module
 */
import type { ChartSpec } from "./_spec.ts";
import { chartFrame, type ChartOptions } from "./_chart.ts";

/** Options of {@link dailyCountsChart}. */
export interface DailyCountsChartOptions extends ChartOptions {
  /** Day field: `YYYY-MM-DD` string or Date at UTC midnight; default `day`. */
  x?: string;
  /** Count field; default `count`. */
  y?: string;
  /** Optional series field (one line or bar colour per value). */
  color?: string;
  /** `line` (default) or `bar` (stacked when `color` is set). */
  mark?: "line" | "bar";
  /** Default `Day (UTC)`. */
  xTitle?: string;
  /** Default `Tweets per day`. */
  yTitle?: string;
}

/**
 * Vega-lite spec of a count per UTC day (data not included: pass rows to
 * {@link saveFigure} or {@link show}). Days are read as UTC
 * (`timeUnit: "utcyearmonthdate"`), so output does not depend on the machine's
 * time zone. Rows with the same day (and series) are summed. Days missing
 * from the data are not drawn as zero: fill them in first if a zero is meant.
 *
 * @param options Fields, mark, titles.
 * @returns The spec.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const s = dailyCountsChart({ title: "Tweets per day", synthetic: true });
 * assert.deepEqual(s.title, { text: "Tweets per day — SYNTHETIC DEMO DATA" });
 * ```
 */
export function dailyCountsChart(o: DailyCountsChartOptions): ChartSpec {
  const x = o.x ?? "day";
  const y = o.y ?? "count";
  const mark = o.mark ?? "line";
  return {
    ...chartFrame(o),
    mark: mark === "line"
      ? { type: "line", interpolate: "linear", strokeWidth: 1.5 }
      : { type: "bar" },
    encoding: {
      x: {
        field: x,
        type: "temporal",
        timeUnit: "utcyearmonthdate",
        title: o.xTitle ?? "Day (UTC)",
        axis: { labelAngle: 0 },
      },
      y: {
        field: y,
        type: "quantitative",
        title: o.yTitle ?? "Tweets per day",
        aggregate: "sum",
      },
      ...(o.color === undefined
        ? {}
        : { color: { field: o.color, type: "nominal", title: o.color } }),
    },
  } as ChartSpec;
}
