/**
 * Notebook 04's negative control: the baseline against itself, split in
 * two random halves, where the method should find nothing.
 *
 * @module
 */
import { type StepResult, stepResult, type Study } from "../study/mod.ts";
import { verdict } from "../study/mod.ts";
import { compareReleases, type ReleaseComparison } from "./compare_releases.ts";
import { comparisonRecords } from "./comparison_records.ts";
import {
  comparisonOptions,
  type ComparisonStepOptions,
  tableSlug,
} from "./comparison_steps.ts";
import { separabilityDisplay, separabilityRow } from "./separability_steps.ts";
import { splitAccounts } from "./split_accounts.ts";
import type { CheckRow } from "../study/mod.ts";

/**
 * The largest distance from 0.5 of an AUC that is chance at about three
 * standard errors: 3·√((n_a + n_b + 1) / (12·n_a·n_b)), the standard error
 * of the Mann–Whitney AUC when the groups do not differ (Hanley & McNeil
 * 1982).
 *
 * @example
 * ```ts
 * import { chanceAucMargin } from "./negative_control_step.ts";
 * import { equal } from "node:assert/strict";
 * equal(chanceAucMargin(750, 750).toFixed(4), "0.0447");
 * ```
 */
export function chanceAucMargin(nA: number, nB: number): number {
  return 3 * Math.sqrt((nA + nB + 1) / (12 * nA * nB));
}

/**
 * What the method reports where there is nothing to find: the check table
 * of a negative control (no metric with q < alpha, no distribution with
 * permutation q < alpha, AUC within {@linkcode chanceAucMargin} of 0.5).
 *
 * @param control The comparison of two halves of one population.
 * @param alpha The error rate.
 */
export function negativeControlChecks(
  control: ReleaseComparison,
  alpha: number,
): CheckRow[] {
  const tested = control.rows.filter((x) => Number.isFinite(x.q));
  const metrics = tested.filter((x) => x.q < alpha).length;
  const distributions = control.categorical.filter((c) => c.q < alpha).length;
  const s = control.separability;
  const margin = chanceAucMargin(s.n_a, s.n_b);
  return [
    {
      check: `metrics with q < ${alpha}`,
      expected: "0",
      observed: `${metrics} of ${tested.length}`,
      verdict: verdict(metrics === 0),
    },
    {
      check: `distributions with permutation q < ${alpha}`,
      expected: "0",
      observed: `${distributions} of ${control.categorical.length}`,
      verdict: verdict(distributions === 0),
    },
    {
      check: "cross-validated AUC near chance",
      expected: `${(0.5 - margin).toFixed(3)}–${(0.5 + margin).toFixed(3)} ` +
        "(0.5 ± 3 SE)",
      observed: s.auc.toFixed(3),
      verdict: verdict(Math.abs(s.auc - 0.5) <= margin),
    },
  ];
}

/**
 * Does the method find differences where there are none? The baseline is
 * split into two random halves (`splitAccounts`, seeded) and compared with
 * the comparisons' settings: its metric table (`tab04_<baseline>_split`),
 * a sentence, the check table, and the separability of every comparison
 * with the control's (`tab04_separability`).
 *
 * @param study An opened study.
 * @param comparisons The value of `compareSetsStep`.
 * @param options `{ rounds = 1000 }`, as given to `compareSetsStep`.
 * @returns The control comparison.
 */
export async function negativeControlStep(
  study: Study,
  comparisons: readonly ReleaseComparison[],
  options: ComparisonStepOptions = {},
): Promise<StepResult<ReleaseComparison>> {
  const alpha = study.params.alpha;
  const [half1, half2] = await splitAccounts(study.baseline, study.params.seed);
  const control = await compareReleases(
    half1,
    half2,
    await comparisonOptions(study, options),
  );
  const separability = [
    ...comparisons.map((r) => separabilityRow(r)),
    separabilityRow(control, "negative control"),
  ];
  return stepResult(control, {
    text: [controlSentence(control, alpha)],
    tables: [
      {
        name: `tab04_${tableSlug(study.baseline.name)}_split`,
        rows: comparisonRecords(control.rows),
        display: comparisonRecords(control.rows, { digits: 3 }),
        maxRows: 40,
      },
      { rows: negativeControlChecks(control, alpha) },
      {
        name: "tab04_separability",
        rows: separability,
        display: separabilityDisplay(separability),
      },
    ],
  });
}

function controlSentence(control: ReleaseComparison, alpha: number): string {
  const tested = control.rows.filter((x) => Number.isFinite(x.q));
  const minQ = Math.min(...tested.map((x) => x.q));
  const maxEffect = Math.max(...tested.map((x) => Math.abs(x.effect)));
  const significant = tested.filter((x) => x.q < alpha).length;
  const distributions = control.categorical.filter((c) => c.q < alpha).length;
  return `Control (${control.n_accounts_a} vs ${control.n_accounts_b} ` +
    `accounts): ${significant} of ${tested.length} tested metrics have ` +
    `q < ${alpha} (smallest q ${minQ.toFixed(3)}, largest |delta| ` +
    `${maxEffect.toFixed(3)}); ${distributions} of ` +
    `${control.categorical.length} distributions differ; cross-validated ` +
    `AUC ${control.separability.auc.toFixed(3)}.`;
}
