/**
 * Jensen–Shannon divergence in bits between two discrete distributions given
 * as counts or probabilities over the same categories:
 * P = p/Σp, Q = q/Σq, M = (P + Q)/2,
 * JSD = ½ Σ_i P_i log₂(P_i/M_i) + ½ Σ_i Q_i log₂(Q_i/M_i), with 0·log 0 = 0.
 * It is symmetric, 0 for identical distributions, 1 for disjoint supports,
 * and the result is clamped to [0, 1] against rounding. (Its square root is
 * the Jensen–Shannon distance, a metric.)
 *
 * @param p Non-negative counts or probabilities (positive sum).
 * @param q Same categories, same length as `p`.
 * @returns JSD in [0, 1].
 * @throws {RangeError} On different lengths, a negative or non-finite entry,
 *   or a zero total.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { jensenShannon } from "./jensen_shannon.ts";
 * assert.equal(jensenShannon([1, 2, 3], [2, 4, 6]), 0);
 * assert.equal(jensenShannon([1, 0], [0, 5]), 1);
 * ```
 */
export function jensenShannon(
  p: ArrayLike<number>,
  q: ArrayLike<number>,
): number {
  if (p.length !== q.length) {
    throw new RangeError(
      `jensenShannon(): cannot compare distributions: lengths differ: ${p.length} vs ${q.length}`,
    );
  }
  const sp = total(p, "p");
  const sq = total(q, "q");
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const a = p[i] / sp;
    const b = q[i] / sq;
    const m = (a + b) / 2;
    if (a > 0) sum += a * Math.log2(a / m);
    if (b > 0) sum += b * Math.log2(b / m);
  }
  return Math.min(1, Math.max(0, sum / 2));
}

function total(v: ArrayLike<number>, name: string): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (typeof x !== "number" || !Number.isFinite(x) || x < 0) {
      throw new RangeError(
        `jensenShannon(): cannot use ${name}: entry ${i} is not a finite value ≥ 0: ${x}`,
      );
    }
    s += x;
  }
  if (!(s > 0)) {
    throw new RangeError(
      `jensenShannon(): cannot use ${name}: its entries sum to 0: pass at least one positive count`,
    );
  }
  return s;
}
