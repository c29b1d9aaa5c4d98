/**
 * Share of a conversation's messages carrying some hashtags.
 *
 * @module
 */
import pl from "nodejs-polars";
import { hashtagKey, hashtagTweets } from "./hashtag_tweets.ts";

/**
 * The share of all tweets of the conversation that carry at least one of
 * the given hashtags (normalised like `hashtagTweets`: case and a leading
 * `#` do not matter; a tweet with two of them counts once), as ProBox
 * reported that eight trends "held 67 % of all messages".
 *
 * @param tweets Tweets of the conversation (archive schema).
 * @param hashtags The hashtags.
 * @returns `n_tweets` (tweets with one of them), `total_tweets`, `share`
 *   (null when the conversation is empty).
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { hashtagShare } from "./hashtag_share.ts";
 * import { deepEqual } from "node:assert/strict";
 * const tweets = pl.DataFrame({
 *   tweetid: ["1", "2", "3", "4"], userid: ["a", "a", "b", "b"],
 *   tweet_time: pl.Series([null, null, null, null]).cast(pl.Datetime("ms")),
 *   hashtags: pl.Series([["X", "y"], ["x"], ["z"], []]).cast(pl.List(pl.Utf8)),
 * }).lazy();
 * deepEqual(await hashtagShare(tweets, ["#x", "Y"]), { n_tweets: 2, total_tweets: 4, share: 0.5 });
 * ```
 */
export async function hashtagShare(
  tweets: pl.LazyDataFrame,
  hashtags: readonly string[],
): Promise<{ n_tweets: number; total_tweets: number; share: number | null }> {
  const keys: pl.DataFrame = pl.DataFrame({
    hashtags: pl.Series("hashtags", [...hashtags], pl.Utf8),
  }).select(hashtagKey("hashtags")).unique();
  const [hit, total] = await Promise.all([
    hashtagTweets(tweets)
      .join(keys.lazy(), { on: "hashtag", how: "inner" })
      .select(pl.col("_row").nUnique().alias("n"))
      .collect(),
    tweets.select(pl.len().alias("n")).collect(),
  ]);
  const n = Number(hit.getColumn("n").toArray()[0] ?? 0);
  const t = Number(total.getColumn("n").toArray()[0]);
  return { n_tweets: n, total_tweets: t, share: t > 0 ? n / t : null };
}
