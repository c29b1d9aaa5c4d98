import { deepEqual, equal, match } from "node:assert/strict";
import { openStudy, studyParams } from "../study/mod.ts";
import { demoBundlePresent } from "../study/mod.ts";
import {
  COORTWEET_SAMPLE,
  coortweetNullStep,
  coortweetSettingsStep,
} from "./coortweet_steps.ts";

const present = demoBundlePresent("lib/coord/coortweet_steps_test.ts");

Deno.test({
  name:
    "coortweetSettingsStep() and coortweetNullStep() on CooRTweet's Russian retweets",
  ignore: !present,
  fn: async () => {
    await Deno.stat(COORTWEET_SAMPLE); // ships with the project
    const out = await Deno.makeTempDir();
    try {
      const study = await openStudy(
        studyParams({ env: { TAKEDOWN_OUT: out } }),
      );
      const ct = await coortweetSettingsStep(study);
      equal(ct.tables[0].name, "tab05_coortweet");
      deepEqual(
        (ct.tables[0].rows as Record<string, unknown>[]).map((r) => [
          r.actions,
          r.pairs_any,
          r.edges,
          r.accounts,
          r.max_weight,
          r.median_weight,
          r.edges_above_median,
        ]),
        [
          [35124, 6206, 32, 58, 4, 2, 3],
          [35124, 1092, 1092, 1525, 3, 1, 5],
          [35124, 6206, 6206, 3954, 4, 1, 63],
        ],
      );
      equal(ct.value.network.n_pairs, 32);

      const res = await coortweetNullStep(study, ct.value);
      equal(res.tables[0].name, "tab05_coortweet_communities");
      const rows = res.tables[0].rows as Record<string, unknown>[];
      equal(rows.length, 10);
      deepEqual(rows[0], {
        community: 0,
        size: 4,
        internal_edges: 3,
        internal_weight: 6,
        top_objects: "00dab5b6ff… (4); fb32b30783… (3)",
      });
      match(res.text.at(-2)!, /^Null model \(shuffled times, 1000 rounds\): /);
      equal(
        res.text.at(-1),
        "Saved networks/net05_coortweet_w60_k2_significant.gexf and its tables.",
      );
    } finally {
      await Deno.remove(out, { recursive: true });
    }
  },
});
