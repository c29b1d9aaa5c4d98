import { deepEqual } from "node:assert/strict";
import { tweetsFrame } from "./_frames.ts";
import { activityStats } from "./activity_stats.ts";

Deno.test("activityStats() counts active UTC days and minute/hour peaks", async () => {
  const tweets = tweetsFrame({
    userid: ["a", "a", "a", "a", "a", "b", null],
    tweet_time: [
      "2020-01-01 10:00",
      "2020-01-01 10:00",
      "2020-01-01 10:59",
      "2020-01-01 11:00",
      "2020-01-02 00:00",
      null,
      "2020-01-01 10:00",
    ],
  });
  const a = await activityStats(tweets);
  deepEqual(a.columns, [
    "userid",
    "n_tweets",
    "n_tweets_with_time",
    "active_days",
    "tweets_per_active_day",
    "peak_tweets_minute",
    "peak_tweets_hour",
  ]);
  deepEqual(a.rows(), [
    ["a", 5, 5, 2, 2.5, 2, 3],
    ["b", 1, 0, 0, null, null, null],
  ]);
});
