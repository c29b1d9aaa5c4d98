/**
 * The cadence steps of notebook 03 on a hand-made study: a set posting
 * 13:00–21:30 UTC on weekdays (09:00–17:30 at UTC−4) against a baseline
 * posting 09:00–17:30 UTC whose known offset is 0.
 */
import { deepEqual, equal, match, ok } from "node:assert/strict";
import { officeStudy } from "./_study_fixture.ts";

// deno-lint-ignore no-explicit-any
const rowsOf = (t: { rows: unknown }) => t.rows as Record<string, any>[];
import { accountOffsetsStep } from "./account_offsets_step.ts";
import { activityStep, clientMixStep } from "./cadence_activity_steps.ts";
import { behaviourStep } from "./cadence_behaviour_steps.ts";
import { cadenceDemoChecks } from "./cadence_checks.ts";
import {
  cadenceComparisonStep,
  type CompareGroups,
} from "./cadence_comparison_step.ts";
import { gapsStep, intervalsStep } from "./cadence_gap_steps.ts";
import { offsetFitStep } from "./cadence_offset_steps.ts";
import { localWeekStep, utcWeekStep } from "./cadence_week_steps.ts";

const study = officeStudy();

Deno.test("utcWeekStep() counts by UTC hour and words the busiest hour", async () => {
  const r = await utcWeekStep(study);
  const m = r.value.get("s")!;
  equal(m.n_tweets, 180);
  // 2 accounts × 5 days × 2 tweets in each hour 13 … 21
  deepEqual(m.by_hour.slice(12, 23), [
    0,
    20,
    20,
    20,
    20,
    20,
    20,
    20,
    20,
    20,
    0,
  ]);
  match(
    r.text[0],
    /^s: 180 tweets with a time \(0 without\); busiest UTC hour 13:00 \(11\.1%\), quietest 0:00 \(0\.0%\); 0\.0% on UTC Saturdays/,
  );
  equal(r.charts[0].name, "fig03_weekday_hour_utc");
  equal(rowsOf(r.charts[0]).length, 2 * 168);
});

Deno.test("offsetFitStep() and localWeekStep() find the set's day at UTC−4 and keep the baseline at its offset", async () => {
  const utc = await utcWeekStep(study);
  const fit = await offsetFitStep(study, utc.value);
  const f = fit.value.fits.get("s")!;
  equal(f.closest, "human"); // the baseline's own day, shifted: distance 0
  equal(f.utc_offset, -4);
  deepEqual(fit.value.local.get("s"), {
    utc_offset: -4,
    source: "inferred",
    template: "human",
  });
  equal(fit.value.local.get("b")!.source, "baseline");
  equal(fit.value.local.get("b")!.utc_offset, 0);
  equal(rowsOf(fit.tables[0]).length, 6);
  const week = await localWeekStep(study, fit.value);
  deepEqual(
    week.value.map((w) => [w.release, w.offset_source, w.working_hours_share]),
    [["s", "human-day fit", 1], ["b", "baseline's known offset", 1]],
  );
  match(week.text[0], /^s at UTC−4: 100\.0% of tweets in local office hours/);
  const accounts = await accountOffsetsStep(study, fit.value);
  deepEqual(accounts.tables[0].rows, [
    { release: "s", closest: "human", utc_offset: -4, accounts: 2 },
    { release: "b", closest: "human", utc_offset: 0, accounts: 2 },
  ]);
});

Deno.test("gapsStep() and intervalsStep() see 30-minute gaps and no regular poster", async () => {
  const gaps = await gapsStep(study);
  const s = gaps.value.filter((g) => g.release === "s");
  // per account 5 × 17 gaps of 30 minutes and 4 overnight gaps
  equal(s[30].gaps, 170);
  equal(s.reduce((n, g) => n + g.gaps, 0), 170);
  match(gaps.text[0], /178 gaps from 2 accounts; 0 \(0\.00%\) are 0/);
  match(gaps.text[0], /4\.5% are longer than an hour/);
  const iv = await intervalsStep(study);
  deepEqual(iv.value.regular, []);
  const row = rowsOf(iv.tables[0])[0];
  deepEqual(row, {
    release: "s",
    accounts_with_10_tweets: 2,
    accounts_with_fewer: 0,
    median_of_median_gap_minutes: 30,
    median_burstiness: row.median_burstiness,
    share_burstiness_below_0: 0,
    median_memory: row.median_memory,
    regular_accounts: 0,
  });
});

Deno.test("activityStep(), clientMixStep() and behaviourStep() summarise each group", async () => {
  const act = await activityStep(study);
  equal(act.value[0].accounts, 2);
  equal(act.value[0].median_tweets_per_active_day, 18);
  equal(act.value[0].max_peak_hour, 2);
  const clients = await clientMixStep(study);
  equal(clients.value.get("s")!.by_category.automation, 180);
  match(
    clients.text[0],
    /^s: automation 100\.0%\. Top client Patria Publisher/,
  );
  match(clients.text[0], /100\.0% of accounts post at least half/);
  const b = await behaviourStep(study);
  equal(b.value.mixes[0].original_share, 1);
  deepEqual(b.value.domains, []);
  deepEqual(
    rowsOf(b.charts[0]).slice(0, 4).map((r) => r.percent),
    [0, 0, 0, 100],
  );
});

Deno.test("cadenceComparisonStep() renames the comparison's fields per set and names the largest differences", async () => {
  const seen: string[][] = [];
  const compare: CompareGroups = (_a, _b, o) => {
    seen.push([...o.metrics!]);
    return o.metrics!.map((metric, i) => ({
      metric,
      n_a: 2,
      n_b: 2,
      median_a: i,
      median_b: 0,
      effect: i === 3 ? -1 : i / 10,
      effect_ci: [0, 1],
      mwu_p: 0.5,
      q: 0.5,
    }));
  };
  const utc = await utcWeekStep(study);
  const fit = await offsetFitStep(study, utc.value);
  const r = await cadenceComparisonStep(study, fit.value, compare);
  equal(seen.length, 1);
  equal(r.value.length, 10);
  deepEqual(r.value[3], {
    release: "s",
    baseline: "b",
    metric: "peak_tweets_minute",
    n_set: 2,
    n_baseline: 2,
    median_set: 3,
    median_baseline: 0,
    cliffs_delta: -1,
    delta_ci_low: 0,
    delta_ci_high: 1,
    mwu_p: 0.5,
    q: 0.5,
  });
  match(
    r.text[0],
    /^s, largest differences from the baseline: peak_tweets_minute \(median 3 vs 0, delta -1\.00\); urls_per_tweet/,
  );
});

Deno.test("cadenceDemoChecks() says there is nothing to check off the demo", async () => {
  const r = await cadenceDemoChecks(study, {} as never);
  deepEqual(r.value, []);
  deepEqual(r.text, ["Not the demo bundle: no planted truth to check."]);
  ok(r.tables.length === 0);
});
