import { deepEqual, equal, match } from "node:assert/strict";
import { join } from "node:path";
import { TWEET_COLUMNS } from "../io/mod.ts";
import {
  haveVenezuelaReal,
  realTweetsPerUserid,
  VENEZUELA_REAL,
  writeRelease,
} from "./_testing.ts";
import { publishedTable } from "./published_table.ts";
import { type Catalog, readCatalog } from "./read_catalog.ts";
import { WEEKDAYS } from "./figures.ts";

const S = "Test source, 2024";

Deno.test("publishedTable() computes present releases and lists absent ones with where to get them", async () => {
  const raw = await Deno.makeTempDir();
  const cacheDir = await Deno.makeTempDir();
  const tweets = (name: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({
      tweetid: `${name}${i}`,
      userid: `${name}-u`,
      tweet_time: "2019-01-01 00:00",
    }));
  await writeRelease(raw, "here", [{ userid: "here-u" }], [tweets("here", 3)]);
  await writeRelease(raw, "also", [{ userid: "also-u" }], [tweets("also", 4)]);
  const catalog: Catalog = {
    releases: [
      { release: "silent", published_figures: [] },
      {
        release: "here",
        published_figures: [{ source: S, figure: "tweets", value: 3 }],
      },
      {
        release: "missing",
        published_figures: [{ source: S, figure: "tweets", value: 9 }],
      },
      {
        release: "here_and_missing",
        combines: ["here", "missing"],
        published_figures: [{ source: S, figure: "tweets", value: 12 }],
      },
      {
        release: "here_and_also",
        combines: ["here", "also"],
        published_figures: [
          { source: S, figure: "tweets", value: 7 },
          { source: S, figure: "accounts", value: 2 },
        ],
      },
    ],
  };
  const rows = await publishedTable(catalog, raw, { cacheDir });
  deepEqual(
    rows.map((r) => [r.release, r.figure, r.reproduced, r.status]),
    [
      ["here", "tweets", 3, "match"],
      ["missing", "tweets", null, "release_absent"],
      ["here_and_missing", "tweets", null, "release_absent"],
      ["here_and_also", "tweets", 7, "match"],
      ["here_and_also", "accounts", 2, "match"],
    ],
  );
  match(
    rows[1].note,
    /missing is not in the raw-data folder: download it into data\/raw\/missing\//,
  );
  match(rows[2].note, /needs here, missing together; absent: missing/);
  equal(rows.some((r) => r.note.includes(raw)), false);
  await Deno.remove(raw, { recursive: true });
  await Deno.remove(cacheDir, { recursive: true });
});

/**
 * A release shaped like venezuela_201906_1: its 33 real userids, each with
 * round(real tweets / 100) tweets, all of account i (file order) on weekday
 * i mod 7 (Monday = 0), the first ⌊n/10⌋ of each account retweets. The
 * expected figures below were computed from tweets_per_userid.csv by hand
 * (Python): 5,694 tweets, largest 432 (43,231 / 100), 32 accounts with a
 * tweet (862552763414323201 has 4 → 0), 558 retweets.
 */
Deno.test({
  name:
    "publishedTable() on a generated venezuela_201906_1 scaled by 1/100 gives the known figures",
  ignore: !haveVenezuelaReal,
  fn: async () => {
    const raw = await Deno.makeTempDir();
    const cacheDir = await Deno.makeTempDir();
    const counts = await realTweetsPerUserid();
    const tweets: Record<string, string>[] = [];
    counts.forEach(([userid, n], i) => {
      const scaled = Math.round(n / 100);
      for (let k = 0; k < scaled; k++) {
        const retweet = k < Math.floor(scaled / 10);
        tweets.push({
          tweetid: `${1100000000000000000n + BigInt(tweets.length)}`,
          userid,
          tweet_time: `2019-06-0${3 + i % 7} ${
            String(k % 24).padStart(2, "0")
          }:${String(k % 60).padStart(2, "0")}`,
          is_retweet: retweet ? "true" : "false",
          retweet_tweetid: retweet ? "1" : "",
        });
      }
    });
    await writeRelease(
      raw,
      "venezuela_201906_1",
      counts.map(([userid]) => ({ userid })),
      [tweets],
    );
    const real = await readCatalog();
    const expected = {
      accounts: 33,
      active_accounts: 32,
      tweets: 5694,
      retweets: 558,
      tweets_with_retweet_tweetid: 558,
      largest_account_tweets: 432,
    };
    const weekdays = [1008, 901, 828, 809, 746, 725, 677];
    const catalog: Catalog = {
      releases: [
        ...real.releases,
        {
          release: "venezuela_201906_1_scaled",
          combines: ["venezuela_201906_1"],
          published_figures: [
            ...Object.entries(expected).map(([figure, value]) => ({
              source: S,
              figure,
              value,
            })),
            {
              source: S,
              figure: "tweets_by_weekday",
              value: Object.fromEntries(
                WEEKDAYS.map((d, i) => [d, weekdays[i]]),
              ),
            },
            { source: S, figure: "tweets", value: 5500, qualifier: "about" },
            {
              source: S,
              figure: "tweets",
              value: 5693,
              qualifier: "more than",
            },
          ],
        },
      ],
    };
    const rows = await publishedTable(catalog, raw, { cacheDir });
    const scaled = rows.filter((r) =>
      r.release === "venezuela_201906_1_scaled"
    );
    equal(scaled.length, 15);
    deepEqual(scaled.filter((r) => r.status !== "match"), []);
    // Against the published full-size figures: accounts match, the rest differ.
    const vz = rows.filter((r) => r.release === "venezuela_201906_1");
    deepEqual(
      vz.map((
        r,
      ) => [r.figure, r.published, r.reproduced, r.difference, r.status]),
      [
        ["accounts", 33, 33, 0, "match"],
        ["tweets", 569455, 5694, -563761, "differs"],
        ["tweets_with_retweet_tweetid", 28961, 558, -28403, "differs"],
        ["largest_account_tweets", 43231, 432, -42799, "differs"],
        ["tweets_by_weekday.Mon", 81853, 1008, -80845, "differs"],
        ["tweets_by_weekday.Tue", 85417, 901, -84516, "differs"],
        ["tweets_by_weekday.Wed", 85248, 828, -84420, "differs"],
        ["tweets_by_weekday.Thu", 85344, 809, -84535, "differs"],
        ["tweets_by_weekday.Fri", 84427, 746, -83681, "differs"],
        ["tweets_by_weekday.Sat", 76700, 725, -75975, "differs"],
        ["tweets_by_weekday.Sun", 70466, 677, -69789, "differs"],
      ],
    );
    // The other catalogued releases are absent from this raw folder.
    const absent = new Set(
      rows.filter((r) => r.status === "release_absent").map((r) => r.release),
    );
    deepEqual(
      [...absent],
      real.releases.filter((e) =>
        e.published_figures.length > 0 && e.release !== "venezuela_201906_1"
      ).map((e) => e.release),
    );
    equal(absent.has("venezuela_2019_all"), true);
    await Deno.remove(raw, { recursive: true });
    await Deno.remove(cacheDir, { recursive: true });
  },
});

