/**
 * Published-versus-reproduced rows as a typed polars frame (for Parquet)
 * and as plain text (for the terminal).
 *
 * @module
 */
import pl from "nodejs-polars";
import { absentReleases } from "./absent_releases.ts";
import type { PublishedRow } from "./reproduce_figures.ts";

const COLUMNS = [
  "release",
  "figure",
  "source",
  "published",
  "qualifier",
  "reproduced",
  "difference",
  "relative_difference",
  "status",
  "note",
] as const;

/**
 * The rows as a polars DataFrame with fixed types, whatever the rows hold
 * (an all-null column keeps its type): text columns String, `published`,
 * `reproduced`, `difference` and `relative_difference` Float64.
 *
 * @param rows Rows from `reproduceFigures` or `publishedTable`.
 * @returns The frame, columns in `PublishedRow` order.
 *
 * @example
 * ```ts
 * import { equal } from "node:assert/strict";
 * import { publishedFrame } from "./format_published_table.ts";
 * equal(publishedFrame([]).width, 10);
 * ```
 */
export function publishedFrame(rows: PublishedRow[]): pl.DataFrame {
  const numeric = new Set([
    "published",
    "reproduced",
    "difference",
    "relative_difference",
  ]);
  return pl.DataFrame(
    COLUMNS.map((c) =>
      pl.Series(
        c,
        rows.map((r) => r[c]),
        numeric.has(c) ? pl.Float64 : pl.String,
      )
    ),
  );
}

const WEEKDAY_SUFFIX = /\.(Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/;
const HEADER = [
  "release",
  "figure",
  "published",
  "reproduced",
  "difference",
  "relative",
  "status",
];
/** Columns aligned to the right (the numbers). */
const RIGHT: ReadonlySet<number> = new Set([2, 3, 4, 5]);
const MARK = { exactly: "", about: "≈ ", "more than": "> " } as const;

/** A count with thousands separators, or `–`. */
function fmtNumber(n: number | null): string {
  return n === null ? "–" : n.toLocaleString("en-US");
}

/** A relative difference as a signed percentage (`+1.25%`), or `–`. */
function fmtRelative(x: number | null): string {
  return x === null ? "–" : `${x > 0 ? "+" : ""}${(x * 100).toFixed(2)}%`;
}

/** The text cells of one row, in `HEADER` order. */
function rowCells(r: PublishedRow): string[] {
  return [
    r.release,
    r.figure,
    MARK[r.qualifier] + fmtNumber(r.published),
    fmtNumber(r.reproduced),
    fmtNumber(r.difference),
    fmtRelative(r.relative_difference),
    r.status,
  ];
}

/** Lines of `rows` (the first is the header) padded to common widths. */
function alignLines(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) =>
    Math.max(...rows.map((c) => c[i].length))
  );
  return rows.map((c) =>
    c.map((s, i) => RIGHT.has(i) ? s.padStart(widths[i]) : s.padEnd(widths[i]))
      .join("  ").trimEnd()
  );
}

/**
 * The note of each computed release and figure (weekday rows share
 * `tweets_by_weekday.*`; the last row's note wins), as `  <release>
 * <figure>: <note>` lines.
 */
function noteLines(rows: PublishedRow[]): string[] {
  const notes = new Map<string, string>();
  for (const r of rows) {
    if (r.status === "release_absent") continue;
    const figure = r.figure.replace(WEEKDAY_SUFFIX, ".*");
    notes.set(`  ${r.release} ${figure}: `, r.note);
  }
  return [...notes].map(([k, note]) => k + note);
}

/**
 * The rows as an aligned text table, then one line per release that is
 * absent (with where to get it) and the notes of the other rows (one line
 * per release and figure; weekday rows share `tweets_by_weekday.*`).
 *
 * @param rows Rows from `reproduceFigures` or `publishedTable`.
 * @returns The text (no trailing newline).
 *
 * @example
 * ```ts
 * import { ok } from "node:assert/strict";
 * import { formatPublishedTable } from "./format_published_table.ts";
 * const text = formatPublishedTable([{
 *   release: "r", figure: "tweets", source: "s", published: 8000000,
 *   qualifier: "more than", reproduced: 2403772, difference: -5596228,
 *   relative_difference: -0.699529, status: "differs", note: "computed: x",
 * }]);
 * ok(text.includes("> 8,000,000"));
 * ok(text.includes("-69.95%"));
 * ```
 */
export function formatPublishedTable(rows: PublishedRow[]): string {
  const out = alignLines([HEADER, ...rows.map(rowCells)]);
  const absent = absentReleases(rows);
  if (absent.length > 0) {
    out.push("", "absent:", ...absent.map((a) => `  ${a.release}: ${a.where}`));
  }
  const notes = noteLines(rows);
  if (notes.length > 0) out.push("", "notes:", ...notes);
  return out.join("\n");
}
