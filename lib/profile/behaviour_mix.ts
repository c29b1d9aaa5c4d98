/**
 * Behaviour mix of a set of tweets: retweets, replies, quotes, entities.
 *
 * @module
 */
import pl from "nodejs-polars";
import { behaviourAggs } from "./_behaviour.ts";

/** Result of {@linkcode behaviourMix}. */
export interface BehaviourMix {
  n_tweets: number;
  retweet_share: number | null;
  reply_share: number | null;
  quote_share: number | null;
  original_share: number | null;
  hashtags_per_tweet: number | null;
  urls_per_tweet: number | null;
  mentions_per_tweet: number | null;
  /** URLs in the `urls` lists (occurrences). */
  n_urls: number;
  /** URLs whose host could not be read (no `scheme://host`). */
  n_urls_without_domain: number;
  /** Most frequent URL domains: count desc, then domain asc. */
  top_domains: { domain: string; count: number }[];
}

/**
 * Regex giving a URL's host as group 1: `scheme://[userinfo@]host[:port]…`.
 * Domains are lower-cased and a leading `www.` is removed.
 */
export const URL_HOST_PATTERN =
  "^[A-Za-z][A-Za-z0-9+.\\-]*://(?:[^/?#@]*@)?([^/?#:]+)";

/**
 * Behaviour mix over all tweets (rows) of a set.
 *
 * - `retweet_share`: tweets with `is_retweet` true / all tweets
 * - `reply_share`: `in_reply_to_tweetid` non-null and not a retweet
 * - `quote_share`: `quoted_tweet_tweetid` non-null and not a retweet (a
 *   quote that is also a reply counts in both, so the four shares can sum
 *   above 1)
 * - `original_share`: none of retweet, reply, quote
 * - `hashtags_per_tweet`, `urls_per_tweet`, `mentions_per_tweet`: total
 *   list lengths / tweets whose list is non-null (an empty field in the
 *   archive is null and left out; `[]` counts as 0)
 * - `top_domains`: the `topDomains` most frequent hosts of the URLs in
 *   `urls` (see {@linkcode URL_HOST_PATTERN}), counted per URL occurrence.
 *
 * Shares are null when there are no tweets.
 *
 * @param tweets tweets frame (archive schema)
 * @param options.topDomains how many domains to list (default 20)
 * @returns the mix
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { behaviourMix } from "./behaviour_mix.ts";
 * import { deepEqual, equal } from "node:assert/strict";
 * const list = (xs: (string[] | null)[]) =>
 *   pl.Series("l", xs).cast(pl.List(pl.Utf8));
 * const tweets = pl.DataFrame({
 *   is_retweet: [true, false],
 *   in_reply_to_tweetid: pl.Series("r", [null, null], pl.Utf8),
 *   quoted_tweet_tweetid: pl.Series("q", [null, null], pl.Utf8),
 *   hashtags: list([["a", "b"], []]),
 *   urls: list([["https://www.Example.com/x"], null]),
 *   user_mentions: list([[], []]),
 * }).lazy();
 * const m = await behaviourMix(tweets);
 * equal(m.retweet_share, 0.5);
 * equal(m.hashtags_per_tweet, 1);
 * deepEqual(m.top_domains, [{ domain: "example.com", count: 1 }]);
 * ```
 */
export async function behaviourMix(
  tweets: pl.LazyDataFrame,
  options: { topDomains?: number } = {},
): Promise<BehaviourMix> {
  const top = options.topDomains ?? 20;
  const mix = (await tweets.select(...behaviourAggs()).collect()).toRecords()[
    0
  ] as Record<string, number | null>;
  const domains = await tweets
    .select(pl.col("urls").explode().alias("url"))
    .filter(pl.col("url").isNotNull())
    .select(
      pl.col("url").str.extract(URL_HOST_PATTERN, 1).str.toLowerCase()
        .str.replace("^www\\.", "").alias("domain"),
    )
    .groupBy("domain")
    .agg(pl.len().alias("n"))
    .collect();
  const ds = domains.getColumn("domain").toArray() as (string | null)[];
  const ns = (domains.getColumn("n").toArray() as number[]).map(Number);
  let nUrls = 0;
  let nWithout = 0;
  const counted: { domain: string; count: number }[] = [];
  ds.forEach((d, i) => {
    nUrls += ns[i];
    if (d === null || d === "") nWithout += ns[i];
    else counted.push({ domain: d, count: ns[i] });
  });
  counted.sort((a, b) =>
    b.count - a.count ||
    (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0)
  );
  const num = (k: string) => {
    const v = mix[k];
    return v === null || v === undefined || Number.isNaN(v) ? null : Number(v);
  };
  return {
    n_tweets: num("n_tweets") ?? 0,
    retweet_share: num("retweet_share"),
    reply_share: num("reply_share"),
    quote_share: num("quote_share"),
    original_share: num("original_share"),
    hashtags_per_tweet: num("hashtags_per_tweet"),
    urls_per_tweet: num("urls_per_tweet"),
    mentions_per_tweet: num("mentions_per_tweet"),
    n_urls: nUrls,
    n_urls_without_domain: nWithout,
    top_domains: counted.slice(0, top),
  };
}
