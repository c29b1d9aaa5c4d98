import pl from "nodejs-polars";
import { deepEqual } from "node:assert/strict";
import { hashtagTweets } from "./hashtag_tweets.ts";
import { trendPromotion } from "./trend_promotion.ts";
import { dateSeries, tweetFrame } from "./_testing.ts";

Deno.test("trendPromotion() measures first movers, first hour and volume", async () => {
  // Trend x on Jan 2 only. Jan 1 tweets are outside it.
  const tweets = tweetFrame([
    { tweetid: "1", userid: "m", time: "2021-01-01 09:00", tags: ["x"] },
    { tweetid: "12", userid: "m", time: "2021-01-02 08:00", tags: ["x"] },
    { tweetid: "11", userid: "s", time: "2021-01-02 08:00", tags: ["x"] },
    { tweetid: "13", userid: "o", time: "2021-01-02 08:30", tags: ["x"] },
    { tweetid: "14", userid: "s", time: "2021-01-02 08:59", tags: ["x"] },
    { tweetid: "15", userid: "o", time: "2021-01-02 09:00", tags: ["x"] },
    { tweetid: "16", userid: "o", time: "2021-01-02 20:00", tags: ["x"] },
  ]);
  const episodes = pl.DataFrame([
    pl.Series("trend_id", ["x@2021-01-02"]),
    pl.Series("hashtag", ["x"]),
    dateSeries("first_day", ["2021-01-02"]),
    dateSeries("last_day", ["2021-01-02"]),
  ]);
  const groups = pl.DataFrame({
    userid: ["m", "s", "s"],
    group: ["ministry", "statebacked", "both"],
  }).vstack(pl.DataFrame({ userid: ["m"], group: ["both"] }));
  const p = await trendPromotion(hashtagTweets(tweets), episodes, groups, {
    firstN: 2,
  });
  // order: 08:00 "11" (s), 08:00 "12" (m), 08:30 o, 08:59 s, 09:00 o, 20:00 o
  // first 2: s, m; first hour (before 09:00): 4 tweets
  deepEqual(
    p.select(
      "group",
      "trend_tweets",
      "n_tweets",
      "first_n",
      "first_n_group",
      "first_hour_tweets",
      "first_hour_group",
      "promoted",
    ).toRecords(),
    [
      {
        group: "both",
        trend_tweets: 6,
        n_tweets: 3,
        first_n: 2,
        first_n_group: 2,
        first_hour_tweets: 4,
        first_hour_group: 3,
        promoted: true,
      },
      {
        group: "ministry",
        trend_tweets: 6,
        n_tweets: 1,
        first_n: 2,
        first_n_group: 1,
        first_hour_tweets: 4,
        first_hour_group: 1,
        promoted: true,
      },
      {
        group: "statebacked",
        trend_tweets: 6,
        n_tweets: 2,
        first_n: 2,
        first_n_group: 1,
        first_hour_tweets: 4,
        first_hour_group: 2,
        promoted: true,
      },
    ],
  );
  const strict = await trendPromotion(hashtagTweets(tweets), episodes, groups, {
    firstN: 2,
    promotedShare: 0.6,
  });
  deepEqual(strict.getColumn("promoted").toArray(), [true, false, false]);
});
