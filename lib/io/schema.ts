/**
 * The archive schema: the columns of a Twitter information-operations
 * release as Takedown Lab holds them after loading, and their types.
 *
 * Every loader (release CSVs, twarc2 JSONL, API v1.1 JSON lines, mapped
 * CSVs) produces frames with exactly these columns, in this order, followed
 * by any extra columns the source carried (kept as text) and the two
 * provenance columns `_file` and `_line`.
 *
 * Types and meanings:
 * - ids (`tweetid`, `userid`, `in_reply_to_*`, `quoted_tweet_tweetid`,
 *   `retweet_*`): exact strings, never numbers. Hashed releases use 44-char
 *   base64 digests; unhashed ones decimal snowflakes.
 * - `tweet_time`: `Datetime("ms")`, naive, to be read as UTC. Releases give
 *   minute resolution (`YYYY-MM-DD HH:MM`); seconds are kept when present.
 * - `account_creation_date`: `Date` (UTC calendar day).
 * - `is_retweet`: `Bool` (`true` case-insensitively; empty is null).
 * - counts (`follower_count`, …, `retweet_count`): `Float64` so that a
 *   missing count stays null without overflow concerns; values are whole.
 * - `latitude`, `longitude`: `Float64`; the archive's `absent` is null.
 * - `hashtags`, `urls`, `user_mentions`: `List(Utf8)`; an empty field is
 *   null, `[]` is the empty list.
 * - everything else: `Utf8`. Only an empty field is missing: `NA`, `null`
 *   and `None` are values.
 * - `_file` (`Utf8`): the source file's name; `_line` (`Float64`): the
 *   1-based physical line on which the record starts in that file.
 *
 * @module
 */
import pl from "nodejs-polars";

/** Columns of a release's users file, in archive order. */
export const USER_COLUMNS = [
  "userid",
  "user_display_name",
  "user_screen_name",
  "user_reported_location",
  "user_profile_description",
  "user_profile_url",
  "follower_count",
  "following_count",
  "account_creation_date",
  "account_language",
] as const;

/** Columns of a release's tweets file, in archive order. */
export const TWEET_COLUMNS = [
  "tweetid",
  "userid",
  "user_display_name",
  "user_screen_name",
  "user_reported_location",
  "user_profile_description",
  "user_profile_url",
  "follower_count",
  "following_count",
  "account_creation_date",
  "account_language",
  "tweet_language",
  "tweet_text",
  "tweet_time",
  "tweet_client_name",
  "in_reply_to_userid",
  "in_reply_to_tweetid",
  "quoted_tweet_tweetid",
  "is_retweet",
  "retweet_userid",
  "retweet_tweetid",
  "latitude",
  "longitude",
  "quote_count",
  "reply_count",
  "like_count",
  "retweet_count",
  "hashtags",
  "urls",
  "user_mentions",
  "poll_choices",
] as const;

/** Columns some releases lack; loaders add them as nulls. */
export const OPTIONAL_TWEET_COLUMNS = ["poll_choices"] as const;

/** Provenance columns appended by every loader. */
export const PROVENANCE_COLUMNS = ["_file", "_line"] as const;

/** A column name of the users file. */
export type UserColumn = typeof USER_COLUMNS[number];
/** A column name of the tweets file. */
export type TweetColumn = typeof TWEET_COLUMNS[number];

/** Count columns, loaded as `Float64` (see the module comment). */
export const COUNT_COLUMNS: ReadonlySet<string> = new Set([
  "follower_count",
  "following_count",
  "quote_count",
  "reply_count",
  "like_count",
  "retweet_count",
]);
/** Columns holding `[a, b]` lists, loaded as `List(Utf8)`. */
export const LIST_COLUMNS: ReadonlySet<string> = new Set([
  "hashtags",
  "urls",
  "user_mentions",
]);

/** Columns holding ids, which must stay exact strings. */
export const ID_COLUMNS = [
  "tweetid",
  "userid",
  "in_reply_to_userid",
  "in_reply_to_tweetid",
  "quoted_tweet_tweetid",
  "retweet_userid",
  "retweet_tweetid",
] as const;

/**
 * The polars type of an archive column once loaded.
 *
 * @example
 * ```ts
 * import { columnType } from "./schema.ts";
 * import pl from "nodejs-polars";
 * import { equal } from "node:assert/strict";
 * equal(String(columnType("is_retweet")), String(pl.Bool));
 * ```
 */
export function columnType(name: string): pl.DataType {
  if (name === "tweet_time") return pl.Datetime("ms");
  if (name === "account_creation_date") return pl.Date;
  if (name === "is_retweet") return pl.Bool;
  if (name === "latitude" || name === "longitude") return pl.Float64;
  if (COUNT_COLUMNS.has(name) || name === "_line") return pl.Float64;
  if (LIST_COLUMNS.has(name)) return pl.List(pl.Utf8);
  return pl.Utf8;
}
