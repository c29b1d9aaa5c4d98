/**
 * Histograms from pre-binned counts.
 *
 * @module
 */
import * as d3 from "d3";
import type { ChartSpec } from "./_spec.ts";
import { chartFrame, type ChartOptions } from "./_chart.ts";

/** One histogram bin. */
export interface BinRow {
  /** Lower edge (inclusive). */
  bin_start: number;
  /** Upper edge (exclusive, except in the last bin). */
  bin_end: number;
  count: number;
}

/** Options of {@link binRows}. */
export interface BinRowsOptions {
  /**
   * A bin count (a hint: d3 picks "nice" edges near it; default d3's Sturges
   * rule) or the explicit inner edges.
   */
  thresholds?: number | number[];
  /** [min, max] to bin over; default the data's extent. Values outside are dropped. */
  domain?: [number, number];
}

/**
 * Histogram bins with d3.bin: each bin holds values x with
 * bin_start ≤ x < bin_end, and the last bin also holds x = bin_end. Null, NaN
 * and ±Infinity are dropped. Runs in JS: for tweet-level columns bin in
 * polars and pass the counts instead.
 *
 * @param values Numbers to bin.
 * @param options `thresholds`, `domain`.
 * @returns One row per bin, ascending.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(binRows([0, 1, 1, 2], { thresholds: [1] }), [
 *   { bin_start: 0, bin_end: 1, count: 1 },
 *   { bin_start: 1, bin_end: 2, count: 3 },
 * ]);
 * ```
 */
export function binRows(
  values: Iterable<number | null>,
  { thresholds, domain }: BinRowsOptions = {},
): BinRow[] {
  const xs = [...values].filter((v): v is number =>
    typeof v === "number" && Number.isFinite(v)
  );
  let bin = d3.bin();
  if (domain !== undefined) bin = bin.domain(domain);
  if (typeof thresholds === "number") bin = bin.thresholds(thresholds);
  else if (thresholds !== undefined) bin = bin.thresholds(thresholds);
  return bin(xs).map((b: number[] & { x0: number; x1: number }) => ({
    bin_start: b.x0,
    bin_end: b.x1,
    count: b.length,
  }));
}

/** Options of {@link histogramChart}. */
export interface HistogramChartOptions extends ChartOptions {
  /** Axis title of the binned metric. */
  xTitle: string;
  /** Default `Count`. */
  yTitle?: string;
}

/**
 * Vega-lite spec of a histogram from bin rows (`bin_start`, `bin_end`,
 * `count`, as {@link binRows} makes), drawn as adjacent bars.
 *
 * @param options Titles.
 * @returns The spec (no data).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const s = histogramChart({ title: "Followers", synthetic: false, xTitle: "Followers" });
 * assert.ok(JSON.stringify(s).includes('"binned":true'));
 * ```
 */
export function histogramChart(o: HistogramChartOptions): ChartSpec {
  return {
    ...chartFrame(o),
    mark: { type: "bar", binSpacing: 1 },
    encoding: {
      x: {
        field: "bin_start",
        type: "quantitative",
        bin: { binned: true },
        title: o.xTitle,
      },
      x2: { field: "bin_end" },
      y: { field: "count", type: "quantitative", title: o.yTitle ?? "Count" },
    },
  } as ChartSpec;
}
