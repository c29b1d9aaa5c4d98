/**
 * Tweets per hashtag per day.
 *
 * @module
 */
import pl from "nodejs-polars";

/**
 * Tweets and accounts per (hashtag, local day), from the rows of
 * `hashtagTweets` (whose `utcOffset` sets the day). Rows with a null `day`
 * (no `tweet_time`) are left out. Only days with at least one tweet appear;
 * {@linkcode detectTrends} fills the others with zeros.
 *
 * @param tagged Rows of `hashtagTweets`.
 * @returns Columns `hashtag` (Utf8), `day` (Date), `n_tweets` (Float64:
 *   distinct tweets), `n_accounts` (Float64: distinct non-null userids);
 *   sorted by hashtag, then day.
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { hashtagDailyCounts } from "./hashtag_daily_counts.ts";
 * import { deepEqual } from "node:assert/strict";
 * const d = (s: string) => new Date(`${s}T00:00Z`);
 * const tagged = pl.DataFrame({
 *   _row: [0, 1, 2], userid: ["a", "a", "b"], hashtag: ["x", "x", "x"],
 *   day: pl.Series([d("2021-01-01"), d("2021-01-01"), d("2021-01-03")]).cast(pl.Date),
 * }).lazy();
 * const c = await hashtagDailyCounts(tagged);
 * deepEqual(c.getColumn("n_tweets").toArray(), [2, 1]);
 * deepEqual(c.getColumn("n_accounts").toArray(), [1, 1]);
 * ```
 */
export async function hashtagDailyCounts(
  tagged: pl.LazyDataFrame,
): Promise<pl.DataFrame> {
  return await tagged
    .filter(pl.col("day").isNotNull())
    .groupBy(["hashtag", "day"])
    .agg(
      pl.col("_row").nUnique().cast(pl.Float64).alias("n_tweets"),
      pl.col("userid").dropNulls().nUnique().cast(pl.Float64).alias(
        "n_accounts",
      ),
    )
    .sort(["hashtag", "day"])
    .collect();
}
