/**
 * Typing rules: from the all-text columns polars reads to the archive
 * schema, with a check per column. Each check yields, per row, either
 * nothing or the offending raw value, kept in a `_bad_<column>` column so the
 * ledger can list it; key columns yield a `_reject` reason instead.
 *
 * Rules (see also `schema.ts`):
 * - ids: a value in scientific notation (`1.01421E+18`, what a spreadsheet
 *   makes of a long id) has lost its digits; it is reported, never guessed.
 *   In the key column (`tweetid` in tweets, `userid` in both files, where a
 *   wrong id would mis-attribute the row) the row is rejected; elsewhere the
 *   field is set to null. An empty `tweetid` (tweets) or `userid` (users)
 *   rejects the row.
 * - `tweet_time`: `YYYY-MM-DD HH:MM` or `YYYY-MM-DD HH:MM:SS`, UTC.
 * - `account_creation_date`: `YYYY-MM-DD` or US `M/D/YYYY`.
 * - `is_retweet`: `true`/`false`, any case.
 * - counts: a whole number (`12`, also `12.0`).
 * - `latitude`, `longitude`: a decimal number; `absent` is null.
 * - list columns: a Python list literal of quoted strings or bare tokens
 *   (`['a', "b"]`, `[2876420003]`); backslash escapes inside quoted
 *   elements are undone (`\'` → `'`).
 *
 * @module
 */
import pl from "nodejs-polars";
import { columnType, ID_COLUMNS } from "./schema.ts";

const MANGLED_ID = "^[0-9](\\.[0-9]+)?[eE]\\+?[0-9]+$";
const TIME = "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}(:[0-9]{2})?$";
const ISO_DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
const US_DATE = "^[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}$";
const US_DATE_PARTS = "^([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})$";
const WHOLE = "^[0-9]+(\\.0+)?$";
const DECIMAL = "^[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?$";
const ITEM = `('([^'\\\\]|\\\\.)*'|"([^"\\\\]|\\\\.)*"|[0-9A-Za-z+/=_.-]+)`;
const LIST = `^\\[\\s*(${ITEM}(\\s*,\\s*${ITEM})*)?\\s*\\]$`;

const ID_SET: ReadonlySet<string> = new Set(ID_COLUMNS);

/** A column's typed expression and, if the column is checked, its check. */
interface Rule {
  typed: pl.Expr;
  /** True where a non-empty raw value is invalid. */
  invalid?: pl.Expr;
  reason?: string;
}

/**
 * `YYYY-MM-DD HH:MM[:SS]` (already matched by `TIME`) as a UTC datetime.
 * `:00` is appended to minute times so one strict format parses all rows
 * (two `strptime` branches would each run on the whole column); an
 * impossible date or time (`2019-02-30`, `25:00`) gives null.
 */
function parseTime(c: pl.Expr): pl.Expr {
  const full = pl.when(c.str.lengths().eq(pl.lit(16)))
    .then(pl.concatString([c, pl.lit(":00")], ""))
    .otherwise(c);
  return full.str.strptime(pl.Datetime("ms"), "%Y-%m-%d %H:%M:%S");
}

/**
 * `YYYY-MM-DD` or US `M/D/YYYY` (already matched by `ISO_DATE` or
 * `US_DATE`) as a date. US dates are rewritten as zero-padded ISO text and
 * every row is parsed by one strict `%Y-%m-%d`: polars' lenient `%m/%d/%Y`
 * would read `13/1/2014` as 2014-03-01, while `2014-13-01` is null, as are
 * `2/30/2014` and `0/5/2014`.
 */
function parseDate(c: pl.Expr): pl.Expr {
  const part = (i: number) => c.str.extract(US_DATE_PARTS, i);
  const iso = pl.when(c.str.contains(US_DATE))
    .then(pl.concatString([
      part(3),
      part(1).str.padStart(2, "0"),
      part(2).str.padStart(2, "0"),
    ], "-"))
    .otherwise(c);
  return iso.str.strptime(pl.Date, "%Y-%m-%d");
}

function parseList(c: pl.Expr): pl.Expr {
  const inner = c.str.replace("^\\[\\s*", "").str.replace("\\s*\\]$", "");
  const quoted = inner.str.replaceAll(`(['"])\\s*,\\s*(['"])`, "$1\u001f$2")
    .str.split("\u001f").lst.eval(
      pl.element().str.replace(`^['"]`, "").str.replace(`['"]$`, "")
        .str.replaceAll("\\\\(.)", "$1"),
    );
  const bare = inner.str.replaceAll("\\s*,\\s*", "\u001f").str.split("\u001f");
  return pl.when(inner.eq(pl.lit("")))
    .then(
      pl.lit("").str.split("\u001f").lst.eval(
        pl.element().filter(pl.element().neq(pl.lit(""))),
      ),
    )
    .when(inner.str.contains(`^['"]`)).then(quoted)
    .otherwise(bare);
}

/** The typing rule of column `name` (untyped text when it has none). */
function rule(name: string): Rule {
  const c = pl.col(name);
  const type = columnType(name);
  if (ID_SET.has(name)) return idRule(c);
  if (name === "tweet_time") return timeRule(c);
  if (name === "account_creation_date") return dateRule(c);
  if (name === "is_retweet") return retweetRule(c);
  if (name === "latitude" || name === "longitude") {
    return coordinateRule(name, c);
  }
  if (type.equals(pl.Float64)) return countRule(name, c);
  if (type.equals(pl.List(pl.Utf8))) return listRule(name, c);
  return { typed: c };
}

