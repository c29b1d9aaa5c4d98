/**
 * The releases a published-figures table could not compute, with where to
 * get them.
 *
 * @module
 */
import type { PublishedRow } from "./reproduce_figures.ts";

/** One absent release (or combined entry). */
export interface AbsentRelease {
  release: string;
  /** Published numbers waiting for it (weekday tables count 7). */
  figures: number;
  /** Where to get it: the `computed:` part of the rows' note. */
  where: string;
}

/**
 * The `release_absent` rows grouped by release, in first-seen order.
 *
 * @param rows Rows from `publishedTable` or `reproduceFigures`.
 * @returns One entry per absent release.
 *
 * @example
 * ```ts
 * import { deepEqual } from "node:assert/strict";
 * import { absentReleases } from "./absent_releases.ts";
 * const row = {
 *   release: "r", figure: "tweets", source: "s", published: 1,
 *   qualifier: "exactly" as const, reproduced: null, difference: null,
 *   relative_difference: null, status: "release_absent" as const,
 *   note: "published: q | computed: get it",
 * };
 * deepEqual(absentReleases([row, row]), [{ release: "r", figures: 2, where: "get it" }]);
 * ```
 */
export function absentReleases(rows: PublishedRow[]): AbsentRelease[] {
  const out = new Map<string, AbsentRelease>();
  for (const r of rows) {
    if (r.status !== "release_absent") continue;
    const seen = out.get(r.release);
    if (seen) {
      seen.figures++;
      continue;
    }
    const at = r.note.lastIndexOf("computed: ");
    out.set(r.release, {
      release: r.release,
      figures: 1,
      where: at < 0 ? r.note : r.note.slice(at + "computed: ".length),
    });
  }
  return [...out.values()];
}
