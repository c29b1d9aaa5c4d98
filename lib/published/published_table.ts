/**
 * Published versus reproduced figures for every catalogued release found
 * in a raw-data folder.
 *
 * @module
 */
import { join } from "node:path";
import {
  loadRelease,
  type LoadReleaseOptions,
  type Release,
} from "../io/mod.ts";
import type { Catalog } from "./read_catalog.ts";
import { type PublishedRow, reproduceFigures } from "./reproduce_figures.ts";

function isDirectory(path: string): boolean {
  try {
    return Deno.statSync(path).isDirectory;
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return false;
    throw e;
  }
}

/**
 * Where to get absent releases, as the note of their rows. Names the
 * standard folder `data/raw/<release>/` whatever folder was searched, so
 * that tables do not depend on the machine.
 *
 * @param names The releases the entry needs.
 * @param missing Those not found.
 * @returns The note.
 *
 * @example
 * ```ts
 * import { ok } from "node:assert/strict";
 * import { absentNote } from "./published_table.ts";
 * ok(absentNote(["a"], ["a"]).includes("data/raw/a/"));
 * ```
 */
export function absentNote(names: string[], missing: string[]): string {
  const where = "from Twitter's (X's) transparency archive under its terms " +
    "(see data/README.md)";
  if (names.length === 1) {
    return `${names[0]} is not in the raw-data folder: download it into ` +
      `data/raw/${names[0]}/ ${where}`;
  }
  return `needs ${names.join(", ")} together; absent: ${missing.join(", ")}: ` +
    `download each into data/raw/<release>/ ${where}`;
}

/**
 * Goes over every catalog entry with published figures: when its release
 * (or, for an entry that `combines` releases, every one of them) is a
 * folder `<rawDir>/<release>/`, loads it and reproduces the figures (see
 * `reproduceFigures`); otherwise lists the figures as `release_absent`
 * with where to get the data. Each folder is loaded once.
 *
 * @param catalog The catalog (see `readCatalog`).
 * @param rawDir The raw-data folder, normally `data/raw`.
 * @param options Loader cache options (see `loadRelease`).
 * @returns Rows in catalog order.
 * @throws When a present folder cannot be loaded (the loader's error).
 *
 * @example
 * ```ts
 * import { equal } from "node:assert/strict";
 * import { publishedTable } from "./published_table.ts";
 * const catalog = { releases: [{
 *   release: "nowhere_1",
 *   published_figures: [{ source: "s", figure: "tweets", value: 1 }],
 * }] };
 * const rows = await publishedTable(catalog, "/nonexistent");
 * equal(rows[0].status, "release_absent");
 * ```
 */
export async function publishedTable(
  catalog: Catalog,
  rawDir: string,
  options: LoadReleaseOptions = {},
): Promise<PublishedRow[]> {
  const loaded = new Map<string, Release>();
  const rows: PublishedRow[] = [];
  for (const entry of catalog.releases) {
    if (entry.published_figures.length === 0) continue;
    const names = entry.combines ?? [entry.release];
    const missing = names.filter((n) => !isDirectory(join(rawDir, n)));
    if (missing.length > 0) {
      rows.push(...reproduceFigures(entry, [], {
        absentNote: absentNote(names, missing),
      }));
      continue;
    }
    const releases: Release[] = [];
    for (const name of names) {
      let release = loaded.get(name);
      if (release === undefined) {
        release = await loadRelease(join(rawDir, name), options);
        loaded.set(name, release);
      }
      releases.push(release);
    }
    rows.push(...reproduceFigures(entry, releases));
  }
  return rows;
}
