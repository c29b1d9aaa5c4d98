import pl from "nodejs-polars";
import { deepEqual } from "node:assert/strict";
import { groupShare } from "./group_share.ts";
import { hashtagShare } from "./hashtag_share.ts";
import { topAccounts } from "./top_accounts.ts";
import { tweetFrame } from "./_testing.ts";

const tweets = tweetFrame([
  { tweetid: "1", userid: "a", time: null, tags: ["Voto"] },
  { tweetid: "2", userid: "a", time: null, tags: [] },
  { tweetid: "3", userid: "a", time: null, tags: ["voto", "#Paz"] },
  { tweetid: "4", userid: "b", time: null, tags: ["paz"] },
  { tweetid: "5", userid: "b", time: null, tags: [] },
  { tweetid: "6", userid: "c", time: null, tags: ["otro"] },
  { tweetid: "7", userid: "d", time: null, tags: [] },
  { tweetid: "8", userid: null, time: null, tags: [] },
]);

Deno.test("groupShare() gives each group's share of all tweets", async () => {
  const camp = pl.DataFrame({
    userid: ["a", "b", "b", "zz"],
    group: ["camp", "camp", "other", "camp"],
  });
  deepEqual((await groupShare(tweets, camp)).toRecords(), [
    {
      group: "camp",
      n_accounts: 2,
      n_tweets: 5,
      share: 5 / 8,
      total_tweets: 8,
    },
    {
      group: "other",
      n_accounts: 1,
      n_tweets: 2,
      share: 2 / 8,
      total_tweets: 8,
    },
  ]);
});

Deno.test("topAccounts() cuts at k with ties broken by userid", async () => {
  const top = await topAccounts(tweets, 2);
  deepEqual(top.getColumn("userid").toArray(), ["a", "b"]);
  const tied = await topAccounts(tweets, 1, { among: ["c", "d"], group: "x" });
  deepEqual(tied.toRecords(), [{
    userid: "c",
    group: "x",
    n_tweets: 1,
    rank: 1,
  }]);
  const shares = await groupShare(tweets, await topAccounts(tweets, 1));
  deepEqual(shares.select("group", "share").toRecords(), [
    { group: "top1", share: 3 / 8 },
  ]);
});

Deno.test("hashtagShare() counts a tweet with several of the hashtags once", async () => {
  deepEqual(await hashtagShare(tweets, ["VOTO", "paz"]), {
    n_tweets: 3,
    total_tweets: 8,
    share: 3 / 8,
  });
});
