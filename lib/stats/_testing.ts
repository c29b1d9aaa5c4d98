/**
 * Test helpers: the R reference fixtures and a tolerance check.
 *
 * @module
 */
import assert from "node:assert/strict";

/** Relative tolerance for R agreement. */
export const REL_TOL = 1e-9;
/** Absolute tolerance near zero. */
export const ABS_TOL = 1e-15;

/**
 * Asserts `actual` matches R's `expected` within 1e-9 relative or 1e-15
 * absolute; `expected === null` (R's NA/NaN) requires NaN.
 *
 * @param actual Computed value.
 * @param expected R's value, or null for NA/NaN.
 * @param label Shown on failure.
 */
export function assertClose(
  actual: number,
  expected: number | null,
  label: string,
): void {
  if (expected === null) {
    assert.ok(Number.isNaN(actual), `${label}: expected NaN, got ${actual}`);
    return;
  }
  const diff = Math.abs(actual - expected);
  assert.ok(
    diff <= REL_TOL * Math.abs(expected) || diff <= ABS_TOL,
    `${label}: got ${actual}, R gives ${expected} (difference ${diff})`,
  );
}

/**
 * Element-wise {@link assertClose} for arrays of equal length.
 *
 * @param actual Computed values.
 * @param expected R's values (null for NA).
 * @param label Shown on failure.
 */
export function assertAllClose(
  actual: ArrayLike<number>,
  expected: readonly (number | null)[],
  label: string,
): void {
  assert.equal(actual.length, expected.length, `${label}: length`);
  for (let i = 0; i < expected.length; i++) {
    assertClose(actual[i], expected[i], `${label}[${i}]`);
  }
}

/** Parsed `testdata/r_reference.json` (see `testdata/make_fixtures.R`). */
// deno-lint-ignore no-explicit-any
export const R_REFERENCE: any = JSON.parse(
  Deno.readTextFileSync(
    new URL("./testdata/r_reference.json", import.meta.url),
  ),
);

/** Folder of the shared real test data, relative to this file. */
export const REALDATA = new URL("../../../shared/realdata/", import.meta.url);

/** Whether a real-data file exists. */
export function realDataExists(relative: string): boolean {
  try {
    Deno.statSync(new URL(relative, REALDATA));
    return true;
  } catch {
    return false;
  }
}
