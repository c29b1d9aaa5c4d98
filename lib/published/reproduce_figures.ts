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
  const cache = new Map<FigureKey, FigureValue>();
  return entry.published_figures.flatMap((figure) => {
    if (release === null) {
      return figureRows(entry, figure, {
        status: "release_absent",
        note: options.absentNote ?? "the release files were not given",
      });
    }
    const key = figure.figure;
    if (!isFigureKey(key)) {
      return figureRows(entry, figure, {
        status: "not_reproducible",
        note: `no definition for the figure key "${key}" in ` +
          "lib/published/figures.ts",
      });
    }
    const computed = cache.get(key) ?? FIGURES[key](release);
    cache.set(key, computed);
    return figureRows(entry, figure, computed);
  });
}

/** Why a figure has no computed value, as its rows say. */
interface NotComputed {
  status: "release_absent" | "not_reproducible";
  /** The `computed:` part of the note. */
  note: string;
}

/**
 * The rows of one published figure: one, or seven for a weekday table,
 * each compared with the computed figure or marked as not computed.
 */
function figureRows(
  entry: CatalogEntry,
  figure: PublishedFigure,
  computed: FigureValue | NotComputed,
): PublishedRow[] {
  const where = `${entry.release} ${figure.figure} (${figure.source})`;
  const qualifier = parseQualifier(figure.qualifier, where);
  return publishedParts(figure, where).map(([name, published, day]) => {
    const base = {
      release: entry.release,
      figure: name,
      source: figure.source,
      published,
      qualifier,
    };
    if ("status" in computed) {
      return {
        ...base,
        reproduced: null,
        difference: null,
        relative_difference: null,
        status: computed.status,
        note: joinNote(figure, computed.note),
      };
    }
    const reproduced = reproducedPart(computed.value, day, where, figure);
    return {
      ...base,
      reproduced,
      ...compareFigure(published, reproduced, qualifier),
      note: joinNote(figure, computed.note),
    };
  });
}

/**
 * The computed number for one published row: the figure's number for a
 * plain figure (`day` ""), the day's count for a weekday row.
 *
 * @throws {TypeError} When the published value and the figure differ in
 *   shape (a number against a weekday table or the reverse).
 */
function reproducedPart(
  value: FigureValue["value"],
  day: string,
  where: string,
  figure: PublishedFigure,
): number | null {
  if (value === null) return null;
  const reproduced = typeof value === "number"
    ? (day === "" ? value : null)
    : (day === "" ? null : value[day as keyof typeof value]);
  if (reproduced === null) {
    const shape = (table: boolean) => table ? "a weekday table" : "a number";
    throw new TypeError(
      `Compare ${where}: the published value is ${shape(day !== "")} but ` +
        `the figure gives ${shape(typeof value !== "number")}: ${
          JSON.stringify(figure.value)
        }. Fix the value in data/catalog.json.`,
    );
  }
  return reproduced;
}
