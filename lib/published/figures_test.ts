import { deepEqual, equal, match } from "node:assert/strict";
import { loadRelease, TWEET_COLUMNS } from "../io/mod.ts";
import { csv, writeRelease } from "./_testing.ts";
import {
  countAccounts,
  countActiveAccounts,
  countRetweets,
  countTweets,
  countTweetsWithHashtags,
  countTweetsWithLinks,
  countTweetsWithMedia,
  countTweetsWithRetweetTweetid,
  largestAccountTweets,
  tweetsByWeekday,
} from "./figures.ts";

/**
 * A tiny release with known answers: users u1, u2, u3; five loaded tweets
 * in two parts (u1 three, u2 one, u9 — not in the users file — one) and
 * one broken record the loader rejects.
 */
async function tiny() {
  const dir = await Deno.makeTempDir();
  const cacheDir = await Deno.makeTempDir();
  const part1: Record<string, string>[] = [
    // 2019-01-07 is a Monday.
    {
      tweetid: "1",
      userid: "u1",
      tweet_time: "2019-01-07 10:00",
      is_retweet: "false",
      tweet_text: "see http://a.example #x",
      urls: "['http://a.example']",
      hashtags: "['x']",
    },
    {
      tweetid: "2",
      userid: "u1",
      tweet_time: "2019-01-08 23:59",
      is_retweet: "true",
      retweet_tweetid: "99",
      tweet_text: "RT @x: hi",
      urls: "[]",
      hashtags: "[]",
    },
    {
      tweetid: "3",
      userid: "u1",
      tweet_time: "2019-01-13 00:00",
      is_retweet: "true",
      retweet_tweetid: "98",
      tweet_text: "RT @x: look https://t.co/abc",
    },
  ];
  const part2 = csv(TWEET_COLUMNS, [
    {
      tweetid: "4",
      userid: "u2",
      tweet_time: "2019-01-07 00:00",
      is_retweet: "false",
      tweet_text: "pic https://t.co/xyz",
      hashtags: "['a', 'b']",
    },
    { tweetid: "5", userid: "u9", tweet_time: "2019-01-09 12:00" },
  ]) + "6,u2,broken\n";
  await writeRelease(
    dir,
    "tiny",
    [{ userid: "u1" }, { userid: "u2" }, { userid: "u3" }],
    [part1, part2],
  );
  const release = await loadRelease(`${dir}/tiny`, { cacheDir });
  return { release, dir, cacheDir };
}

Deno.test("figure functions give the known counts of a tiny release", async () => {
  const { release, dir, cacheDir } = await tiny();
  equal(countAccounts(release).value, 3);
  equal(countAccounts(release).note, "rows of the users file");
  equal(countActiveAccounts(release).value, 2);
  match(countActiveAccounts(release).note, /1 tweeting userids are not in/);
  match(countActiveAccounts(release).note, /ASPI does not define 'active'/);
  equal(countTweets(release).value, 5);
  match(countTweets(release).note, /1 tweet records the loader rejected/);
  equal(countRetweets(release).value, 2);
  equal(countTweetsWithRetweetTweetid(release).value, 2);
  equal(countTweetsWithLinks(release).value, 1);
  match(countTweetsWithLinks(release).note, /t\.co link .*: 3/);
  equal(countTweetsWithHashtags(release).value, 2);
  deepEqual(countTweetsWithMedia(release).value, null);
  match(countTweetsWithMedia(release).note, /no media column/);
  deepEqual(tweetsByWeekday(release).value, {
    Mon: 2,
    Tue: 1,
    Wed: 1,
    Thu: 0,
    Fri: 0,
    Sat: 0,
    Sun: 1,
  });
  equal(largestAccountTweets(release).value, 3);
  match(largestAccountTweets(release).note, /userid u1/);
  await Deno.remove(dir, { recursive: true });
  await Deno.remove(cacheDir, { recursive: true });
});

Deno.test("countAccounts() falls back to distinct tweet userids without a users file", async () => {
  const dir = await Deno.makeTempDir();
  const cacheDir = await Deno.makeTempDir();
  await writeRelease(dir, "tweetsonly", null, [[
    { tweetid: "1", userid: "a", tweet_time: "2019-01-01 00:00" },
    { tweetid: "2", userid: "a", tweet_time: "2019-01-01 00:01" },
    { tweetid: "3", userid: "b", tweet_time: "2019-01-01 00:02" },
  ]]);
  const release = await loadRelease(`${dir}/tweetsonly`, { cacheDir });
  deepEqual(countAccounts(release), {
    value: 2,
    note: "no users file: distinct userid in the tweets files",
  });
  equal(countActiveAccounts(release).value, 2);
  await Deno.remove(dir, { recursive: true });
  await Deno.remove(cacheDir, { recursive: true });
});

Deno.test("countAccounts() counts users rows and reports repeated userids", async () => {
  const dir = await Deno.makeTempDir();
  const cacheDir = await Deno.makeTempDir();
  await writeRelease(
    dir,
    "dups",
    [{ userid: "a" }, { userid: "a" }, { userid: "b" }],
    [[{ tweetid: "1", userid: "a", tweet_time: "2019-01-01 00:00" }]],
  );
  const release = await loadRelease(`${dir}/dups`, { cacheDir });
  deepEqual(countAccounts(release), {
    value: 3,
    note: "rows of the users file; 1 rows repeat a userid (2 distinct)",
  });
  equal(countActiveAccounts(release).value, 1);
  await Deno.remove(dir, { recursive: true });
  await Deno.remove(cacheDir, { recursive: true });
});

Deno.test("tweetsByWeekday() reads tweet_time as UTC, Monday to Sunday", async () => {
  const dir = await Deno.makeTempDir();
  const cacheDir = await Deno.makeTempDir();
  // 2019-06-03 is a Monday; one tweet per day at 23:59 and 00:00 edges.
  const rows = [3, 4, 5, 6, 7, 8, 9].flatMap((
    d,
    i,
  ): Record<string, string>[] => [
    { tweetid: `a${i}`, userid: "u", tweet_time: `2019-06-0${d} 00:00` },
    ...(i === 6
      ? [{ tweetid: "late", userid: "u", tweet_time: "2019-06-09 23:59" }]
      : []),
  ]);
  await writeRelease(dir, "week", [{ userid: "u" }], [rows]);
  const release = await loadRelease(`${dir}/week`, { cacheDir });
  deepEqual(tweetsByWeekday(release).value, {
    Mon: 1,
    Tue: 1,
    Wed: 1,
    Thu: 1,
    Fri: 1,
    Sat: 1,
    Sun: 2,
  });
  equal(largestAccountTweets(release).value, 8);
  await Deno.remove(dir, { recursive: true });
  await Deno.remove(cacheDir, { recursive: true });
});
