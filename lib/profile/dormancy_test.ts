import { deepEqual } from "node:assert/strict";
import { tweetsFrame, usersFrame } from "./_frames.ts";
import { accountAgeDays } from "./account_age_days.ts";
import { dormancy } from "./dormancy.ts";

Deno.test("dormancy() measures creation to first and last tweet in UTC days", async () => {
  const users = usersFrame({
    userid: ["a", "b", "c"],
    account_creation_date: ["2017-01-01", null, "2018-05-05"],
  });
  const tweets = tweetsFrame({
    userid: ["a", "a", "a", "b", "d"],
    tweet_time: [
      "2017-03-01 10:00",
      "2017-01-11 23:59",
      null,
      "2016-01-02 00:00",
      null,
    ],
    account_creation_date: [null, null, null, "2016-01-01", "2015-01-01"],
  });
  const d = await dormancy(users, tweets);
  deepEqual(
    d.select(
      "userid",
      "n_tweets_with_time",
      "dormancy_days",
      "age_at_last_tweet_days",
    ).rows(),
    [
      ["a", 2, 10, 59],
      ["b", 1, 1, 1], // creation date from its tweets
      ["c", 0, null, null], // never tweeted
      ["d", 0, null, null], // tweets without times
    ],
  );
});

Deno.test("accountAgeDays() is the calendar-day difference, null-safe", async () => {
  const tweets = tweetsFrame({
    userid: ["a", "a", "a"],
    tweet_time: ["2017-01-01 00:00", "2017-01-03 23:59", null],
    account_creation_date: ["2017-01-01", "2017-01-01", "2017-01-01"],
  });
  const ages = await tweets.select(accountAgeDays()).collect();
  deepEqual(ages.getColumn("account_age_days").toArray(), [0, 2, null]);
});
