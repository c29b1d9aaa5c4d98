import { loadRelease } from "./load_release.ts";
import { type CsvMapping, loadMappedCsv } from "./mapped_csv.ts";
import type { Release } from "./release_types.ts";
import { loadTwarc2 } from "./twarc2.ts";
import { loadV1Jsonl } from "./v1_jsonl.ts";

/** How a baseline is stored. */
export type BaselineFormat = "release" | "twarc2" | "v1" | "csv";

/** The formats, as accepted by `--baseline-format`. */
export const BASELINE_FORMATS: readonly BaselineFormat[] = [
  "release",
  "twarc2",
  "v1",
  "csv",
];

/** Options of {@link loadBaseline}. */
export interface LoadBaselineOptions {
  /** The format; detected with {@link detectBaselineFormat} when absent. */
  format?: BaselineFormat;
  /** Column mapping (object or JSON file path) of a `csv` baseline. */
  mapping?: CsvMapping | string;
  /** Use lib/io's Parquet cache for a `release` (default true). */
  cache?: boolean;
}

const JSON_LINES = /\.(jsonl|ndjson|json)$/i;
const RELEASE_FILE = /\.(csv|csv\.gz|zip)$/i;

/**
 * Tells how a baseline path is stored, in this order:
 * 1. not an existing path, or a folder: `release` (a release folder, or a
 *    release name that lib/io's `resolveRelease` looks up);
 * 2. a `.jsonl`, `.ndjson` or `.json` file: its first non-blank line is
 *    read as JSON; `twarc2` when the object has one of `data`,
 *    `includes`, `__twarc`, `author_id` or `username` (API v2 pages,
 *    flattened tweets or users), else `v1` when it has one of `id_str`,
 *    `statuses`, `user` or `screen_name` (API v1.1 tweets, search pages,
 *    users); anything else is an error;
 * 3. any other file with a mapping: `csv`;
 * 4. a `.csv`, `.csv.gz` or `.zip` file without a mapping: `release`
 *    (Twitter's release files).
 *
 * @param path The baseline path (or release name).
 * @param hasMapping Whether a column mapping was given.
 * @returns The format.
 * @throws {TypeError} When the format cannot be told; the message says to
 *   pass it explicitly.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { detectBaselineFormat } from "./load_baseline.ts";
 * const path = await Deno.makeTempFile({ suffix: ".jsonl" });
 * await Deno.writeTextFile(path, '\n{"data": [], "meta": {}}\n');
 * assert.equal(await detectBaselineFormat(path, false), "twarc2");
 * await Deno.writeTextFile(path, '{"id_str": "1", "text": "hi"}\n');
 * assert.equal(await detectBaselineFormat(path, false), "v1");
 * await Deno.remove(path);
 * ```
 */
export async function detectBaselineFormat(
  path: string,
  hasMapping: boolean,
): Promise<BaselineFormat> {
  let info: Deno.FileInfo;
  try {
    info = await Deno.stat(path);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return "release";
    throw e;
  }
  if (info.isDirectory) return "release";
  if (JSON_LINES.test(path)) {
    const line = await firstLine(path);
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      record = null;
    }
    const has = (keys: string[]) =>
      typeof record === "object" && record !== null &&
      keys.some((k) => Object.hasOwn(record as object, k));
    if (has(["data", "includes", "__twarc", "author_id", "username"])) {
      return "twarc2";
    }
    if (has(["id_str", "statuses", "user", "screen_name"])) return "v1";
    throw new TypeError(
      `Detecting the baseline format of ${path}: the first line is neither twarc2 (API v2) nor API v1.1 JSON: ${
        line.slice(0, 80)
      }. Pass the format (--baseline-format twarc2 or v1).`,
    );
  }
  if (hasMapping) return "csv";
  if (RELEASE_FILE.test(path)) return "release";
  throw new TypeError(
    `Detecting the baseline format of ${path}: not a release folder or file, not JSON lines, and no column mapping was given: ${path}. ` +
      "Give a mapping file (--mapping) for a CSV, or the format (--baseline-format).",
  );
}

