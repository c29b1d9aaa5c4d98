/**
 * The figures published about takedown releases, each defined exactly and
 * computed with polars over a loaded release's lazy frames.
 *
 * Every function takes a `Release` (see `lib/io`) and returns a
 * `FigureValue`: the value, or null when the archive cannot give it, and a
 * note saying how it was computed and what it leaves out. Loader facts that
 * hold for all of them: a row the loader rejected is in no frame (the
 * ledger lists it); an empty CSV field is null; ids are exact strings.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { Release } from "../io/mod.ts";

import { type Weekday, WEEKDAYS } from "../io/weekdays.ts";
export { type Weekday, WEEKDAYS };

/** Tweets per weekday, Monday first. */
export type WeekdayCounts = Record<Weekday, number>;

/** A reproduced figure. */
export interface FigureValue {
  /** The value; null when it cannot be computed from the archive files. */
  value: number | WeekdayCounts | null;
  /** How it was computed and what it leaves out (never empty). */
  note: string;
}

/** The figure keys a catalog may use, in the order tables list them. */
export const FIGURE_KEYS = [
  "accounts",
  "active_accounts",
  "tweets",
  "retweets",
  "tweets_with_retweet_tweetid",
  "tweets_with_links",
  "tweets_with_hashtags",
  "tweets_with_media",
  "tweets_by_weekday",
  "largest_account_tweets",
] as const;

/** A figure key of the catalog. */
export type FigureKey = typeof FIGURE_KEYS[number];

/** One number from a one-row query. */
function scalar(frame: pl.LazyDataFrame, expr: pl.Expr): number {
  const value = frame.select(expr.alias("n")).collectSync().getColumn("n")
    .get(0);
  return Number(value ?? 0);
}

function hasUsersFile(release: Release): boolean {
  return release.ledger.files.some((f) => f.table === "users");
}

function rejectedTweets(release: Release): string {
  const n = release.ledger.files.filter((f) => f.table === "tweets")
    .reduce((s, f) => s + f.rowsRejected, 0);
  return n === 0
    ? ""
    : `; ${n} tweet records the loader rejected are not counted (see the ledger)`;
}

const fmt = (n: number) => n.toLocaleString("en-US");

/**
 * `accounts`: the number of rows of the users file(s). Only when the ledger
 * lists no users file at all, the number of distinct non-null `userid` in
 * the tweets files instead. The note says which was used, and how many
 * users rows repeat a userid if any do.
 *
 * @param release A loaded release.
 * @returns The count and its basis.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { equal } from "node:assert/strict";
 * import { countAccounts } from "./figures.ts";
 * const tweets = pl.DataFrame({ userid: ["a", "a", "b"] }).lazy();
 * const release = {
 *   name: "x", users: tweets.head(0), tweets, ledger: { files: [] }, synthetic: false,
 * };
 * equal(countAccounts(release).value, 2); // no users file: distinct tweet userids
 * ```
 */
export function countAccounts(release: Release): FigureValue {
  if (!hasUsersFile(release)) {
    const n = scalar(release.tweets, pl.col("userid").dropNulls().nUnique());
    return {
      value: n,
      note: "no users file: distinct userid in the tweets files",
    };
  }
  const row = release.users.select(
    pl.len().alias("rows"),
    pl.col("userid").nUnique().alias("distinct"),
  ).collectSync().toRecords()[0];
  const rows = Number(row.rows), distinct = Number(row.distinct);
  const repeats = rows === distinct
    ? ""
    : `; ${fmt(rows - distinct)} rows repeat a userid (${
      fmt(distinct)
    } distinct)`;
  return { value: rows, note: `rows of the users file${repeats}` };
}

/**
 * `active_accounts`: accounts with at least one tweet in the tweets files,
 * i.e. the distinct `userid` of the users file that occur as `userid` in
 * the tweets files (without a users file: the distinct tweet userids).
 * ASPI, whose figure this is, does not define "active"; this is our
 * reading. The note gives the number of tweeting userids missing from the
 * users file, if any.
 *
 * @param release A loaded release.
 * @returns The count.
 */
