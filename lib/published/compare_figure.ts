/**
 * Comparing a reproduced number with a published one, honouring the
 * published qualifier.
 *
 * @module
 */

/** How a figure was published: exactly, approximately, or as a bound. */
export type Qualifier = "exactly" | "about" | "more than";

/** The qualifiers `compareFigure` understands. */
export const QUALIFIERS: readonly Qualifier[] = [
  "exactly",
  "about",
  "more than",
];

/** Tolerance of "about", in percent of the published value. */
export const ABOUT_TOLERANCE_PERCENT = 5;

/** Outcome of a comparison. */
export type FigureStatus =
  | "match"
  | "differs"
  | "not_reproducible"
  | "release_absent";

/** What `compareFigure` returns. */
export interface Comparison {
  /** reproduced − published; null when nothing was reproduced. */
  difference: number | null;
  /**
   * (reproduced − published) / published, rounded to 6 decimals (halves
   * away from zero); null when
   * nothing was reproduced or the published value is 0.
   */
  relative_difference: number | null;
  status: "match" | "differs" | "not_reproducible";
}

/** Rounds to 6 decimals, halves away from zero (so ±x round alike). */
function round6(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x) * 1e6) / 1e6;
}

/**
 * Reads a catalog qualifier: absent or empty means "exactly".
 *
 * @param qualifier The catalog's `qualifier` field.
 * @param where Which figure, for the error message.
 * @returns The qualifier.
 * @throws {TypeError} For a qualifier outside `QUALIFIERS`.
 *
 * @example
 * ```ts
 * import { equal } from "node:assert/strict";
 * import { parseQualifier } from "./compare_figure.ts";
 * equal(parseQualifier(undefined, "x"), "exactly");
 * equal(parseQualifier("More than", "x"), "more than");
 * ```
 */
export function parseQualifier(
  qualifier: string | undefined,
  where: string,
): Qualifier {
  const q = (qualifier ?? "").trim().toLowerCase();
  if (q === "") return "exactly";
  if ((QUALIFIERS as readonly string[]).includes(q)) return q as Qualifier;
  throw new TypeError(
    `Read the qualifier of ${where}: unknown qualifier: "${qualifier}". ` +
      `Use one of ${QUALIFIERS.map((x) => `"${x}"`).join(", ")} ` +
      "(or leave it out for an exact figure) in data/catalog.json.",
  );
}

/**
 * Compares a reproduced value with a published one. Rules:
 *
 * - "exactly": match when reproduced = published;
 * - "about": match when |reproduced − published| ≤ 5% of |published|
 *   (`ABOUT_TOLERANCE_PERCENT`; compared as |d|·100 ≤ 5·|published| so
 *   that whole numbers on the boundary are exact);
 * - "more than": match when reproduced > published (strictly);
 * - no reproduced value (null): `not_reproducible`.
 *
 * Otherwise `differs`.
 *
 * @param published The published number.
 * @param reproduced The number computed from the files, or null.
 * @param qualifier How the number was published.
 * @returns Difference, relative difference and status.
 *
 * @example
 * ```ts
 * import { deepEqual, equal } from "node:assert/strict";
 * import { compareFigure } from "./compare_figure.ts";
 * deepEqual(compareFigure(1200, 1140, "about"), {
 *   difference: -60, relative_difference: -0.05, status: "match",
 * });
 * equal(compareFigure(8000000, 8000000, "more than").status, "differs");
 * equal(compareFigure(33, null, "exactly").status, "not_reproducible");
 * ```
 */
export function compareFigure(
  published: number,
  reproduced: number | null,
  qualifier: Qualifier,
): Comparison {
  if (reproduced === null) {
    return {
      difference: null,
      relative_difference: null,
      status: "not_reproducible",
    };
  }
  const difference = reproduced - published;
  const relative_difference = published === 0
    ? null
    : round6(difference / published);
  const ok = qualifier === "exactly"
    ? difference === 0
    : qualifier === "about"
    ? Math.abs(difference) * 100 <=
      ABOUT_TOLERANCE_PERCENT * Math.abs(published)
    : reproduced > published;
  return { difference, relative_difference, status: ok ? "match" : "differs" };
}
