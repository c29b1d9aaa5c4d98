import { sortedSample } from "./_sample.ts";
import { quantile7 } from "./quantile7.ts";

/**
 * First and third quartiles [Q1, Q3] by type-7 quantiles (R's
 * `quantile(x, c(0.25, 0.75))`).
 *
 * @param values Values in any order (no NaN).
 * @returns `[q1, q3]`, or `[NaN, NaN]` for an empty array.
 * @throws {RangeError} When a value is NaN.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { quartiles } from "./iqr.ts";
 * assert.deepEqual(quartiles([1, 2, 3, 4, 5]), [2, 4]);
 * ```
 */
export function quartiles(values: ArrayLike<number>): [number, number] {
  if (values.length === 0) return [NaN, NaN];
  const s = sortedSample("quartiles()", "values", values);
  return [quantile7(s, 0.25), quantile7(s, 0.75)];
}

/**
 * Interquartile range Q3 − Q1 by type-7 quantiles (R's `IQR()`).
 *
 * @param values Values in any order (no NaN).
 * @returns Q3 − Q1, or NaN for an empty array.
 * @throws {RangeError} When a value is NaN.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { iqr } from "./iqr.ts";
 * assert.equal(iqr([1, 2, 3, 4, 5]), 2);
 * ```
 */
export function iqr(values: ArrayLike<number>): number {
  const [q1, q3] = quartiles(values);
  return q3 - q1;
}
