/**
 * Private: the behaviour-mix aggregations shared by `behaviourMix` and
 * `behaviourMixByAccount`.
 *
 * @module
 */
import pl from "nodejs-polars";

/** Retweet: `is_retweet` is true. */
export const isRetweet: pl.Expr = pl.col("is_retweet").eq(pl.lit(true))
  .fillNull(false);
/** Reply: `in_reply_to_tweetid` non-null and not a retweet. */
export const isReply: pl.Expr = pl.col("in_reply_to_tweetid").isNotNull()
  .and(isRetweet.not());
/** Quote: `quoted_tweet_tweetid` non-null and not a retweet. */
export const isQuote: pl.Expr = pl.col("quoted_tweet_tweetid").isNotNull()
  .and(isRetweet.not());
/** Original: none of the above. */
export const isOriginal: pl.Expr = isRetweet.or(isReply).or(isQuote).not();

/** Aggregations (usable in `select` or `groupBy().agg`). */
export function behaviourAggs(): pl.Expr[] {
  const share = (e: pl.Expr, name: string) =>
    e.sum().cast(pl.Float64).div(pl.len().cast(pl.Float64)).alias(name);
  const perTweet = (c: string, name: string) =>
    pl.col(c).lst.lengths().sum().cast(pl.Float64)
      .div(pl.col(c).isNotNull().sum().cast(pl.Float64))
      .alias(name);
  return [
    pl.len().cast(pl.Float64).alias("n_tweets"),
    share(isRetweet, "retweet_share"),
    share(isReply, "reply_share"),
    share(isQuote, "quote_share"),
    share(isOriginal, "original_share"),
    perTweet("hashtags", "hashtags_per_tweet"),
    perTweet("urls", "urls_per_tweet"),
    perTweet("user_mentions", "mentions_per_tweet"),
  ];
}
