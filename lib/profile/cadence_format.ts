/**
 * How the posting-cadence steps write offsets and rounded numbers.
 *
 * @module
 */

/**
 * A UTC offset as a reader writes it: `UTC`, `UTC+5`, `UTC−4` (a true
 * minus sign), `none` for null.
 *
 * @param o Hours added to UTC, or null.
 * @returns The label.
 * @example
 * ```ts
 * import { utcLabel } from "./cadence_format.ts";
 * import { equal } from "node:assert/strict";
 * equal(utcLabel(-4), "UTC−4");
 * equal(utcLabel(5.5), "UTC+5.5");
 * equal(utcLabel(0), "UTC");
 * equal(utcLabel(null), "none");
 * ```
 */
export function utcLabel(o: number | null): string {
  if (o === null) return "none";
  if (o === 0) return "UTC";
  return `UTC${o > 0 ? "+" : "−"}${Math.abs(o)}`;
}

/**
 * A number rounded to `digits` significant digits for display; null and
 * undefined stay null.
 *
 * @param x The number.
 * @param digits Significant digits (default 4).
 * @returns The rounded number, or null.
 * @example
 * ```ts
 * import { sig } from "./cadence_format.ts";
 * import { equal } from "node:assert/strict";
 * equal(sig(0.973166628), 0.9732);
 * equal(sig(1234.56, 3), 1230);
 * equal(sig(null), null);
 * ```
 */
export function sig(
  x: number | null | undefined,
  digits = 4,
): number | null {
  return x === null || x === undefined
    ? null
    : Number(Number(x).toPrecision(digits));
}

/**
 * A row with every number rounded by {@linkcode sig} (4 digits), other
 * values unchanged: the display form of a saved table row.
 *
 * @param row A table row.
 * @returns A rounded copy.
 * @example
 * ```ts
 * import { sigRow } from "./cadence_format.ts";
 * import { deepEqual } from "node:assert/strict";
 * deepEqual(sigRow({ release: "a", b: 0.123456 }), { release: "a", b: 0.1235 });
 * ```
 */
export function sigRow<T extends object>(row: T): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map((
      [k, v],
    ) => [k, typeof v === "number" ? sig(v) : v]),
  );
}
