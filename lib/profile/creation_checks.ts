/**
 * Does notebook 02 find the creation batches planted in the demo? Checks of
 * the burst test against the demo's `TRUTH.json`.
 *
 * @module
 */
import type { DemoTruth } from "../demo/mod.ts";
import {
  fmtP,
  pct,
  type StepResult,
  stepResult,
  type Study,
  verdict,
} from "../study/mod.ts";
import type { CreationBursts } from "./creation_bursts.ts";
import type { CreationBurstsValue } from "./creation_burst_steps.ts";
import type { CheckRow } from "../study/mod.ts";

/**
 * Checks the burst test against the demo's planted truth: each planted
 * burst day of `demo_statebacked` found with the same accounts, no other
 * burst day, the share created in bursts; the planted two-day batch of
 * `demo_unattributed` counted day by day and recovered as the set's span.
 * Runs only on the demo (`study.truth`); otherwise says so.
 *
 * @param study An opened study.
 * @param bursts The value of `creationBurstsStep`.
 * @returns The check table (check, expected, observed, verdict) and the
 *   findings in words.
 */
export function creationBurstChecks(
  study: Pick<Study, "truth">,
  bursts: CreationBurstsValue,
): StepResult<CheckRow[]> {
  const truth = study.truth;
  if (!truth) {
    return stepResult([], {
      text: ["Not the demo bundle: no planted truth to check."],
    });
  }
  const sb = bursts.sets.get("demo_statebacked");
  const un = bursts.sets.get("demo_unattributed");
  const rows = [
    ...statebackedChecks(truth, sb),
    ...unattributedChecks(truth, un),
  ];
  const met = rows.filter((r) => r.verdict === "MET").length;
  return stepResult(rows, {
    text: [
      ...(sb ? [statebackedSentence(truth, sb)] : []),
      ...(un ? [unattributedSentence(un)] : []),
      `${met} of ${rows.length} checks met.`,
    ],
    tables: [{ rows }],
  });
}

/** A check row for a set the study does not hold. */
function missingSet(name: string): CheckRow {
  return {
    check: `${name} is studied`,
    expected: "a set of the study",
    observed: "not among the sets",
    verdict: verdict(false),
  };
}

/** Whether a found burst day holds exactly the planted accounts. */
function sameAccounts(
  hit: { count: number; userids: string[] } | undefined,
  planted: { count: number; userids: string[] },
): boolean {
  return hit !== undefined && hit.count === planted.count &&
    [...hit.userids].sort().join() === [...planted.userids].sort().join();
}

/** The planted burst days of demo_statebacked, recovered one by one. */
export function statebackedChecks(
  truth: DemoTruth,
  b: CreationBursts | undefined,
): CheckRow[] {
  if (!b) return [missingSet("demo_statebacked")];
  const planted = truth.statebacked.burstDays;
  const days = planted.map((p): CheckRow => {
    const hit = b.bursts.find((d) => d.date === p.date);
    const same = sameAccounts(hit, p);
    return {
      check: `demo_statebacked: burst day ${p.date}`,
      expected: `a burst of the ${p.count} planted accounts`,
      observed: hit
        ? `a burst of ${hit.count} (expected ${hit.expected.toFixed(2)}, ` +
          `q = ${fmtP(hit.q)}), same accounts: ${same ? "yes" : "NO"}`
        : "not a burst day",
      verdict: verdict(same),
    };
  });
  const other = b.bursts.filter((d) => !planted.some((p) => p.date === d.date));
  const total = planted.reduce((a, d) => a + d.count, 0);
  const accounts = truth.statebacked.accounts;
  return [...days, {
    check: "demo_statebacked: no other burst day",
    expected: "0 other burst days",
    observed: `${other.length} other burst days` +
      (other.length ? ` (${other.map((d) => d.date).join(", ")})` : ""),
    verdict: verdict(other.length === 0),
  }, {
    check: "demo_statebacked: share created on burst days",
    expected: `${pct(total / accounts)} (${total} of ${accounts})`,
    observed: `${pct(b.share_in_bursts)} (${b.n_in_bursts} of ` +
      `${b.n_accounts})`,
    verdict: verdict(b.n_in_bursts === total && b.n_accounts === accounts),
  }];
}

function statebackedSentence(truth: DemoTruth, b: CreationBursts): string {
  const planted = truth.statebacked.burstDays;
  const found =
    planted.filter((p) =>
      sameAccounts(b.bursts.find((d) => d.date === p.date), p)
    ).length;
  const total = planted.reduce((a, d) => a + d.count, 0);
  const accounts = truth.statebacked.accounts;
  return `demo_statebacked: ${found} of ${planted.length} planted burst ` +
    "days recovered, no other burst day: " +
    `${b.bursts.length === found ? "yes" : "NO"}; share in bursts ` +
    `${pct(b.share_in_bursts)} (planted ${total} of ${accounts} = ` +
    `${pct(total / accounts)}).`;
}

/** The planted creation batch of demo_unattributed, day by day and as a span. */
export function unattributedChecks(
  truth: DemoTruth,
  b: CreationBursts | undefined,
): CheckRow[] {
  if (!b) return [missingSet("demo_unattributed")];
  const batch = truth.unattributed.creationBatch;
  const days = batch.map((p): CheckRow => {
    const day = b.days.find((d) => d.date === p.date);
    const burst = b.bursts.some((d) => d.date === p.date);
    return {
      check: `demo_unattributed: accounts created on ${p.date}`,
      expected: `${p.count} (planted)`,
      observed: `${day?.count ?? 0} (expected ${
        day?.expected.toFixed(1)
      }, burst day: ${burst ? "yes" : "no"})`,
      verdict: verdict((day?.count ?? 0) === p.count),
    };
  });
  const dates = batch.map((p) => p.date).sort();
  const total = batch.reduce((a, d) => a + d.count, 0);
  return [...days, {
    check: "demo_unattributed: the whole set created in the planted batch",
    expected: `${truth.unattributed.accounts} accounts, ${total} planted ` +
      `on ${dates[0]} .. ${dates.at(-1)}`,
    observed: `${b.n_accounts} accounts on ${b.first_day} .. ${b.last_day} ` +
      `(${b.n_days_span} days)`,
    verdict: verdict(
      b.n_accounts === total && b.n_accounts === truth.unattributed.accounts &&
        b.first_day === dates[0] && b.last_day === dates.at(-1),
    ),
  }];
}

function unattributedSentence(b: CreationBursts): string {
  return `demo_unattributed: the whole set (${b.n_accounts} accounts) was ` +
    `created in a span of ${b.n_days_span} days (${b.first_day} .. ` +
    `${b.last_day}). The test compares days inside a set's span, so when ` +
    "the span itself is the batch, each day's expectation is large (about " +
    "N/2 here) and only the busier of the two days stands out. The batch " +
    "is recovered by the span, not by the day test.";
}
