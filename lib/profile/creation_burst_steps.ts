/**
 * Steps of notebook 02 that test creation days: the burst days of each set
 * against the baseline, the baseline's own control test
 * (`tab02_burst_days`, `tab02_burst_summary`), and the days only an
 * uncorrected test would call bursts.
 *
 * @module
 */
import {
  fmtP,
  pct,
  type StepResult,
  stepResult,
  type Study,
} from "../study/mod.ts";
import { type CreationBursts, creationBursts } from "./creation_bursts.ts";

/** Value of {@linkcode creationBurstsStep}. */
export interface CreationBurstsValue {
  /** Each set tested against the baseline, by set name. */
  sets: Map<string, CreationBursts>;
  /** The control: the baseline tested against a uniform rate. */
  baseline: CreationBursts;
}

/** One row of `tab02_burst_days`. */
export interface BurstDayRow {
  release: string;
  date: string;
  count: number;
  /** λ, to 6 significant digits. */
  expected: number;
  p: number;
  q: number;
  n_accounts: number;
}

/** One row of `tab02_burst_summary`. */
export interface BurstSummaryRow {
  release: string;
  /** Where λ came from: the baseline (window, pseudocount) or a uniform rate. */
  expected_from: string;
  accounts: number;
  first_day: string | null;
  last_day: string | null;
  days_in_span: number;
  days_tested: number;
  /** Days with p ≤ alpha before correction (alpha is 0.05 by default). */
  days_p_below_005: number;
  burst_days: number;
  accounts_in_bursts: number;
  share_in_bursts: number | null;
}

/**
 * On which days were more accounts created than the baseline predicts?
 * Each set's creation days tested with {@linkcode creationBursts} against
 * the baseline (q ≤ the study's alpha, at least 3 accounts), and the
 * baseline tested against a uniform rate as the control. Tables: the burst
 * days (`tab02_burst_days`, shown rounded) and one summary row per release
 * (`tab02_burst_summary`, saved).
 *
 * @param study An opened study (`params.alpha` is the q threshold).
 * @returns The test results of every set and of the control.
 */
export async function creationBurstsStep(
  study: Pick<Study, "sets" | "baseline" | "params">,
): Promise<StepResult<CreationBurstsValue>> {
  const alpha = study.params.alpha;
  const sets = new Map<string, CreationBursts>();
  for (const r of study.sets) {
    sets.set(
      r.name,
      await creationBursts(r.users, { baseline: study.baseline.users, alpha }),
    );
  }
  const baseline = await creationBursts(study.baseline.users, { alpha });
  const days = burstDayRows(sets);
  const tested: [string, CreationBursts][] = [
    ...sets,
    [study.baseline.name, baseline],
  ];
  const summary = tested.map(([name, b]) =>
    burstSummaryRow(name, b, study.baseline.name)
  );
  const control = summary.at(-1)!;
  return stepResult({ sets, baseline }, {
    text: [
      ...summary.map((s, i) => burstSentence(s, tested[i][1])),
      "The baseline itself, tested against a uniform rate, is the control: " +
      `${control.days_p_below_005} of its days pass p ≤ ${alpha} by chance ` +
      `and ${control.burst_days} survive the correction.`,
    ],
    tables: [
      {
        name: "tab02_burst_days",
        rows: days,
        display: days.map((d) => ({
          ...d,
          expected: d.expected.toFixed(3),
          p: fmtP(d.p),
          q: fmtP(d.q),
        })),
      },
      { name: "tab02_burst_summary", rows: summary, show: false },
    ],
  });
}

/** The burst days of every set, in set order, each ascending by date. */
export function burstDayRows(sets: Map<string, CreationBursts>): BurstDayRow[] {
  return [...sets].flatMap(([release, b]) =>
    b.bursts.map((d) => ({
      release,
      date: d.date,
      count: d.count,
      expected: Number(d.expected.toPrecision(6)),
      p: d.p,
      q: d.q,
      n_accounts: d.userids.length,
    }))
  );
}

/**
 * A release's line of `tab02_burst_summary`.
 *
 * @param release The release tested.
 * @param b Its test result.
 * @param baselineName The baseline's name (named where it gave λ).
 */
export function burstSummaryRow(
  release: string,
  b: CreationBursts,
  baselineName: string,
): BurstSummaryRow {
  return {
    release,
    expected_from: b.method === "baseline"
      ? `${baselineName} (${2 * b.window_days + 1}-day window, ` +
        `pseudocount ${b.pseudocount})`
      : "uniform rate over the span",
    accounts: b.n_accounts,
    first_day: b.first_day,
    last_day: b.last_day,
    days_in_span: b.n_days_span,
    days_tested: b.days.length,
    days_p_below_005: b.days.filter((d) => d.p <= b.alpha).length,
    burst_days: b.bursts.length,
    accounts_in_bursts: b.n_in_bursts,
    share_in_bursts: b.share_in_bursts,
  };
}

/** The sentence on one release's test. */
function burstSentence(s: BurstSummaryRow, b: CreationBursts): string {
  return `${s.release}: ${s.days_tested} creation days tested (span ` +
    `${s.days_in_span} days, expectation from ${s.expected_from}); days ` +
    `with p ≤ ${b.alpha} before correction: ${s.days_p_below_005}; burst ` +
    `days after Benjamini–Hochberg (q ≤ ${b.alpha}, ≥ ${b.min_count} ` +
    `accounts): ` +
    `${s.burst_days}. ${s.accounts_in_bursts} of ${s.accounts} accounts ` +
    `(${pct(s.share_in_bursts)}) were created on burst days.`;
}

/** A day that passes p ≤ alpha but is not a burst day. */
export interface UncorrectedDay {
  release: string;
  date: string;
  count: number;
  expected: number;
  p: number;
  q: number;
}

/**
 * Why the correction matters: the days of each set that pass p ≤ alpha
 * before correction but are not burst days (q > alpha, or fewer accounts
 * than the minimum). Shown, rounded; not saved.
 *
 * @param bursts The value of {@linkcode creationBurstsStep}.
 * @returns Those days.
 */
export function uncorrectedDaysStep(
  bursts: CreationBurstsValue,
): StepResult<UncorrectedDay[]> {
  const days = [...bursts.sets].flatMap(([release, b]) =>
    b.days.filter((d) =>
      d.p <= b.alpha && !(d.q <= b.alpha && d.count >= b.min_count)
    ).map((d) => ({
      release,
      date: d.date,
      count: d.count,
      expected: d.expected,
      p: d.p,
      q: d.q,
    }))
  );
  const alpha = [...bursts.sets.values()][0]?.alpha ?? bursts.baseline.alpha;
  if (days.length === 0) {
    return stepResult(days, {
      text: [`No day passes p ≤ ${alpha} without being a burst day.`],
    });
  }
  return stepResult(days, {
    text: [
      `${days.length} days would be called bursts at p ≤ ${alpha} without ` +
      "the correction; they are not burst days here:",
    ],
    tables: [{
      rows: days.map((d) => ({
        ...d,
        expected: d.expected.toFixed(3),
        p: fmtP(d.p),
        q: fmtP(d.q),
      })),
      maxRows: 30,
    }],
  });
}
