/**
 * Private parameter checks of `coordinationNetwork`.
 *
 * @module
 */

/** Validate Δ, K and the weighting; shared with the null model. */
export function checkParameters(
  window: number,
  minRepeat: number,
  weighting: string,
): void {
  if (!Number.isInteger(window) || window < 0) {
    throw new RangeError(
      `Building a coordination network: the window must be a whole number of seconds ≥ 0: ${window}`,
    );
  }
  if (!Number.isInteger(minRepeat) || minRepeat < 1) {
    throw new RangeError(
      `Building a coordination network: the minimum repeat must be a whole number ≥ 1: ${minRepeat}`,
    );
  }
  if (weighting !== "objects" && weighting !== "coortweet") {
    throw new RangeError(
      `Building a coordination network: unknown weighting: ${weighting}; use "objects" or "coortweet"`,
    );
  }
}
