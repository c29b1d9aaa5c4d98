import { deepEqual } from "node:assert/strict";
import { tweetsFrame } from "./_frames.ts";
import { REALDATA, realdataExists } from "./_realdata.ts";
import { clientMix } from "./client_mix.ts";
import { clientMixByAccount } from "./client_mix_by_account.ts";
import { loadClientTaxonomy, parseClientTaxonomy } from "./client_taxonomy.ts";

const taxonomy = parseClientTaxonomy(
  "client_name,category,note\nTwitter for Android,official,\nIFTTT,automation,\nBuffer,scheduler,\n",
);
const tweets = tweetsFrame({
  userid: ["a", "a", "a", "a", "b", "b"],
  tweet_client_name: [
    "IFTTT",
    "IFTTT",
    "Buffer",
    "Buffer",
    "Twitter for Android",
    null,
  ],
});

Deno.test("clientMix() counts by category and by client", async () => {
  const m = await clientMix(tweets, taxonomy);
  deepEqual(m, {
    n_tweets: 6,
    n_missing_client: 1,
    by_category: { official: 1, scheduler: 2, automation: 2, unknown: 1 },
    by_client: [
      { client_name: "Buffer", category: "scheduler", count: 2 },
      { client_name: "IFTTT", category: "automation", count: 2 },
      { client_name: "Twitter for Android", category: "official", count: 1 },
    ],
  });
});

Deno.test("clientMixByAccount() gives category shares and the top client", async () => {
  const m = await clientMixByAccount(tweets, taxonomy);
  deepEqual(m.rows(), [
    ["a", 4, 0, 0.5, 0.5, 0, 2, "Buffer"], // tie Buffer/IFTTT -> name order
    ["b", 2, 0.5, 0, 0, 0.5, 1, "Twitter for Android"],
  ]);
});

Deno.test(
  "clientMix() with the project taxonomy on the Russia 2019-01 head file",
  {
    ignore: !realdataExists("russia_201901_head"),
  },
  async () => {
    const { loadRelease } = await import("../io/mod.ts");
    const r = await loadRelease(
      `${REALDATA}russia_201901_head/russia_201901_tweets_head407.csv`,
      { cache: false },
    );
    const m = await clientMix(r.tweets, await loadClientTaxonomy());
    // Python Counter of tweet_client_name, mapped by hand: official = Twitter
    // Web Client 136 + Android 123 + iPhone 90 + Mobile Web (M2) 2 + Mobile
    // Web 1 + Twitter Web App 1; scheduler = Crowdfire 11 + TweetDeck 7 +
    // Buffer 1; automation = WordPress.com 13 + twitterfeed 13 + Linkis 4 +
    // Instagram 2 + Facebook 1; unknown = spicetwi 1 + Ohwee Messanger 1.
    deepEqual(m.by_category, {
      official: 353,
      scheduler: 19,
      automation: 33,
      unknown: 2,
    });
    deepEqual(m.by_client.slice(0, 3).map((c) => [c.client_name, c.count]), [
      ["Twitter Web Client", 136],
      ["Twitter for Android", 123],
      ["Twitter for iPhone", 90],
    ]);
  },
);
