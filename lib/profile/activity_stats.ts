/**
 * Per-account activity volume: tweets per active day and peaks.
 *
 * @module
 */
import pl from "nodejs-polars";
import { floorDiv, localDay } from "./_time.ts";

/**
 * Activity volume per account, one row per non-null userid in `tweets`,
 * sorted by userid. Columns (Float64 unless said):
 * - `userid` (Utf8)
 * - `n_tweets`: the account's rows in the tweets frame
 * - `n_tweets_with_time`: those with a non-null `tweet_time`
 * - `active_days`: distinct UTC calendar days with ≥ 1 valid-time tweet
 * - `tweets_per_active_day`: `n_tweets_with_time` / `active_days` (null
 *   when 0)
 * - `peak_tweets_minute`: most tweets in one UTC clock minute (HH:MM)
 * - `peak_tweets_hour`: most tweets in one UTC clock hour (HH:00–HH:59)
 *   (both null without valid times)
 *
 * @param tweets tweets frame (archive schema)
 * @returns the per-account table
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { activityStats } from "./activity_stats.ts";
 * import { deepEqual } from "node:assert/strict";
 * const tweets = pl.DataFrame({
 *   userid: ["a", "a", "a", "a"],
 *   tweet_time: pl.Series([
 *     "2020-01-01T10:00:00Z", "2020-01-01T10:00:00Z", "2020-01-01T10:59:00Z",
 *     "2020-01-02T00:00:00Z",
 *   ].map((s) => new Date(s))).cast(pl.Datetime("ms")),
 * }).lazy();
 * const a = await activityStats(tweets);
 * deepEqual(a.row(0), ["a", 4, 4, 2, 2, 2, 3]);
 * ```
 */
export async function activityStats(
  tweets: pl.LazyDataFrame,
): Promise<pl.DataFrame> {
  const withId = tweets.filter(pl.col("userid").isNotNull());
  const valid = withId
    .filter(pl.col("tweet_time").isNotNull())
    .select(
      pl.col("userid"),
      floorDiv(pl.col("tweet_time").cast(pl.Int64), 60_000).alias("minute"),
      floorDiv(pl.col("tweet_time").cast(pl.Int64), 3_600_000).alias("hour"),
      localDay("tweet_time", 0).alias("day"),
    );
  const peak = (key: string, name: string) =>
    valid.groupBy(["userid", key]).agg(pl.len().alias("k"))
      .groupBy("userid").agg(pl.col("k").max().cast(pl.Float64).alias(name));
  const base = withId.groupBy("userid").agg(
    pl.len().cast(pl.Float64).alias("n_tweets"),
    pl.col("tweet_time").isNotNull().sum().cast(pl.Float64).alias(
      "n_tweets_with_time",
    ),
  );
  const days = valid.groupBy("userid").agg(
    pl.col("day").nUnique().cast(pl.Float64).alias("active_days"),
  );
  return await base
    .join(days, { on: "userid", how: "left" })
    .join(peak("minute", "peak_tweets_minute"), { on: "userid", how: "left" })
    .join(peak("hour", "peak_tweets_hour"), { on: "userid", how: "left" })
    .select(
      pl.col("userid"),
      pl.col("n_tweets"),
      pl.col("n_tweets_with_time"),
      pl.col("active_days").fillNull(0),
      pl.when(pl.col("active_days").gt(0))
        .then(pl.col("n_tweets_with_time").div(pl.col("active_days")))
        .otherwise(pl.lit(null).cast(pl.Float64))
        .alias("tweets_per_active_day"),
      pl.col("peak_tweets_minute"),
      pl.col("peak_tweets_hour"),
    )
    .sort("userid")
    .collect();
}
