import type pl from "nodejs-polars";
import {
  SEPARABILITY_FEATURES,
  type SeparabilityFeature,
} from "./comparison_metrics.ts";
import { crossValidatedAUC } from "../stats/cross_validated_auc.ts";
import { fitLogistic } from "../stats/fit_logistic.ts";

/** Options of {@link separability}. */
export interface SeparabilityOptions {
  /** Features (columns of both tables); default {@link SEPARABILITY_FEATURES}. */
  features?: readonly SeparabilityFeature[];
  /** Folds of the cross-validation (default 5). */
  folds?: number;
  /** Seed of the stratified fold assignment (default 1). */
  seed?: number;
  /** Ridge penalty λ on standardised features (default 1). */
  l2?: number;
}

/** Result of {@link separability} (JSON-ready apart from NaN). */
export interface Separability {
  /** Pooled out-of-fold AUC: P(score of an A account > a B account). */
  auc: number;
  /** AUC within each test fold, in fold order. */
  fold_aucs: number[];
  folds: number;
  seed: number;
  l2: number;
  features: SeparabilityFeature[];
  /** Accounts of A (label 1) and B (label 0) used: every feature finite. */
  n_a: number;
  n_b: number;
  /** Accounts left out because a feature was null or not finite. */
  excluded_a: number;
  excluded_b: number;
  /**
   * Coefficients of the same model fitted once on all used accounts, on
   * standardised features (per standard deviation; positive: pushes
   * towards A); `(intercept)` first. For reading, not for testing.
   */
  coefficients: Record<string, number>;
  /** Why no AUC was computed (too few accounts), else null. */
  skipped: string | null;
}

/**
 * How well a simple classifier tells the accounts of group A from those of
 * group B on features it did not see, the separability measure of
 * Alizadeh, Shapiro, Buntain & Tucker (2020), "Content-based features
 * predict social media influence operations", Science Advances 6(30):
 * eabb5824 (here on account-level metadata features, with a deliberately
 * simple model).
 *
 * Rows: the accounts of each table (label 1 for A, 0 for B, A first, each
 * in table order) whose features are all finite after the transform
 * (`log1p`: sign(x)·ln(1 + |x|)); the others are counted as excluded. Then
 * {@link crossValidatedAUC}: stratified `folds`-fold cross-validation
 * seeded by `seed`, per-fold standardisation, ridge logistic regression
 * (λ = `l2`). An AUC of 0.5 is chance; 1 is perfect separation. When a
 * group has fewer usable accounts than folds, `auc` is NaN and `skipped`
 * says why.
 *
 * @param accountsA `accountMetrics` table of group A.
 * @param accountsB `accountMetrics` table of group B.
 * @param options `{ features, folds = 5, seed = 1, l2 = 1 }`.
 * @returns AUCs, sizes and the full-data coefficients.
 * @throws {RangeError} When the feature list is empty or a feature is not a
 *   column of both tables.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import pl from "nodejs-polars";
 * import { separability } from "./separability.ts";
 * const a = pl.DataFrame({ x: [5, 6, 7, 8, 9, 10], y: [1, 0, 1, 0, 1, 0] });
 * const b = pl.DataFrame({ x: [0, 1, 2, 3, 4, null], y: [0, 1, 0, 1, 0, 1] });
 * const features = [{ name: "x", transform: "identity" as const }];
 * const s = separability(a, b, { features, folds: 2 });
 * assert.equal(s.auc, 1);
 * assert.equal(s.excluded_b, 1);
 * ```
 */
export function separability(
  accountsA: pl.DataFrame,
  accountsB: pl.DataFrame,
  options: SeparabilityOptions = {},
): Separability {
  const features = [...(options.features ?? SEPARABILITY_FEATURES)];
  const { folds = 5, seed = 1, l2 = 1 } = options;
  if (features.length === 0) {
    throw new RangeError(
      "separability(): cannot classify: the feature list is empty: give at least one feature",
    );
  }
  const a = featureRows(accountsA, features, "A");
  const b = featureRows(accountsB, features, "B");
  const result: Separability = {
    auc: NaN,
    fold_aucs: [],
    folds,
    seed,
    l2,
    features,
    n_a: a.rows.length,
    n_b: b.rows.length,
    excluded_a: a.excluded,
    excluded_b: b.excluded,
    coefficients: {},
    skipped: null,
  };
  if (a.rows.length < folds || b.rows.length < folds) {
    result.skipped =
      `too few accounts with every feature defined for ${folds}-fold cross-validation: ${a.rows.length} in A, ${b.rows.length} in B`;
    return result;
  }
  const rows = [...a.rows, ...b.rows];
  const labels = [...a.rows.map(() => 1), ...b.rows.map(() => 0)];
  const cv = crossValidatedAUC(rows, labels, { folds, seed, l2 });
  result.auc = cv.auc;
  result.fold_aucs = cv.foldAUCs;
  const fit = fitLogistic(standardise(rows), labels, { l2 });
  result.coefficients = Object.fromEntries([
    ["(intercept)", fit.coefficients[0]],
    ...features.map((f, j) => [f.name, fit.coefficients[j + 1]]),
  ]);
  return result;
}

function featureRows(
  df: pl.DataFrame,
  features: readonly SeparabilityFeature[],
  group: string,
): { rows: number[][]; excluded: number } {
  const columns = features.map((f) => {
    if (!df.columns.includes(f.name)) {
      throw new RangeError(
        `separability(): cannot use feature: the table of group ${group} has no column ${
          JSON.stringify(f.name)
        }: use columns of accountMetrics`,
      );
    }
    const values = df.getColumn(f.name).toArray() as (number | null)[];
    return values.map((v) =>
      v === null
        ? NaN
        : f.transform === "log1p"
        ? Math.sign(v) * Math.log1p(Math.abs(v))
        : Number(v)
    );
  });
  const rows: number[][] = [];
  for (let i = 0; i < df.height; i++) {
    const row = columns.map((c) => c[i]);
    if (row.every(Number.isFinite)) rows.push(row);
  }
  return { rows, excluded: df.height - rows.length };
}

/** Columns centred and divided by their population sd (0 when sd = 0). */
function standardise(rows: number[][]): number[][] {
  const p = rows[0].length;
  const n = rows.length;
  const mean = new Array<number>(p).fill(0);
  const sd = new Array<number>(p).fill(0);
  for (const r of rows) r.forEach((v, j) => (mean[j] += v));
  for (let j = 0; j < p; j++) mean[j] /= n;
  for (const r of rows) r.forEach((v, j) => (sd[j] += (v - mean[j]) ** 2));
  for (let j = 0; j < p; j++) sd[j] = Math.sqrt(sd[j] / n);
  return rows.map((r) =>
    r.map((v, j) => (sd[j] > 0 ? (v - mean[j]) / sd[j] : 0))
  );
}
