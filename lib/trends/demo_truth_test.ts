/**
 * On the synthetic demo bundle, the default flags must bracket every
 * campaign hashtag's true inorganic share (TRUTH.json) with the reported
 * cluster-bootstrap interval, and flag every takedown account. Runs the
 * steps of notebook 06 on the opened demo study. Skipped when the bundle is
 * not generated.
 */
import { deepEqual, equal } from "node:assert/strict";
import { demoBundlePresent, openStudy, studyParams } from "../study/mod.ts";
import {
  accountFlagsStep,
  conversationStep,
  flagErrorChecks,
  flagInputsStep,
  hashtagTruthChecks,
  inorganicShare,
  studyFlagConfig,
} from "./mod.ts";

const present = demoBundlePresent("lib/trends/demo_truth_test.ts");

Deno.test({
  name:
    "hashtagTruthChecks() and flagErrorChecks() on the demo: every planted share inside its interval, every takedown account flagged",
  ignore: !present,
  fn: async () => {
    const out = await Deno.makeTempDir();
    try {
      const study = await openStudy(
        studyParams({ env: { TAKEDOWN_OUT: out } }),
      );
      const truth = study.truth!;
      const conv = conversationStep(study).value;
      const fi = (await flagInputsStep(study, conv)).value;
      const flags = (await accountFlagsStep(study, conv, fi)).value;
      const tags = truth.campaignHashtags.map((c) => c.tag);
      const shares = await inorganicShare(conv.tagged, flags, {
        hashtags: tags,
        rounds: 1000,
        seed: study.params.seed,
      });
      const rows = shares.toRecords().map((r) => ({
        hashtag: r.unit as string,
        n_tweets: r.n_tweets as number,
        share: r.share as number,
        ci_lower: r.ci_lower as number,
        ci_upper: r.ci_upper as number,
      }));
      for (const c of truth.campaignHashtags) {
        const r = rows.find((x) => x.hashtag === c.tag.toLowerCase())!;
        equal(r.n_tweets, c.total, `${c.tag}: tweets counted`);
      }
      const checks = hashtagTruthChecks(truth, rows);
      equal(checks.value.length, tags.length);
      deepEqual(
        checks.value.filter((c) => c.verdict !== "MET"),
        [],
        checks.value.map((c) => `${c.check}: ${c.observed}`).join("\n"),
      );
      const errors = flagErrorChecks(
        truth,
        fi.inputs,
        flags,
        studyFlagConfig(study),
      );
      deepEqual(errors.value.map((c) => c.observed), [
        "500 of 500",
        "3 of 1500",
        "54 of 1500",
        "412 of 1500",
      ]);
    } finally {
      await Deno.remove(out, { recursive: true });
    }
  },
});
