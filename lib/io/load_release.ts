/**
 * Loading a whole release: users file, tweets parts, ledger.
 *
 * @module
 */
import pl from "nodejs-polars";
import { dirname, join, resolve } from "node:path";
import { cacheDir, exists } from "./_cache.ts";
import { findRelease } from "./find_release.ts";
import { resolveRelease } from "./resolve_release.ts";
import { type LoadedTable, loadTable } from "./load_table.ts";
import { columnType, TWEET_COLUMNS, USER_COLUMNS } from "./schema.ts";
import type { Release } from "./release_types.ts";

/** Options of `loadRelease`. */
export interface LoadReleaseOptions {
  /** Use the Parquet cache (default true); false re-reads the CSVs. */
  cache?: boolean;
  /** Cache folder (default `$TAKEDOWN_CACHE` or `<project>/.cache`). */
  cacheDir?: string;
}

/**
 * The path of the one release a name or path stands for (see
 * `resolveRelease`; a relative path may be relative to the working folder).
 *
 * @param spec A release name or path.
 * @returns The absolute path to load.
 * @throws {RangeError} When the name stands for several releases (`demo`).
 */
function releasePath(spec: string): string {
  const resolved = resolveRelease(spec, { cwd: Deno.cwd() });
  if (resolved.releases.length !== 1) {
    throw new RangeError(
      `Load release: "${spec}" stands for ${resolved.releases.length} ` +
        `releases: ${resolved.releases.map((r) => r.name).join(", ")}. ` +
        "Load them one at a time.",
    );
  }
  return resolved.releases[0].path;
}

/**
 * Loads a Twitter information-operations release.
 *
 * @param source A release folder, a release name (see `resolveRelease`),
 *   or explicit files (`.csv`, `.csv.gz`, `.zip`).
 * @param options Cache options.
 * @returns Lazy users and tweets frames in the archive schema, the ledger,
 *   and whether the release is the synthetic demo bundle (a `TRUTH.json`
 *   beside or above its folder marks it).
 *
 * @example
 * ```ts ignore
 * const release = await loadRelease("data/raw/venezuela_201906_1");
 * console.log(release.ledger.files.map((f) => [f.file, f.rowsLoaded]));
 * ```
 */
export async function loadRelease(
  source: string | string[],
  options: LoadReleaseOptions = {},
): Promise<Release> {
  const paths = typeof source === "string" ? releasePath(source) : source;
  const dir = options.cacheDir ?? cacheDir();
  const files = await findRelease(paths, dir);
  const tableOptions = { cache: options.cache ?? true, cacheDir: dir };
  const users: LoadedTable[] = [];
  for (const f of files.users) {
    users.push(await loadTable(f, "users", tableOptions));
  }
  const tweets: LoadedTable[] = [];
  for (const f of files.tweets) {
    tweets.push(await loadTable(f, "tweets", tableOptions));
  }
  const first = typeof paths === "string" ? paths : paths[0];
  const folder = (await Deno.stat(first)).isDirectory ? first : dirname(first);
  const synthetic = await exists(join(folder, "TRUTH.json")) ||
    await exists(join(resolve(folder, ".."), "TRUTH.json"));
  return {
    name: files.name,
    users: concatTables(users, USER_COLUMNS),
    tweets: concatTables(tweets, TWEET_COLUMNS),
    ledger: { files: [...users, ...tweets].map((t) => t.ledger) },
    synthetic,
  };
}

/** Stacks tables with the schema's columns first; extras are unioned. */
function concatTables(
  tables: LoadedTable[],
  schema: readonly string[],
): pl.LazyDataFrame {
  if (tables.length === 0) {
    return pl.DataFrame({ _: [0] }).lazy().select(
      ...[...schema, "_file", "_line"].map((c) =>
        pl.lit(null).cast(columnType(c)).alias(c)
      ),
    ).head(0);
  }
  if (tables.length === 1) return tables[0].frame;
  const all = new Set<string>();
  const columnsOf = tables.map((t) => t.frame.columns);
  for (const cols of columnsOf) for (const c of cols) all.add(c);
  const extras = [...all].filter((c) =>
    !schema.includes(c) && c !== "_file" && c !== "_line"
  );
  const order = [...schema, ...extras, "_file", "_line"];
  return pl.concat(
    tables.map((t, i) =>
      t.frame.select(
        ...order.map((c) =>
          columnsOf[i].includes(c)
            ? pl.col(c)
            : pl.lit(null).cast(columnType(c)).alias(c)
        ),
      )
    ),
  );
}
