import { sortedSample } from "./_sample.ts";
import { rankSumAndTies } from "./_tie_groups.ts";
import { pnormTwoSided } from "./_pvalues.ts";

/** Result of {@link mannWhitneyU}. */
export interface MannWhitneyUResult {
  /**
   * W = U of x = R_x − n_x(n_x + 1)/2, where R_x is the sum of the pooled
   * average ranks of x: the number of pairs with x_i > y_j plus half the
   * pairs with x_i = y_j (R's `W`).
   */
  statistic: number;
  /** Two-sided normal-approximation p-value (NaN when all values are tied). */
  pValue: number;
}

/**
 * Wilcoxon–Mann–Whitney rank-sum test, reproducing R's
 * `wilcox.test(x, y, exact = FALSE, correct = TRUE)`:
 *
 * z = (W − n_x n_y/2 − sign(W − n_x n_y/2)·0.5) / σ,
 * σ² = (n_x n_y/12)·((N + 1) − Σ(t³ − t)/(N(N − 1))), N = n_x + n_y,
 * where t runs over the sizes of groups of tied pooled values;
 * p = 2·min(Φ(z), 1 − Φ(z)).
 *
 * Runs in O(N log N) (two sorts and one merge). Infinite values are allowed.
 *
 * @param x First sample (no NaN; at least one value).
 * @param y Second sample (no NaN; at least one value).
 * @returns `{ statistic, pValue }`.
 * @throws {RangeError} When a sample is empty or contains NaN.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mannWhitneyU } from "./mann_whitney_u.ts";
 * const r = mannWhitneyU([1, 2, 3], [2, 3, 4]);
 * assert.equal(r.statistic, 2); // 1 pair with x > y, plus 2 tied pairs × 0.5
 * assert.ok(r.pValue > 0.3 && r.pValue < 0.4);
 * ```
 */
export function mannWhitneyU(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
): MannWhitneyUResult {
  const xs = sortedSample("mannWhitneyU()", "x", x);
  const ys = sortedSample("mannWhitneyU()", "y", y);
  const nx = xs.length;
  const ny = ys.length;
  const { rankSumX, tieTerm } = rankSumAndTies(xs, ys);
  const statistic = rankSumX - nx * (nx + 1) / 2;
  const centred = statistic - nx * ny / 2;
  const sigma = Math.sqrt(
    (nx * ny / 12) *
      ((nx + ny + 1) - tieTerm / ((nx + ny) * (nx + ny - 1))),
  );
  const z = (centred - Math.sign(centred) * 0.5) / sigma;
  return { statistic, pValue: pnormTwoSided(z) };
}
