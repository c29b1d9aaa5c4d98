/**
 * Working-hours share and weekend ratio per account.
 *
 * @module
 */
import pl from "nodejs-polars";
import { rhythmRows } from "./_rhythm.ts";

/**
 * {@linkcode weeklyRhythm} for each account (same definitions, each
 * account's own calendar span), one row per userid with at least one valid
 * `tweet_time`, sorted by userid. Columns: `userid`, `n_tweets_with_time`,
 * `working_hours_share`, `weekend_ratio` (Float64; null as defined in
 * `weeklyRhythm`).
 *
 * @param tweets tweets frame (archive schema)
 * @param utcOffset hours to add to UTC (default 0)
 * @returns the per-account table
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { weeklyRhythmByAccount } from "./weekly_rhythm_by_account.ts";
 * import { deepEqual } from "node:assert/strict";
 * const tweets = pl.DataFrame({
 *   userid: ["a", "b"],
 *   tweet_time: pl.Series([
 *     new Date("2024-01-01T09:00:00Z"), new Date("2024-01-06T09:00:00Z"),
 *   ]).cast(pl.Datetime("ms")),
 * }).lazy();
 * const r = await weeklyRhythmByAccount(tweets);
 * deepEqual(r.getColumn("working_hours_share").toArray(), [1, 0]);
 * ```
 */
export async function weeklyRhythmByAccount(
  tweets: pl.LazyDataFrame,
  utcOffset = 0,
): Promise<pl.DataFrame> {
  const { keys, rows } = await rhythmRows(
    tweets.filter(pl.col("userid").isNotNull()),
    utcOffset,
    "userid",
  );
  return pl.DataFrame({
    userid: pl.Series("userid", keys, pl.Utf8),
    n_tweets_with_time: pl.Series(
      "n_tweets_with_time",
      rows.map((r) => r.n_tweets),
      pl.Float64,
    ),
    working_hours_share: pl.Series(
      "working_hours_share",
      rows.map((r) => r.working_hours_share),
      pl.Float64,
    ),
    weekend_ratio: pl.Series(
      "weekend_ratio",
      rows.map((r) => r.weekend_ratio),
      pl.Float64,
    ),
  });
}
