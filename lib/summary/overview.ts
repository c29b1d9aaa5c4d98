/**
 * Small per-release tables for the overview notebook: the ledger as rows,
 * tweets per UTC day, and counts by tweet language.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { Ledger } from "../io/ledger.ts";
import type { Release } from "../io/release_types.ts";

/** One ledger row per input file. */
export interface LedgerRow {
  release: string;
  file: string;
  table: string;
  rows_in: number;
  rows_loaded: number;
  rows_rejected: number;
  field_issues: number;
  absent_columns: string;
}

/**
 * The ledger of a release as one row per file.
 *
 * @example
 * ```ts
 * import { ledgerRows } from "./overview.ts";
 * import { equal } from "node:assert/strict";
 * const rows = ledgerRows("r", { files: [{ file: "f.csv", table: "tweets",
 *   rowsIn: 3, rowsLoaded: 2, rowsRejected: 1, rejections: [], issues: [],
 *   issueCount: 0 }] });
 * equal(rows[0].rows_in, rows[0].rows_loaded + rows[0].rows_rejected);
 * ```
 */
export function ledgerRows(release: string, ledger: Ledger): LedgerRow[] {
  return ledger.files.map((f) => ({
    release,
    file: f.file,
    table: f.table,
    rows_in: f.rowsIn,
    rows_loaded: f.rowsLoaded,
    rows_rejected: f.rowsRejected,
    field_issues: f.issueCount,
    absent_columns: (f.absentColumns ?? []).join(" "),
  }));
}

/**
 * Tweets per UTC calendar day (`day` as `YYYY-MM-DD`), over tweets with a
 * valid time, days without tweets omitted, sorted by day.
 */
export function tweetsPerDay(
  release: Release,
): Array<{ release: string; day: string; count: number }> {
  return release.tweets.filter(pl.col("tweet_time").isNotNull())
    .groupBy(pl.col("tweet_time").dt.strftime("%Y-%m-%d").alias("day"))
    .agg(pl.len().alias("count")).sort("day").collectSync().toRecords()
    .map((r) => ({
      release: release.name,
      day: String(r.day),
      count: Number(r.count),
    }));
}

/**
 * Tweets per `tweet_language` (null shown as `(none)`), by count descending
 * then language ascending.
 */
export function languageCounts(
  release: Release,
): Array<{ release: string; language: string; count: number }> {
  return release.tweets.groupBy("tweet_language").agg(pl.len().alias("count"))
    .collectSync().toRecords()
    .map((r) => ({
      release: release.name,
      language: r.tweet_language === null ? "(none)" : String(r.tweet_language),
      count: Number(r.count),
    }))
    .sort((a, b) => b.count - a.count || (a.language < b.language ? -1 : 1));
}
