import gammainc from "@stdlib/math-base-special-gammainc";

/**
 * Upper tail of the chi-squared distribution, P(X > x) for X ~ χ²(df), as the
 * regularised upper incomplete gamma function Q(df/2, x/2) from
 * `@stdlib/math-base-special-gammainc` (a port of Boost's gamma_q; agrees with
 * R's `pchisq(x, df, lower.tail = FALSE)` to ~1e-14 relative, down to 1e-300).
 *
 * @param x Statistic, ≥ 0.
 * @param df Degrees of freedom, > 0.
 * @returns P(X > x).
 */
export function pchisqUpper(x: number, df: number): number {
  return gammainc(x / 2, df / 2, true, true);
}

/**
 * Two-sided standard-normal p-value 2·min(Φ(z), 1 − Φ(z)) = erfc(|z|/√2) =
 * Q(1/2, z²/2), computed from the upper incomplete gamma function so that it
 * keeps full relative accuracy in the far tail (R computes
 * `2 * min(pnorm(z), pnorm(z, lower.tail = FALSE))`).
 *
 * @param z Standardised statistic (NaN gives NaN).
 * @returns The two-sided p-value.
 */
export function pnormTwoSided(z: number): number {
  if (Number.isNaN(z)) return NaN;
  return gammainc(z * z / 2, 0.5, true, true);
}
