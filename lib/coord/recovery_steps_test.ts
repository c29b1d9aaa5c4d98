import { deepEqual, equal } from "node:assert/strict";
import { demoBundlePresent } from "../study/mod.ts";
import { demoPipeline } from "./_steps_testing.ts";
import { demoRecoveryStep } from "./recovery_steps.ts";

const present = demoBundlePresent("lib/coord/recovery_steps_test.ts");

Deno.test({
  name:
    "demoRecoveryStep() scores every step against the planted groups; every check is met",
  ignore: !present,
  fn: async () => {
    const { study, retweets, nulls, groups } = await demoPipeline();
    const res = await demoRecoveryStep(
      study,
      retweets.value,
      nulls.value,
      groups.value,
    );
    const r = res.value!;
    // [flagged, planted flagged, precision, partisans flagged] per method
    deepEqual(
      r.methods.map((m) => [
        m.flagged,
        m.planted_flagged,
        m.precision,
        m.partisans_flagged,
      ]),
      [
        [174, 75, 0.431, 51],
        [101, 75, 0.7426, 16],
        [76, 75, 0.9868, 1],
        [174, 75, 0.431, 51],
        [90, 75, 0.8333, 5],
        [76, 75, 0.9868, 1],
        [75, 75, 1, 0],
      ],
    );
    equal(
      r.methods.at(-1)!.method,
      "… among accounts passing the account test (Holm ≤ 0.05)",
    );
    deepEqual(
      r.groups.map((g) => [g.group, g.members, g.community, g.group_recall]),
      [[1, 35, 0, 1], [2, 24, 1, 1], [3, 16, 2, 1]],
    );
    deepEqual(r.checks.map((c) => c.verdict), ["MET", "MET", "MET", "MET"]);
    deepEqual(res.tables.map((t) => t.name), [
      "tab05_recovery",
      "tab05_recovery_groups",
      undefined,
    ]);
    equal(
      res.text[2],
      "Enthusiastic partisans flagged (final row): 0 of 60 → MET.",
    );
  },
});

Deno.test({
  name: "demoRecoveryStep() says so and checks nothing without a truth",
  ignore: !present,
  fn: async () => {
    const { study, retweets, nulls, groups } = await demoPipeline();
    const res = await demoRecoveryStep(
      { ...study, truth: null },
      retweets.value,
      nulls.value,
      groups.value,
    );
    equal(res.value, null);
    deepEqual(res.text, ["Not the demo bundle: no planted truth to check."]);
    deepEqual(res.tables, []);
  },
});
