/**
 * Upper tail of the Poisson binomial distribution.
 *
 * @module
 */

/**
 * P(S ≥ c) for S = I₁ + … + Iₙ, independent Bernoulli variables with
 * P(Iⱼ = 1) = qⱼ (the Poisson binomial distribution; a binomial when every
 * qⱼ is equal).
 *
 * Computed exactly by the recursive formula (Hong 2013, "RF"): the
 * distribution of the partial sums is updated one variable at a time,
 * P(S_j = k) = P(S_{j−1} = k)(1 − qⱼ) + P(S_{j−1} = k − 1) qⱼ. Only the
 * states that the tail needs are kept: for c ≤ n / 2 the states 0 … c − 1
 * plus one state that collects S ≥ c; otherwise the same is done for the
 * complementary count n − S, whose states 0 … n − c are summed. Every step
 * adds non-negative terms (no subtraction from 1), so tails far below
 * machine epsilon keep full relative precision until they underflow (below
 * about 1e-308 they become 0). Work is O(n · min(c, n − c + 1)).
 *
 * No well-kept npm package computes this (R's `poibin` and Python's
 * `fast-poibin` have no JavaScript port); the values are checked against R
 * (a convolution, and `pbinom` for equal probabilities) in
 * `testdata/r_reference.json`.
 *
 * Reference: Hong, Y. (2013). On computing the distribution function for
 * the Poisson binomial distribution. Computational Statistics & Data
 * Analysis 59, 41–51.
 *
 * @param q The success probabilities, each in [0, 1].
 * @param c The threshold, an integer (c ≤ 0 gives 1, c > n gives 0).
 * @returns P(S ≥ c).
 * @throws {RangeError} When a probability is outside [0, 1] or c is not an
 *   integer.
 *
 * @example
 * ```ts
 * import { equal } from "node:assert/strict";
 * import { poissonBinomialTail } from "./poisson_binomial_tail.ts";
 * // P(S = 3) = 0.1 · 0.2 · 0.2
 * equal(poissonBinomialTail([0.1, 0.2, 0.2], 3).toFixed(12), "0.004000000000");
 * equal(poissonBinomialTail([0.5, 0.5], 1), 0.75);
 * ```
 */
export function poissonBinomialTail(q: ArrayLike<number>, c: number): number {
  if (!Number.isInteger(c)) {
    throw new RangeError(
      `poissonBinomialTail(): the threshold must be an integer: ${c}`,
    );
  }
  const n = q.length;
  for (let j = 0; j < n; j++) {
    if (!(q[j] >= 0 && q[j] <= 1)) {
      throw new RangeError(
        `poissonBinomialTail(): entry ${j} is not a probability in [0, 1]: ${
          q[j]
        }`,
      );
    }
  }
  if (c <= 0) return 1;
  if (c > n) return 0;
  if (c <= n / 2) {
    // f[k] = P(S_j = k) for k < c; atLeast = P(S_j ≥ c).
    const f = new Float64Array(c);
    f[0] = 1;
    let atLeast = 0;
    for (let j = 0; j < n; j++) {
      const p = q[j];
      atLeast += f[c - 1] * p;
      for (let k = c - 1; k >= 1; k--) f[k] = f[k] * (1 - p) + f[k - 1] * p;
      f[0] *= 1 - p;
    }
    return atLeast;
  }
  // S ≥ c ⇔ n − S ≤ n − c: the complementary count, states 0 … n − c.
  const m = n - c;
  const g = new Float64Array(m + 1);
  g[0] = 1;
  for (let j = 0; j < n; j++) {
    const p = 1 - q[j];
    for (let k = m; k >= 1; k--) g[k] = g[k] * (1 - p) + g[k - 1] * p;
    g[0] *= 1 - p;
  }
  let sum = 0;
  for (let k = 0; k <= m; k++) sum += g[k];
  return sum;
}
