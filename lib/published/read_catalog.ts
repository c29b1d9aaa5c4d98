/**
 * The release catalog (`data/catalog.json`): which releases exist, what
 * was published about them, and by whom.
 *
 * @module
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** One number (or weekday table) published about a release. */
export interface PublishedFigure {
  /** Who published it, and when. */
  source: string;
  /** A figure key (see `FIGURE_KEYS`); unknown keys are not reproducible. */
  figure: string;
  /** The number, or for `tweets_by_weekday` counts keyed `Mon` … `Sun`. */
  value: number | Record<string, number>;
  /** "about", "more than", or absent for an exact figure. */
  qualifier?: string;
  /** Context: the quotation, or why the mapping is uncertain. */
  note?: string;
}

/** One release (or, with `combines`, several taken together). */
export interface CatalogEntry {
  /** Release name: the folder name under `data/raw/`. */
  release: string;
  country?: string;
  disclosed?: string;
  hashed?: boolean;
  /** Releases whose union the figures describe (then `release` is a label). */
  combines?: string[];
  statements?: { by: string; date: string; text: string }[];
  mapping_note?: string;
  published_figures: PublishedFigure[];
}

/** `data/catalog.json`. */
export interface Catalog {
  about?: string;
  file_patterns?: Record<string, string>;
  releases: CatalogEntry[];
}

/** `data/catalog.json` of this project, absolute. */
export const CATALOG_PATH: string = join(
  fileURLToPath(new URL("../../", import.meta.url)),
  "data",
  "catalog.json",
);

/**
 * Reads and checks a release catalog.
 *
 * @param path The JSON file (default `data/catalog.json` of the project).
 * @returns The catalog.
 * @throws {SyntaxError} When the file is not JSON or an entry lacks
 *   `release` or `published_figures`, or a figure lacks `source`, `figure`
 *   or a numeric `value`.
 *
 * @example
 * ```ts
 * import { ok } from "node:assert/strict";
 * import { readCatalog } from "./read_catalog.ts";
 * const catalog = await readCatalog();
 * ok(catalog.releases.some((r) => r.release === "venezuela_201906_1"));
 * ```
 */
export async function readCatalog(path: string = CATALOG_PATH): Promise<
  Catalog
> {
  const text = await Deno.readTextFile(path);
  let data: Catalog;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new SyntaxError(
      `Read catalog ${path}: not valid JSON: ${(e as Error).message}. ` +
        "Fix the file (a JSON linter shows where).",
    );
  }
  if (!Array.isArray(data?.releases)) {
    throw new SyntaxError(
      `Read catalog ${path}: no "releases" array: ${text.slice(0, 60)}. ` +
        "The catalog is an object with a releases list.",
    );
  }
  data.releases.forEach((entry, i) =>
    checkEntry(entry, `${path} releases[${i}]`)
  );
  return data;
}

function checkEntry(entry: CatalogEntry, where: string): void {
  if (typeof entry?.release !== "string" || entry.release === "") {
    throw new SyntaxError(
      `Read catalog ${where}: missing "release": ${JSON.stringify(entry)}. ` +
        "Give the release's folder name.",
    );
  }
  if (!Array.isArray(entry.published_figures)) {
    throw new SyntaxError(
      `Read catalog ${where} (${entry.release}): "published_figures" is not ` +
        `a list: ${JSON.stringify(entry.published_figures)}. Use [] for none.`,
    );
  }
  for (const [j, f] of entry.published_figures.entries()) {
    const numeric = typeof f?.value === "number" ||
      (typeof f?.value === "object" && f.value !== null &&
        Object.values(f.value).every((v) => typeof v === "number"));
    if (
      typeof f?.source !== "string" || typeof f?.figure !== "string" || !numeric
    ) {
      throw new SyntaxError(
        `Read catalog ${where} (${entry.release}) published_figures[${j}]: ` +
          `needs "source", "figure" and a numeric "value": ${
            JSON.stringify(f)
          }.`,
      );
    }
  }
}

/**
 * The catalog entry of a release: by exact name, else by the one name that
 * matches ignoring case.
 *
 * @param catalog The catalog.
 * @param name A release name, e.g. `venezuela_201906_1`.
 * @returns The entry.
 * @throws {RangeError} When no entry (or several, ignoring case) matches.
 *
 * @example
 * ```ts
 * import { equal } from "node:assert/strict";
 * import { findCatalogEntry } from "./read_catalog.ts";
 * const catalog = { releases: [{ release: "Venezuela_0621", published_figures: [] }] };
 * equal(findCatalogEntry(catalog, "venezuela_0621").release, "Venezuela_0621");
 * ```
 */
export function findCatalogEntry(catalog: Catalog, name: string): CatalogEntry {
  const exact = catalog.releases.find((r) => r.release === name);
  if (exact) return exact;
  const loose = catalog.releases.filter((r) =>
    r.release.toLowerCase() === name.toLowerCase()
  );
  if (loose.length === 1) return loose[0];
  throw new RangeError(
    `Find catalog entry: no release named: ${name}. Known: ${
      catalog.releases.map((r) => r.release).join(", ")
    }. Add it to data/catalog.json or pass --as with a known name.`,
  );
}
