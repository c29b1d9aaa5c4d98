import pl from "nodejs-polars";
import { deepEqual, equal, ok } from "node:assert/strict";
import type { DemoTruth } from "../demo/mod.ts";
import { conversationStep, trendsStep } from "./trend_steps.ts";
import { flagInputsStep } from "./flag_steps.ts";
import {
  inorganicShareStep,
  sensitivityStep,
  trendSharesStep,
} from "./share_steps.ts";
import { testStudy, trendFixture } from "./_testing.ts";

const { sb, org } = trendFixture();
/** #Paz: 20 of its 38 tweets from sb. */
const truth = {
  campaignHashtags: [
    { tag: "Paz", total: 38, inorganic: 20, inorganicShare: 0.526316 },
  ],
} as unknown as DemoTruth;
/** sb's accounts flagged, the others not. */
const flags = pl.DataFrame({
  userid: ["s1", "s2", "s3", "o1", "o2", "o4"],
  flagged: [true, true, true, false, false, false],
});

async function setUp(withTruth: boolean) {
  const study = testStudy([sb], org, { truth: withTruth ? truth : null });
  const conv = conversationStep(study).value;
  return { study, conv, found: (await trendsStep(conv)).value };
}

Deno.test("inorganicShareStep() gives each hashtag's share, interval and planted truth", async () => {
  const { study, conv, found } = await setUp(true);
  const r = await inorganicShareStep(study, conv, flags, found);
  equal(r.value.length, 1);
  const row = r.value[0];
  deepEqual(
    [row.hashtag, row.n_tweets, row.n_accounts, row.n_flagged_accounts],
    ["paz", 38, 6, 3],
  );
  equal(row.share, 20 / 38);
  equal(row.truth, 0.526316);
  ok(row.ci_lower < row.share && row.share < row.ci_upper);
  ok(
    r.text[0].startsWith(
      "paz: 52.63% of 38 tweets from flagged accounts (3 of 6 accounts), 95% CI ",
    ),
  );
  ok(JSON.stringify(r.charts[0].spec).includes("diamond: planted truth"));
  equal(r.charts[0].name, "fig06_inorganic_share");
});

Deno.test("inorganicShareStep() off the demo has no truth column values and no diamond", async () => {
  const { study, conv, found } = await setUp(false);
  const r = await inorganicShareStep(study, conv, flags, found);
  equal(r.value[0].truth, null);
  ok(!JSON.stringify(r.charts[0].spec).includes("planted truth"));
});

Deno.test("trendSharesStep() shares each trend, with its weekday", async () => {
  const { study, conv, found } = await setUp(false);
  const r = await trendSharesStep(study, conv, flags, found);
  equal(r.value.length, 1);
  const row = r.value[0];
  deepEqual(
    [row.unit, row.n_tweets, row.n_flagged_tweets, row.first_day, row.weekday],
    ["paz@2021-01-09", 30, 20, "2021-01-09", 5], // a Saturday
  );
  equal(
    r.text[0],
    "Over the 1 trends of these hashtags the inorganic share averages 66.67% " +
      '(range 66.7%–66.7%), ProBox\'s kind of "on average" number; pooling ' +
      "their tweets instead gives 66.67%. Trends starting on a Saturday or " +
      "Sunday average 66.7%, weekday trends 0.0%: an unweighted mean gives a " +
      "small weekend trend the same weight as a large weekday one.",
  );
});

Deno.test("sensitivityStep() recomputes the pooled share under every variant", async () => {
  const { study, conv, found } = await setUp(true);
  const fi = (await flagInputsStep(study, conv)).value;
  const r = await sensitivityStep(study, conv, fi, found);
  equal(r.value.height, 31);
  const share = (v: string) =>
    r.value.filter(pl.col("variant").eq(pl.lit(v))).getColumn("share").get(0);
  equal(share("default"), 0); // every rate flag needs 10 tweets
  equal(share("only takedown"), 20 / 38);
  equal(share("with fewFollowers, maxFollowers = 500"), 33 / 38);
  equal(
    r.text[0],
    "Default: 0.00% (95% CI 0.0%–0.0%). Across the 31 variants the share " +
      "runs from 0.0% (default) to 100.0% (minTweets = 5).",
  );
  const rows = r.charts[0].rows as { truth: number }[];
  equal(rows[0].truth, 20 / 38);
  equal(r.tables[0].name, "tab06_sensitivity");
});
