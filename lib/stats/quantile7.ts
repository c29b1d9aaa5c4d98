/**
 * Type-7 sample quantile of already-sorted data (R's `quantile(type = 7)`
 * default, numpy's `linear`): with the 1-based position i = 1 + (n − 1)·p,
 * lo = ⌊i⌋, hi = ⌈i⌉ and w = i − lo, Q(p) = (1 − w)·x_lo + w·x_hi, computed
 * in that form as R does, and x_lo itself when w = 0 or x_lo = x_hi.
 *
 * @param sorted Values sorted ascending (not checked; NaN not allowed).
 * @param p Probability in [0, 1].
 * @returns The quantile, or NaN for an empty array.
 * @throws {RangeError} When p is outside [0, 1].
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { quantile7 } from "./quantile7.ts";
 * assert.equal(quantile7([1, 2, 3, 4], 0.25), 1.75);
 * assert.equal(quantile7([1, 2, 3, 4], 0.5), 2.5);
 * ```
 */
export function quantile7(sorted: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1)) {
    throw new RangeError(
      `quantile7(): cannot take quantile: probability is outside [0, 1]: ${p}`,
    );
  }
  const n = sorted.length;
  if (n === 0) return NaN;
  // 1-based position as in R, so h rounds exactly as R's does.
  const index = 1 + (n - 1) * p;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  const qs = sorted[lo - 1];
  const h = index - lo;
  if (!(index > lo && sorted[hi - 1] !== qs)) return qs;
  return (1 - h) * qs + h * sorted[hi - 1];
}
