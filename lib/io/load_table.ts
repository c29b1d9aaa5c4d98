/**
 * Loads one CSV file of a release (users or tweets) into the archive schema,
 * with its ledger.
 *
 * @module
 */
import pl from "nodejs-polars";
import { basename, join } from "node:path";
import { type BadRecord, scanCsv, writeWithout } from "./_csv_scan.ts";
import { checkedColumns, checkReason, typedExpressions } from "./_typing.ts";
import {
  cacheDir,
  cachedPath,
  exists,
  knownHash,
  rememberHash,
  writeAtomic,
} from "./_cache.ts";
import { TWEET_COLUMNS, USER_COLUMNS } from "./schema.ts";
import type { FieldIssue, FileLedger, Rejection } from "./ledger.ts";

/** Options of `loadTable`. */
export interface LoadTableOptions {
  /** Read and write the Parquet cache (default true). */
  cache?: boolean;
  /** Cache folder (default `cacheDir()`). */
  cacheDir?: string;
  /** Name recorded in `_file` and the ledger (default: the file's name). */
  label?: string;
  /** Field issues listed in the ledger at most (default 1000). */
  maxIssues?: number;
}

/** A loaded table: the frame (archive schema) and its ledger. */
export interface LoadedTable {
  frame: pl.LazyDataFrame;
  ledger: FileLedger;
  /** SHA-256 of the file's bytes. */
  sha256: string;
}

/** Required columns per table; a header without them is not a release file. */
const REQUIRED = {
  users: ["userid"],
  tweets: ["tweetid", "userid", "tweet_time"],
};

/**
 * Loads a users or tweets CSV of a release.
 *
 * Every record is accounted for: `rowsIn = rowsLoaded + rowsRejected`.
 * Structurally broken records (wrong field count, stray quotes, a record
 * cut off at the end of the file) and rows whose key is missing or mangled
 * are rejected with their physical line; invalid values elsewhere become
 * null and are listed as field issues.
 *
 * @param path The CSV file.
 * @param table Which table the file is.
 * @param options Cache and labelling options.
 * @returns The lazy frame in the archive schema and the ledger.
 * @throws {SyntaxError} When the header lacks a required column.
 */
export async function loadTable(
  path: string,
  table: "users" | "tweets",
  options: LoadTableOptions = {},
): Promise<LoadedTable> {
  const label = options.label ?? basename(path);
  const useCache = options.cache ?? true;
  const dir = options.cacheDir ?? cacheDir();
  if (useCache) {
    const sha = await knownHash(dir, path);
    if (sha) {
      const hit = await fromCache(dir, sha, table);
      if (hit) return hit;
    }
  }
  const scan = await scanCsv(path);
  checkHeader(scan.header, table, label);
  if (useCache) {
    await rememberHash(dir, path, scan.sha256);
    const hit = await fromCache(dir, scan.sha256, table);
    if (hit) return hit;
  }
  let parsePath = path;
  const tmpDir = join(dir, "tmp");
  if (scan.bad.length > 0) {
    await Deno.mkdir(tmpDir, { recursive: true });
    parsePath = join(tmpDir, `${scan.sha256}.${Deno.pid}.csv`);
    await writeWithout(path, scan.bad, parsePath);
  }
  try {
    const staged = stage(parsePath, scan.header, table, label, scan.lineBreaks);
    let source: pl.LazyDataFrame;
    let parquet: string | null = null;
    if (useCache) {
      parquet = cachedPath(dir, scan.sha256, ".parquet");
      await Deno.mkdir(join(dir, "tables"), { recursive: true });
      const tmp = `${parquet}.tmp-${Deno.pid}`;
      staged.sinkParquet(tmp, { compression: "zstd", maintainOrder: true })
        .collectSync({ engine: "streaming" });
      await Deno.rename(tmp, parquet);
      source = pl.scanParquet(parquet);
    } else {
      source = staged;
    }
    const ledger = account(source, scan.header, label, table, scan, options);
    if (parquet) {
      await writeAtomic(
        cachedPath(dir, scan.sha256, ".ledger.json"),
        JSON.stringify({ ledger, columns: publicColumns(scan.header, table) }),
      );
    }
    return {
      frame: finalFrame(source, scan.header, table),
      ledger,
      sha256: scan.sha256,
    };
  } finally {
    if (parsePath !== path) await Deno.remove(parsePath).catch(() => {});
  }
}

