/**
 * Reader for any CSV whose columns are mapped onto the archive schema by a
 * small JSON mapping file.
 *
 * @module
 */
import pl from "nodejs-polars";
import { basename } from "node:path";
import {
  columnType,
  PROVENANCE_COLUMNS,
  TWEET_COLUMNS,
  USER_COLUMNS,
} from "./schema.ts";
import type { FileLedger, Ledger } from "./ledger.ts";
import type { Release } from "./release_types.ts";
import {
  addIssue,
  countLoaded,
  duplicateReason,
  fileLedger,
  MAX_ISSUES,
  reject,
  releaseName,
  TableBuilder,
} from "./_frame.ts";
import { checkFile, readFailure } from "./_errors.ts";

/**
 * How a CSV maps onto the archive schema (the JSON mapping file's content).
 *
 * - `table`: `"tweets"` (default) or `"users"`: which archive table the
 *   rows are. A tweets CSV also yields a users table (one row per userid,
 *   from its first tweet); a users CSV yields an empty tweets table.
 * - `sep`: field separator, one character (default `","`; `"\t"` for TSV).
 * - `columns`: archive column → source column. Archive columns not listed
 *   are null. A tweets mapping needs `tweetid` and `userid`; a users
 *   mapping needs `userid`.
 * - `time_format`: how `tweet_time` is written, required when it is
 *   mapped: a chrono/strftime pattern (`%Y-%m-%d %H:%M:%S`,
 *   `%Y-%m-%dT%H:%M:%S%.f%z`), or `unix_s` / `unix_ms` for epoch seconds
 *   or milliseconds. Times without an offset are taken as UTC; with `%z`
 *   they are converted to UTC.
 * - `date_format`: the same for `account_creation_date` (required when it
 *   is mapped); a pattern with a time of day is read and cut to its UTC
 *   day.
 * - `list_sep`: separator inside `hashtags`, `urls`, `user_mentions`
 *   (default `","`).
 * - `extra`: source columns to keep, as text, after the archive columns.
 */
export interface CsvMapping {
  table?: "tweets" | "users";
  sep?: string;
  columns: Record<string, string>;
  time_format?: string;
  date_format?: string;
  list_sep?: string;
  extra?: string[];
}

const MAPPING_KEYS = new Set([
  "table",
  "sep",
  "columns",
  "time_format",
  "date_format",
  "list_sep",
  "extra",
]);
const TRUE = ["true", "t", "1", "yes"];
const FALSE = ["false", "f", "0", "no"];
const RAW = "\u0000raw:";

/**
 * Loads a CSV through a column mapping into a release in the archive
 * schema.
 *
 * All fields are read as text by polars (`scanCSV`, `inferSchemaLength:
 * 0`, RFC 4180 quoting), an empty field is null, then each mapped column is
 * typed with polars expressions:
 * - text columns: as written;
 * - counts, `latitude`, `longitude`: parsed as numbers;
 * - `is_retweet`: `true`, `t`, `1`, `yes` → true; `false`, `f`, `0`, `no`
 *   → false (case-insensitive, trimmed);
 * - `tweet_time`, `account_creation_date`: with `time_format` /
 *   `date_format`; a pattern must match the whole field (checked with a
 *   regular expression built from the pattern, since polars alone would
 *   accept a matching prefix);
 * - `hashtags`, `urls`, `user_mentions`: surrounding `[`, `]` and spaces
 *   removed, split on `list_sep`, each item stripped of spaces and quotes,
 *   empty items dropped — so both the archive's `['a', 'b']` and a plain
 *   `a,b` give `["a", "b"]`, and `[]` the empty list (items may not
 *   contain `list_sep`).
 * A value that does not parse becomes null with a field issue. A record
 * with no key (`tweetid`/`userid` for tweets, `userid` for users) or no
 * values at all is rejected, and so is a key repeated from an earlier line
 * (`duplicate of line N`, the first copy is kept). `_file` is the CSV's
 * name (without folders, as in the ledger); `_line` is the physical line
 * where the record starts (line breaks inside quoted fields counted).
 *
 * Suits baselines up to a few million rows: the typed table is collected
 * once to fill the ledger.
 *
 * @param path The CSV file.
 * @param mapping The mapping object, or the path of a JSON file holding
 *   it (see {@link CsvMapping}; `data/baselines/example_mapping.json`).
 * @returns The release (`synthetic: false`), named after the CSV's stem.
 * @throws {TypeError} When the mapping is malformed or names a column the
 *   CSV lacks.
 * @example
 * ```ts
 * import { loadMappedCsv } from "./mapped_csv.ts";
 * import { equal } from "node:assert/strict";
 * const path = await Deno.makeTempFile({ suffix: ".csv" });
 * await Deno.writeTextFile(path, "id,who,at\n1,9,2021-01-02 03:04:05\n");
 * const r = await loadMappedCsv(path, {
 *   columns: { tweetid: "id", userid: "who", tweet_time: "at" },
 *   time_format: "%Y-%m-%d %H:%M:%S",
 * });
 * equal(r.tweets.collectSync().height, 1);
 * await Deno.remove(path);
 * ```
 */
