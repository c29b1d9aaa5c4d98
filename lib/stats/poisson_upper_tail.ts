/**
 * Poisson upper tail probability.
 *
 * @module
 */
import gammainc from "@stdlib/math-base-special-gammainc";

/**
 * P(X ≥ k) for X ~ Poisson(λ): the one-sided upper-tail p-value of
 * observing `k` or more events when `lambda` are expected. Equal to R's
 * `ppois(k - 1, lambda, lower.tail = FALSE)`.
 *
 * Computed as the regularised lower incomplete gamma function P(k, λ)
 * (the identity P(X ≥ k) = P(k, λ) for integer k ≥ 1), evaluated by
 * `@stdlib/math-base-special-gammainc` (a port of Boost's `gamma_p`,
 * accurate to a few ulps even for tails far below 1e-16, where `1 - cdf`
 * would underflow to 0). k ≤ 0 gives 1; λ = 0 with k ≥ 1 gives 0.
 *
 * @param k observed count (a whole number)
 * @param lambda expected count, finite and ≥ 0
 * @returns the probability P(X ≥ k)
 * @example
 * ```ts
 * import { poissonUpperTail } from "./poisson_upper_tail.ts";
 * import { ok } from "node:assert/strict";
 * // R: ppois(9, 2.5, lower.tail = FALSE) = 0.00027735209462083593
 * ok(Math.abs(poissonUpperTail(10, 2.5) / 0.00027735209462083593 - 1) < 1e-12);
 * ```
 */
export function poissonUpperTail(k: number, lambda: number): number {
  if (!Number.isInteger(k)) {
    throw new RangeError(
      `Computing a Poisson tail: the count is not a whole number: ${k}.`,
    );
  }
  if (!Number.isFinite(lambda) || lambda < 0) {
    throw new RangeError(
      `Computing a Poisson tail: the expected count is not finite and >= 0: ${lambda}.`,
    );
  }
  if (k <= 0) return 1;
  if (lambda === 0) return 0;
  return gammainc(lambda, k, true, false);
}
