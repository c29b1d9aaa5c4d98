/**
 * Private: small frames for tests.
 *
 * @module
 */
import pl from "nodejs-polars";
import { columnType, TWEET_COLUMNS, USER_COLUMNS } from "../io/schema.ts";
import type { Release } from "../io/mod.ts";
import { type Study, studyParams } from "../study/mod.ts";

/** `YYYY-MM-DD` strings → a Date series. */
export function dateSeries(name: string, days: (string | null)[]): pl.Series {
  return pl.Series(
    name,
    days.map((d) => d === null ? null : new Date(`${d}T00:00:00Z`)),
    pl.Datetime("ms"),
  ).cast(pl.Datetime("ms")).cast(pl.Date);
}

/** `YYYY-MM-DD HH:MM` strings (UTC) → a Datetime("ms") series. */
export function timeSeries(name: string, times: (string | null)[]): pl.Series {
  return pl.Series(
    name,
    times.map((t) =>
      t === null ? null : new Date(`${t.replace(" ", "T")}:00Z`)
    ),
    pl.Datetime("ms"),
  ).cast(pl.Datetime("ms"));
}

/** Tweets with the columns `hashtagTweets` reads. */
export function tweetFrame(rows: {
  tweetid: string | null;
  userid: string | null;
  time: string | null;
  tags: string[];
}[]): pl.LazyDataFrame {
  return pl.DataFrame([
    pl.Series("tweetid", rows.map((r) => r.tweetid), pl.Utf8),
    pl.Series("userid", rows.map((r) => r.userid), pl.Utf8),
    timeSeries("tweet_time", rows.map((r) => r.time)),
    pl.Series("hashtags", rows.map((r) => r.tags)).cast(pl.List(pl.Utf8)),
  ]).lazy();
}

/** A cell of a one-row-per-key frame, by key column value. */
export function cell(
  df: pl.DataFrame,
  keyColumn: string,
  key: string,
  column: string,
): unknown {
  const keys = df.getColumn(keyColumn).toArray();
  const i = keys.indexOf(key);
  if (i < 0) throw new Error(`no row with ${keyColumn} = ${key}`);
  return df.getColumn(column).toArray()[i];
}

/**
 * A frame with every column of `columns` (archive names) typed as the
 * archive schema says, from the values given; columns not given are null.
 */
export function archiveFrame(
  columns: readonly string[],
  n: number,
  values: Record<string, unknown[]>,
): pl.LazyDataFrame {
  return pl.DataFrame(
    columns.map((c) => {
      const v = values[c] ?? Array(n).fill(null);
      const type = columnType(c);
      if (c === "tweet_time") return timeSeries(c, v as (string | null)[]);
      if (c === "account_creation_date") {
        return dateSeries(c, v as (string | null)[]);
      }
      if (["hashtags", "urls", "user_mentions"].includes(c)) {
        return pl.Series(c, v.map((x) => x ?? [])).cast(type);
      }
      return pl.Series(c, v, type);
    }),
  ).lazy();
}

/** One tweet of {@linkcode testRelease}: times `YYYY-MM-DD HH:MM` UTC. */
export interface TestTweet {
  tweetid: string;
  userid: string;
  time: string;
  tags?: string[];
  screen?: string;
  client?: string;
}

/** One account of {@linkcode testRelease}. */
export interface TestUser {
  userid: string;
  screen: string;
  followers: number;
  created: string;
}

