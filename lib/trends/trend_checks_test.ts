import pl from "nodejs-polars";
import { deepEqual, equal } from "node:assert/strict";
import type { DemoTruth } from "../demo/mod.ts";
import {
  flagErrorChecks,
  hashtagTruthChecks,
  NO_TRUTH,
  pooledTruthCheck,
  pooledTruthShare,
} from "./trend_checks.ts";

const truth = {
  campaignHashtags: [
    { tag: "DemoA", total: 100, inorganic: 80, inorganicShare: 0.8 },
    { tag: "DemoB", total: 300, inorganic: 60, inorganicShare: 0.2 },
  ],
} as unknown as DemoTruth;

Deno.test("hashtagTruthChecks() checks each campaign hashtag's interval", () => {
  const r = hashtagTruthChecks(truth, [
    { hashtag: "demoa", share: 0.79, ci_lower: 0.7, ci_upper: 0.85 },
    { hashtag: "demob", share: 0.3, ci_lower: 0.25, ci_upper: 0.35 },
    { hashtag: "other", share: 0.1, ci_lower: 0, ci_upper: 0.2 },
  ]);
  deepEqual(r.value, [
    {
      check: "demoa",
      expected: "80.00% inside the 95% interval",
      observed: "79.00% (95% CI 70.00%–85.00%)",
      verdict: "MET",
    },
    {
      check: "demob",
      expected: "20.00% inside the 95% interval",
      observed: "30.00% (95% CI 25.00%–35.00%)",
      verdict: "NOT MET",
    },
  ]);
  deepEqual(r.text, [
    "Is each hashtag's planted share inside its 95% interval? 1 of 2 checks met.",
  ]);
  deepEqual(hashtagTruthChecks(null, []).text, [NO_TRUTH]);
  deepEqual(hashtagTruthChecks(null, []).tables, []);
});

Deno.test("pooledTruthShare() pools the planted counts, not the shares", () => {
  equal(pooledTruthShare(truth, ["demoa", "demob"]), 140 / 400);
  equal(pooledTruthShare(truth, ["demoa", "other"]), null);
  equal(pooledTruthShare(null, ["demoa"]), null);
});

Deno.test("pooledTruthCheck() reads the default row of the sensitivity table", () => {
  const sens = pl.DataFrame({
    variant: ["default", "only burst"],
    share: [0.36, 0.1],
    ci_lower: [0.3, 0.05],
    ci_upper: [0.4, 0.15],
  });
  const r = pooledTruthCheck(truth, ["demoa", "demob"], sens);
  deepEqual(r.value, [{
    check: "the 2 hashtags pooled",
    expected: "35.00% inside the 95% interval",
    observed: "36.00% (95% CI 30.00%–40.00%)",
    verdict: "MET",
  }]);
  deepEqual(pooledTruthCheck(null, [], sens).text, [NO_TRUTH]);
});

Deno.test("flagErrorChecks() counts flagged takedown and baseline accounts", () => {
  const inputs = {
    followers: pl.DataFrame({
      userid: ["t1", "t2", "b1", "b2", "b3"],
      follower_count: [10, 20, 30, 5000, 50],
    }),
    takedown: pl.DataFrame({ userid: ["t1", "t2"], takedown: ["r", "r"] }),
  };
  const flags = pl.DataFrame({
    userid: ["t1", "t2", "b1", "b2", "b3"],
    flagged: [true, true, false, false, true],
  });
  const base = {
    enabled: {
      burst: false,
      automation: false,
      coordinated: false,
      regular: false,
      officeHours: false,
      fewFollowers: false,
      takedown: true,
    },
    combine: "any" as const,
    minTweets: 10,
    clientShare: 0.5,
    clientCategories: ["automation" as const],
    coordinationMinWeight: 10,
    coordinationMinCommunity: 3,
    regularity: 0.5,
    officeHoursShare: 0.7,
    maxFollowers: 100,
  };
  const r = flagErrorChecks(truth, inputs, flags, base);
  deepEqual(r.value.map((c) => [c.check, c.expected, c.observed, c.verdict]), [
    ["default: takedown flagged", "2 of 2", "2 of 2", "MET"],
    ["default: baseline flagged", "0 of 3", "1 of 3", "NOT MET"],
    ["coordination at weight ≥ 2: baseline flagged", "0 of 3", "0 of 3", "MET"],
    ["plus few followers: baseline flagged", "0 of 3", "2 of 3", "NOT MET"],
  ]);
  equal(
    r.text[0],
    "Default flags: 2 of 2 accounts of the takedown releases flagged; 1 of 3 " +
      "baseline accounts flagged (false positives).",
  );
  deepEqual(flagErrorChecks(null, inputs, flags).text, [NO_TRUTH]);
});