async function fromCache(
  dir: string,
  sha256: string,
  table: "users" | "tweets",
): Promise<LoadedTable | null> {
  const parquet = cachedPath(dir, sha256, ".parquet");
  const meta = cachedPath(dir, sha256, ".ledger.json");
  if (!(await exists(parquet)) || !(await exists(meta))) return null;
  const { ledger, columns } = JSON.parse(await Deno.readTextFile(meta));
  if (ledger.table !== table) return null;
  const frame = pl.scanParquet(parquet).filter(pl.col("_reject").isNull())
    .select(...columns);
  return { frame, ledger, sha256 };
}

function checkHeader(
  header: string[],
  table: "users" | "tweets",
  file: string,
) {
  const missing = REQUIRED[table].filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new SyntaxError(
      `Cannot load ${file} as a ${table} file: line 1 (header) lacks ` +
        `column(s): ${missing.join(", ")}. Check that this is a release's ` +
        `${table} CSV and that its first line is the header.`,
    );
  }
  const seen = new Set<string>();
  for (const [i, name] of header.entries()) {
    if (seen.has(name)) {
      throw new SyntaxError(
        `Cannot load ${file}: line 1, column ${
          i + 1
        } repeats the header name: ${name}. Rename or remove the duplicate.`,
      );
    }
    seen.add(name);
  }
}

/** Archive columns first (adding absent optional ones), then extras. */
function publicColumns(header: string[], table: "users" | "tweets"): string[] {
  const schema: readonly string[] = table === "tweets"
    ? TWEET_COLUMNS
    : USER_COLUMNS;
  const extras = header.filter((c) => !schema.includes(c));
  return [...schema, ...extras, "_file", "_line"];
}

function stage(
  path: string,
  header: string[],
  table: "users" | "tweets",
  label: string,
  lineBreaks: Array<[number, number]>,
): pl.LazyDataFrame {
  const raw = pl.scanCSV(path, {
    inferSchemaLength: 0,
    hasHeader: true,
    quoteChar: '"',
    rowIndexName: "_row",
  });
  const schema: readonly string[] = table === "tweets"
    ? TWEET_COLUMNS
    : USER_COLUMNS;
  const absent = schema.filter((c) => !header.includes(c));
  // Only an empty field is missing: `""` in a quote-all file is empty too.
  const emptied = raw.withColumns(
    ...header.map((c) =>
      pl.when(pl.col(c).str.lengths().eq(pl.lit(0))).then(pl.lit(null))
        .otherwise(pl.col(c)).alias(c)
    ),
  );
  const withAbsent = absent.length
    ? emptied.withColumns(
      ...absent.map((c) => pl.lit(null).cast(pl.Utf8).alias(c)),
    )
    : emptied;
  const breaks = pl.DataFrame({
    _row: lineBreaks.map(([g]) => g),
    _extra: lineBreaks.map(([, e]) => e),
  }).lazy().select(
    pl.col("_row").cast(pl.Int64),
    pl.col("_extra").cast(pl.Int64),
  );
  const lined = withAbsent
    .withColumns(pl.col("_row").cast(pl.Int64))
    .joinAsof(breaks, { on: "_row", strategy: "backward" })
    .withColumns(
      pl.col("_row").add(pl.lit(2)).add(pl.col("_extra").fillNull(0)).cast(
        pl.Float64,
      ).alias("_line"),
    );
  const columns = publicColumns(header, table).slice(0, -2);
  return lined.select(
    ...typedExpressions(columns, table),
    pl.lit(label).alias("_file"),
    pl.col("_line"),
  );
}

function finalFrame(
  source: pl.LazyDataFrame,
  header: string[],
  table: "users" | "tweets",
): pl.LazyDataFrame {
  return source.filter(pl.col("_reject").isNull()).select(
    ...publicColumns(header, table),
  );
}

/**
 * The file's ledger: every record counted, rejections (structural ones from
 * the scan, then key problems) by line, and up to `maxIssues` field issues.
 */
