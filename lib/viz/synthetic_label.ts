/**
 * Marking charts of synthetic data.
 *
 * @module
 */

/** Text appended to the title of every chart of synthetic demo data. */
export const SYNTHETIC_SUFFIX = " — SYNTHETIC DEMO DATA";

/**
 * A chart title that says when the data are synthetic.
 *
 * @param title The chart's title.
 * @param synthetic True when the chart shows the synthetic demo release
 *   (`Release.synthetic`).
 * @returns `title + " — SYNTHETIC DEMO DATA"` when `synthetic`, else `title`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(syntheticLabel("Tweets per day", true), "Tweets per day — SYNTHETIC DEMO DATA");
 * assert.equal(syntheticLabel("Tweets per day", false), "Tweets per day");
 * ```
 */
export function syntheticLabel(title: string, synthetic: boolean): string {
  return synthetic ? title + SYNTHETIC_SUFFIX : title;
}
