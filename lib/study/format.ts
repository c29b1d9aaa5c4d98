/**
 * Numbers as the study's sentences write them, one definition each.
 *
 * @module
 */

/**
 * A share as a percentage: `pct(0.1234)` is `"12.3%"`; missing or NaN is
 * `"n/a"`.
 *
 * @param x A share between 0 and 1 (or null).
 * @param digits Decimals (default 1).
 *
 * @example
 * ```ts
 * import { pct } from "./format.ts";
 * import { equal } from "node:assert/strict";
 * equal(pct(0.1234), "12.3%");
 * equal(pct(1, 0), "100%");
 * equal(pct(null), "n/a");
 * ```
 */
export function pct(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined || Number.isNaN(x)
    ? "n/a"
    : `${(100 * x).toFixed(digits)}%`;
}

/**
 * A count with thousands separators: `fmtCount(105704)` is `"105,704"`.
 *
 * @example
 * ```ts
 * import { fmtCount } from "./format.ts";
 * import { equal } from "node:assert/strict";
 * equal(fmtCount(105704), "105,704");
 * ```
 */
export function fmtCount(n: number): string {
  return n.toLocaleString("en-US");
}

/**
 * A p- or q-value in scientific notation with 2 decimals (`"3.60e-75"`).
 *
 * @example
 * ```ts
 * import { fmtP } from "./format.ts";
 * import { equal } from "node:assert/strict";
 * equal(fmtP(0.00184), "1.84e-3");
 * ```
 */
export function fmtP(p: number): string {
  return p.toExponential(2);
}

/**
 * A UTC day (`YYYY-MM-DD`) from epoch milliseconds or a Date.
 *
 * @example
 * ```ts
 * import { isoDay } from "./format.ts";
 * import { equal } from "node:assert/strict";
 * equal(isoDay(Date.UTC(2019, 0, 23, 23, 59)), "2019-01-23");
 * ```
 */
export function isoDay(t: number | Date): string {
  return (typeof t === "number" ? new Date(t) : t).toISOString().slice(0, 10);
}

/** A demo check's verdict, as the check tables print it. */
export function verdict(met: boolean): "MET" | "NOT MET" {
  return met ? "MET" : "NOT MET";
}

/**
 * One row of a check table (a planted truth of the demo, a negative
 * control): what was checked, what was expected, what was observed, and
 * whether it was met.
 */
export interface CheckRow {
  check: string;
  expected: string;
  observed: string;
  verdict: "MET" | "NOT MET";
}