export async function loadMappedCsv(
  path: string,
  mapping: CsvMapping | string,
): Promise<Release> {
  const m = typeof mapping === "string" ? await readMapping(mapping) : mapping;
  const label = basename(path);
  const table = m.table ?? "tweets";
  const base = table === "tweets" ? TWEET_COLUMNS : USER_COLUMNS;
  const extras = m.extra ?? [];
  await checkFile(path, "Give the CSV file, not its folder.");
  const sep = m.sep ?? ",";
  const lf = polarsRead(path, sep, () =>
    pl.scanCSV(path, {
      sep,
      inferSchemaLength: 0,
      quoteChar: '"',
      hasHeader: true,
    }));
  const header = polarsRead(path, sep, () => lf.columns);
  checkMapping(m, base, header, path);
  const { df, parsed } = polarsRead(
    path,
    sep,
    () => typedFrame(lf, header, base, extras, m, label),
  );

  const ledger = fileLedger(label, table);
  const keys = table === "tweets" ? ["tweetid", "userid"] : ["userid"];
  const loaded = df.withColumns(rejectRecords(df, keys, ledger))
    .filter(pl.col("\u0000keep"));
  for (const c of parsed) addParseIssues(loaded, c, m, ledger);

  const columns = [...base, ...extras, ...PROVENANCE_COLUMNS];
  const rows = loaded.select(...columns);
  const files: FileLedger[] = [ledger];
  let tweets: pl.DataFrame, users: pl.DataFrame;
  if (table === "tweets") {
    tweets = rows;
    users = rows.select(...USER_COLUMNS, ...PROVENANCE_COLUMNS)
      .unique({ subset: "userid", keep: "first", maintainOrder: true });
    const ul = fileLedger(label, "users");
    ul.rowsIn = ul.rowsLoaded = users.height;
    files.push(ul);
  } else {
    users = rows;
    tweets = new TableBuilder(TWEET_COLUMNS).toFrame();
  }
  const result: Ledger = { files };
  return {
    name: releaseName([path]),
    tweets: tweets.lazy(),
    users: users.lazy(),
    ledger: result,
    synthetic: false,
  };
}

/**
 * `read()`, with a polars failure (an empty file, a ragged or badly quoted
 * record) rethrown naming the file, the reason and what to check.
 */
function polarsRead<T>(path: string, sep: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw readFailure(
      path,
      e,
      "Check that the file is a CSV with a header line, that its separator " +
        `is the mapping's sep (${JSON.stringify(sep)}), and that every ` +
        "quoted field is closed.",
    );
  }
}

/**
 * The CSV typed by the mapping, collected: archive columns, extras,
 * provenance, the blank-record flag and, for each parsed column, its raw
 * text; `parsed` names the parsed columns.
 */
