import { sortedSample } from "./_sample.ts";
import { dominanceCounts } from "./_tie_groups.ts";

/**
 * Cliff's delta (Cliff 1993): δ = P(X > Y) − P(X < Y) over all n_x·n_y pairs,
 * i.e. (#{x_i > y_j} − #{x_i < y_j}) / (n_x n_y). Equivalently
 * δ = 2W/(n_x n_y) − 1 with W the Mann–Whitney U of x (R's `wilcox.test`
 * statistic). Positive when x tends to exceed y; in [−1, 1].
 *
 * Computed in O(n log n): sort both samples and count dominance in one merge
 * (the count difference is an exact integer, divided once).
 * Conventional magnitude labels (Romano et al. 2006): |δ| < 0.147 negligible,
 * < 0.33 small, < 0.474 medium, otherwise large.
 *
 * @param x First sample (no NaN; at least one value).
 * @param y Second sample (no NaN; at least one value).
 * @returns δ in [−1, 1].
 * @throws {RangeError} When a sample is empty or contains NaN.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { cliffsDelta } from "./cliffs_delta.ts";
 * // pairs: 1 with x > y, 6 with x < y, 2 tied, of 9
 * assert.equal(cliffsDelta([1, 2, 3], [2, 3, 4]), -5 / 9);
 * ```
 */
export function cliffsDelta(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
): number {
  const xs = sortedSample("cliffsDelta()", "x", x);
  const ys = sortedSample("cliffsDelta()", "y", y);
  return cliffsDeltaSorted(xs, ys);
}

/**
 * Cliff's delta of two samples already sorted ascending (no checks).
 *
 * @param xs First sample, sorted.
 * @param ys Second sample, sorted.
 * @returns δ.
 */
export function cliffsDeltaSorted(xs: Float64Array, ys: Float64Array): number {
  const { greater, less } = dominanceCounts(xs, ys);
  return (greater - less) / (xs.length * ys.length);
}