/**
 * The real users file of venezuela_201906_1 (33 rows, an extra first column
 * `pandas_row_index`) and a tweets file synthesised from the real
 * per-account counts: one row per tweet, 569,455 rows, only tweetid,
 * userid, tweet_time and retweet_tweetid filled. The weekday of each row
 * and which rows carry a retweet_tweetid are planted from the published
 * figures (circular by design: those rows check the plumbing); accounts,
 * tweets and the largest account follow from the real files.
 */
Deno.test({
  name:
    "publishedTable() reproduces venezuela_201906_1 from the real users file and per-account counts",
  ignore: !haveVenezuelaReal,
  fn: async () => {
    const raw = await Deno.makeTempDir();
    const cacheDir = await Deno.makeTempDir();
    const folder = join(raw, "venezuela_201906_1");
    await Deno.mkdir(folder);
    await Deno.copyFile(
      join(VENEZUELA_REAL, "users_33rows.csv"),
      join(folder, "venezuela_201906_1_users_csv_hashed.csv"),
    );
    const counts = await realTweetsPerUserid();
    const published = [81853, 85417, 85248, 85344, 84427, 76700, 70466];
    const dayOf: number[] = [];
    published.forEach((n, d) => dayOf.push(...Array(n).fill(d)));
    const at = (c: string) =>
      TWEET_COLUMNS.indexOf(c as typeof TWEET_COLUMNS[number]);
    const fields: string[] = Array(TWEET_COLUMNS.length).fill("");
    const lines = [TWEET_COLUMNS.join(",")];
    let row = 0;
    for (const [userid, n] of counts) {
      for (let k = 0; k < n; k++, row++) {
        fields[at("tweetid")] = String(1100000000000000000n + BigInt(row));
        fields[at("userid")] = userid;
        fields[at("tweet_time")] = `2019-06-0${3 + dayOf[row]} ` +
          `${String(row % 24).padStart(2, "0")}:${
            String(row % 60).padStart(2, "0")
          }`;
        fields[at("retweet_tweetid")] = row < 28961 ? "1" : "";
        lines.push(fields.join(","));
      }
    }
    equal(row, 569455);
    await Deno.writeTextFile(
      join(folder, "venezuela_201906_1_tweets_csv_hashed.csv"),
      lines.join("\n") + "\n",
    );
    const rows = (await publishedTable(await readCatalog(), raw, { cacheDir }))
      .filter((r) => r.release === "venezuela_201906_1");
    deepEqual(
      rows.map((r) => [r.figure, r.reproduced, r.status]),
      [
        ["accounts", 33, "match"],
        ["tweets", 569455, "match"],
        ["tweets_with_retweet_tweetid", 28961, "match"],
        ["largest_account_tweets", 43231, "match"],
        ["tweets_by_weekday.Mon", 81853, "match"],
        ["tweets_by_weekday.Tue", 85417, "match"],
        ["tweets_by_weekday.Wed", 85248, "match"],
        ["tweets_by_weekday.Thu", 85344, "match"],
        ["tweets_by_weekday.Fri", 84427, "match"],
        ["tweets_by_weekday.Sat", 76700, "match"],
        ["tweets_by_weekday.Sun", 70466, "match"],
      ],
    );
    match(rows[3].note, /userid 568620329,/);
    await Deno.remove(raw, { recursive: true });
    await Deno.remove(cacheDir, { recursive: true });
  },
});
