import { deepEqual, equal } from "node:assert/strict";
import { conversationStep, trendsStep } from "./trend_steps.ts";
import { promotionStep } from "./promotion_step.ts";
import { testStudy, trendFixture } from "./_testing.ts";

const { sb, org } = trendFixture();

async function promotion(actor: string | null) {
  const study = testStudy([sb], org, { actor });
  const conv = conversationStep(study).value;
  return await promotionStep(study, conv, (await trendsStep(conv)).value);
}

Deno.test("promotionStep() follows the actor as the ministry group", async () => {
  const r = await promotion("MinX");
  deepEqual(r.value.getColumn("group").toArray(), [
    "ministry (@MinX)",
    "org",
    "sb",
  ]);
  deepEqual(r.value.getColumn("promoted").toArray(), [false, false, true]);
  deepEqual(r.text, [
    "ministry (@MinX): promoted 0 of 1 trends (0 hashtags); on average it " +
    "posted 16.7% of a trend's first 50 tweets, 0.0% of its first hour and " +
    "16.7% of its tweets.",
    "org: promoted 0 of 1 trends (0 hashtags); on average it posted 33.3% " +
    "of a trend's first 50 tweets, 0.0% of its first hour and 33.3% of its " +
    "tweets.",
    "sb: promoted 1 of 1 trends (1 hashtags); on average it posted 66.7% of " +
    "a trend's first 50 tweets, 100.0% of its first hour and 66.7% of its " +
    "tweets. The hashtags it promoted are in 97.4% of all tweets of the " +
    "conversation.",
    "The promotion table has 3 rows: one per trend and group.",
  ]);
  equal(r.tables[0].name, "tab06_promotion");
});

Deno.test("promotionStep() without an actor follows no account and says so", async () => {
  const r = await promotion(null);
  deepEqual(r.value.getColumn("group").toArray(), ["org", "sb"]);
  equal(
    r.text[0],
    "No actor given (--actor): no account is followed as the ministry; " +
      "the groups are the releases' accounts.",
  );
});

Deno.test("promotionStep() says when no account has the actor's screen name", async () => {
  const r = await promotion("Nobody");
  deepEqual(r.value.getColumn("group").toArray(), ["org", "sb"]);
  equal(
    r.text[0],
    "No account of the conversation has the screen name @Nobody (--actor): " +
      "the ministry group is empty.",
  );
});