/** An in-memory release in the archive schema (what `loadRelease` returns). */
export function testRelease(
  name: string,
  tweets: TestTweet[],
  users: TestUser[],
): Release {
  const screenOf = new Map(users.map((u) => [u.userid, u.screen]));
  const withProvenance = (df: pl.DataFrame) =>
    df.withColumns(
      pl.lit(`${name}.csv`).alias("_file"),
      pl.Series(
        "_line",
        Array.from({ length: df.height }, (_, i) => i + 2),
        pl.Float64,
      ),
    ).lazy();
  const t = archiveFrame(TWEET_COLUMNS, tweets.length, {
    tweetid: tweets.map((x) => x.tweetid),
    userid: tweets.map((x) => x.userid),
    user_screen_name: tweets.map((x) =>
      x.screen ?? screenOf.get(x.userid) ?? null
    ),
    tweet_time: tweets.map((x) => x.time),
    tweet_client_name: tweets.map((x) => x.client ?? "Twitter for Android"),
    is_retweet: tweets.map(() => false),
    hashtags: tweets.map((x) => x.tags ?? []),
  }).collectSync();
  const u = archiveFrame(USER_COLUMNS, users.length, {
    userid: users.map((x) => x.userid),
    user_screen_name: users.map((x) => x.screen),
    follower_count: users.map((x) => x.followers),
    account_creation_date: users.map((x) => x.created),
  }).collectSync();
  return {
    name,
    tweets: withProvenance(t),
    users: withProvenance(u),
    ledger: { files: [] },
    synthetic: true,
  };
}

/**
 * A study over in-memory releases, as `openStudy` builds it (no output
 * folders: steps do not write).
 */
export function testStudy(
  sets: Release[],
  baseline: Release,
  over: Partial<Study> = {},
): Study {
  const params = studyParams({ env: {} });
  return {
    params,
    dirs: { out: "", figures: "", tables: "", networks: "" },
    target: { name: "test", releases: [] } as unknown as Study["target"],
    releases: [...sets, baseline],
    sets,
    baseline,
    groups: [...sets, baseline],
    synthetic: true,
    truth: null,
    actor: null,
    warnings: [],
    ...over,
  };
}

/**
 * A small conversation for the notebook-06 step tests: release `sb` (three
 * accounts s1–s3) and baseline `org` (o1, o2 and the ministry o4,
 * `@MinX`). `#Paz`: one tweet a day by o1 from 2021-01-01 to 01-08, then
 * 30 on local day 2021-01-09 (s1 7, s2 7, s3 6, o4 5, o2 5, the last o2
 * tweet at 02:00 UTC on 01-10, still 01-09 at UTC−4): one trend. `#Voto`:
 * five tweets, never trending.
 */
export function trendFixture(): { sb: Release; org: Release } {
  const tweets: TestTweet[] = [];
  let id = 100;
  const add = (userid: string, time: string, tags: string[]) =>
    tweets.push({ tweetid: String(id++), userid, time, tags });
  for (let d = 1; d <= 8; d++) add("o1", `2021-01-0${d} 12:00`, ["#Paz"]);
  const day9 = (i: number) =>
    `2021-01-09 ${String(10 + Math.floor(i / 60)).padStart(2, "0")}:${
      String(i % 60).padStart(2, "0")
    }`;
  let i = 0;
  for (const [u, n] of [["s1", 7], ["s2", 7], ["s3", 6]] as const) {
    for (let k = 0; k < n; k++) add(u, day9(i++), ["#Paz"]);
  }
  for (let k = 0; k < 5; k++) add("o4", day9(60 + k), ["paz"]);
  for (let k = 0; k < 4; k++) add("o2", day9(120 + k), ["#Paz", "#Voto"]);
  add("o2", "2021-01-10 02:00", ["#PAZ"]);
  add("o1", "2021-01-05 13:00", ["#Voto"]);
  const sbTweets = tweets.filter((t) => t.userid.startsWith("s"));
  const orgTweets = tweets.filter((t) => t.userid.startsWith("o"));
  const user = (userid: string, screen: string, followers: number) => ({
    userid,
    screen,
    followers,
    created: "2020-06-01",
  });
  return {
    sb: testRelease("sb", sbTweets, [
      user("s1", "s_one", 5),
      user("s2", "s_two", 5),
      user("s3", "s_three", 5),
    ]),
    org: testRelease("org", orgTweets, [
      user("o1", "o_one", 500),
      user("o2", "o_two", 500),
      user("o4", "MinX", 90000),
    ]),
  };
}