/**
 * Loads an organic baseline in the archive schema with the lib/io reader
 * of its format ({@link detectBaselineFormat} unless `format` is given):
 * `release` → `loadRelease`, `twarc2` → `loadTwarc2`, `v1` →
 * `loadV1Jsonl`, `csv` → `loadMappedCsv` (needs `mapping`). Several paths
 * are read together (all of one format; a mapped CSV takes one path).
 *
 * @param source A path, a release name, or several paths.
 * @param options `{ format, mapping, cache = true }`.
 * @returns The baseline as a release, with its load ledger.
 * @throws {TypeError} On an undetectable format, a `csv` baseline without
 *   a mapping or with several files, a mapping for another format, or
 *   paths of different formats.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadBaseline } from "./load_baseline.ts";
 * const path = await Deno.makeTempFile({ suffix: ".csv" });
 * await Deno.writeTextFile(path, "id,who\n1,9\n");
 * const r = await loadBaseline(path, {
 *   mapping: { columns: { tweetid: "id", userid: "who" } },
 * });
 * assert.equal(r.users.collectSync().getColumn("userid").get(0), "9");
 * await Deno.remove(path);
 * ```
 */
export async function loadBaseline(
  source: string | string[],
  options: LoadBaselineOptions = {},
): Promise<Release> {
  const paths = typeof source === "string" ? [source] : source;
  if (paths.length === 0) {
    throw new TypeError("Loading the baseline: no path given: give one.");
  }
  const hasMapping = options.mapping !== undefined;
  const format = options.format ?? await commonFormat(paths, hasMapping);
  if (!BASELINE_FORMATS.includes(format)) {
    throw new TypeError(
      `Loading the baseline: unknown format: ${format}. Use one of ${
        BASELINE_FORMATS.join(", ")
      }.`,
    );
  }
  if (hasMapping && format !== "csv") {
    throw new TypeError(
      `Loading the baseline: a column mapping applies only to the csv format, not: ${format}. Drop the mapping or use --baseline-format csv.`,
    );
  }
  switch (format) {
    case "release":
      return await loadRelease(
        typeof source === "string" ? source : paths,
        { cache: options.cache ?? true },
      );
    case "twarc2":
      return await loadTwarc2(paths);
    case "v1":
      return await loadV1Jsonl(paths);
    case "csv":
      return await loadCsvBaseline(paths, options.mapping);
  }
}

/** The one format of every path; throws when they differ. */
async function commonFormat(
  paths: readonly string[],
  hasMapping: boolean,
): Promise<BaselineFormat> {
  const formats = new Set<BaselineFormat>();
  for (const p of paths) {
    formats.add(await detectBaselineFormat(p, hasMapping));
  }
  if (formats.size > 1) {
    throw new TypeError(
      `Loading the baseline: the files have different formats: ${
        [...formats].join(", ")
      }. Load one format at a time.`,
    );
  }
  return [...formats][0];
}

/** A mapped CSV baseline: one file and a mapping. */
async function loadCsvBaseline(
  paths: readonly string[],
  mapping: CsvMapping | string | undefined,
): Promise<Release> {
  if (mapping === undefined) {
    throw new TypeError(
      `Loading the baseline ${
        paths[0]
      } as csv: no column mapping given. Give one (--mapping file.json; see data/baselines/README.md).`,
    );
  }
  if (paths.length > 1) {
    throw new TypeError(
      `Loading the baseline as csv: a mapped CSV is one file, got ${paths.length}: ${
        paths.join(", ")
      }. Combine them first.`,
    );
  }
  return await loadMappedCsv(paths[0], mapping);
}

/** The first non-blank line of a file (read in chunks up to the newline). */
async function firstLine(path: string): Promise<string> {
  const file = await Deno.open(path, { read: true });
  try {
    const decoder = new TextDecoder();
    const buffer = new Uint8Array(65536);
    let text = "";
    while (true) {
      const n = await file.read(buffer);
      if (n === null) return text.trim();
      text += decoder.decode(buffer.subarray(0, n), { stream: true });
      const lines = text.split("\n");
      const full = lines.slice(0, -1).find((l) => l.trim() !== "");
      if (full !== undefined) return full.trim();
      text = lines[lines.length - 1];
    }
  } finally {
    file.close();
  }
}