function typedFrame(
  lf: pl.LazyDataFrame,
  header: string[],
  base: readonly string[],
  extras: string[],
  m: CsvMapping,
  label: string,
): { df: pl.DataFrame; parsed: string[] } {
  // Empty fields are null; `_line` counts line breaks inside fields. (The
  // cast must come before fillNull: nodejs-polars 0.25 plans `lengths()` as
  // text and panics otherwise.)
  const breaks = pl.sumHorizontal(
    header.map((h) =>
      pl.col(h).str.replaceAll("[^\n]", "").str.lengths().cast(pl.Float64)
        .fillNull(0)
    ),
  );
  const clean = lf
    .withColumns(
      ...header.map((h) =>
        pl.when(pl.col(h).eq(pl.lit(""))).then(pl.lit(null).cast(pl.Utf8))
          .otherwise(pl.col(h)).alias(h)
      ),
    )
    .withRowIndex("\u0000row")
    .withColumns(
      breaks.alias("\u0000breaks"),
      pl.allHorizontal(header.map((h) => pl.col(h).isNull())).alias(
        "\u0000blank",
      ),
    );

  const typed: pl.Expr[] = [];
  const parsed: string[] = [];
  for (const c of base) {
    const source = m.columns[c];
    if (source === undefined) {
      typed.push(pl.lit(null).cast(columnType(c)).alias(c));
      continue;
    }
    const expr = typedColumn(c, pl.col(source), m);
    typed.push(expr.alias(c));
    if (PARSED_TYPES.has(columnType(c).variant)) {
      parsed.push(c);
      typed.push(pl.col(source).alias(RAW + c));
    }
  }
  const df = clean.select(
    ...typed,
    ...extras.map((e) => pl.col(e)),
    pl.lit(label).alias("_file"),
    pl.col("\u0000row").cast(pl.Float64)
      .add(pl.col("\u0000breaks").cumSum())
      .sub(pl.col("\u0000breaks"))
      .add(2)
      .alias("_line"),
    pl.col("\u0000blank"),
  ).collectSync();
  return { df, parsed };
}

