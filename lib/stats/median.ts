import { sortedSample } from "./_sample.ts";

/**
 * Sample median as R's `median()`: the middle value for odd n, the mean of
 * the two middle values, (a + b)/2, for even n. Agrees with
 * `quantile7(sorted, 0.5)` up to the last bit.
 *
 * @param values Values in any order (no NaN).
 * @returns The median, or NaN for an empty array.
 * @throws {RangeError} When a value is NaN.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { median } from "./median.ts";
 * assert.equal(median([3, 1, 2]), 2);
 * assert.equal(median([4, 1, 3, 2]), 2.5);
 * ```
 */
export function median(values: ArrayLike<number>): number {
  if (values.length === 0) return NaN;
  const s = sortedSample("median()", "values", values);
  const half = s.length >> 1;
  return s.length % 2 === 1 ? s[half] : (s[half - 1] + s[half]) / 2;
}
