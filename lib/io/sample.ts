/**
 * Matching helpers: cut a release (usually an organic baseline) down to
 * the period, languages and number of accounts of the release it is
 * compared with. Each returns a new release over the same lazy frames,
 * with the original name and load ledger (which describes the load, not
 * the cut).
 *
 * @module
 */
import pl from "nodejs-polars";
import { createHash } from "node:crypto";
import type { Release } from "./release_types.ts";

/**
 * Keeps the tweets with `start <= tweet_time < end` and the users with at
 * least one kept tweet (accounts active in the period).
 *
 * A users-only release (no tweets, such as a mapped users file) comes out
 * with no users: restrict such a release by `account_creation_date`
 * instead.
 *
 * @param release The release to cut.
 * @param start First instant kept: a `Date`, or an ISO 8601 text read as
 *   UTC unless it has an offset (`"2021-01-01"` is midnight UTC).
 * @param end First instant no longer kept (exclusive), same forms.
 * @returns The cut release.
 * @throws {RangeError} When a bound is not a valid time or `end <= start`.
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { restrictToPeriod } from "./sample.ts";
 * import { equal } from "node:assert/strict";
 * const tweets = pl.DataFrame({ userid: ["a", "b"], tweet_time: [
 *   new Date("2020-12-31T23:59:00Z"), new Date("2021-01-01T00:00:00Z")] })
 *   .lazy();
 * const users = pl.DataFrame({ userid: ["a", "b"] }).lazy();
 * const cut = restrictToPeriod({ name: "x", tweets, users, synthetic: false,
 *   ledger: { files: [] } }, "2021-01-01", "2021-02-01");
 * equal(cut.users.collectSync().getColumn("userid").get(0), "b");
 * equal(cut.tweets.collectSync().height, 1);
 * ```
 */
export function restrictToPeriod(
  release: Release,
  start: Date | string,
  end: Date | string,
): Release {
  const from = toInstant(start, "start");
  const until = toInstant(end, "end");
  if (until.getTime() <= from.getTime()) {
    throw new RangeError(
      `Cannot restrict ${release.name} to a period: end is not after ` +
        `start: ${from.toISOString()} .. ${until.toISOString()}. Give an ` +
        "end later than the start (the end is excluded).",
    );
  }
  return keepTweets(
    release,
    pl.col("tweet_time").gtEq(pl.lit(from)).and(
      pl.col("tweet_time").lt(pl.lit(until)),
    ),
  );
}

/**
 * Keeps the tweets whose `tweet_language` is one of `langs` (exact codes as
 * the source writes them, e.g. `en`, `und`; a null language is never kept)
 * and the users with at least one kept tweet.
 *
 * @param release The release to cut.
 * @param langs Language codes to keep.
 * @returns The cut release.
 * @throws {RangeError} When `langs` is empty.
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { restrictToLanguages } from "./sample.ts";
 * import { equal } from "node:assert/strict";
 * const tweets = pl.DataFrame({ userid: ["a", "b"],
 *   tweet_language: ["en", "es"] }).lazy();
 * const users = pl.DataFrame({ userid: ["a", "b"] }).lazy();
 * const cut = restrictToLanguages({ name: "x", tweets, users,
 *   synthetic: false, ledger: { files: [] } }, ["es"]);
 * equal(cut.users.collectSync().getColumn("userid").get(0), "b");
 * ```
 */
export function restrictToLanguages(
  release: Release,
  langs: string[],
): Release {
  if (langs.length === 0) {
    throw new RangeError(
      `Cannot restrict ${release.name} to languages: the list is empty: ` +
        '[]. Give at least one language code, e.g. ["es"].',
    );
  }
  return keepTweets(release, pl.col("tweet_language").isIn(langs));
}

/**
 * Draws `n` accounts reproducibly and keeps their users and tweets.
 *
 * The accounts are the distinct userids of the users and tweets tables.
 * Each gets the key SHA-256(`<seed>:<userid>`) (UTF-8, lower-case hex);
 * the `n` accounts with the smallest keys are kept (all when there are at
 * most `n`). An account is drawn exactly when fewer than `n` accounts have
 * a smaller key, so the draw depends only on the seed and the set of
 * userids, never on row order; any SHA-256 tool reproduces it, and a
 * larger `n` keeps every account a smaller one drew.
 *
 * @param release The release to sample.
 * @param n Number of accounts to keep (a non-negative integer).
 * @param seed Seed of the draw.
 * @returns The sampled release.
 * @throws {RangeError} When `n` is not a non-negative integer.
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { sampleAccounts } from "./sample.ts";
 * import { deepEqual } from "node:assert/strict";
 * const users = pl.DataFrame({ userid: ["a", "b", "c", "d"] }).lazy();
 * const tweets = pl.DataFrame({ userid: ["d", "a"] }).lazy();
 * const s = sampleAccounts({ name: "x", tweets, users, synthetic: false,
 *   ledger: { files: [] } }, 2, 1);
 * // sha256("1:d") = 244b…, "1:a" = 4162…, "1:b" = 6f05…, "1:c" = b8a9…
 * deepEqual(s.users.collectSync().getColumn("userid").toArray().sort(),
 *   ["a", "d"]);
 * ```
 */
export function sampleAccounts(
  release: Release,
  n: number,
  seed: number | string,
): Release {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(
      `Cannot sample accounts of ${release.name}: n must be a ` +
        `non-negative integer: ${n}. Give a whole number such as 100.`,
    );
  }
  const ids = pl.concat([
    release.users.select("userid"),
    release.tweets.select("userid"),
  ]).unique().collectSync().getColumn("userid").toArray() as (
    | string
    | null
  )[];
  const ranked = ids.filter((id): id is string => id !== null)
    .map((id) => ({ id, key: sampleKey(seed, id) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, n)
    .map((a) => a.id);
  const keep = pl.col("userid").isIn(ranked);
  return {
    ...release,
    users: release.users.filter(keep),
    tweets: release.tweets.filter(keep),
  };
}

/**
 * The rank key of `userid` in {@link sampleAccounts}: SHA-256 of
 * `<seed>:<userid>` in lower-case hex.
 *
 * @example
 * ```ts
 * import { sampleKey } from "./sample.ts";
 * import { equal } from "node:assert/strict";
 * equal(sampleKey(1, "a").length, 64);
 * ```
 */
export function sampleKey(seed: number | string, userid: string): string {
  return createHash("sha256").update(`${seed}:${userid}`, "utf8").digest(
    "hex",
  );
}

/** The release with tweets filtered by `predicate` and users following. */
function keepTweets(release: Release, predicate: pl.Expr): Release {
  const tweets = release.tweets.filter(predicate);
  return {
    ...release,
    tweets,
    users: release.users.join(tweets.select("userid").unique(), {
      on: "userid",
      how: "semi",
    }),
  };
}

const NO_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/** `t` as a Date; ISO texts without an offset are UTC. */
function toInstant(t: Date | string, which: string): Date {
  const d = typeof t === "string"
    ? new Date(NO_ZONE.test(t) ? t.replace(" ", "T") + "Z" : t)
    : t;
  if (Number.isNaN(d.getTime())) {
    throw new RangeError(
      `Cannot use the period ${which}: not a time: ${t}. Give an ISO 8601 ` +
        'time such as "2018-06-01" or "2018-06-01T12:00:00Z".',
    );
  }
  return d;
}
