/**
 * Counts per category as sorted horizontal bars.
 *
 * @module
 */
import type { ChartSpec } from "./_spec.ts";
import { chartFrame, type ChartOptions } from "./_chart.ts";

/** Options of {@link categoryBarChart}. */
export interface CategoryBarChartOptions extends ChartOptions {
  /** Category field; default `category`. */
  category?: string;
  /** Count field; default `count`. */
  count?: string;
  /** Default: the category field name. */
  categoryTitle?: string;
  /** Default `Count`. */
  countTitle?: string;
}

/**
 * Vega-lite spec of horizontal bars, one per category, largest count on top
 * (ties keep data order), with the count written at the end of each bar.
 * One row per category is expected (rows are not summed); cut the list to
 * the top N before passing the data.
 *
 * @param options Fields and titles.
 * @returns The spec (no data).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const s = categoryBarChart({ title: "Languages", synthetic: false, category: "lang" });
 * assert.ok(JSON.stringify(s).includes('"order":"descending"'));
 * ```
 */
export function categoryBarChart(o: CategoryBarChartOptions): ChartSpec {
  const category = o.category ?? "category";
  const count = o.count ?? "count";
  const y = {
    field: category,
    type: "nominal",
    sort: { field: count, op: "sum", order: "descending" },
    title: o.categoryTitle ?? category,
  };
  const x = {
    field: count,
    type: "quantitative",
    title: o.countTitle ?? "Count",
  };
  return {
    ...chartFrame(o),
    encoding: { y, x },
    layer: [
      { mark: { type: "bar", color: "#4c78a8" } },
      {
        mark: { type: "text", align: "left", baseline: "middle", dx: 3 },
        encoding: { text: { field: count, type: "quantitative", format: "," } },
      },
    ],
  } as ChartSpec;
}
