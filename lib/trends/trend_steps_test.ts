import pl from "nodejs-polars";
import { deepEqual, equal, ok } from "node:assert/strict";
import {
  conversationShareStep,
  conversationStep,
  studyUtcOffset,
  trendChartStep,
  trendsStep,
  utcLabel,
} from "./trend_steps.ts";
import { testStudy, trendFixture } from "./_testing.ts";

const { sb, org } = trendFixture();

Deno.test("conversationStep() stacks the sets and the baseline at the study's offset", async () => {
  const study = testStudy([sb], org);
  const conv = conversationStep(study);
  deepEqual(conv.text, [
    "Conversation: sb + org (SYNTHETIC demo data). Takedown releases: sb; " +
    "baseline: org. Local time: UTC-4.",
  ]);
  deepEqual(conv.value.set_names, ["sb"]);
  equal(conv.value.utc_offset, -4);
  // The baseline is added when the release does not list it.
  const only = conversationStep(testStudy([sb], org, { releases: [sb] }));
  deepEqual(only.value.releases.map((r) => r.name), ["sb", "org"]);
  // 02:00 UTC on 01-10 is local day 01-09 at UTC−4.
  const late = await conv.value.tagged
    .filter(pl.col("tweet_time").cast(pl.Utf8).str.contains("2021-01-10"))
    .select(pl.col("day").cast(pl.Utf8))
    .collect();
  deepEqual(late.getColumn("day").toArray(), ["2021-01-09"]);
});

Deno.test("studyUtcOffset() prefers --utc-offset over the baseline's", () => {
  const study = testStudy([sb], org);
  equal(studyUtcOffset(study), -4);
  equal(
    studyUtcOffset({ params: { ...study.params, utc_offset: 3 } }),
    3,
  );
  equal(utcLabel(0), "UTC+0");
});

Deno.test("conversationShareStep() gives each release's, the camp's and the top 1 %'s share", async () => {
  const conv = conversationStep(testStudy([sb], org)).value;
  const r = await conversationShareStep(conv);
  deepEqual(r.text, [
    "sb: 20 of 39 tweets (51.3%) from 3 accounts.",
    "org: 19 of 39 tweets (48.7%) from 3 accounts.",
    "accounts of the takedown releases: 20 of 39 tweets (51.3%) from 3 accounts.",
    "top 1% (1 accounts): 9 of 39 tweets (23.1%) from 1 accounts.",
  ]);
  deepEqual(r.value.map((x) => x.kind), [
    "release",
    "release",
    "camp",
    "most active",
  ]);
  equal(r.tables[0].name, "tab06_conversation_share");
});

Deno.test("trendsStep() finds the one trend of #Paz on local day 2021-01-09", async () => {
  const conv = conversationStep(testStudy([sb], org)).value;
  const r = await trendsStep(conv);
  deepEqual(r.value.top_tags, ["paz"]);
  deepEqual(r.tables[0].rows, [{
    trend_id: "paz@2021-01-09",
    hashtag: "paz",
    first_day: "2021-01-09",
    last_day: "2021-01-09",
    n_days: 1,
    n_tweets: 30,
    peak_day: "2021-01-09",
    peak_tweets: 30,
  }]);
  equal(
    r.text[0],
    "2 hashtags; 1 reach 20 tweets on some day; 1 trended at least once, " +
      "in 1 trends (1 trending days).",
  );
  equal(
    r.text[1],
    "The 1 hashtags with the most tweets on trending days: paz.",
  );
  equal(r.text.length, 2); // no other trends
});

Deno.test("trendChartStep() charts each day of the biggest hashtags, days named at the offset", async () => {
  const study = testStudy([sb], org);
  const conv = conversationStep(study).value;
  const found = (await trendsStep(conv)).value;
  const chart = trendChartStep(study, conv, found).charts[0];
  equal(chart.name, "fig06_trends");
  equal((chart.rows as object[]).length, 9); // 2021-01-01 … 01-09
  const spec = JSON.stringify(chart.spec);
  ok(spec.includes("Line: tweets per local day (UTC−4)"));
  ok(spec.includes("Local day (UTC-4)"));
});
