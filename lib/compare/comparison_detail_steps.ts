/**
 * Notebook 04's steps on the details of the comparisons: the hour, weekday
 * and client distributions, and the differences that are significant but
 * small.
 *
 * @module
 */
import type { StepResult, Study } from "../study/mod.ts";
import { stepResult } from "../study/mod.ts";
import type { ReleaseComparison } from "./compare_releases.ts";
import { categoricalRecords, type FlatRecord } from "./comparison_records.ts";
import { comparisonLabel, SMALL_EFFECT } from "./comparison_steps.ts";

/**
 * Do they tweet at different hours, on different days, from different
 * apps? The categorical rows of every comparison (`tab04_categorical`,
 * shown with 3 significant digits) and one sentence per set with each
 * variable's Jensen–Shannon divergence and permutation p.
 *
 * @param _study An opened study (unused; for the steps' common shape).
 * @param comparisons The value of `compareSetsStep`.
 * @returns The saved records.
 */
export function categoricalStep(
  _study: Study,
  comparisons: readonly ReleaseComparison[],
): StepResult<FlatRecord[]> {
  const records = (digits?: number) =>
    comparisons.flatMap((r) =>
      categoricalRecords(r.categorical, { digits }).map((c) => ({
        comparison: comparisonLabel(r),
        ...c,
      }))
    );
  const rows = records();
  return stepResult(rows, {
    text: comparisons.map((r) => {
      const parts = r.categorical.map((c) =>
        `${c.variable} JSD ${c.jsd.toFixed(3)} (perm p ${c.perm_p.toFixed(4)})`
      );
      return `${r.a}: ${parts.join(", ")}.`;
    }),
    tables: [{ name: "tab04_categorical", rows, display: records(3) }],
  });
}

/** One row of {@linkcode smallEffectsStep}'s table. */
export interface SmallEffectRow {
  comparison: string;
  metric: string;
  /** Cliff's delta, 3 decimals. */
  effect: number;
  /** BH q, 3 significant digits. */
  q: number;
}

/**
 * Which differences are significant but small? Metric rows with q < alpha
 * and |delta| < {@linkcode SMALL_EFFECT} (negligible or small by Romano et
 * al. 2006), with a sentence counting them.
 *
 * @param study An opened study (its `alpha`).
 * @param comparisons The value of `compareSetsStep`.
 * @returns The rows shown.
 */
export function smallEffectsStep(
  study: Study,
  comparisons: readonly ReleaseComparison[],
): StepResult<SmallEffectRow[]> {
  const alpha = study.params.alpha;
  const rows = comparisons.flatMap((r) =>
    r.rows.filter((x) => x.q < alpha && Math.abs(x.effect) < SMALL_EFFECT)
      .map((x) => ({
        comparison: comparisonLabel(r),
        metric: x.metric,
        effect: Number(x.effect.toFixed(3)),
        q: Number(x.q.toPrecision(3)),
      }))
  );
  return stepResult(rows, {
    text: [
      `${rows.length} metric comparisons have q < ${alpha} but ` +
      `|delta| < ${SMALL_EFFECT}.`,
    ],
    tables: [{ rows }],
  });
}
