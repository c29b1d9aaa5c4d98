import { deepEqual, equal } from "node:assert/strict";
import { join } from "node:path";
import { loadRelease } from "../io/mod.ts";
import { TWEET_COLUMNS, USER_COLUMNS } from "../io/schema.ts";
import { languageCounts, summarize, tweetsPerDay } from "./mod.ts";

async function release() {
  const dir = await Deno.makeTempDir();
  const rows = [
    {
      tweetid: "1",
      userid: "a",
      tweet_time: "2019-01-02 10:00",
      is_retweet: "true",
      tweet_client_name: "B",
      tweet_language: "es",
    },
    {
      tweetid: "2",
      userid: "a",
      tweet_time: "2019-01-02 23:59",
      is_retweet: "false",
      tweet_client_name: "A",
      tweet_language: "es",
    },
    {
      tweetid: "3",
      userid: "b",
      tweet_time: "2019-01-03 00:00",
      is_retweet: "TRUE",
      tweet_client_name: "A",
      tweet_language: "en",
    },
    {
      tweetid: "4",
      userid: "",
      tweet_time: "",
      is_retweet: "false",
      tweet_client_name: "",
      tweet_language: "",
    },
  ] as Record<string, string>[];
  const tweets = [
    TWEET_COLUMNS.join(","),
    ...rows.map((r) => TWEET_COLUMNS.map((c) => r[c] ?? "").join(",")),
  ];
  await Deno.writeTextFile(
    join(dir, "t_tweets_csv_hashed.csv"),
    tweets.join("\n") + "\n",
  );
  const users = [
    USER_COLUMNS.join(","),
    "a,,,,,,1,1,2018-12-30,es",
    "b,,,,,,1,1,1/5/2019,es",
    "c,,,,,,1,1,not a date,es",
  ];
  await Deno.writeTextFile(
    join(dir, "t_users_csv_hashed.csv"),
    users.join("\n") + "\n",
  );
  return await loadRelease(dir, { cacheDir: await Deno.makeTempDir() });
}

Deno.test("summarize() gives the hand-counted summary of a small release", async () => {
  const s = summarize(await release());
  deepEqual(s, {
    users: { rows: 3, rejected: 0 },
    tweets: { rows: 4, rejected: 0 },
    accounts_tweeting: 2,
    tweet_time: { min: "2019-01-02 10:00", max: "2019-01-03 00:00" },
    account_creation: {
      min: "2018-12-30",
      max: "2019-01-05",
      by_month: { "2018-12": 1, "2019-01": 1 },
    },
    retweets: 2,
    clients: [["A", 2], ["B", 1], [null, 1]],
  });
});

Deno.test("tweetsPerDay() and languageCounts() count by UTC day and language", async () => {
  const r = await release();
  deepEqual(tweetsPerDay(r).map((d) => [d.day, d.count]), [["2019-01-02", 2], [
    "2019-01-03",
    1,
  ]]);
  deepEqual(languageCounts(r).map((d) => [d.language, d.count]), [["es", 2], [
    "(none)",
    1,
  ], ["en", 1]]);
  equal(r.synthetic, false);
});
