import { deepEqual, equal } from "node:assert/strict";
import { comparisonTable } from "../stats/mod.ts";
import { demoBundlePresent } from "../study/mod.ts";
import { usersFrame } from "./_frames.ts";
import {
  creationRelease,
  creationStudy,
  demoStudy,
} from "./creation_testing.ts";
import {
  type CompareGroups,
  followerRatioStep,
  profileComparisonStep,
} from "./signals_comparison_steps.ts";
import { profileSignalsStep } from "./signals_steps.ts";

const HASH = "MUqZv6hxFW92V7lxJyf35c8BU8esdxS6IoV1QGiwwtQ=";

// P: a default handle, an ordinary handle and a hashed name; ratios 2, 0
// and none (following nobody).
const P = creationRelease(
  "P",
  usersFrame({
    userid: ["p1", "p2", "p3"],
    user_screen_name: ["maria12345678", "RealHandle", HASH],
    user_profile_description: [null, "hi", null],
    follower_count: [10, 0, 3],
    following_count: [5, 4, 0],
  }),
);
// H: one hashed account.
const H = creationRelease(
  "H",
  usersFrame({
    userid: ["h1"],
    user_screen_name: [HASH],
    user_profile_url: ["https://example.org"],
    follower_count: [1],
    following_count: [1],
  }),
);

Deno.test("profileSignalsStep() gives the shares and medians of each release", async () => {
  const r = await profileSignalsStep(creationStudy([P], H));
  deepEqual(r.tables[0].rows, [{
    release: "P",
    accounts: 3,
    hashed_screen_name_share: 1 / 3,
    default_handle_tested_on: 2,
    default_handle_share: 0.5,
    empty_profile_share: 2 / 3,
    median_follower_following_ratio: 1,
    median_followers: 3,
    median_following: 4,
  }, {
    release: "H",
    accounts: 1,
    hashed_screen_name_share: 1,
    default_handle_tested_on: 0,
    default_handle_share: null,
    empty_profile_share: 0,
    median_follower_following_ratio: 1,
    median_followers: 1,
    median_following: 1,
  }]);
  equal(r.tables[0].name, "tab02_profile_signals");
  equal(
    (r.tables[0].display as Record<string, unknown>[])[0]
      .hashed_screen_name_share,
    0.3333,
  );
  deepEqual(r.text, [
    "P: 33.3% hashed screen names; default handles 50.0% of the 2 unhashed " +
    "names; 66.7% empty profiles; median follower/following ratio 1.000 " +
    "(median 3 followers, 4 following).",
    "H: 100.0% hashed screen names; default-handle test not applicable " +
    "(every screen name is hashed); 0.0% empty profiles; median " +
    "follower/following ratio 1.000 (median 1 followers, 1 following).",
  ]);
  deepEqual(r.value.get("P")!.follower_following_ratio, [2, 0, null]);
  deepEqual(r.value.get("P")!.empty_profile, [1, 0, 1]);
});

Deno.test("profileComparisonStep() renames the comparison's fields and words the ratio", async () => {
  const study = creationStudy([P], H);
  const metrics = (await profileSignalsStep(study)).value;
  const calls: unknown[] = [];
  const compare: CompareGroups = (a, b, options) => {
    calls.push([Object.keys(a), b.followers, options]);
    return [{
      metric: "follower_following_ratio",
      n_a: 2,
      n_b: 1,
      median_a: 1,
      median_b: 1,
      effect: -0.25,
      effect_ci: [-0.5, 0.125],
      mwu_p: 0.5,
      q: 0.75,
    }];
  };
  const r = profileComparisonStep(study, metrics, compare);
  deepEqual(calls, [[
    ["follower_following_ratio", "followers", "following", "empty_profile"],
    [1],
    { seed: study.params.seed },
  ]]);
  deepEqual(r.value, [{
    release: "P",
    baseline: "H",
    metric: "follower_following_ratio",
    n_set: 2,
    n_baseline: 1,
    median_set: 1,
    median_baseline: 1,
    cliffs_delta: -0.25,
    delta_ci_low: -0.5,
    delta_ci_high: 0.125,
    mwu_p: 0.5,
    q: 0.75,
  }]);
  deepEqual(r.text, [
    "P: follower/following ratio median 1.000 vs 1.000 in the baseline; " +
    "Cliff's delta -0.25 (95% CI -0.50 to 0.13), q = 7.50e-1.",
  ]);
  equal(r.tables[0].name, "tab02_profile_comparison");
});

Deno.test("followerRatioStep() leaves out ratios of 0 and none, and counts them", async () => {
  const study = creationStudy([P], H);
  const r = followerRatioStep(study, (await profileSignalsStep(study)).value);
  deepEqual(r.value, [
    { release: "P", left_out: 2, accounts: 3 },
    { release: "H", left_out: 0, accounts: 1 },
  ]);
  equal(
    r.text[0],
    "P: 2 of 3 accounts left out of the ratio chart (ratio 0 or undefined).",
  );
  equal(r.charts[0].name, "fig02_follower_ratio");
  deepEqual(r.charts[0].rows, [
    { group: "P", value: 2, ecdf: 1 },
    { group: "H", value: 1, ecdf: 1 },
  ]);
});

Deno.test({
  name: "profileComparisonStep() on the demo compares each set on four metrics",
  ignore: !demoBundlePresent("lib/profile/signals_steps_test.ts"),
  fn: async () => {
    const { study, out } = await demoStudy();
    try {
      const metrics = (await profileSignalsStep(study)).value;
      const r = profileComparisonStep(study, metrics, comparisonTable);
      const t = study.truth!;
      deepEqual(
        r.value.filter((c) => c.metric === "followers").map((c) => [
          c.release,
          c.n_set,
          c.n_baseline,
        ]),
        [
          ["demo_statebacked", t.statebacked.accounts, t.organic.accounts],
          ["demo_unattributed", t.unattributed.accounts, t.organic.accounts],
        ],
      );
      equal(r.value.length, 8);
    } finally {
      await Deno.remove(out, { recursive: true });
    }
  },
});