export function countActiveAccounts(release: Release): FigureValue {
  const tweeting = release.tweets.select("userid").dropNulls().unique();
  const caveat = "ASPI does not define 'active'; read as at least one tweet " +
    "in the tweets files";
  if (!hasUsersFile(release)) {
    return {
      value: scalar(tweeting, pl.len()),
      note: `${caveat}; no users file: every tweeting userid counts`,
    };
  }
  const listed = release.users.select("userid").dropNulls().unique();
  const active = scalar(
    listed.join(tweeting, { on: "userid", how: "inner" }),
    pl.len(),
  );
  const unlisted = scalar(
    tweeting.join(listed, { on: "userid", how: "anti" }),
    pl.len(),
  );
  const extra = unlisted === 0
    ? ""
    : `; ${fmt(unlisted)} tweeting userids are not in the users file`;
  return {
    value: active,
    note: `${caveat}: distinct users-file userids with a tweet${extra}`,
  };
}

/**
 * `tweets`: the number of tweet rows loaded from the tweets file(s), every
 * part together. Rows the loader rejected are not counted (the note gives
 * their number when there are any). Duplicated tweetids are counted as
 * often as they occur.
 *
 * @param release A loaded release.
 * @returns The count.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { equal } from "node:assert/strict";
 * import { countTweets } from "./figures.ts";
 * const tweets = pl.DataFrame({ tweetid: ["1", "2"], userid: ["a", "a"] }).lazy();
 * const release = {
 *   name: "x", users: tweets.head(0), tweets, ledger: { files: [] }, synthetic: false,
 * };
 * equal(countTweets(release).value, 2);
 * ```
 */
export function countTweets(release: Release): FigureValue {
  return {
    value: scalar(release.tweets, pl.len()),
    note: `tweet rows loaded${rejectedTweets(release)}`,
  };
}

/**
 * `retweets`: tweet rows whose `is_retweet` is true (a missing or
 * unreadable `is_retweet` counts as not a retweet).
 *
 * @param release A loaded release.
 * @returns The count.
 */
export function countRetweets(release: Release): FigureValue {
  return {
    value: scalar(release.tweets, pl.col("is_retweet").eq(true).sum()),
    note: `rows with is_retweet true${rejectedTweets(release)}`,
  };
}

/**
 * `tweets_with_retweet_tweetid`: tweet rows whose `retweet_tweetid` is not
 * empty (the loader reads an empty field as null). In the archive this
 * should equal `retweets`; a difference points at inconsistent rows.
 *
 * @param release A loaded release.
 * @returns The count.
 */
export function countTweetsWithRetweetTweetid(release: Release): FigureValue {
  return {
    value: scalar(
      release.tweets,
      pl.col("retweet_tweetid").isNotNull().sum(),
    ),
    note: `rows with a non-empty retweet_tweetid${rejectedTweets(release)}`,
  };
}

/**
 * `tweets_with_links`: tweet rows whose `urls` list has at least one
 * element (an empty field or `[]` is no link). Ambiguous: the archive's
 * `urls` holds the links Twitter recorded as URL entities, which leaves out
 * attached media (their `t.co` link to pic.twitter.com is only in the
 * text), while a count of "tweets with links" may include them. The note
 * therefore also gives the broader count: `urls` non-empty or
 * `tweet_text` containing `http://t.co/` or `https://t.co/`.
 *
 * @param release A loaded release.
 * @returns The count.
 */
export function countTweetsWithLinks(release: Release): FigureValue {
  const row = release.tweets.select(
    pl.col("urls").lst.lengths().gt(0).sum().alias("urls"),
    pl.col("urls").lst.lengths().gt(0).fillNull(false)
      .or(
        pl.col("tweet_text").str.contains("https?://t\\.co/").fillNull(false),
      )
      .sum().alias("broad"),
  ).collectSync().toRecords()[0];
  return {
    value: Number(row.urls ?? 0),
    note: "rows with a non-empty urls list; counting also rows whose text " +
      `has a t.co link (media links appear only there): ` +
      `${fmt(Number(row.broad ?? 0))}${rejectedTweets(release)}`,
  };
}