/** An id column: text, but a spreadsheet-mangled value is null. */
function idRule(c: pl.Expr): Rule {
  return {
    typed: pl.when(c.str.contains(MANGLED_ID)).then(pl.lit(null)).otherwise(
      c,
    ),
    invalid: c.str.contains(MANGLED_ID),
    reason:
      "spreadsheet-mangled id (scientific notation) has lost its digits: " +
      "use the release as downloaded, not a copy saved from a spreadsheet",
  };
}

/** `tweet_time`: `YYYY-MM-DD HH:MM[:SS]` UTC. */
function timeRule(c: pl.Expr): Rule {
  const ok = c.str.contains(TIME);
  const typed = pl.when(ok).then(parseTime(c)).otherwise(pl.lit(null));
  return {
    typed,
    invalid: typed.isNull(),
    reason: "tweet_time is not a valid `YYYY-MM-DD HH:MM[:SS]` UTC time",
  };
}

/** `account_creation_date`: `YYYY-MM-DD` or US `M/D/YYYY`. */
function dateRule(c: pl.Expr): Rule {
  const ok = c.str.contains(ISO_DATE).or(c.str.contains(US_DATE));
  const typed = pl.when(ok).then(parseDate(c)).otherwise(pl.lit(null));
  return {
    typed,
    invalid: typed.isNull(),
    reason:
      "account_creation_date is not a valid `YYYY-MM-DD` or `M/D/YYYY` date",
  };
}

/** `is_retweet`: `true` or `false`, any case. */
function retweetRule(c: pl.Expr): Rule {
  const lower = c.str.toLowerCase();
  return {
    typed: pl.when(lower.eq(pl.lit("true"))).then(pl.lit(true))
      .when(lower.eq(pl.lit("false"))).then(pl.lit(false))
      .otherwise(pl.lit(null)),
    invalid: lower.eq(pl.lit("true")).or(lower.eq(pl.lit("false"))).not(),
    reason: "is_retweet is neither `true` nor `false`",
  };
}

/** `latitude`, `longitude`: a decimal number; `absent` is null. */
function coordinateRule(name: string, c: pl.Expr): Rule {
  const ok = c.str.contains(DECIMAL);
  return {
    typed: pl.when(ok).then(c.cast(pl.Float64, false)).otherwise(
      pl.lit(null),
    ),
    invalid: ok.not().and(c.neq(pl.lit("absent"))),
    reason: `${name} is neither a number nor \`absent\``,
  };
}

/** A count: a whole number (`12`, also `12.0`). */
function countRule(name: string, c: pl.Expr): Rule {
  const ok = c.str.contains(WHOLE);
  return {
    typed: pl.when(ok).then(c.cast(pl.Float64, false)).otherwise(
      pl.lit(null),
    ),
    invalid: ok.not(),
    reason: `${name} is not a whole number`,
  };
}

/** A list column: a Python list literal. */
function listRule(name: string, c: pl.Expr): Rule {
  const ok = c.str.contains(LIST);
  return {
    typed: pl.when(ok).then(parseList(c)).otherwise(pl.lit(null)),
    invalid: ok.not(),
    reason: `${name} is not a list literal like ['a', 'b']`,
  };
}

/** The reason a row is rejected, by table, as an expression (null: keep). */
function rejectReason(table: "users" | "tweets"): pl.Expr {
  const keys = table === "tweets" ? ["tweetid", "userid"] : ["userid"];
  let expr = pl.when(pl.col(keys[0]).isNull()).then(
    pl.lit(`missing ${keys[0]}: the row cannot be identified`),
  );
  for (const key of keys) {
    expr = expr.when(pl.col(key).str.contains(MANGLED_ID)).then(
      pl.lit(
        `spreadsheet-mangled ${key} (scientific notation) has lost its ` +
          "digits: use the release as downloaded",
      ),
    );
  }
  return expr.otherwise(pl.lit(null));
}

/** Names of the checked columns among `columns`, in order. */
export function checkedColumns(columns: string[]): string[] {
  return columns.filter((name) => rule(name).invalid !== undefined);
}

/** The reason text of a checked column's rule. */
export function checkReason(name: string): string {
  return rule(name).reason ?? "";
}

/**
 * Typed, checked columns for a raw all-text frame.
 *
 * @param columns The frame's columns (archive columns and extras).
 * @param table Which table, for the key rule.
 * @returns Expressions: each column typed, `_reject` (Utf8, null = keep)
 *   and one `_bad_<column>` per checked column (the raw value if invalid).
 */
export function typedExpressions(
  columns: string[],
  table: "users" | "tweets",
): pl.Expr[] {
  const out: pl.Expr[] = [];
  const bad: pl.Expr[] = [];
  for (const name of columns) {
    const r = rule(name);
    out.push(r.typed.cast(columnType(name)).alias(name));
    if (r.invalid) {
      bad.push(
        pl.when(pl.col(name).isNotNull().and(r.invalid)).then(pl.col(name))
          .otherwise(pl.lit(null)).cast(pl.Utf8).alias(`_bad_${name}`),
      );
    }
  }
  return [...out, rejectReason(table).alias("_reject"), ...bad];
}
