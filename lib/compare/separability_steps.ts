/**
 * Notebook 04's separability steps: the cross-validated AUC of each
 * comparison, and the features that carry it.
 *
 * @module
 */
import type { StepResult, Study } from "../study/mod.ts";
import { stepResult } from "../study/mod.ts";
import type { ReleaseComparison } from "./compare_releases.ts";
import { comparisonLabel } from "./comparison_steps.ts";

/** One row of `tab04_separability`. */
export interface SeparabilityRow {
  comparison: string;
  auc: number;
  fold_auc_min: number;
  fold_auc_max: number;
  n_a: number;
  n_b: number;
  excluded_a: number;
  excluded_b: number;
  folds: number;
  seed: number;
}

/**
 * A comparison's separability as a `tab04_separability` row.
 *
 * @param r A comparison.
 * @param note Appended to the comparison label in parentheses (e.g.
 *   `negative control`).
 */
export function separabilityRow(
  r: ReleaseComparison,
  note?: string,
): SeparabilityRow {
  const s = r.separability;
  return {
    comparison: comparisonLabel(r) + (note ? ` (${note})` : ""),
    auc: s.auc,
    fold_auc_min: Math.min(...s.fold_aucs),
    fold_auc_max: Math.max(...s.fold_aucs),
    n_a: s.n_a,
    n_b: s.n_b,
    excluded_a: s.excluded_a,
    excluded_b: s.excluded_b,
    folds: s.folds,
    seed: s.seed,
  };
}

/** Separability rows with the AUCs rounded to 3 decimals, for display. */
export function separabilityDisplay(
  rows: readonly SeparabilityRow[],
): SeparabilityRow[] {
  return rows.map((s) => ({
    ...s,
    auc: Number(s.auc.toFixed(3)),
    fold_auc_min: Number(s.fold_auc_min.toFixed(3)),
    fold_auc_max: Number(s.fold_auc_max.toFixed(3)),
  }));
}

/**
 * Could a classifier tell the accounts apart? One sentence per comparison
 * with the cross-validated AUC, its range over folds and the accounts
 * used. The table is saved with the negative control
 * (`negativeControlStep`).
 *
 * @param _study An opened study (unused; for the steps' common shape).
 * @param comparisons The value of `compareSetsStep`.
 * @returns The rows.
 */
export function separabilityStep(
  _study: Study,
  comparisons: readonly ReleaseComparison[],
): StepResult<SeparabilityRow[]> {
  const rows = comparisons.map((r) => separabilityRow(r));
  return stepResult(rows, {
    text: rows.map((s) =>
      `${s.comparison}: cross-validated AUC ${s.auc.toFixed(3)} (folds ` +
      `${s.fold_auc_min.toFixed(3)}–${s.fold_auc_max.toFixed(3)}) on ` +
      `${s.n_a} + ${s.n_b} accounts.`
    ),
  });
}

/** One row of {@linkcode separabilityFeaturesStep}'s table. */
export interface FeatureWeightRow {
  comparison: string;
  feature: string;
  /** Standardised coefficient, 3 decimals. */
  coefficient: number;
}

/**
 * Which features carry the separation? The `top` largest standardised
 * coefficients (in absolute value) of each comparison's full-data model,
 * intercept left out.
 *
 * @param _study An opened study (unused; for the steps' common shape).
 * @param comparisons The value of `compareSetsStep`.
 * @param top Features per comparison (default 5).
 * @returns The rows shown.
 */
export function separabilityFeaturesStep(
  _study: Study,
  comparisons: readonly ReleaseComparison[],
  top = 5,
): StepResult<FeatureWeightRow[]> {
  const rows = comparisons.flatMap((r) =>
    Object.entries(r.separability.coefficients)
      .filter(([name]) => name !== "(intercept)")
      .map(([feature, coefficient]) => ({
        comparison: comparisonLabel(r),
        feature,
        coefficient: Number(coefficient.toFixed(3)),
      }))
      .sort((x, y) =>
        Math.abs(y.coefficient) - Math.abs(x.coefficient) ||
        (x.feature < y.feature ? -1 : 1)
      )
      .slice(0, top)
  );
  return stepResult(rows, { tables: [{ rows }] });
}
