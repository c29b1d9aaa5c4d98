/**
 * Profile signals that survive the archives' hashing of small accounts.
 *
 * @module
 */
import pl from "nodejs-polars";

/**
 * Regex (Rust `regex` syntax, as polars uses) for a hashed screen name:
 * 32 or more base64 characters with up to two `=` of padding. Releases
 * replace the names of small accounts with base64 SHA-256 digests (44
 * characters; 42–43 are seen where leading characters were lost). Real
 * handles are at most 15 characters (20 for some legacy ones) and use only
 * letters, digits and `_`, so they cannot match.
 */
export const HASHED_NAME_PATTERN = "^[A-Za-z0-9+/]{32,}={0,2}$";

/**
 * Regex for Twitter's default handle: ASCII letters followed by exactly 8
 * digits, e.g. `maria12345678` (the handle offered at sign-up, derived from
 * the display name).
 */
export const DEFAULT_HANDLE_PATTERN = "^[A-Za-z]+[0-9]{8}$";

/**
 * Per-row profile signals of a users frame, in the users frame's row order.
 * Columns:
 * - `userid`
 * - `screen_name_hashed` (Bool): `user_screen_name` matches
 *   {@linkcode HASHED_NAME_PATTERN}; null when the name is null.
 * - `default_handle` (Float64, 1 = yes, 0 = no): `user_screen_name` matches
 *   {@linkcode DEFAULT_HANDLE_PATTERN}; null (not applicable) when the name
 *   is hashed or null.
 * - `empty_profile` (Float64, 1/0): 1 when `user_profile_description`,
 *   `user_reported_location` and `user_profile_url` are all null or only
 *   whitespace.
 * - `follower_following_ratio` (Float64): `follower_count` /
 *   `following_count`; null when either is null or `following_count` is 0.
 *
 * @param users users frame (archive schema)
 * @returns a lazy frame with the columns above
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { profileSignals } from "./profile_signals.ts";
 * import { deepEqual } from "node:assert/strict";
 * const users = pl.DataFrame({
 *   userid: ["1", "2"],
 *   user_screen_name: ["maria12345678", "MUqZv6hxFW92V7lxJyf35c8BU8esdxS6IoV1QGiwwtQ="],
 *   user_profile_description: [null, "hi"],
 *   user_reported_location: pl.Series("l", [null, null], pl.Utf8),
 *   user_profile_url: [" ", null],
 *   follower_count: [10, 5],
 *   following_count: [4, 0],
 * }).lazy();
 * const s = await profileSignals(users).collect();
 * deepEqual(s.getColumn("default_handle").toArray(), [1, null]);
 * deepEqual(s.getColumn("empty_profile").toArray(), [1, 0]);
 * deepEqual(s.getColumn("follower_following_ratio").toArray(), [2.5, null]);
 * ```
 */
export function profileSignals(users: pl.LazyDataFrame): pl.LazyDataFrame {
  const name = pl.col("user_screen_name");
  const hashed = name.str.contains(HASHED_NAME_PATTERN);
  const blank = (c: string) =>
    pl.col(c).isNull().or(
      pl.col(c).cast(pl.Utf8).str.strip().str.lengths().eq(0),
    );
  const following = pl.col("following_count").cast(pl.Float64);
  return users.select(
    pl.col("userid"),
    hashed.alias("screen_name_hashed"),
    pl.when(name.isNull().or(hashed)).then(pl.lit(null).cast(pl.Float64))
      .otherwise(name.str.contains(DEFAULT_HANDLE_PATTERN).cast(pl.Float64))
      .alias("default_handle"),
    blank("user_profile_description")
      .and(blank("user_reported_location"))
      .and(blank("user_profile_url"))
      .cast(pl.Float64)
      .alias("empty_profile"),
    pl.when(following.gt(0))
      .then(pl.col("follower_count").cast(pl.Float64).div(following))
      .otherwise(pl.lit(null).cast(pl.Float64))
      .alias("follower_following_ratio"),
  );
}
