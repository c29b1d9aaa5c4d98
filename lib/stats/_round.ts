/**
 * Private: rounding for display.
 *
 * @module
 */

/**
 * `x` to `digits` significant digits, except that the integer part is
 * never rounded away (2017 stays 2017 at 3 digits, 0.012345 becomes
 * 0.0123); non-finite values give null.
 */
export function roundForDisplay(x: number, digits: number): number | null {
  if (!Number.isFinite(x)) return null;
  if (Math.abs(x) >= 10 ** digits) return Math.round(x);
  return Number(x.toPrecision(digits));
}