/**
 * `tweets_with_hashtags`: tweet rows whose `hashtags` list has at least one
 * element (an empty field or `[]` is none).
 *
 * @param release A loaded release.
 * @returns The count.
 */
export function countTweetsWithHashtags(release: Release): FigureValue {
  return {
    value: scalar(release.tweets, pl.col("hashtags").lst.lengths().gt(0).sum()),
    note: `rows with a non-empty hashtags list${rejectedTweets(release)}`,
  };
}

/**
 * `tweets_with_media`: not computable from the archive CSVs, which have no
 * media column; `media` files were distributed separately and a `t.co`
 * link in the text does not say whether it points at media. Always null.
 *
 * @param _release A loaded release (unused: nothing in it can answer).
 * @returns A null value with the reason.
 */
export function countTweetsWithMedia(_release: Release): FigureValue {
  return {
    value: null,
    note: "not reproducible from the archive CSVs: they have no media " +
      "column, and a t.co link in the text does not say whether it points " +
      "at a picture or video",
  };
}

/**
 * `tweets_by_weekday`: tweet rows per weekday of `tweet_time` read as UTC
 * (Monday … Sunday, the archive's clock; no local-time shift). Rows with
 * no valid `tweet_time` are not counted (the note gives their number).
 *
 * @param release A loaded release.
 * @returns Counts for all seven days (0 where none).
 */
export function tweetsByWeekday(release: Release): FigureValue {
  const rows = release.tweets.select(
    pl.col("tweet_time").dt.weekday().alias("day"),
  ).groupBy("day").agg(pl.len().alias("n")).collectSync().toRecords();
  const counts = Object.fromEntries(
    WEEKDAYS.map((d) => [d, 0]),
  ) as WeekdayCounts;
  let missing = 0;
  for (const r of rows) {
    // polars numbers weekdays 1 (Monday) … 7 (Sunday).
    if (r.day === null) missing = Number(r.n);
    else counts[WEEKDAYS[Number(r.day) - 1]] = Number(r.n);
  }
  const gap = missing === 0
    ? ""
    : `; ${fmt(missing)} rows without a valid tweet_time are not counted`;
  return {
    value: counts,
    note: `weekday of tweet_time in UTC${gap}${rejectedTweets(release)}`,
  };
}

/**
 * `largest_account_tweets`: the largest number of tweet rows any one
 * `userid` has in the tweets files. The note names the account (its
 * userid as in the release; hashed in hashed releases; on a tie, the
 * smallest userid in code-point order). Null when there are no tweets.
 *
 * @param release A loaded release.
 * @returns The count.
 */
export function largestAccountTweets(release: Release): FigureValue {
  const top = release.tweets.select("userid").dropNulls().groupBy("userid")
    .agg(pl.len().alias("n"))
    .sort(["n", "userid"], [true, false]).head(1).collectSync().toRecords();
  if (top.length === 0) {
    return { value: null, note: "no tweets: no account to measure" };
  }
  return {
    value: Number(top[0].n),
    note: `tweets of userid ${top[0].userid}, the most of any account` +
      rejectedTweets(release),
  };
}

/**
 * The figure functions by catalog key.
 *
 * @example
 * ```ts
 * import { deepEqual } from "node:assert/strict";
 * import { FIGURE_KEYS, FIGURES } from "./figures.ts";
 * deepEqual(Object.keys(FIGURES), [...FIGURE_KEYS]);
 * ```
 */
export const FIGURES: Record<FigureKey, (release: Release) => FigureValue> = {
  accounts: countAccounts,
  active_accounts: countActiveAccounts,
  tweets: countTweets,
  retweets: countRetweets,
  tweets_with_retweet_tweetid: countTweetsWithRetweetTweetid,
  tweets_with_links: countTweetsWithLinks,
  tweets_with_hashtags: countTweetsWithHashtags,
  tweets_with_media: countTweetsWithMedia,
  tweets_by_weekday: tweetsByWeekday,
  largest_account_tweets: largestAccountTweets,
};
