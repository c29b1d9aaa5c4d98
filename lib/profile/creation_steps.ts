/**
 * Steps of notebook 02 ("Were these accounts created in batches?") that
 * count creations: the userids a set shares with the baseline, creation
 * counts by day, ISO week and month (`tab02_creation_counts`), and the
 * monthly chart (`fig02_creation_by_month`). Each takes an opened study and
 * returns what a reader sees.
 *
 * @module
 */
import type { Release } from "../io/mod.ts";
import { pct, type StepResult, stepResult, type Study } from "../study/mod.ts";
import { monthlyCountsChart } from "../viz/monthly_counts_chart.ts";
import {
  type CreationCounts,
  creationCounts,
  type CreationTally,
} from "./creation_counts.ts";
import { creationSeries } from "./creation_series.ts";

/** Userids of a set that the baseline also lists. */
export interface SharedUserids {
  release: string;
  shared: number;
}

/**
 * How many of each set's distinct userids the baseline also lists. A
 * baseline that contains a set's own accounts hides that set's batches
 * (their creations raise the expected count), so this should be 0.
 * (Hashed ids only match within releases hashed the same way.)
 *
 * @param study An opened study.
 * @returns One count per set, and a sentence each.
 */
export async function baselineOverlapStep(
  study: Pick<Study, "sets" | "baseline">,
): Promise<StepResult<SharedUserids[]>> {
  const value: SharedUserids[] = [];
  for (const r of study.sets) {
    value.push({
      release: r.name,
      shared: await sharedUserids(r, study.baseline),
    });
  }
  return stepResult(value, {
    text: value.map((s) =>
      `${s.release}: ${s.shared} of its userids are also in the baseline.`
    ),
  });
}

/** Distinct userids of `set` also in `baseline`. */
export async function sharedUserids(
  set: Pick<Release, "users">,
  baseline: Pick<Release, "users">,
): Promise<number> {
  const ids = (r: Pick<Release, "users">) => r.users.select("userid").unique();
  return (await ids(set).join(ids(baseline), { on: "userid" }).collect())
    .height;
}

/** Value of {@linkcode creationCountsStep}. */
export interface CreationCountsValue {
  /** Each set's counts (the baseline's over the set's span), by set name. */
  sets: Map<string, CreationCounts>;
  /** The baseline's counts over its whole span. */
  baseline: CreationTally;
}

/** One row of `tab02_creation_counts`. */
export interface CreationCountRow {
  release: string;
  unit: "day" | "week" | "month";
  period: string;
  count: number;
}

/**
 * How many accounts were created, and when? Each set's creations with its
 * busiest day and month against the baseline over the same days, and every
 * non-empty day, ISO week and month of each set and of the baseline (whole
 * baseline span) as `tab02_creation_counts` (saved, not shown).
 *
 * @param study An opened study.
 * @returns The counts, for the chart and later steps.
 */
export async function creationCountsStep(
  study: Pick<Study, "sets" | "baseline">,
): Promise<StepResult<CreationCountsValue>> {
  const sets = new Map<string, CreationCounts>();
  for (const r of study.sets) {
    sets.set(
      r.name,
      await creationCounts(r.users, { baseline: study.baseline.users }),
    );
  }
  const baseline = (await creationCounts(study.baseline.users)).set;
  const rows = creationCountRows([
    ...[...sets].map(([name, c]) => [name, c.set] as const),
    [study.baseline.name, baseline] as const,
  ]);
  return stepResult({ sets, baseline }, {
    text: [
      ...[...sets].map(([name, c]) => creationSentence(name, c, baseline)),
      "tab02_creation_counts lists every non-empty day, ISO week and month " +
      "of each set and of the baseline (its whole span): " +
      `${rows.length} rows.`,
    ],
    tables: [{ name: "tab02_creation_counts", rows, show: false }],
  });
}

/**
 * The rows of `tab02_creation_counts`: per release, its days, then weeks,
 * then months, each ascending.
 *
 * @example
 * ```ts
 * import { creationCountRows } from "./creation_steps.ts";
 * import { deepEqual } from "node:assert/strict";
 * const t = {
 *   n_valid: 2, n_missing: 0, first_day: "2016-11-23", last_day: "2016-11-23",
 *   by_day: { "2016-11-23": 2 }, by_week: { "2016-W47": 2 }, by_month: { "2016-11": 2 },
 * };
 * deepEqual(creationCountRows([["a", t]]).map((r) => r.period), ["2016-11-23", "2016-W47", "2016-11"]);
 * ```
 */
export function creationCountRows(
  tallies: readonly (readonly [string, CreationTally])[],
): CreationCountRow[] {
  return tallies.flatMap(([release, t]) =>
    (["day", "week", "month"] as const).flatMap((unit) =>
      Object.entries(t[`by_${unit}`]).map(([period, count]) => ({
        release,
        unit,
        period,
        count,
      }))
    )
  );
}

