/**
 * Published-versus-reproduced rows as a reader compares them, and the one
 * table that holds the raw-data releases and the release under study.
 *
 * @module
 */
import type { PublishedRow } from "./reproduce_figures.ts";

/** A published-versus-reproduced row without its source and note. */
export type SideBySideRow = Omit<PublishedRow, "source" | "note">;

/**
 * The rows with published and reproduced numbers side by side: release,
 * figure, published, qualifier, reproduced, difference,
 * relative_difference, status (the source and note are in the saved
 * table).
 *
 * @param rows Rows from `reproduceFigures` or `publishedTable`.
 * @returns The rows, in order.
 *
 * @example
 * ```ts
 * import { deepEqual } from "node:assert/strict";
 * import { sideBySideRows } from "./side_by_side.ts";
 * const [row] = sideBySideRows([{
 *   release: "r", figure: "tweets", source: "s", published: 3,
 *   qualifier: "exactly", reproduced: 3, difference: 0,
 *   relative_difference: 0, status: "match", note: "computed: x",
 * }]);
 * deepEqual(Object.keys(row), [
 *   "release", "figure", "published", "qualifier", "reproduced",
 *   "difference", "relative_difference", "status",
 * ]);
 * ```
 */
export function sideBySideRows(rows: PublishedRow[]): SideBySideRow[] {
  return rows.map((r) => ({
    release: r.release,
    figure: r.figure,
    published: r.published,
    qualifier: r.qualifier,
    reproduced: r.reproduced,
    difference: r.difference,
    relative_difference: r.relative_difference,
    status: r.status,
  }));
}

/**
 * The rows of the catalogued releases found in `data/raw/`, then those of
 * the release under study: its rows replace its own `release_absent` rows,
 * and are left out when the raw-data rows already computed that release.
 *
 * @param rawRows Rows from `publishedTable` (every catalogued release).
 * @param studied Rows of the release under study (`reproduceFigures` or
 *   `checkDemoTruth`).
 * @returns The rows, raw-data rows first.
 *
 * @example
 * ```ts
 * import { deepEqual } from "node:assert/strict";
 * import type { PublishedRow } from "./reproduce_figures.ts";
 * import { mergeStudiedRows } from "./side_by_side.ts";
 * const row = (release: string, status: PublishedRow["status"]) => ({
 *   release, figure: "tweets", source: "s", published: 1,
 *   qualifier: "exactly" as const, reproduced: null, difference: null,
 *   relative_difference: null, status, note: "",
 * });
 * const merged = mergeStudiedRows(
 *   [row("a", "release_absent"), row("b", "release_absent")],
 *   [row("a", "match")],
 * );
 * deepEqual(merged.map((r) => [r.release, r.status]), [
 *   ["b", "release_absent"], ["a", "match"],
 * ]);
 * ```
 */
export function mergeStudiedRows(
  rawRows: PublishedRow[],
  studied: PublishedRow[],
): PublishedRow[] {
  const computed = new Set(
    rawRows.filter((r) => r.status !== "release_absent").map((r) => r.release),
  );
  const replaced = new Set(studied.map((r) => r.release));
  return [
    ...rawRows.filter((r) =>
      !(replaced.has(r.release) && r.status === "release_absent")
    ),
    ...studied.filter((r) => !computed.has(r.release)),
  ];
}