/** Reads and checks the shape of a JSON mapping file. */
async function readMapping(path: string): Promise<CsvMapping> {
  let textIn: string;
  try {
    textIn = await Deno.readTextFile(path);
  } catch (e) {
    throw readFailure(
      path,
      e,
      "Give the path of a JSON mapping file (see " +
        "data/baselines/example_mapping.json).",
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(textIn);
  } catch (e) {
    throw new TypeError(
      `Cannot read the CSV mapping ${path}: not valid JSON: ` +
        `${(e as Error).message}. Write it as a JSON object (see ` +
        "data/baselines/example_mapping.json).",
    );
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new TypeError(
      `Cannot read the CSV mapping ${path}: not a JSON object: ` +
        `${JSON.stringify(parsed)?.slice(0, 40)}. Write it as a JSON object ` +
        "(see data/baselines/example_mapping.json).",
    );
  }
  return parsed as CsvMapping;
}

/** Throws the TypeError `Cannot map <path>: <what>`. */
function mappingError(path: string, what: string): never {
  throw new TypeError(`Cannot map ${path}: ${what}`);
}

/** Throws a TypeError naming the first problem of a mapping. */
function checkMapping(
  m: CsvMapping,
  base: readonly string[],
  header: string[],
  path: string,
): void {
  const fail = (what: string) => mappingError(path, what);
  for (const k of Object.keys(m)) {
    if (!MAPPING_KEYS.has(k)) {
      fail(
        `unknown mapping key: ${k}. Use only: ${[...MAPPING_KEYS].join(", ")}.`,
      );
    }
  }
  const table = m.table ?? "tweets";
  if (table !== "tweets" && table !== "users") {
    fail(`table must be "tweets" or "users", not: ${table}.`);
  }
  if (m.sep !== undefined && m.sep.length !== 1) {
    fail(
      `sep must be one character, not: ${JSON.stringify(m.sep)}. Use, ` +
        'e.g., "," or "\\t".',
    );
  }
  if (typeof m.columns !== "object" || m.columns === null) {
    fail(
      "the mapping has no `columns` object. Add one mapping archive " +
        'columns to the CSV\'s, e.g. {"tweetid": "id", "userid": "author"}.',
    );
  }
  checkColumns(m, base, header, table, fail);
  checkFormats(m, fail);
  for (const e of m.extra ?? []) {
    if (!header.includes(e)) {
      fail(
        `extra column not in the file: ${e}. Remove it from extra, or ` +
          "check sep.",
      );
    }
    if ([...base, ...PROVENANCE_COLUMNS].includes(e)) {
      fail(
        `extra column clashes with an archive column: ${e}. Map it ` +
          "under columns instead.",
      );
    }
  }
}

/** Checks the archive columns a mapping names, and that it has the keys. */
function checkColumns(
  m: CsvMapping,
  base: readonly string[],
  header: string[],
  table: string,
  fail: (what: string) => never,
): void {
  for (const [archive, source] of Object.entries(m.columns)) {
    if (!base.includes(archive)) {
      fail(
        `not a column of the ${table} table: ${archive}. Use one of: ${
          base.join(", ")
        }.`,
      );
    }
    if (!header.includes(source)) {
      fail(
        `column ${archive} is mapped to a source column the file lacks: ` +
          `${source}. The header has: ${header.join(", ")}; is sep right?`,
      );
    }
  }
  const keys = table === "tweets" ? ["tweetid", "userid"] : ["userid"];
  for (const k of keys) {
    if (m.columns[k] === undefined) {
      fail(
        `a ${table} mapping needs ${k}: it is not under columns. Map it ` +
          "to the CSV column that holds it.",
      );
    }
  }
}

/** Checks that each mapped time column has a usable format. */
function checkFormats(m: CsvMapping, fail: (what: string) => never): void {
  for (
    const [col, key] of [["tweet_time", "time_format"], [
      "account_creation_date",
      "date_format",
    ]] as const
  ) {
    const format = m[key];
    if (m.columns[col] === undefined) continue;
    if (typeof format !== "string") {
      fail(
        `${col} is mapped but ${key} is not given. Add it, e.g. ` +
          '"%Y-%m-%d %H:%M:%S" or "unix_s".',
      );
    } else if (!UNIX.has(format)) {
      try {
        formatRegex(format);
      } catch (e) {
        fail(`${key}: ${(e as Error).message}`);
      }
    }
  }
}

const UNIX = new Set(["unix_s", "unix_ms"]);
/** Types parsed from text, whose failures become field issues. */
const PARSED_TYPES = new Set(["Float64", "Bool", "Datetime", "Date"]);

/** The typed archive column `c` from its raw text `raw`. */
function typedColumn(c: string, raw: pl.Expr, m: CsvMapping): pl.Expr {
  const type = columnType(c);
  switch (type.variant) {
    case "Float64":
      return raw.str.strip().cast(pl.Float64, false);
    case "Bool": {
      const v = raw.str.strip().str.toLowerCase();
      return pl.when(v.isIn(TRUE)).then(pl.lit(true))
        .when(v.isIn(FALSE)).then(pl.lit(false))
        .otherwise(pl.lit(null).cast(pl.Bool));
    }
    case "Datetime":
      return timeColumn(raw, m.time_format!);
    case "Date":
      return timeColumn(raw, m.date_format!).cast(pl.Date);
    case "List":
      return raw.str.stripChars("[] ").str.split(m.list_sep ?? ",")
        .list.eval(pl.element().str.stripChars(" '\""))
        .list.eval(pl.element().filter(pl.element().neq(pl.lit(""))));
    default:
      return raw;
  }
}

/** A `Datetime("ms")` (naive UTC) from text in `format`. */
function timeColumn(raw: pl.Expr, format: string): pl.Expr {
  if (UNIX.has(format)) {
    const scale = format === "unix_s" ? 1000 : 1;
    return raw.str.strip().cast(pl.Float64, false).mul(scale)
      .cast(pl.Datetime("ms"));
  }
  return pl.when(raw.str.contains(formatRegex(format)))
    .then(raw.str.strptime(pl.Datetime("ms"), format))
    .otherwise(pl.lit(null))
    .cast(pl.Datetime("ms"));
}

const DIRECTIVES: Record<string, string> = {
  Y: "[+-]?\\d{4,}",
  C: "\\d{1,2}",
  y: "\\d{1,2}",
  m: "\\s?\\d{1,2}",
  d: "\\s?\\d{1,2}",
  e: "\\s?\\d{1,2}",
  H: "\\s?\\d{1,2}",
  k: "\\s?\\d{1,2}",
  I: "\\s?\\d{1,2}",
  l: "\\s?\\d{1,2}",
  M: "\\d{1,2}",
  S: "\\d{1,2}",
  j: "\\d{1,3}",
  f: "\\d+",
  "3f": "\\d+",
  "6f": "\\d+",
  "9f": "\\d+",
  ".f": "(?:\\.\\d+)?",
  ".3f": "(?:\\.\\d+)?",
  ".6f": "(?:\\.\\d+)?",
  ".9f": "(?:\\.\\d+)?",
  s: "[+-]?\\d+",
  b: "[A-Za-z]{3,}",
  h: "[A-Za-z]{3,}",
  B: "[A-Za-z]{3,}",
  a: "[A-Za-z]{3,}",
  A: "[A-Za-z]{3,}",
  p: "[AaPp][Mm]",
  P: "[AaPp][Mm]",
  z: "(?:Z|[+-]\\d{2}:?\\d{2})",
  ":z": "(?:Z|[+-]\\d{2}:?\\d{2})",
  T: "\\d{1,2}:\\d{1,2}:\\d{1,2}",
  R: "\\d{1,2}:\\d{1,2}",
  F: "[+-]?\\d{4,}-\\d{1,2}-\\d{1,2}",
  D: "\\d{1,2}/\\d{1,2}/\\d{1,2}",
  n: "\\s",
  t: "\\s",
  "%": "%",
};

/**
 * A regular expression that a field must match in full to be read with the
 * strftime pattern `format` (directive widths are checked loosely; the
 * parse itself is polars').
 */
function formatRegex(format: string): string {
  let out = "^";
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch !== "%") {
      out += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      continue;
    }
    let j = i + 1;
    if ("-_0".includes(format[j]) && j < format.length) j++;
    const d = [".3f", ".6f", ".9f", ".f", ":z", "3f", "6f", "9f"].find((k) =>
      format.startsWith(k, j)
    ) ?? format[j];
    if (d === undefined || DIRECTIVES[d] === undefined) {
      throw new TypeError(
        `unsupported directive in ${JSON.stringify(format)}: %${d ?? ""}. ` +
          `Use only: ${
            Object.keys(DIRECTIVES).map((k) => "%" + k).join(" ")
          }`,
      );
    }
    out += DIRECTIVES[d];
    i = j + d.length - 1;
  }
  return out + "$";
}

