/**
 * Weekday × hour-of-day activity heatmap.
 *
 * @module
 */
import type { ChartSpec } from "./_spec.ts";
import { chartFrame, type ChartOptions } from "./_chart.ts";
import { type Weekday, WEEKDAYS } from "../io/weekdays.ts";

/** One heatmap cell. */
export interface WeekdayHourRow {
  /** `Mon` … `Sun`. */
  weekday: Weekday;
  /** Hour of day, 0–23. */
  hour: number;
  count: number;
}

/**
 * Rows for {@link weekdayHourHeatmap} from a 7 × 24 matrix.
 *
 * @param matrix `matrix[d][h]` = count on weekday `d` (0 = Monday … 6 =
 *   Sunday, i.e. ISO weekday − 1, as polars `dt.weekday()` − 1) at hour `h`
 *   (0–23, in the time zone the counts were made in — UTC in this project).
 * @returns 168 rows, Monday 0h first, hour varying fastest.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const m = Array.from({ length: 7 }, (_, d) => Array.from({ length: 24 }, (_, h) => d * 100 + h));
 * const rows = weekdayHourRows(m);
 * assert.deepEqual(rows[25], { weekday: "Tue", hour: 1, count: 101 });
 * ```
 */
export function weekdayHourRows(
  matrix: readonly (readonly number[])[],
): WeekdayHourRow[] {
  if (matrix.length !== 7 || matrix.some((r) => r.length !== 24)) {
    throw new RangeError(
      `Build weekday × hour rows: expected 7 rows of 24 counts (Monday first): ${matrix.length} rows of lengths ${
        matrix.map((r) => r.length).join(",")
      }`,
    );
  }
  return matrix.flatMap((row, d) =>
    row.map((count, hour) => ({ weekday: WEEKDAYS[d], hour, count }))
  );
}

/** Options of {@link weekdayHourHeatmap}. */
export interface WeekdayHourHeatmapOptions extends ChartOptions {
  /** Legend title; default `Tweets`. */
  countTitle?: string;
  /** Hour axis title; default `Hour of day (UTC)`. */
  hourTitle?: string;
  /**
   * Field the colour shows; default `count`. Give `share` (rows with a
   * share of each panel's total) so that facets of sets of different sizes
   * share one colour scale.
   */
  colorField?: string;
  /** d3 number format of the legend, e.g. `.1%` for shares; default none. */
  legendFormat?: string;
}

/**
 * Vega-lite spec of a weekday × hour heatmap: rows Mon (top) … Sun, columns
 * 0 … 23, colour = count (sequential "blues", zero = lightest). Data: rows
 * with fields `weekday` (`Mon`…`Sun`), `hour` (0–23), `count`, as
 * {@link weekdayHourRows} makes (colour another field with `colorField`).
 *
 * @param o Titles, colour field and legend format.
 * @returns The spec (no data).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const s = weekdayHourHeatmap({ title: "When accounts tweet", synthetic: false });
 * assert.ok(JSON.stringify(s).includes('"sort":["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]'));
 * const share = weekdayHourHeatmap({
 *   title: "Shares", synthetic: false, colorField: "share", legendFormat: ".1%",
 * }) as { encoding: { color: { field: string; legend: unknown } } };
 * assert.equal(share.encoding.color.field, "share");
 * assert.deepEqual(share.encoding.color.legend, { format: ".1%" });
 * ```
 */
export function weekdayHourHeatmap(
  o: WeekdayHourHeatmapOptions,
): ChartSpec {
  return {
    ...chartFrame(o),
    mark: { type: "rect" },
    encoding: {
      x: {
        field: "hour",
        type: "ordinal",
        sort: Array.from({ length: 24 }, (_, h) => h),
        title: o.hourTitle ?? "Hour of day (UTC)",
        axis: { labelAngle: 0 },
      },
      y: {
        field: "weekday",
        type: "ordinal",
        sort: [...WEEKDAYS],
        title: null,
      },
      color: {
        field: o.colorField ?? "count",
        type: "quantitative",
        title: o.countTitle ?? "Tweets",
        scale: { scheme: "blues", zero: true },
        ...(o.legendFormat === undefined
          ? {}
          : { legend: { format: o.legendFormat } }),
      },
    },
    config: { axis: { grid: false } },
  } as ChartSpec;
}
