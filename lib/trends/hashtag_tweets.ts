/**
 * One row per (tweet, hashtag).
 *
 * @module
 */
import pl from "nodejs-polars";
import { checkUtcOffset, localDay } from "./_day.ts";

/** Options of {@linkcode hashtagTweets}. */
export interface HashtagTweetsOptions {
  /** Hours added to UTC to get the local calendar day (default 0). */
  utcOffset?: number;
}

/**
 * The normalised hashtag of a `hashtags` list element: surrounding
 * whitespace and leading `#` removed, lower-cased (Unicode lower case, so
 * `#DemoPaz`, `demopaz` and `DEMOPAZ` are one hashtag).
 *
 * @param column The column holding one hashtag per row.
 * @returns A Utf8 expression named `hashtag`.
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { hashtagKey } from "./hashtag_tweets.ts";
 * import { deepEqual } from "node:assert/strict";
 * const df = pl.DataFrame({ h: [" #Árbol", "ÁRBOL", "#"] });
 * deepEqual(df.select(hashtagKey("h")).getColumn("hashtag").toArray(), ["árbol", "árbol", ""]);
 * ```
 */
export function hashtagKey(column = "hashtags"): pl.Expr {
  return pl.col(column).str.strip().str.replace("^#+", "").str.toLowerCase()
    .alias("hashtag");
}

/**
 * Every tweet exploded into one row per distinct normalised hashtag
 * ({@linkcode hashtagKey}); a hashtag written twice in one tweet gives one
 * row, and empty hashtags are dropped. Columns: `_row` (UInt32: the tweet's
 * position in `tweets`, a tweet key that works without `tweetid`),
 * `tweetid`, `userid`, `tweet_time`, `day` (Date: the local calendar day at
 * `utcOffset`, null when `tweet_time` is null), `hashtag`, and `source`
 * when `tweets` has it. Retweets keep the hashtags the archive lists for
 * them and count like any tweet (ProBox counted messages, retweets
 * included).
 *
 * @param tweets Tweets (archive schema), e.g. from `conversation`.
 * @param options Local-day offset.
 * @returns A lazy frame.
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { hashtagTweets } from "./hashtag_tweets.ts";
 * import { deepEqual } from "node:assert/strict";
 * const tweets = pl.DataFrame({
 *   tweetid: ["1", "2"], userid: ["a", "b"],
 *   tweet_time: pl.Series([new Date("2021-03-01T02:00Z"), new Date("2021-03-01T05:00Z")])
 *     .cast(pl.Datetime("ms")),
 *   hashtags: pl.Series([["#Paz", "paz", "Voto"], []]).cast(pl.List(pl.Utf8)),
 * }).lazy();
 * const h = hashtagTweets(tweets, { utcOffset: -4 }).collectSync();
 * deepEqual(h.getColumn("hashtag").toArray(), ["paz", "voto"]);
 * deepEqual(h.getColumn("day").cast(pl.Utf8).toArray(), ["2021-02-28", "2021-02-28"]);
 * ```
 */
export function hashtagTweets(
  tweets: pl.LazyDataFrame,
  options: HashtagTweetsOptions = {},
): pl.LazyDataFrame {
  const offset = options.utcOffset ?? 0;
  checkUtcOffset("Listing hashtag tweets", offset);
  const keep = ["tweetid", "userid", "tweet_time", "hashtags"];
  const hasSource = tweets.columns.includes("source");
  return tweets
    .select(
      ...keep.map((c) => pl.col(c)),
      ...(hasSource ? [pl.col("source")] : []),
    )
    .withRowIndex("_row")
    .explode("hashtags")
    .select(
      pl.col("_row"),
      pl.col("tweetid"),
      pl.col("userid"),
      pl.col("tweet_time"),
      localDay(offset),
      hashtagKey("hashtags"),
      ...(hasSource ? [pl.col("source")] : []),
    )
    .filter(
      pl.col("hashtag").isNotNull().and(pl.col("hashtag").neq(pl.lit(""))),
    )
    .unique({
      subset: ["_row", "hashtag"],
      keep: "first",
      maintainOrder: true,
    });
}