/**
 * The busiest period of a count record: the largest count, the earliest
 * label among ties; `["n/a", 0]` when empty.
 *
 * @example
 * ```ts
 * import { busiestPeriod } from "./creation_steps.ts";
 * import { deepEqual } from "node:assert/strict";
 * deepEqual(busiestPeriod({ "2017-02": 3, "2017-01": 3, "2017-03": 1 }), ["2017-01", 3]);
 * deepEqual(busiestPeriod({}), ["n/a", 0]);
 * ```
 */
export function busiestPeriod(
  counts: Readonly<Record<string, number>>,
): [string, number] {
  return Object.entries(counts).sort((a, b) =>
    b[1] - a[1] || (a[0] < b[0] ? -1 : 1)
  )[0] ?? ["n/a", 0];
}

/** The sentence on one set's creations, against the baseline. */
function creationSentence(
  name: string,
  c: CreationCounts,
  baseline: CreationTally,
): string {
  const t = c.set;
  if (t.n_valid === 0) {
    return `${name}: no account creation dates (${t.n_missing} users rows ` +
      "without one); the creation sections have nothing to show for it.";
  }
  const b = c.baseline!;
  const [day, n] = busiestPeriod(t.by_day);
  const [month, m] = busiestPeriod(t.by_month);
  return `${name}: ${t.n_valid} accounts with a creation date ` +
    `(${t.n_missing} without), created ${t.first_day} .. ${t.last_day}. ` +
    `Busiest day ${day} with ${n} accounts (${pct(n / t.n_valid)} of the ` +
    `set); busiest month ${month} with ${m}. Over the same days the ` +
    `baseline created ${b.n_valid} of its ${baseline.n_valid} accounts, at ` +
    `most ${busiestPeriod(b.by_day)[1]} on one day.`;
}

/** One row of `fig02_creation_by_month`. */
export interface CreationMonthRow {
  /** Release name; the baseline's with " (baseline)". */
  release: string;
  /** First day of the month, `YYYY-MM-01`. */
  month: string;
  accounts: number;
}

/**
 * Monthly creations of every set and of the baseline on one time axis,
 * from the first to the last creation day of any set, empty months as 0
 * (`fig02_creation_by_month`).
 *
 * @param study An opened study.
 * @param counts The value of {@linkcode creationCountsStep}.
 * @returns The chart's rows.
 */
export function creationByMonthStep(
  study: Pick<Study, "sets" | "baseline" | "synthetic">,
  counts: CreationCountsValue,
): StepResult<CreationMonthRow[]> {
  const tally = (name: string) => counts.sets.get(name)!.set;
  const dated = study.sets.filter((r) => tally(r.name).first_day !== null);
  const undated = study.sets.filter((r) => !dated.includes(r));
  const text = undated.length === 0 ? [] : [
    `No creation dates (no users file?) in: ${
      undated.map((r) => r.name).join(", ")
    }.`,
  ];
  const from = dated.map((r) => tally(r.name).first_day!).sort()[0] ??
    counts.baseline.first_day;
  const to = dated.map((r) => tally(r.name).last_day!).sort().at(-1) ??
    counts.baseline.last_day;
  if (from === null || to === null) {
    return stepResult([], {
      text: [...text, "No creation date anywhere: no chart."],
    });
  }
  const rows = creationMonthRows(study, counts, from, to);
  return stepResult(rows, {
    text,
    charts: [{
      name: "fig02_creation_by_month",
      spec: creationMonthChart(study, from, to),
      rows,
    }],
  });
}

/** Each dated release's months over [from, to], zero-filled. */
function creationMonthRows(
  study: Pick<Study, "sets" | "baseline">,
  counts: CreationCountsValue,
  from: string,
  to: string,
): CreationMonthRow[] {
  const tallies: [string, CreationTally][] = [
    ...study.sets.map((r) =>
      [r.name, counts.sets.get(r.name)!.set] as [string, CreationTally]
    ),
    [`${study.baseline.name} (baseline)`, counts.baseline],
  ];
  return tallies.filter(([, t]) => t.first_day !== null).flatMap((
    [release, t],
  ) =>
    creationSeries(t.by_month, "month", from, to).map((row) => ({
      release,
      month: row.period_start,
      accounts: row.count,
    }))
  );
}

function creationMonthChart(
  study: Pick<Study, "sets" | "baseline" | "synthetic">,
  from: string,
  to: string,
) {
  return monthlyCountsChart({
    title: "Accounts created per month",
    subtitle: `${
      study.sets.map((r) => r.name).join(", ")
    } against the ${study.baseline.name} baseline, ${from.slice(0, 7)} to ${
      to.slice(0, 7)
    }`,
    synthetic: study.synthetic,
    x: "month",
    y: "accounts",
    color: "release",
    xTitle: "Month of account creation (UTC)",
    yTitle: "Accounts created",
  });
}
