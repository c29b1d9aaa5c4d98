import pl from "nodejs-polars";
import { deepEqual, equal } from "node:assert/strict";
import { flagConfig } from "./flag_config.ts";
import type { FlagInputs } from "./flag_inputs.ts";
import { hashtagTweets } from "./hashtag_tweets.ts";
import { inorganicShare } from "./inorganic_share.ts";
import { accountFlags } from "./account_flags.ts";
import { flagVariants, sensitivityTable } from "./sensitivity_table.ts";
import { tweetFrame } from "./_testing.ts";

// a: office-hours poster with few followers; b: burst account; c, d: people
// (d has 80 followers). Tweets: a 4 × #x, b 2 × #x + 1 × #y, c 2 × #x, d 1 × #y.
const inputs: FlagInputs = {
  activity: pl.DataFrame({
    userid: ["a", "b", "c", "d"],
    n_tweets: [40, 40, 40, 40],
  }),
  bursts: pl.DataFrame({
    userid: ["a", "b", "c", "d"],
    in_burst: [false, true, false, false],
  }),
  workingHours: pl.DataFrame({
    userid: ["a", "b", "c", "d"],
    working_hours_share: [0.9, 0.3, 0.65, 0.2],
  }),
  followers: pl.DataFrame({
    userid: ["a", "b", "c", "d"],
    follower_count: [30, 900, 900, 80],
  }),
};
const rows = [
  ...Array.from({ length: 4 }, () => ["a", "x"]),
  ["b", "x"],
  ["b", "x"],
  ["b", "y"],
  ["c", "x"],
  ["c", "x"],
  ["d", "y"],
].map(([u, h], i) => ({
  tweetid: String(i),
  userid: u,
  time: "2021-01-01 12:00",
  tags: [h],
}));
const tagged = hashtagTweets(tweetFrame(rows));
const base = flagConfig({
  enabled: { automation: false, coordinated: false, regular: false },
});

Deno.test("flagVariants() lists alone, leave-one-out, all, combine and thresholds", () => {
  const v = flagVariants(inputs, base, {
    officeHoursShare: [0.6, 0.7],
    maxFollowers: [100],
  });
  deepEqual(v.map((x) => x.name), [
    "default",
    "only burst",
    "only officeHours",
    "only fewFollowers",
    "without burst",
    "without officeHours",
    "all 3 flags",
    "at least 2 of the default flags",
    "all of the default flags",
    "officeHoursShare = 0.6",
    "with fewFollowers, maxFollowers = 100",
  ]);
  equal(v[10].config.enabled.fewFollowers, true);
  equal(v[9].config.officeHoursShare, 0.6);
});

Deno.test("sensitivityTable() recomputes the pooled share under each variant", async () => {
  const variants = flagVariants(inputs, base, {
    officeHoursShare: [0.6],
    maxFollowers: [100],
  });
  const t = await sensitivityTable(tagged, inputs, variants, {
    rounds: 100,
    seed: 5,
  });
  const share = Object.fromEntries(
    (t.toRecords() as { variant: string; share: number }[]).map((r) => [
      r.variant,
      r.share,
    ]),
  );
  // 10 tweets: a 4, b 3, c 2, d 1
  equal(share["default"], 7 / 10); // a, b
  equal(share["only burst"], 3 / 10);
  equal(share["only officeHours"], 4 / 10);
  equal(share["only fewFollowers"], 5 / 10); // a, d
  equal(share["all 3 flags"], 8 / 10);
  equal(share["all of the default flags"], 0);
  equal(share["officeHoursShare = 0.6"], 9 / 10); // c joins
  equal(share["with fewFollowers, maxFollowers = 100"], 8 / 10);
  const first = t.row(0);
  deepEqual(first.slice(0, 4), [
    "default",
    "default",
    "burst+officeHours",
    "any",
  ]);
  const change = t.getColumn("change_pp").toArray() as number[];
  equal(change[0], 0);
  equal(Math.abs(change[1] - -40) < 1e-9, true);
  // per-hashtag: x = 8 tweets (a 4, b 2 flagged) = 0.75, y = 2 tweets (b) = 0.5
  const mean = t.getColumn("mean_unit_share").toArray()[0];
  equal(mean, (6 / 8 + 1 / 2) / 2);
  // the default row's interval is the pooled inorganicShare interval
  const pooled = await inorganicShare(tagged, accountFlags(inputs, base), {
    pool: true,
    rounds: 100,
    seed: 5,
  });
  deepEqual(
    [
      t.getColumn("ci_lower").toArray()[0],
      t.getColumn("ci_upper").toArray()[0],
    ],
    [
      pooled.getColumn("ci_lower").toArray()[0],
      pooled.getColumn("ci_upper").toArray()[0],
    ],
  );
});
