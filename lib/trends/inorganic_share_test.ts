import pl from "nodejs-polars";
import { deepEqual, equal, ok } from "node:assert/strict";
import { hashtagTweets } from "./hashtag_tweets.ts";
import { inorganicShare } from "./inorganic_share.ts";
import { dateSeries, tweetFrame } from "./_testing.ts";

// bot1: 4 tweets #a (one also #b), bot2: 2 tweets #a on Jan 2,
// p1: 1 tweet #a #A (one tweet), p2: 2 tweets #b, ghost (not in flags): 1 #a,
// a tweet without userid: #a.
const tweets = tweetFrame([
  { tweetid: "1", userid: "bot1", time: "2021-01-01 10:00", tags: ["#a", "b"] },
  { tweetid: "2", userid: "bot1", time: "2021-01-01 10:05", tags: ["a"] },
  { tweetid: "3", userid: "bot1", time: "2021-01-01 10:10", tags: ["A"] },
  { tweetid: "4", userid: "bot1", time: "2021-01-01 10:15", tags: ["a"] },
  { tweetid: "5", userid: "bot2", time: "2021-01-02 10:00", tags: ["a"] },
  { tweetid: "6", userid: "bot2", time: "2021-01-02 11:00", tags: ["a"] },
  { tweetid: "7", userid: "p1", time: "2021-01-01 12:00", tags: ["a", "#A"] },
  { tweetid: "8", userid: "p2", time: "2021-01-01 13:00", tags: ["b"] },
  { tweetid: "9", userid: "p2", time: "2021-01-01 14:00", tags: ["b"] },
  { tweetid: "10", userid: "ghost", time: "2021-01-01 15:00", tags: ["a"] },
  { tweetid: "11", userid: null, time: "2021-01-01 16:00", tags: ["a"] },
]);
const flags = pl.DataFrame({
  userid: ["bot1", "bot2", "p1", "p2"],
  flagged: [true, true, false, null],
});

Deno.test("inorganicShare() counts tweets of flagged accounts per hashtag", async () => {
  const s = await inorganicShare(hashtagTweets(tweets), flags, {
    rounds: 200,
    seed: 3,
  });
  deepEqual(s.getColumn("unit").toArray(), ["a", "b"]);
  // a: bot1 4 + bot2 2 + p1 1 + ghost 1 + null 1 = 9 tweets, 5 clusters
  deepEqual(s.getColumn("n_tweets").toArray(), [9, 3]);
  deepEqual(s.getColumn("n_accounts").toArray(), [5, 2]);
  deepEqual(s.getColumn("n_flagged_tweets").toArray(), [6, 1]);
  deepEqual(s.getColumn("n_flagged_accounts").toArray(), [2, 1]);
  deepEqual(s.getColumn("share").toArray(), [6 / 9, 1 / 3]);
  const lo = s.getColumn("ci_lower").toArray() as number[];
  const hi = s.getColumn("ci_upper").toArray() as number[];
  ok(lo[0] <= 6 / 9 && 6 / 9 <= hi[0]);
  const again = await inorganicShare(hashtagTweets(tweets), flags, {
    rounds: 200,
    seed: 3,
  });
  deepEqual(again.toRecords(), s.toRecords());
});

Deno.test("inorganicShare() pools selected hashtags, each tweet once", async () => {
  const s = await inorganicShare(hashtagTweets(tweets), flags, {
    hashtags: ["#A", "B"],
    pool: true,
    rounds: 50,
  });
  // tweets 1–11 all carry a or b: 11 tweets, flagged 6 (bot1 4, bot2 2)
  deepEqual(
    s.select("unit", "hashtag", "n_tweets", "n_flagged_tweets").toRecords(),
    [
      { unit: "all", hashtag: null, n_tweets: 11, n_flagged_tweets: 6 },
    ],
  );
  const onlyB = await inorganicShare(hashtagTweets(tweets), flags, {
    hashtags: ["b"],
    rounds: 50,
  });
  deepEqual(onlyB.getColumn("unit").toArray(), ["b"]);
});

Deno.test("inorganicShare() restricts trends to their days", async () => {
  const trends = pl.DataFrame([
    pl.Series("trend_id", ["a@2021-01-02"]),
    pl.Series("hashtag", ["a"]),
    dateSeries("first_day", ["2021-01-02"]),
    dateSeries("last_day", ["2021-01-02"]),
  ]);
  const s = await inorganicShare(hashtagTweets(tweets), flags, {
    trends,
    rounds: 50,
  });
  deepEqual(s.select("unit", "n_tweets", "share").toRecords(), [
    { unit: "a@2021-01-02", n_tweets: 2, share: 1 },
  ]);
  equal(s.getColumn("ci_lower").toArray()[0], 1);
});
