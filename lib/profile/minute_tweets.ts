/**
 * Tweets at the archives' minute resolution.
 *
 * @module
 */
import pl from "nodejs-polars";

/**
 * The tweets with `tweet_time` cut to the minute. The archives give times
 * to the minute; a baseline collected with seconds is cut the same way so
 * both sides are measured at the same resolution (a no-op on archive
 * data). Every cadence step reads its tweets through this.
 *
 * @param tweets Tweets frame (archive schema).
 * @returns The same frame, `tweet_time` truncated to the minute.
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { minuteTweets } from "./minute_tweets.ts";
 * import { equal } from "node:assert/strict";
 * const tweets = pl.DataFrame({
 *   tweet_time: pl.Series([new Date("2024-01-01T12:03:59Z")]).cast(pl.Datetime("ms")),
 * }).lazy();
 * const t = (await minuteTweets(tweets).collect()).getColumn("tweet_time").toArray()[0];
 * equal((t as unknown as Date).toISOString(), "2024-01-01T12:03:00.000Z");
 * ```
 */
export function minuteTweets(tweets: pl.LazyDataFrame): pl.LazyDataFrame {
  return tweets.withColumns(pl.col("tweet_time").dt.truncate("1m"));
}

/**
 * How many tweet times carry seconds (are not a whole minute): 0 on
 * archive data; more says the source had a finer clock, which
 * {@linkcode minuteTweets} cuts away.
 *
 * @param tweets Tweets frame (archive schema), before truncation.
 * @returns The count of non-null times that are not whole minutes.
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { timesWithSeconds } from "./minute_tweets.ts";
 * import { equal } from "node:assert/strict";
 * const tweets = pl.DataFrame({
 *   tweet_time: pl.Series([
 *     new Date("2024-01-01T12:03:59Z"), new Date("2024-01-01T12:04:00Z"), null,
 *   ]).cast(pl.Datetime("ms")),
 * }).lazy();
 * equal(await timesWithSeconds(tweets), 1);
 * ```
 */
export async function timesWithSeconds(
  tweets: pl.LazyDataFrame,
): Promise<number> {
  const df = await tweets.select(
    pl.col("tweet_time").cast(pl.Int64).modulo(pl.lit(60000).cast(pl.Int64))
      .neq(0).sum().alias("s"),
  ).collect();
  return Number(df.getColumn("s").toArray()[0] ?? 0);
}
