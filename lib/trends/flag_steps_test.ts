import { deepEqual, equal } from "node:assert/strict";
import { conversationStep } from "./trend_steps.ts";
import {
  accountFlagsStep,
  flagInputsStep,
  studyFlagConfig,
} from "./flag_steps.ts";
import { DEFAULT_FLAG_CONFIG } from "./flag_config.ts";
import { testStudy, trendFixture } from "./_testing.ts";

const { sb, org } = trendFixture();

Deno.test("studyFlagConfig() is the default configuration with --min-tweets", () => {
  const study = testStudy([sb], org);
  deepEqual(studyFlagConfig(study), {
    ...DEFAULT_FLAG_CONFIG,
    enabled: { ...DEFAULT_FLAG_CONFIG.enabled },
    clientCategories: [...DEFAULT_FLAG_CONFIG.clientCategories],
  });
  const strict = { params: { ...study.params, min_tweets: 20 } };
  equal(studyFlagConfig(strict).minTweets, 20);
});

Deno.test("flagInputsStep() and accountFlagsStep() count each flag per release", async () => {
  const study = testStudy([sb], org);
  const conv = conversationStep(study).value;
  const fi = await flagInputsStep(study, conv);
  deepEqual(fi.text, [
    "Creation bursts: none. Retweet co-action network: 0 pairs with weight " +
    "≥ 2 among 0 accounts; 0 of them survive the null model (200 rounds, " +
    "BH q ≤ 0.05).",
  ]);
  deepEqual(
    fi.value.inputs.takedown!.getColumn("userid").toArray(),
    ["s1", "s2", "s3"],
  );
  const flags = await accountFlagsStep(study, conv, fi.value);
  equal(flags.value.height, 6);
  equal(flags.tables[0].name, "tab06_flags");
  const rows = flags.tables[0].rows as Record<string, unknown>[];
  equal(rows.length, 16); // 2 releases × (7 flags + the combination)
  deepEqual(
    rows.filter((r) => r.source === "sb").map((
      r,
    ) => [r.flag, r.evaluable, r.flagged]),
    [
      ["burst", 3, 0],
      ["automation", 0, 0], // 6 or 7 tweets: below --min-tweets
      ["coordinated", 3, 0],
      ["regular", 0, 0],
      ["officeHours", 0, 0],
      ["fewFollowers", 3, 3],
      ["takedown", 3, 3],
      ["inorganic (default combination)", 3, 0],
    ],
  );
  equal(
    flags.text[0],
    'Enabled by default: burst, automation, coordinated, regular, officeHours (combined with "any").',
  );
  equal(flags.text[6], "- fewFollowers: 100 followers or fewer");
});
