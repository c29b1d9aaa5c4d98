/**
 * Behaviour mix per account.
 *
 * @module
 */
import pl from "nodejs-polars";
import { behaviourAggs } from "./_behaviour.ts";

/**
 * {@linkcode behaviourMix}'s shares and per-tweet rates for each account,
 * one row per non-null userid, sorted by userid. Columns (Float64):
 * `n_tweets`, `retweet_share`, `reply_share`, `quote_share`,
 * `original_share`, `hashtags_per_tweet`, `urls_per_tweet`,
 * `mentions_per_tweet` (same definitions; a per-tweet rate is null when
 * all the account's lists in that column are null).
 *
 * @param tweets tweets frame (archive schema)
 * @returns the per-account table
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { behaviourMixByAccount } from "./behaviour_mix_by_account.ts";
 * import { deepEqual } from "node:assert/strict";
 * const list = (n: number) =>
 *   pl.Series("l", Array(n).fill([])).cast(pl.List(pl.Utf8));
 * const tweets = pl.DataFrame({
 *   userid: ["a", "a", "b"],
 *   is_retweet: [true, false, false],
 *   in_reply_to_tweetid: pl.Series("r", [null, "9", null], pl.Utf8),
 *   quoted_tweet_tweetid: pl.Series("q", [null, null, null], pl.Utf8),
 *   hashtags: list(3), urls: list(3), user_mentions: list(3),
 * }).lazy();
 * const m = await behaviourMixByAccount(tweets);
 * deepEqual(m.getColumn("reply_share").toArray(), [0.5, 0]);
 * ```
 */
export async function behaviourMixByAccount(
  tweets: pl.LazyDataFrame,
): Promise<pl.DataFrame> {
  const df = await tweets
    .filter(pl.col("userid").isNotNull())
    .groupBy("userid")
    .agg(...behaviourAggs())
    .sort("userid")
    .collect();
  // 0/0 rates come out NaN; report them as null.
  return df.select(
    ...df.columns.map((c) =>
      c === "userid"
        ? pl.col(c)
        : pl.when(pl.col(c).isNan()).then(pl.lit(null).cast(pl.Float64))
          .otherwise(pl.col(c)).alias(c)
    ),
  );
}
