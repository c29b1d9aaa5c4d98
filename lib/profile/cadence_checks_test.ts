/**
 * Notebook 03's steps on the demo bundle recover what the generator planted
 * (`data/demo/releases/TRUTH.json`); skipped without the bundle.
 */
import { deepEqual, equal } from "node:assert/strict";
import { comparisonTable } from "../stats/comparison_table.ts";
import { demoBundlePresent, openStudy, studyParams } from "../study/mod.ts";
import { accountOffsetsStep } from "./account_offsets_step.ts";
import { clientMixStep } from "./cadence_activity_steps.ts";
import { behaviourStep } from "./cadence_behaviour_steps.ts";
import { cadenceDemoChecks } from "./cadence_checks.ts";
import { cadenceComparisonStep } from "./cadence_comparison_step.ts";
import { intervalsStep } from "./cadence_gap_steps.ts";
import { offsetFitStep } from "./cadence_offset_steps.ts";
import { utcWeekStep } from "./cadence_week_steps.ts";

Deno.test({
  name:
    "cadenceDemoChecks() recovers every planted posting pattern of the demo",
  ignore: !demoBundlePresent("lib/profile/cadence_checks_test.ts"),
  async fn() {
    const out = await Deno.makeTempDir();
    const study = await openStudy(
      studyParams({ env: { TAKEDOWN_OUT: out } }),
    );
    const truth = study.truth!;
    const utc = await utcWeekStep(study);
    const offsets = await offsetFitStep(study, utc.value);
    const sb = offsets.value.fits.get("demo_statebacked")!;
    equal(sb.closest, "office");
    equal(sb.utc_offset, truth.statebacked.officeHours.utcOffsetHours);
    equal(sb.office.distance.toFixed(3), "0.012");
    equal(sb.human.utc_offset, 1); // a leisure day would put the office at UTC+1
    equal(offsets.value.fits.get("demo_unattributed")!.closest, "flat");
    deepEqual(offsets.value.local.get("demo_unattributed"), {
      utc_offset: -4,
      source: "no_rhythm",
      template: "flat",
    });
    const accountFits = await accountOffsetsStep(study, offsets.value);
    const intervals = await intervalsStep(study);
    equal(
      intervals.value.regular.length,
      truth.statebacked.regularPosters.userids.length,
    );
    const checks = await cadenceDemoChecks(study, {
      offsets: offsets.value,
      accountFits: accountFits.value,
      intervals: intervals.value,
      clients: (await clientMixStep(study)).value,
      behaviour: (await behaviourStep(study)).value,
    });
    deepEqual(checks.value.map((c) => c.verdict), Array(7).fill("MET"));
    equal(checks.value[1].observed, "0.973167 (47003 of 48299 tweets)");
    equal(
      checks.text[1],
      "Per account: 254 of 257 fitted accounts of demo_statebacked are closest to an office day at UTC−4.",
    );
    const comparison = await cadenceComparisonStep(
      study,
      offsets.value,
      comparisonTable,
    );
    const wh = comparison.value.find((c) =>
      c.release === "demo_statebacked" && c.metric === "working_hours_share"
    )!;
    equal(wh.cliffs_delta.toFixed(2), "0.95");
    await Deno.remove(out, { recursive: true });
  },
});
