/**
 * Dormancy: time from account creation to first tweet, and age at the last.
 *
 * @module
 */
import pl from "nodejs-polars";
import { localDay } from "./_time.ts";

/**
 * Per-account dormancy, one row per userid found in `users` or `tweets`,
 * sorted by userid. Columns:
 * - `userid` (Utf8)
 * - `account_creation_date` (Date): the users row's date; when the userid
 *   has no users row or a null date there, the earliest non-null
 *   `account_creation_date` on its tweets.
 * - `n_tweets_with_time` (Float64): the account's tweets with a non-null
 *   `tweet_time` in the release (0 when none).
 * - `first_tweet_time`, `last_tweet_time` (Datetime ms): earliest and
 *   latest valid `tweet_time`, null when none.
 * - `dormancy_days` (Float64): UTC calendar day of the first tweet minus the
 *   creation date, in days (0 = tweeted on the creation day); null when
 *   either is missing. Measured within the release only: tweets the
 *   release does not contain are not seen.
 * - `age_at_last_tweet_days` (Float64): the same for the last tweet.
 *
 * @param users users frame (archive schema)
 * @param tweets tweets frame (archive schema)
 * @returns the per-account table
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { dormancy } from "./dormancy.ts";
 * import { deepEqual } from "node:assert/strict";
 * const users = pl.DataFrame({
 *   userid: ["a"],
 *   account_creation_date: pl.Series([new Date("2017-01-01")]).cast(pl.Date),
 * }).lazy();
 * const tweets = pl.DataFrame({
 *   userid: ["a", "a"],
 *   account_creation_date: pl.Series("d", [null, null], pl.Date),
 *   tweet_time: pl.Series([
 *     new Date("2017-03-01T10:00:00Z"), new Date("2017-01-11T00:00:00Z"),
 *   ]).cast(pl.Datetime("ms")),
 * }).lazy();
 * const d = await dormancy(users, tweets);
 * deepEqual(d.getColumn("dormancy_days").toArray(), [10]);
 * deepEqual(d.getColumn("age_at_last_tweet_days").toArray(), [59]);
 * ```
 */
export async function dormancy(
  users: pl.LazyDataFrame,
  tweets: pl.LazyDataFrame,
): Promise<pl.DataFrame> {
  const fromUsers = users
    .filter(pl.col("userid").isNotNull())
    .groupBy("userid")
    .agg(pl.col("account_creation_date").min().alias("created_u"));
  const fromTweets = tweets
    .filter(pl.col("userid").isNotNull())
    .groupBy("userid")
    .agg(
      pl.col("account_creation_date").min().alias("created_t"),
      pl.col("tweet_time").isNotNull().sum().cast(pl.Float64).alias(
        "n_tweets_with_time",
      ),
      pl.col("tweet_time").min().alias("first_tweet_time"),
      pl.col("tweet_time").max().alias("last_tweet_time"),
    );
  const created = pl.col("created_u").fillNull(pl.col("created_t"));
  const createdDay = created.cast(pl.Int32).cast(pl.Int64);
  return await fromUsers
    .join(fromTweets, { on: "userid", how: "full", coalesce: true })
    .select(
      pl.col("userid"),
      created.alias("account_creation_date"),
      pl.col("n_tweets_with_time").fillNull(0),
      pl.col("first_tweet_time"),
      pl.col("last_tweet_time"),
      localDay("first_tweet_time", 0).sub(createdDay).cast(pl.Float64).alias(
        "dormancy_days",
      ),
      localDay("last_tweet_time", 0).sub(createdDay).cast(pl.Float64).alias(
        "age_at_last_tweet_days",
      ),
    )
    .sort("userid")
    .collect();
}
