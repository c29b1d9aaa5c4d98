import { deepEqual, equal, ok } from "node:assert/strict";
import { tweetsFrame } from "./_frames.ts";
import { REALDATA, realdataExists } from "./_realdata.ts";
import { behaviourMix } from "./behaviour_mix.ts";
import { behaviourMixByAccount } from "./behaviour_mix_by_account.ts";

const tweets = tweetsFrame({
  userid: ["a", "a", "a", "b", "b"],
  is_retweet: [true, false, false, false, null],
  in_reply_to_tweetid: [null, "1", "2", null, null],
  quoted_tweet_tweetid: ["9", null, "3", null, null],
  hashtags: [["x", "y"], [], null, ["z"], []],
  urls: [
    ["https://WWW.Example.com/a"],
    ["http://user@t.co:8080/x", "t.co/no-scheme"],
    null,
    ["https://example.com?q=1"],
    [],
  ],
  user_mentions: [null, null, null, null, null],
});

Deno.test("behaviourMix() shares, per-tweet rates and URL domains", async () => {
  const m = await behaviourMix(tweets);
  equal(m.n_tweets, 5);
  equal(m.retweet_share, 1 / 5); // the retweet that quotes counts as retweet only
  equal(m.reply_share, 2 / 5);
  equal(m.quote_share, 1 / 5); // the reply quoting "3" counts in both
  equal(m.original_share, 2 / 5);
  equal(m.hashtags_per_tweet, 3 / 4); // null list left out
  equal(m.urls_per_tweet, 4 / 4);
  equal(m.mentions_per_tweet, null); // all null
  equal(m.n_urls, 4);
  equal(m.n_urls_without_domain, 1);
  deepEqual(m.top_domains, [
    { domain: "example.com", count: 2 },
    { domain: "t.co", count: 1 },
  ]);
});

Deno.test("behaviourMixByAccount() per account, nulls for 0/0", async () => {
  const m = await behaviourMixByAccount(tweets);
  deepEqual(m.rows(), [
    ["a", 3, 1 / 3, 2 / 3, 1 / 3, 0, 1, 3 / 2, null],
    ["b", 2, 0, 0, 0, 1, 0.5, 0.5, null],
  ]);
});

Deno.test("behaviourMix() matches Python on the Russia 2019-01 head file", {
  ignore: !realdataExists("russia_201901_head"),
}, async () => {
  const { loadRelease } = await import("../io/mod.ts");
  const r = await loadRelease(
    `${REALDATA}russia_201901_head/russia_201901_tweets_head407.csv`,
    { cache: false },
  );
  const m = await behaviourMix(r.tweets, { topDomains: 5 });
  // Python csv + ast.literal_eval of the list columns + the same regex.
  equal(m.retweet_share, 3 / 407);
  equal(m.reply_share, 0);
  equal(m.quote_share, 49 / 407);
  ok(Math.abs(m.hashtags_per_tweet! - 1109 / 386) < 1e-15);
  ok(Math.abs(m.urls_per_tweet! - 146 / 381) < 1e-15);
  ok(Math.abs(m.mentions_per_tweet! - 70 / 374) < 1e-15);
  equal(m.n_urls, 146);
  deepEqual(m.top_domains.map((d) => [d.domain, d.count]), [
    ["twitter.com", 55],
    ["bit.ly", 12],
    ["insidesyriamc.com", 7],
    ["en.insidesyriamc.com", 5],
    ["truthfeednews.com", 5],
  ]);
});