function account(
  source: pl.LazyDataFrame,
  header: string[],
  file: string,
  table: "users" | "tweets",
  scan: { records: number; bad: BadRecord[] },
  options: LoadTableOptions,
): FileLedger {
  const maxIssues = options.maxIssues ?? 1000;
  const checked = checkedColumns(publicColumns(header, table).slice(0, -2));
  const counts = source.select(
    pl.len().alias("n"),
    pl.col("_reject").isNotNull().sum().alias("rejected"),
    ...checked.map((c) =>
      pl.col(`_bad_${c}`).isNotNull().sum().alias(`bad_${c}`)
    ),
  ).collectSync().toRecords()[0] as Record<string, number>;
  const rejections = rejectionsOf(source, header, file, table, scan.bad);
  let issueCount = 0;
  for (const c of checked) issueCount += Number(counts[`bad_${c}`]);
  const badCols = checked.filter((c) => Number(counts[`bad_${c}`]) > 0);
  const issues = issueCount > 0
    ? fieldIssues(source, badCols, file, maxIssues)
    : [];
  const rowsRejected = scan.bad.length + Number(counts.rejected);
  const rowsLoaded = Number(counts.n) - Number(counts.rejected);
  if (rowsLoaded + rowsRejected !== scan.records) {
    throw new Error(
      `Cannot load ${file}: the loader's two counts disagree (an ` +
        `internal error): the structural scan found ${scan.records} ` +
        `records, the parser ${counts.n} rows with ${scan.bad.length} set ` +
        "aside. Please report this file's quoting to the maintainers.",
    );
  }
  return {
    file,
    table,
    rowsIn: scan.records,
    rowsLoaded,
    rowsRejected,
    rejections,
    issues,
    issueCount,
    absentColumns: publicColumns(header, table).slice(0, -2).filter((c) =>
      !header.includes(c)
    ),
  };
}

/** Structural rejections from the scan and key rejections, by line. */
function rejectionsOf(
  source: pl.LazyDataFrame,
  header: string[],
  file: string,
  table: "users" | "tweets",
  bad: BadRecord[],
): Rejection[] {
  const rejections: Rejection[] = bad.map((b) => ({
    file,
    line: b.line,
    column: b.field === null ? null : (header[b.field - 1] ?? null),
    reason: structuralReason(b),
  }));
  const rejectedRows = source.filter(pl.col("_reject").isNotNull())
    .select("_line", "_reject").collectSync().toRecords();
  for (const r of rejectedRows) {
    const reason = String(r._reject);
    rejections.push({
      file,
      line: Number(r._line),
      column: reason.includes("userid")
        ? "userid"
        : table === "tweets"
        ? "tweetid"
        : "userid",
      reason,
    });
  }
  rejections.sort((a, b) => a.line - b.line);
  return rejections;
}

/** The first `maxIssues` field issues of the loaded rows, in line order. */
function fieldIssues(
  source: pl.LazyDataFrame,
  badCols: string[],
  file: string,
  maxIssues: number,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const rows = source.filter(
    pl.col("_reject").isNull().and(
      pl.anyHorizontal(badCols.map((c) => pl.col(`_bad_${c}`).isNotNull())),
    ),
  ).select("_line", ...badCols.map((c) => `_bad_${c}`)).head(maxIssues)
    .collectSync().toRecords();
  for (const r of rows) {
    for (const c of badCols) {
      const value = r[`_bad_${c}`];
      if (value === null || value === undefined) continue;
      if (issues.length >= maxIssues) break;
      issues.push({
        file,
        line: Number(r._line),
        column: c,
        value: String(value).slice(0, 80),
        reason: checkReason(c),
      });
    }
  }
  return issues;
}

function structuralReason(b: BadRecord): string {
  const advice = b.reason.startsWith("the file ends")
    ? "download the file again; if it is the last record only, the rest loads"
    : b.reason === "blank line"
    ? "remove the blank line"
    : "check the quoting of this line (fields with commas, quotes or " +
      "newlines must be in double quotes, with inner quotes doubled)";
  return `${b.reason}: ${advice}`;
}
