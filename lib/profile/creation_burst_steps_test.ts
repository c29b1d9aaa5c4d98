import { deepEqual, equal, ok } from "node:assert/strict";
import { demoBundlePresent } from "../study/mod.ts";
import { usersFrame } from "./_frames.ts";
import {
  burstDayRows,
  creationBurstsStep,
  uncorrectedDaysStep,
} from "./creation_burst_steps.ts";
import type { BurstDay, CreationBursts } from "./creation_bursts.ts";
import {
  creationRelease,
  creationStudy,
  demoStudy,
} from "./creation_testing.ts";

const close = (a: number, b: number, tol = 1e-9) =>
  ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} vs ${b}`);

/** P(X ≥ c) for X ~ Poisson(λ), summed by hand. */
function upperTail(c: number, lambda: number): number {
  let term = Math.exp(-lambda);
  let below = 0;
  for (let k = 0; k < c; k++) {
    below += term;
    term *= lambda / (k + 1);
  }
  return 1 - below;
}

function users(byDay: Record<string, number>, prefix: string) {
  const ids: string[] = [];
  const dates: string[] = [];
  for (const [d, n] of Object.entries(byDay)) {
    for (let i = 0; i < n; i++) {
      ids.push(`${prefix}${ids.length}`);
      dates.push(d);
    }
  }
  return usersFrame({ userid: ids, account_creation_date: dates });
}

// S: 10 accounts on 2020-01-01 and 1 on 2020-01-03 (span 3 days). The
// baseline has one account on each of the three days, so every 7-day window
// holds 3 of them: equal weights, λ = 11 / 3 on each day.
const S = creationRelease(
  "S",
  users({ "2020-01-01": 10, "2020-01-03": 1 }, "s"),
);
const B = creationRelease(
  "B",
  users({ "2020-01-01": 1, "2020-01-02": 1, "2020-01-03": 1 }, "b"),
);

Deno.test("creationBurstsStep() tests each set against the baseline: λ, p and BH q by hand", async () => {
  const r = await creationBurstsStep(creationStudy([S], B));
  const s = r.value.sets.get("S")!;
  const lambda = 11 / 3;
  const p = [upperTail(10, lambda), upperTail(1, lambda)];
  deepEqual(s.days.map((d) => d.count), [10, 1]);
  s.days.forEach((d, i) => {
    close(d.expected, lambda);
    close(d.p, p[i]);
  });
  close(s.days[0].q, p[0] * 2); // smallest of two p-values: × 2 / 1
  close(s.days[1].q, p[1]);
  deepEqual(s.bursts.map((d) => d.date), ["2020-01-01"]);
  const days = r.tables[0];
  equal(days.name, "tab02_burst_days");
  deepEqual(days.rows, [{
    release: "S",
    date: "2020-01-01",
    count: 10,
    expected: Number(lambda.toPrecision(6)),
    p: s.days[0].p,
    q: s.days[0].q,
    n_accounts: 10,
  }]);
  const shown = (days.display as Record<string, unknown>[])[0];
  equal(shown.expected, "3.667");
  equal(shown.p, s.days[0].p.toExponential(2));
});

Deno.test("creationBurstsStep() summarises each set and the uniform-rate control", async () => {
  const r = await creationBurstsStep(creationStudy([S], B));
  const summary = r.tables[1];
  equal(summary.name, "tab02_burst_summary");
  equal(summary.show, false);
  deepEqual(summary.rows, [{
    release: "S",
    expected_from: "B (7-day window, pseudocount 1)",
    accounts: 11,
    first_day: "2020-01-01",
    last_day: "2020-01-03",
    days_in_span: 3,
    days_tested: 2,
    days_p_below_005: 1,
    burst_days: 1,
    accounts_in_bursts: 10,
    share_in_bursts: 10 / 11,
  }, {
    release: "B",
    expected_from: "uniform rate over the span",
    accounts: 3,
    first_day: "2020-01-01",
    last_day: "2020-01-03",
    days_in_span: 3,
    days_tested: 3,
    days_p_below_005: 0,
    burst_days: 0,
    accounts_in_bursts: 0,
    share_in_bursts: 0,
  }]);
  deepEqual(r.text, [
    "S: 2 creation days tested (span 3 days, expectation from B (7-day " +
    "window, pseudocount 1)); days with p ≤ 0.05 before correction: 1; " +
    "burst days after Benjamini–Hochberg (q ≤ 0.05, ≥ 3 accounts): 1. 10 " +
    "of 11 accounts (90.9%) were created on burst days.",
    "B: 3 creation days tested (span 3 days, expectation from uniform rate " +
    "over the span); days with p ≤ 0.05 before correction: 0; burst days " +
    "after Benjamini–Hochberg (q ≤ 0.05, ≥ 3 accounts): 0. 0 of 3 accounts " +
    "(0.0%) were created on burst days.",
    "The baseline itself, tested against a uniform rate, is the control: 0 " +
    "of its days pass p ≤ 0.05 by chance and 0 survive the correction.",
  ]);
});

Deno.test("creationBurstsStep() uses the study's alpha as the q threshold", async () => {
  const study = creationStudy([S], B);
  study.params = { ...study.params, alpha: 0.001 };
  const r = await creationBurstsStep(study);
  equal(r.value.sets.get("S")!.bursts.length, 0); // q ≈ 0.0072 > 0.001
  ok(r.text[0].includes("(q ≤ 0.001, ≥ 3 accounts): 0."), r.text[0]);
  deepEqual(r.tables[0].rows, []);
});

function day(date: string, count: number, p: number, q: number): BurstDay {
  return { date, count, expected: 0.0123, p, q, userids: [] };
}

function tested(days: BurstDay[]): CreationBursts {
  return {
    method: "baseline",
    n_accounts: 0,
    n_missing: 0,
    first_day: null,
    last_day: null,
    n_days_span: 0,
    window_days: 3,
    pseudocount: 1,
    alpha: 0.05,
    min_count: 3,
    days,
    bursts: days.filter((d) => d.q <= 0.05 && d.count >= 3),
    n_in_bursts: 0,
    share_in_bursts: null,
  };
}

Deno.test("uncorrectedDaysStep() lists the days with p ≤ alpha that are not burst days", () => {
  const sets = new Map([[
    "S",
    tested([
      day("2020-01-01", 2, 1e-4, 2e-4), // too few accounts
      day("2020-01-02", 5, 0.01, 0.2), // q above alpha
      day("2020-01-03", 5, 0.001, 0.01), // a burst day
      day("2020-01-04", 1, 0.5, 0.6), // not significant
    ]),
  ]]);
  const r = uncorrectedDaysStep({ sets, baseline: tested([]) });
  deepEqual(r.value.map((d) => d.date), ["2020-01-01", "2020-01-02"]);
  equal(
    r.text[0],
    "2 days would be called bursts at p ≤ 0.05 without the correction; " +
      "they are not burst days here:",
  );
  deepEqual((r.tables[0].rows as Record<string, unknown>[])[0], {
    release: "S",
    date: "2020-01-01",
    count: 2,
    expected: "0.012",
    p: "1.00e-4",
    q: "2.00e-4",
  });
  equal(burstDayRows(sets).length, 1);
});

Deno.test("uncorrectedDaysStep() says so when there is no such day", () => {
  const sets = new Map([["S", tested([day("2020-01-03", 5, 0.001, 0.01)])]]);
  const r = uncorrectedDaysStep({ sets, baseline: tested([]) });
  deepEqual(r.value, []);
  deepEqual(r.tables, []);
  deepEqual(r.text, ["No day passes p ≤ 0.05 without being a burst day."]);
});

Deno.test({
  name: "creationBurstsStep() on the demo finds exactly the planted burst days",
  ignore: !demoBundlePresent("lib/profile/creation_burst_steps_test.ts"),
  fn: async () => {
    const { study, out } = await demoStudy();
    try {
      const r = await creationBurstsStep(study);
      const sb = r.value.sets.get("demo_statebacked")!;
      const planted = study.truth!.statebacked.burstDays;
      deepEqual(sb.bursts.map((d) => d.date), planted.map((d) => d.date));
      deepEqual(sb.bursts.map((d) => d.userids), planted.map((d) => d.userids));
      equal(r.value.baseline.bursts.length, 0); // the control
    } finally {
      await Deno.remove(out, { recursive: true });
    }
  },
});
