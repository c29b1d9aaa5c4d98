/**
 * Reproducing the published figures of one catalog entry.
 *
 * @module
 */
import type { Release } from "../io/mod.ts";
import {
  compareFigure,
  type FigureStatus,
  parseQualifier,
  type Qualifier,
} from "./compare_figure.ts";
import { combineReleases } from "./combine_releases.ts";
import {
  type FigureKey,
  FIGURES,
  type FigureValue,
  WEEKDAYS,
} from "./figures.ts";
import type { CatalogEntry, PublishedFigure } from "./read_catalog.ts";

/**
 * One published number beside the number the files give. Weekday tables
 * are one row per day, with `figure` = `tweets_by_weekday.Mon` and so on.
 */
export interface PublishedRow {
  /** The catalog entry's `release` (for combined entries, its label). */
  release: string;
  /** Figure key, e.g. `tweets` or `tweets_by_weekday.Mon`. */
  figure: string;
  /** Who published the number. */
  source: string;
  published: number;
  /** How the number was published ("exactly" when the catalog says nothing). */
  qualifier: Qualifier;
  /** The number computed from the files, or null. */
  reproduced: number | null;
  /** reproduced − published, or null. */
  difference: number | null;
  /** difference / published rounded to 6 decimals, or null. */
  relative_difference: number | null;
  status: FigureStatus;
  /**
   * `published: <catalog note>` when the catalog has one, then
   * `computed: <how>` (or why it is absent or not reproducible).
   */
  note: string;
}

/** Options of `reproduceFigures`. */
export interface ReproduceOptions {
  /** Note for `release_absent` rows when `releases` is empty. */
  absentNote?: string;
}

function joinNote(figure: PublishedFigure, computed: string): string {
  return [
    figure.note ? `published: ${figure.note}` : "",
    `computed: ${computed}`,
  ].filter((s) => s !== "").join(" | ");
}

function isFigureKey(key: string): key is FigureKey {
  return Object.hasOwn(FIGURES, key);
}

/** Published values by row: one number, or one per weekday. */
function publishedParts(
  figure: PublishedFigure,
  where: string,
): Array<[string, number, string]> {
  if (typeof figure.value === "number") {
    return [[figure.figure, figure.value, ""]];
  }
  const table = figure.value;
  const missing = WEEKDAYS.filter((d) => typeof table[d] !== "number");
  const extra = Object.keys(table).filter((k) =>
    !(WEEKDAYS as readonly string[]).includes(k)
  );
  if (missing.length > 0 || extra.length > 0) {
    throw new TypeError(
      `Read the weekday table of ${where}: expected keys Mon … Sun, got: ${
        Object.keys(table).join(", ")
      }. Give one count per weekday in data/catalog.json.`,
    );
  }
  return WEEKDAYS.map((d) => [`${figure.figure}.${d}`, table[d], d]);
}

/**
 * Computes every published figure of a catalog entry on the given
 * release(s) and compares (see `compareFigure` for the rules).
 *
 * With several releases (an entry that `combines` releases) the figures are
 * computed on their union (`combineReleases`). With none, every row is
 * `release_absent`. A figure key without a definition in `FIGURES`, and
 * `tweets_with_media`, are `not_reproducible` with the reason in `note`.
 *
 * @param entry The catalog entry.
 * @param releases The loaded release(s) it describes; [] when absent.
 * @param options `absentNote`: what to say when they are absent.
 * @returns One row per published number, in catalog order (weekday tables
 *   Monday first).
 * @throws {TypeError} For an unknown qualifier or a malformed weekday table.
 *
 * @example
 * ```ts
 * import { equal } from "node:assert/strict";
 * import { reproduceFigures } from "./reproduce_figures.ts";
 * const entry = {
 *   release: "r",
 *   published_figures: [{ source: "s", figure: "tweets", value: 3 }],
 * };
 * equal(reproduceFigures(entry, [])[0].status, "release_absent");
 * ```
 */
export function reproduceFigures(
  entry: CatalogEntry,
  releases: Release[],
  options: ReproduceOptions = {},
): PublishedRow[] {
  const release = releases.length === 0
    ? null
    : releases.length === 1
    ? releases[0]
    : combineReleases(entry.release, releases);
  const cache = new Map<string, FigureValue>();
  const rows: PublishedRow[] = [];
  for (const figure of entry.published_figures) {
    const where = `${entry.release} ${figure.figure} (${figure.source})`;
    const qualifier = parseQualifier(figure.qualifier, where);
    const parts = publishedParts(figure, where);
    let computed: FigureValue | null = null;
    if (release !== null && isFigureKey(figure.figure)) {
      computed = cache.get(figure.figure) ??
        FIGURES[figure.figure](release);
      cache.set(figure.figure, computed);
    }
    for (const [name, published, day] of parts) {
      const base = {
        release: entry.release,
        figure: name,
        source: figure.source,
        published,
        qualifier,
      };
      if (release === null) {
        rows.push({
          ...base,
          reproduced: null,
          difference: null,
          relative_difference: null,
          status: "release_absent",
          note: joinNote(
            figure,
            options.absentNote ?? "the release files were not given",
          ),
        });
        continue;
      }
      if (computed === null) {
        rows.push({
          ...base,
          reproduced: null,
          difference: null,
          relative_difference: null,
          status: "not_reproducible",
          note: joinNote(
            figure,
            `no definition for the figure key "${figure.figure}" in ` +
              "lib/published/figures.ts",
          ),
        });
        continue;
      }
      const value = computed.value;
      const reproduced = value === null
        ? null
        : typeof value === "number"
        ? (day === "" ? value : null)
        : (day === "" ? null : value[day as keyof typeof value]);
      if (reproduced === null && value !== null) {
        throw new TypeError(
          `Compare ${where}: the published value is ${
            day === "" ? "a number" : "a weekday table"
          } but the figure gives ${
            typeof value === "number" ? "a number" : "a weekday table"
          }: ${
            JSON.stringify(figure.value)
          }. Fix the value in data/catalog.json.`,
        );
      }
      rows.push({
        ...base,
        reproduced,
        ...compareFigure(published, reproduced, qualifier),
        note: joinNote(figure, computed.note),
      });
    }
  }
  return rows;
}
