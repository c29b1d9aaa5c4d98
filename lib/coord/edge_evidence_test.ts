import pl from "nodejs-polars";
import { deepEqual, equal, rejects } from "node:assert/strict";
import {
  coordinationNetwork,
  edgeEvidence,
  extractActions,
  readCoorTweet,
} from "./mod.ts";
import {
  COORTWEET_FIXTURE as FIXTURE,
  haveCoorTweetFixture as haveFixture,
} from "./_testing.ts";

Deno.test("edgeEvidence() lists the tweets behind an edge with file and line", async () => {
  const at = (s: string) => new Date(`2021-03-01T10:${s}Z`);
  const tweets = pl.DataFrame({
    tweetid: ["1", "2", "3", "4", "5", "6"],
    userid: ["a", "b", "a", "b", "a", "c"],
    tweet_time: pl.Series("tweet_time", [
      at("00:00"),
      at("00:40"),
      at("05:00"),
      at("05:00"),
      at("30:00"),
      at("00:10"),
    ])
      .cast(pl.Datetime("ms")),
    retweet_tweetid: ["x", "x", "y", "y", "x", "x"],
    _file: ["t.csv", "t.csv", "t.csv", "t.csv", "t.csv", "t.csv"],
    _line: [2, 3, 4, 5, 6, 7],
  }).lazy();
  const actions = extractActions(tweets, "retweet");
  const ev = await edgeEvidence(actions, "a", "b", { window: 60 });
  deepEqual(ev.select("tweetid", "userid", "object", "_line").toRecords(), [
    { tweetid: "1", userid: "a", object: "x", _line: 2 },
    { tweetid: "2", userid: "b", object: "x", _line: 3 },
    { tweetid: "3", userid: "a", object: "y", _line: 4 },
    { tweetid: "4", userid: "b", object: "y", _line: 5 },
  ]);
  equal(
    (ev.getColumn("time").toArray()[0] as unknown as Date).toISOString(),
    "2021-03-01T10:00:00.000Z",
  );
  equal((await edgeEvidence(actions, "b", "c", { window: 10 })).height, 0);
  await rejects(() => edgeEvidence(actions, "a", "a"), RangeError);
});

Deno.test({
  name:
    "edgeEvidence() on the CooRTweet fixture returns the shares behind the heaviest edge",
  ignore: !haveFixture,
  fn: async () => {
    const actions = readCoorTweet(FIXTURE);
    const net = await coordinationNetwork(actions, {
      window: 60,
      minRepeat: 2,
    });
    const top = net.edges.sort("weight", true).head(1).toRecords()[0] as Record<
      string,
      unknown
    >;
    const ev = await edgeEvidence(actions, String(top.u), String(top.v), {
      window: 60,
    });
    equal(ev.getColumn("object").nUnique(), Number(top.weight));
    equal(ev.getColumn("userid").nUnique(), 2);
    equal(ev.getColumn("_file").get(0), "russian_coord_tweets.csv");
  },
});
