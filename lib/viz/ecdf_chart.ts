/**
 * Empirical cumulative distribution functions for several groups.
 *
 * @module
 */
import type { ChartSpec } from "./_spec.ts";
import { chartFrame, type ChartOptions } from "./_chart.ts";

/** One ECDF step. */
export interface EcdfRow {
  group: string;
  /** A distinct observed value. */
  value: number;
  /** Share of the group's values ≤ `value`. */
  ecdf: number;
}

/**
 * ECDF steps per group. For a group with finite values v₁…vₙ (null, NaN and
 * ±Infinity are dropped and not counted in n), ECDF(x) = #{i : vᵢ ≤ x} / n;
 * one row per distinct value x, ascending, so the last row of each group has
 * `ecdf` = 1. Groups come out in the order given; a group with no finite
 * values gives no rows.
 *
 * Runs in JS: meant for per-account metrics (up to about a million values),
 * not tweet-level columns.
 *
 * @param groups Group name → values (object or Map).
 * @returns Rows for {@link ecdfChart}.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(ecdfRows({ a: [3, 1, 3, NaN] }), [
 *   { group: "a", value: 1, ecdf: 1 / 3 },
 *   { group: "a", value: 3, ecdf: 1 },
 * ]);
 * ```
 */
export function ecdfRows(
  groups:
    | Record<string, Iterable<number | null>>
    | Map<string, Iterable<number | null>>,
): EcdfRow[] {
  const entries = groups instanceof Map
    ? [...groups.entries()]
    : Object.entries(groups);
  const out: EcdfRow[] = [];
  for (const [group, values] of entries) {
    const xs = Float64Array.from(
      [...values].filter((v): v is number =>
        typeof v === "number" && Number.isFinite(v)
      ),
    ).sort();
    const n = xs.length;
    for (let i = 0; i < n; i++) {
      if (i + 1 < n && xs[i + 1] === xs[i]) continue;
      out.push({ group, value: xs[i], ecdf: (i + 1) / n });
    }
  }
  return out;
}

/** Options of {@link ecdfChart}. */
export interface EcdfChartOptions extends ChartOptions {
  /** Axis title of the metric, e.g. `Tweets per account`. */
  xTitle: string;
  /** Default `Share of accounts ≤ x`. */
  yTitle?: string;
  /** `linear` (default), `log` (values must be > 0) or `symlog`. */
  xScale?: "linear" | "log" | "symlog";
  /** Legend title; default `Group`. */
  groupTitle?: string;
}

/**
 * Vega-lite spec of step-function ECDF lines, one colour per group. Data:
 * rows with fields `group`, `value`, `ecdf`, as {@link ecdfRows} makes.
 *
 * @param options Titles and x scale.
 * @returns The spec (no data).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const s = ecdfChart({ title: "Activity", synthetic: false, xTitle: "Tweets" });
 * assert.ok(JSON.stringify(s).includes('"interpolate":"step-after"'));
 * ```
 */
export function ecdfChart(o: EcdfChartOptions): ChartSpec {
  return {
    ...chartFrame(o),
    mark: { type: "line", interpolate: "step-after", strokeWidth: 1.5 },
    encoding: {
      x: {
        field: "value",
        type: "quantitative",
        title: o.xTitle,
        scale: o.xScale === "log"
          ? { type: "log" }
          : { type: o.xScale ?? "linear", zero: false },
      },
      y: {
        field: "ecdf",
        type: "quantitative",
        title: o.yTitle ?? "Share of accounts ≤ x",
        scale: { domain: [0, 1] },
        axis: { format: ".0%" },
      },
      color: {
        field: "group",
        type: "nominal",
        title: o.groupTitle ?? "Group",
        sort: null,
      },
    },
  } as ChartSpec;
}
