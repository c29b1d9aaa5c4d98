/**
 * Copies a numeric sample into a sorted Float64Array after checking it.
 *
 * @param fnName Calling function, for the error message.
 * @param argName Argument name, for the error message.
 * @param values The sample.
 * @returns The values sorted ascending.
 * @throws {RangeError} When the sample is empty or holds NaN (or a non-number).
 */
export function sortedSample(
  fnName: string,
  argName: string,
  values: ArrayLike<number>,
): Float64Array {
  const n = values.length;
  if (n < 1) {
    throw new RangeError(
      `${fnName}: cannot use ${argName}: it is empty: pass at least one value`,
    );
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (typeof v !== "number" || Number.isNaN(v)) {
      throw new RangeError(
        `${fnName}: cannot use ${argName}: value at index ${i} is not a number: ${v}: drop missing values first (comparisonTable() drops and counts them)`,
      );
    }
    out[i] = v;
  }
  return out.sort();
}
