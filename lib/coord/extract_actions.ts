/**
 * Turning tweets into coordination actions.
 *
 * @module
 */
import pl from "nodejs-polars";
import { normalizeTextExpr } from "./normalize_text.ts";
import { normalizeUrlExpr, urlDomainExpr } from "./normalize_url.ts";

/** The kinds of object two accounts can co-act on. */
export const COORD_MODES = [
  "retweet",
  "hashtag",
  "url",
  "domain",
  "text",
  "reply",
] as const;

/** One of {@link COORD_MODES}. */
export type CoordMode = typeof COORD_MODES[number];

/**
 * Columns of an actions frame, in order: `userid` (Utf8, the account),
 * `object` (Utf8, what was acted on), `t` (Int64, Unix seconds, UTC),
 * `tweetid` (Utf8, the tweet behind the action), `_file` (Utf8) and `_line`
 * (Float64) giving where that tweet was read.
 */
export const ACTION_COLUMNS = [
  "userid",
  "object",
  "t",
  "tweetid",
  "_file",
  "_line",
] as const;

const SOURCE_COLUMN: Record<CoordMode, string> = {
  retweet: "retweet_tweetid",
  hashtag: "hashtags",
  url: "urls",
  domain: "urls",
  text: "tweet_text",
  reply: "in_reply_to_tweetid",
};

/**
 * Extract one action per (tweet, object) from tweets in the archive schema.
 *
 * Objects by mode (empty or null objects give no action):
 * - `retweet`: `retweet_tweetid`.
 * - `reply`: `in_reply_to_tweetid`.
 * - `hashtag`: each element of `hashtags`, lower-cased, leading `#`s removed.
 * - `url`: each element of `urls`, normalised by {@link normalizeUrlExpr}.
 * - `domain`: the host of each normalised URL without a leading `www.`
 *   ({@link urlDomainExpr}).
 * - `text`: `tweet_text` normalised by {@link normalizeTextExpr}; tweets
 *   with a non-empty `retweet_tweetid` are left out (they are retweets).
 *
 * `t` is `tweet_time` (Datetime ms, UTC) floored to whole Unix seconds.
 * Rows with a null `userid` or `tweet_time` give no action. Missing `_file`
 * / `_line` columns are filled with nulls. Duplicates are kept here; the
 * network functions reduce actions to distinct (userid, object, t).
 *
 * @param tweets Tweets in the archive schema (`lib/io/schema.ts`).
 * @param mode Which object to extract.
 * @returns A lazy frame with {@link ACTION_COLUMNS}.
 * @throws {RangeError} for an unknown mode.
 * @throws {TypeError} when a needed column is missing.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { deepEqual } from "node:assert/strict";
 * import { extractActions } from "./extract_actions.ts";
 * const tweets = pl.DataFrame({
 *   tweetid: ["1", "2"], userid: ["a", "b"],
 *   tweet_time: [new Date("2020-01-01T00:00:00Z"), new Date("2020-01-01T00:01:00Z")],
 *   hashtags: [["Vote", "#vote"], null],
 * }).lazy();
 * const a = await extractActions(tweets, "hashtag").collect();
 * deepEqual(a.getColumn("object").toArray(), ["vote", "vote"]);
 * deepEqual(a.getColumn("t").toArray(), [1577836800n, 1577836800n]);
 * ```
 */
export function extractActions(
  tweets: pl.LazyDataFrame,
  mode: CoordMode,
): pl.LazyDataFrame {
  if (!(COORD_MODES as readonly string[]).includes(mode)) {
    throw new RangeError(
      `Extracting coordination actions: unknown mode: ${mode}; use one of ${
        COORD_MODES.join(", ")
      }`,
    );
  }
  const have = new Set(tweets.columns);
  const needed = ["tweetid", "userid", "tweet_time", SOURCE_COLUMN[mode]];
  if (mode === "text") needed.push("retweet_tweetid");
  const missing = needed.filter((c) => !have.has(c));
  if (missing.length > 0) {
    throw new TypeError(
      `Extracting ${mode} actions: tweets lack column(s): ${
        missing.join(", ")
      }; load them in the archive schema (lib/io/schema.ts)`,
    );
  }
  const provenance = [
    have.has("_file")
      ? pl.col("_file").cast(pl.Utf8)
      : pl.lit(null).cast(pl.Utf8).alias("_file"),
    have.has("_line")
      ? pl.col("_line").cast(pl.Float64)
      : pl.lit(null).cast(pl.Float64).alias("_line"),
  ];
  const base = tweets
    .filter(pl.col("userid").isNotNull().and(pl.col("tweet_time").isNotNull()))
    .select(
      pl.col("userid").cast(pl.Utf8),
      pl.col("tweet_time").cast(pl.Datetime("ms")).cast(pl.Int64).div(1000)
        .floor().cast(pl.Int64).alias("t"),
      pl.col("tweetid").cast(pl.Utf8),
      ...provenance,
      objectExpr(mode),
    );
  const exploded = mode === "hashtag" || mode === "url" || mode === "domain"
    ? base.explode("object")
    : base;
  const object = mode === "hashtag"
    ? pl.col("object").str.toLowerCase().str.replace("^#+", "")
    : mode === "url"
    ? normalizeUrlExpr(pl.col("object"))
    : mode === "domain"
    ? urlDomainExpr(pl.col("object"))
    : mode === "text"
    ? normalizeTextExpr(pl.col("object"))
    : pl.col("object");
  return exploded
    .withColumns(object.alias("object"))
    .filter(pl.col("object").isNotNull().and(pl.col("object").neq(pl.lit(""))))
    .select(...ACTION_COLUMNS);
}

function objectExpr(mode: CoordMode): pl.Expr {
  const src = SOURCE_COLUMN[mode];
  if (mode === "hashtag" || mode === "url" || mode === "domain") {
    return pl.col(src).cast(pl.List(pl.Utf8)).alias("object");
  }
  if (mode === "text") {
    const isRetweet = pl.col("retweet_tweetid").isNotNull().and(
      pl.col("retweet_tweetid").cast(pl.Utf8).neq(pl.lit("")),
    );
    return pl.when(isRetweet).then(pl.lit(null).cast(pl.Utf8))
      .otherwise(pl.col(src).cast(pl.Utf8)).alias("object");
  }
  return pl.col(src).cast(pl.Utf8).alias("object");
}
