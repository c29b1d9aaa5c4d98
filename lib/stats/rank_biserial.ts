import { sortedSample } from "./_sample.ts";
import { rankSumAndTies } from "./_tie_groups.ts";

/**
 * Rank-biserial correlation of a two-sample rank-sum comparison, by Kerby's
 * (2014) simple difference formula: r = (favourable − unfavourable pairs) /
 * (n_x n_y) = 2W/(n_x n_y) − 1, with W = R_x − n_x(n_x + 1)/2 the
 * Mann–Whitney U of x (ties count half). Sign convention: positive when x
 * tends to exceed y. It equals {@link cliffsDelta}(x, y) in value (it is the
 * same quantity computed from the rank sum); formulas written as
 * 1 − 2U/(n_x n_y) with U of x give the opposite sign.
 *
 * @param x First sample (no NaN; at least one value).
 * @param y Second sample (no NaN; at least one value).
 * @returns r in [−1, 1].
 * @throws {RangeError} When a sample is empty or contains NaN.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { rankBiserial } from "./rank_biserial.ts";
 * assert.equal(rankBiserial([4, 5, 6], [1, 2, 3]), 1);
 * assert.equal(rankBiserial([1, 2, 3], [2, 3, 4]), -5 / 9);
 * ```
 */
export function rankBiserial(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
): number {
  const xs = sortedSample("rankBiserial()", "x", x);
  const ys = sortedSample("rankBiserial()", "y", y);
  const nx = xs.length;
  const ny = ys.length;
  const { rankSumX } = rankSumAndTies(xs, ys);
  // 2W − n_x n_y is an exact integer (2·R_x is), so divide once.
  return (2 * rankSumX - nx * (nx + 1) - nx * ny) / (nx * ny);
}
