/**
 * Private builders shared by the baseline readers (`twarc2.ts`,
 * `v1_jsonl.ts`, `mapped_csv.ts`): a line reader for JSON-lines files, a
 * row-wise table builder that turns JS column arrays into a polars frame
 * in the archive schema, ledger book-keeping, and the registry that turns
 * tweet authors and user records into one users table.
 *
 * Cell encodings used by {@link TableBuilder}: `tweet_time` is milliseconds
 * since the Unix epoch (UTC), `account_creation_date` is whole days since
 * the epoch, list columns are `string[]`, `is_retweet` a boolean, counts
 * and coordinates numbers, everything else a string; `null` is missing.
 *
 * @module
 */
import pl from "nodejs-polars";
import { basename } from "node:path";
import { columnType, TWEET_COLUMNS, USER_COLUMNS } from "./schema.ts";
import type { FileLedger, Ledger } from "./ledger.ts";
import type { Release } from "./release_types.ts";
import { openRead, readFailure } from "./_errors.ts";

/** One value of a row being built (see the module doc for encodings). */
export type Cell = string | number | boolean | string[] | null;

/** A row being built: column name to value; absent columns are null. */
export type Row = Record<string, Cell>;

/** Field issues kept per file ledger; `issueCount` goes on counting. */
export const MAX_ISSUES = 1000;

const DAY_MS = 86_400_000;

/**
 * Collects rows column by column and turns them into a polars frame whose
 * columns are `base`, then `extras` (text), then `_file` and `_line`, each
 * with the type `columnType(name)` gives.
 */
export class TableBuilder {
  /** Column names in frame order. */
  readonly columns: readonly string[];
  #values: Map<string, Cell[]> = new Map();
  #length = 0;

  constructor(base: readonly string[], extras: readonly string[] = []) {
    this.columns = [...base, ...extras, "_file", "_line"];
    for (const c of this.columns) this.#values.set(c, []);
  }

  /** Number of rows pushed so far. */
  get length(): number {
    return this.#length;
  }

