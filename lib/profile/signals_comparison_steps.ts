/**
 * Steps of notebook 02 that compare profile signals: each set against the
 * baseline (`tab02_profile_comparison`) and the follower/following ratio
 * chart (`fig02_follower_ratio`).
 *
 * @module
 */
import { fmtP, type StepResult, stepResult, type Study } from "../study/mod.ts";
import { ecdfChart, ecdfRows } from "../viz/mod.ts";
import type { ProfileMetrics } from "./signals_steps.ts";
import { comparisonTable } from "../stats/comparison_table.ts";
import {
  type CompareGroups,
  type SetComparisonRow,
  setComparisonRow,
} from "./_group_comparison.ts";
export type { CompareGroups, GroupComparison } from "./_group_comparison.ts";

/** One row of `tab02_profile_comparison`. */
export type ProfileComparisonRow = SetComparisonRow;

/**
 * Each set against the baseline on the per-account profile metrics:
 * medians, Cliff's delta with a bootstrap interval seeded by the study's
 * seed, Mann–Whitney p and Benjamini–Hochberg q across each set's rows
 * (`tab02_profile_comparison`, shown rounded). The sentences give the
 * follower/following ratio.
 *
 * @param study An opened study (`params.seed` seeds the bootstrap).
 * @param metrics The value of `profileSignalsStep`.
 * @param compare The comparison (default `comparisonTable`; tests pass a
 *   stand-in).
 * @returns The table rows.
 */
export function profileComparisonStep(
  study: Pick<Study, "sets" | "baseline" | "params">,
  metrics: Map<string, ProfileMetrics>,
  compare: CompareGroups = comparisonTable,
): StepResult<ProfileComparisonRow[]> {
  const baseline = study.baseline.name;
  const rows = study.sets.flatMap((r) =>
    compare(
      { ...metrics.get(r.name)! },
      { ...metrics.get(baseline)! },
      { seed: study.params.seed },
    ).map((c) => setComparisonRow(r.name, baseline, c))
  );
  return stepResult(rows, {
    text: rows.filter((c) => c.metric === "follower_following_ratio").map(
      (c) =>
        `${c.release}: follower/following ratio median ` +
        `${c.median_set.toFixed(3)} vs ${c.median_baseline.toFixed(3)} in ` +
        `the baseline; Cliff's delta ${c.cliffs_delta.toFixed(2)} (95% CI ` +
        `${c.delta_ci_low.toFixed(2)} to ${c.delta_ci_high.toFixed(2)}), ` +
        `q = ${fmtP(c.q)}.`,
    ),
    tables: [{
      name: "tab02_profile_comparison",
      rows,
      display: rows.map((c) => ({
        ...c,
        median_set: Number(c.median_set.toPrecision(4)),
        median_baseline: Number(c.median_baseline.toPrecision(4)),
        cliffs_delta: c.cliffs_delta.toFixed(3),
        delta_ci_low: c.delta_ci_low.toFixed(3),
        delta_ci_high: c.delta_ci_high.toFixed(3),
        mwu_p: fmtP(c.mwu_p),
        q: fmtP(c.q),
      })),
    }],
  });
}

/**
 * The follower/following ratio of every release as ECDF lines on a log axis
 * (`fig02_follower_ratio`). A log axis cannot show a ratio of 0 (no
 * followers) or an undefined one (following nobody): those accounts are
 * left out, and counted in the sentences.
 *
 * @param study An opened study.
 * @param metrics The value of `profileSignalsStep`.
 * @returns Per release, the accounts left out.
 */
export function followerRatioStep(
  study: Pick<Study, "groups" | "synthetic">,
  metrics: Map<string, ProfileMetrics>,
): StepResult<{ release: string; left_out: number; accounts: number }[]> {
  const values = new Map(
    study.groups.map((r) => [
      r.name,
      metrics.get(r.name)!.follower_following_ratio.filter((x) =>
        x !== null && x > 0
      ),
    ]),
  );
  const left = study.groups.map((r) => {
    const accounts = metrics.get(r.name)!.follower_following_ratio.length;
    return {
      release: r.name,
      left_out: accounts - values.get(r.name)!.length,
      accounts,
    };
  });
  return stepResult(left, {
    text: left.map((l) =>
      `${l.release}: ${l.left_out} of ${l.accounts} accounts left out of ` +
      "the ratio chart (ratio 0 or undefined)."
    ),
    charts: [{
      name: "fig02_follower_ratio",
      spec: ecdfChart({
        title: "Follower/following ratio",
        subtitle: "Followers divided by accounts followed, snapshot at " +
          "suspension; log axis",
        synthetic: study.synthetic,
        xTitle: "Follower/following ratio",
        xScale: "log",
        groupTitle: "Release",
      }),
      rows: ecdfRows(values),
    }],
  });
}
