/**
 * Step of notebook 03: how each set differs from the baseline, account by
 * account.
 *
 * @module
 */
import { type StepResult, stepResult, type Study } from "../study/mod.ts";
import { accountMetrics } from "./account_metrics.ts";
import { sig } from "./cadence_format.ts";
import type { CadenceOffsets } from "./cadence_offset_steps.ts";
import { loadClientTaxonomy } from "./client_taxonomy.ts";
import { minuteTweets } from "./minute_tweets.ts";
import { comparisonTable } from "../stats/comparison_table.ts";
import {
  type CompareGroups,
  type SetComparisonRow,
  setComparisonRow,
} from "./_group_comparison.ts";
export type { CompareGroups } from "./_group_comparison.ts";

/** The per-account metrics notebook 03 compares with the baseline. */
export const CADENCE_METRICS = [
  "working_hours_share",
  "weekend_ratio",
  "tweets_per_active_day",
  "peak_tweets_minute",
  "burstiness",
  "memory",
  "regularity",
  "automation_client_share",
  "retweet_share",
  "urls_per_tweet",
] as const;

/** Each group's {@linkcode CADENCE_METRICS} per account, at its local offset. */
export async function cadenceMetricValues(
  study: Study,
  offsets: Pick<CadenceOffsets, "local">,
): Promise<Map<string, Record<string, (number | null)[]>>> {
  const taxonomy = await loadClientTaxonomy();
  const values = new Map<string, Record<string, (number | null)[]>>();
  for (const r of study.groups) {
    const m = await accountMetrics(r.users, minuteTweets(r.tweets), {
      taxonomy,
      utcOffset: offsets.local.get(r.name)!.utc_offset,
      minTweetsIntervals: study.params.min_tweets,
    });
    values.set(
      r.name,
      Object.fromEntries(
        CADENCE_METRICS.map((c) => [
          c,
          m.getColumn(c).toArray() as (number | null)[],
        ]),
      ),
    );
  }
  return values;
}

/** One row of `tab03_cadence_comparison`. */
export type CadenceComparisonRow = SetComparisonRow;

/** The sentence naming a set's three largest differences. */
function largestDifferences(
  release: string,
  rows: CadenceComparisonRow[],
): string {
  const top = rows.filter((c) => c.release === release).sort((a, b) =>
    Math.abs(b.cliffs_delta) - Math.abs(a.cliffs_delta) ||
    (a.metric < b.metric ? -1 : 1)
  ).slice(0, 3);
  return `${release}, largest differences from the baseline: ` +
    top.map((c) =>
      `${c.metric} (median ${sig(c.median_set, 3)} vs ${
        sig(c.median_baseline, 3)
      }, delta ${c.cliffs_delta.toFixed(2)})`
    ).join("; ") + ".";
}

/**
 * How different is each set from the baseline, account by account? Each
 * account's {@linkcode CADENCE_METRICS} (`accountMetrics` at its group's
 * local offset, intervals from the `min_tweets` parameter's tweets); each
 * set against the baseline's accounts (`compare`: medians, Cliff's delta
 * with a bootstrap interval seeded by the `seed` parameter, Mann–Whitney p,
 * Benjamini–Hochberg q; `tab03_cadence_comparison`), and a sentence per
 * set naming its three largest differences.
 *
 * @param study An opened study.
 * @param offsets The offset step's value (local offsets).
 * @param compare The comparison (default `comparisonTable`; tests pass a
 *   stand-in).
 * @returns The comparison rows.
 */
export async function cadenceComparisonStep(
  study: Study,
  offsets: Pick<CadenceOffsets, "local">,
  compare: CompareGroups = comparisonTable,
): Promise<StepResult<CadenceComparisonRow[]>> {
  const values = await cadenceMetricValues(study, offsets);
  const base = study.baseline.name;
  const rows = study.sets.flatMap((r) =>
    compare(values.get(r.name)!, values.get(base)!, {
      seed: study.params.seed,
      metrics: CADENCE_METRICS,
    }).map((c) => setComparisonRow(r.name, base, c))
  );
  const display = rows.map((c) => ({
    ...c,
    median_set: sig(c.median_set),
    median_baseline: sig(c.median_baseline),
    cliffs_delta: c.cliffs_delta.toFixed(3),
    delta_ci_low: c.delta_ci_low.toFixed(3),
    delta_ci_high: c.delta_ci_high.toFixed(3),
    mwu_p: c.mwu_p.toExponential(2),
    q: c.q.toExponential(2),
  }));
  return stepResult(rows, {
    text: study.sets.map((r) => largestDifferences(r.name, rows)),
    tables: [{ name: "tab03_cadence_comparison", rows, display, maxRows: 30 }],
  });
}