/**
 * Counts every record in the ledger, rejecting records without a key
 * value, blank records and repeated keys; returns the mask of records to
 * keep.
 */
function rejectRecords(
  df: pl.DataFrame,
  keys: string[],
  ledger: FileLedger,
): pl.Series {
  const key = keys[0];
  const flagged = df.lazy()
    .withColumns(
      pl.col("_line").first().over(key).alias("\u0000first"),
    )
    .select(
      "_line",
      "\u0000first",
      "\u0000blank",
      ...keys.map((k) => pl.col(k).isNull().alias(RAW + "missing:" + k)),
    )
    .collectSync();
  const keep: boolean[] = [];
  const lines = flagged.getColumn("_line").toArray() as number[];
  const firsts = flagged.getColumn("\u0000first").toArray() as number[];
  const blank = flagged.getColumn("\u0000blank").toArray() as boolean[];
  const missing = keys.map((k) =>
    flagged.getColumn(RAW + "missing:" + k).toArray() as boolean[]
  );
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let reason: [string | null, string] | null = null;
    if (blank[i]) {
      reason = [null, "the record has no values (a blank line?); delete it"];
    } else {
      const k = keys.findIndex((_, j) => missing[j][i]);
      if (k >= 0) {
        reason = [
          keys[k],
          `the ${keys[k]} field is empty, so the record cannot be ` +
          "identified; fill it in or delete the record",
        ];
      } else if (firsts[i] !== line) {
        reason = [
          key,
          duplicateReason({ file: ledger.file, line: firsts[i] }, ledger.file),
        ];
      }
    }
    if (reason) reject(ledger, line, reason[0], reason[1]);
    else countLoaded(ledger);
    keep.push(reason === null);
  }
  return pl.Series("\u0000keep", keep, pl.Bool);
}

/** Adds a field issue for each value of `c` that did not parse. */
function addParseIssues(
  df: pl.DataFrame,
  c: string,
  m: CsvMapping,
  ledger: FileLedger,
): void {
  const bad = df.filter(pl.col(RAW + c).isNotNull().and(pl.col(c).isNull()))
    .select("_line", RAW + c);
  if (bad.height === 0) return;
  const what = c === "tweet_time"
    ? `a time in time_format ${JSON.stringify(m.time_format)}`
    : c === "account_creation_date"
    ? `a date in date_format ${JSON.stringify(m.date_format)}`
    : c === "is_retweet"
    ? `one of ${[...TRUE, ...FALSE].join("/")}`
    : "a number";
  const shown = bad.head(MAX_ISSUES);
  const lines = shown.getColumn("_line").toArray() as number[];
  const values = shown.getColumn(RAW + c).toArray() as string[];
  for (let i = 0; i < lines.length; i++) {
    addIssue(
      ledger,
      lines[i],
      c,
      values[i],
      `not ${what}; ${c} is null — fix the value or the mapping`,
    );
  }
  ledger.issueCount += bad.height - lines.length;
}