  /** Appends one row; columns absent from `row` get null. */
  push(row: Row): void {
    for (const name of Object.keys(row)) {
      if (!this.#values.has(name)) {
        throw new TypeError(
          `Cannot add a row: unknown column: ${name}. This is a bug in the ` +
            "loader (it may add only archive columns and its extras); " +
            "please report it.",
        );
      }
    }
    for (const [name, values] of this.#values) values.push(row[name] ?? null);
    this.#length++;
  }

  /** The rows as a polars frame with explicit column types. */
  toFrame(): pl.DataFrame {
    return pl.DataFrame(
      this.columns.map((name) => toSeries(name, this.#values.get(name)!)),
    );
  }
}

/** Builds one typed series; see the module doc for the cell encodings. */
function toSeries(name: string, values: Cell[]): pl.Series {
  const type = columnType(name);
  switch (type.variant) {
    case "Datetime":
      return pl.Series(name, values, pl.Float64).cast(pl.Datetime("ms"));
    case "Date":
      // Int32 series built from JS arrays lose nulls; go through Float64.
      return pl.Series(name, values, pl.Float64).cast(pl.Int32).cast(pl.Date);
    case "List":
      // A list series cannot be built when no value is a list: lead with a
      // sentinel row and slice it off.
      return pl.Series(name, [[""], ...values], pl.List(pl.Utf8))
        .slice(1, values.length);
    case "Bool":
      return pl.Series(name, values, pl.Bool);
    case "Float64":
      return pl.Series(name, values, pl.Float64);
    default:
      return pl.Series(name, values, pl.Utf8);
  }
}

/** A fresh, empty file ledger. */
export function fileLedger(
  file: string,
  table: "users" | "tweets",
): FileLedger {
  return {
    file,
    table,
    rowsIn: 0,
    rowsLoaded: 0,
    rowsRejected: 0,
    rejections: [],
    issues: [],
    issueCount: 0,
  };
}

/** Counts one record as loaded. */
export function countLoaded(ledger: FileLedger): void {
  ledger.rowsIn++;
  ledger.rowsLoaded++;
}

/** Counts one record as rejected and says why. */
export function reject(
  ledger: FileLedger,
  line: number,
  column: string | null,
  reason: string,
): void {
  ledger.rowsIn++;
  ledger.rowsRejected++;
  ledger.rejections.push({ file: ledger.file, line, column, reason });
}

/** Records a field set to null in a loaded record. */
export function addIssue(
  ledger: FileLedger,
  line: number,
  column: string,
  value: string,
  reason: string,
): void {
  ledger.issueCount++;
  if (ledger.issues.length < MAX_ISSUES) {
    ledger.issues.push({
      file: ledger.file,
      line,
      column,
      value: shorten(value),
      reason,
    });
  }
}

/** `s` cut to at most 80 characters (77 and `...`). */
export function shorten(s: string): string {
  return s.length <= 80 ? s : s.slice(0, 77) + "...";
}

/**
 * Reads a text file line by line, streaming, and yields `[line, text]` with
 * 1-based physical line numbers; a trailing CR and a leading BOM are
 * dropped, and the empty remainder after a final LF is not a line.
 */
export async function* readLines(
  path: string,
): AsyncGenerator<[number, string]> {
  const file = await openRead(path);
  const decoder = new TextDecoder();
  let rest = "";
  let line = 0;
  const buf = new Uint8Array(1 << 20);
  try {
    for (;;) {
      const n = await file.read(buf).catch((e) => {
        throw readFailure(path, e, "Give the file, not its folder.");
      });
      if (n === null) break;
      rest += decoder.decode(buf.subarray(0, n), { stream: true });
      let at = rest.indexOf("\n");
      let from = 0;
      while (at >= 0) {
        line++;
        yield [line, clean(rest.slice(from, at), line)];
        from = at + 1;
        at = rest.indexOf("\n", from);
      }
      rest = rest.slice(from);
    }
    rest += decoder.decode();
    if (rest !== "") yield [line + 1, clean(rest, line + 1)];
  } finally {
    file.close();
  }
}

/**
 * Reads a JSON-lines file and yields `[line, object]` for each line that
 * holds a JSON object. Blank lines are skipped; a line that is not valid
 * JSON (typically cut off when a collection stopped) or is JSON but not an
 * object is rejected into `ledger` with its line number, never dropped.
 *
 * @param path The file.
 * @param ledger Where rejected lines are counted.
 * @param expected What the format puts on a line, for the not-an-object
 *   message (e.g. "twarc2 writes one JSON object per line").
 */
export async function* readJsonObjects(
  path: string,
  ledger: FileLedger,
  expected: string,
): AsyncGenerator<[number, Json]> {
  for await (const [line, raw] of readLines(path)) {
    if (raw.trim() === "") continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (e) {
      reject(
        ledger,
        line,
        null,
        `the line is not valid JSON (${(e as Error).message}), probably ` +
          "cut off when the collection stopped; re-collect that stretch " +
          "or delete the line",
      );
      continue;
    }
    const o = obj(parsed);
    if (o === null) {
      reject(
        ledger,
        line,
        null,
        `the line is JSON but not an object; ${expected} — check how the ` +
          "file was made",
      );
      continue;
    }
    yield [line, o];
  }
}

function clean(text: string, line: number): string {
  const t = line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return t.endsWith("\r") ? t.slice(0, -1) : t;
}

/** A JSON object (not an array, not null). */
export type Json = Record<string, unknown>;

/** `v` as a JSON object, or null. */
export function obj(v: unknown): Json | null {
  return typeof v === "object" && v !== null && !Array.isArray(v)
    ? v as Json
    : null;
}

/** `v` as an array of JSON objects (non-objects dropped); `[]` if absent. */
export function objs(v: unknown): Json[] {
  if (!Array.isArray(v)) return [];
  return v.map(obj).filter((o): o is Json => o !== null);
}

/** `v` if it is a non-empty string, else null (archive: empty = missing). */
export function text(v: unknown): string | null {
  return typeof v === "string" && v !== "" ? v : null;
}

/** `v` if it is a finite number, else null. */
export function num(v: unknown): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

const ISO =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Milliseconds since the epoch of an ISO 8601 instant with a zone, as API
 * v2 writes them (`2021-04-08T19:34:16.000Z`); null if `s` is not one.
 */
export function isoMs(s: string): number | null {
  if (!ISO.test(s)) return null;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? null : ms;
}

/** Whole days since the epoch of the UTC calendar day of `ms`. */
export function utcDay(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** The name of a release read from `paths`: the file stems joined by `+`. */
export function releaseName(paths: readonly string[]): string {
  return paths.map((p) => basename(p).replace(/\.[^.]*$/, "")).join("+");
}

/** A user's profile in users-table encoding, with the problems met. */
export interface Profile {
  /** Values for USER_COLUMNS except `userid`. */
  cells: Row;
  /** Fields set to null because their value could not be read. */
  problems: { column: string; value: string; reason: string }[];
}

interface Meeting {
  file: string;
  line: number;
  ledger: FileLedger;
}

/**
 * Builds the users table of a JSON-lines load: one row per distinct userid,
 * in the order userids are first met (file order, then line order).
 *
 * A userid is *met* as the author of a loaded tweet ({@link meetAuthor})
 * or as a user record of a users lookup ({@link addRecord}). Each user
 * record is one ledger record of its file (a second record for a userid
 * already met is rejected as a duplicate); an author counts as one record
 * of the file where it is first met and is never rejected. A row's profile
 * is the first profile offered for that userid anywhere in the input
 * ({@link offerProfile}); `_file`/`_line` say where the userid was first
 * met. A userid with no profile keeps null profile columns and gets one
 * field issue.
 */
export class UserRegistry {
  #met: Map<string, Meeting> = new Map();
  #profiles: Map<string, Profile> = new Map();

  /** Remembers `profile` for `userid` unless one is already known. */
  offerProfile(userid: string, profile: Profile): void {
    if (!this.#profiles.has(userid)) this.#profiles.set(userid, profile);
  }

  /** Meets `userid` as a tweet author at `file` line `line`. */
  meetAuthor(userid: string, line: number, ledger: FileLedger): void {
    if (this.#met.has(userid)) return;
    this.#met.set(userid, { file: ledger.file, line, ledger });
    countLoaded(ledger);
  }

  /** Meets `userid` as a user record; a repeated userid is rejected. */
  addRecord(userid: string, line: number, ledger: FileLedger): void {
    const first = this.#met.get(userid);
    if (first) {
      reject(ledger, line, "userid", duplicateReason(first, ledger.file));
      return;
    }
    this.#met.set(userid, { file: ledger.file, line, ledger });
    countLoaded(ledger);
  }

  /** The users table in archive schema (plus `_file`, `_line`). */
  toFrame(): pl.DataFrame {
    const table = new TableBuilder(USER_COLUMNS);
    for (const [userid, at] of this.#met) {
      const profile = this.#profiles.get(userid);
      if (profile === undefined) {
        addIssue(
          at.ledger,
          at.line,
          "user_screen_name",
          userid,
          "no profile for this user anywhere in the input (the API left " +
            "it out, as it does for withheld or suspended accounts, or the " +
            "collection lacked the author_id expansion); its profile " +
            "columns are null",
        );
      } else {
        for (const p of profile.problems) {
          addIssue(at.ledger, at.line, p.column, p.value, p.reason);
        }
      }
      table.push({
        ...profile?.cells,
        userid,
        _file: at.file,
        _line: at.line,
      });
    }
    return table.toFrame();
  }
}

/** The rejection reason for a record repeating one first seen at `first`. */
export function duplicateReason(
  first: { file: string; line: number },
  file: string,
): string {
  const where = first.file === file
    ? `line ${first.line}`
    : `${first.file} line ${first.line}`;
  return `duplicate of ${where}; the first copy is kept`;
}

/** The strings of `values`, nulls left out. */
export function strings(values: (string | null)[]): string[] {
  return values.filter((v): v is string => v !== null);
}

/**
 * What a JSON-lines load (twarc2, API v1.1) builds across its files: the
 * tweets table, the users table ({@link UserRegistry}), the ledger with a
 * tweets and a users ledger per file, and the first sighting of each tweet
 * id, so that a tweet repeated anywhere in the input is rejected.
 */
export class JsonLinesLoad {
  readonly tweets: TableBuilder = new TableBuilder(TWEET_COLUMNS, [
    "withheld",
  ]);
  readonly users: UserRegistry = new UserRegistry();
  readonly ledger: Ledger = { files: [] };
  #seen: Map<string, { file: string; line: number }> = new Map();

  /** The tweets and users ledgers of the file at `path`, now in the ledger. */
  openFile(
    path: string,
  ): { file: string; tweets: FileLedger; users: FileLedger } {
    const file = basename(path);
    const tweets = fileLedger(file, "tweets");
    const users = fileLedger(file, "users");
    this.ledger.files.push(tweets, users);
    return { file, tweets, users };
  }

  /**
   * True the first time tweet `id` is met; after that, rejects line `line`
   * of `ledger` as a duplicate of the first sighting and returns false.
   */
  firstSighting(id: string, line: number, ledger: FileLedger): boolean {
    const first = this.#seen.get(id);
    if (first) {
      reject(ledger, line, "tweetid", duplicateReason(first, ledger.file));
      return false;
    }
    this.#seen.set(id, { file: ledger.file, line });
    return true;
  }

  /** The release read from `paths`. */
  release(paths: readonly string[]): Release {
    return {
      name: releaseName(paths),
      tweets: this.tweets.toFrame().lazy(),
      users: this.users.toFrame().lazy(),
      ledger: this.ledger,
      synthetic: false,
    };
  }
}

/** The load and the ledgers of the JSON-lines file being read. */
export interface FileRead {
  load: JsonLinesLoad;
  /** The file's name, for `_file`. */
  file: string;
  /** The file's tweets ledger. */
  tl: FileLedger;
  /** The file's users ledger. */
  ul: FileLedger;
}

/**
 * Reads JSON-lines files into one release: every line's object goes to
 * `readObject` with its file's ledgers (lines that are not JSON objects are
 * rejected by {@linkcode readJsonObjects} with `expected`).
 *
 * @param paths The files, read in the order given.
 * @param expected What a line should be, for rejections.
 * @param readObject Adds one line's object to the load.
 * @returns The release (`synthetic: false`), named after the file stems.
 */
export async function loadJsonLines(
  paths: string | string[],
  expected: string,
  readObject: (f: FileRead, line: number, o: Json) => void,
): Promise<Release> {
  const files = typeof paths === "string" ? [paths] : paths;
  const load = new JsonLinesLoad();
  for (const path of files) {
    const { file, tweets, users } = load.openFile(path);
    const f: FileRead = { load, file, tl: tweets, ul: users };
    for await (const [line, o] of readJsonObjects(path, tweets, expected)) {
      readObject(f, line, o);
    }
  }
  return load.release(files);
}
