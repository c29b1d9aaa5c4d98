import { randomLcg } from "d3";
import { auc } from "./auc.ts";
import { fitLogistic } from "./fit_logistic.ts";

/** Options of {@link crossValidatedAUC}. */
export interface CrossValidatedAUCOptions {
  /** Number of folds, ≥ 2 (default 5). */
  folds?: number;
  /** Seed of `d3.randomLcg` for the stratified fold assignment (default 1). */
  seed?: number;
  /** Ridge penalty λ of {@link fitLogistic} (default 1; must be > 0). */
  l2?: number;
  /**
   * Explicit fold of each row (integers 0 … folds − 1), e.g. to keep a
   * release or a network cluster within one fold; overrides `seed`.
   */
  foldOf?: ArrayLike<number>;
}

/** Result of {@link crossValidatedAUC}. */
export interface CrossValidatedAUCResult {
  /** AUC of the pooled out-of-fold scores (Mann–Whitney form, ties ½). */
  auc: number;
  /** AUC within each test fold, in fold order. */
  foldAUCs: number[];
  /** Out-of-fold linear predictor (log-odds) of every row, input order. */
  scores: number[];
  /** Fold of every row. */
  foldOf: number[];
}

/**
 * Cross-validated separability of two groups of accounts (label 1 vs 0)
 * from numeric features: how well a simple classifier tells them apart on
 * accounts it did not see. In the spirit of Alizadeh, Shapiro, Buntain &
 * Tucker (2020), "Content-based features predict social media influence
 * operations", Science Advances 6(30): eabb5824, who trained classifiers on
 * content-based features to separate influence-operation accounts from
 * others; here the model is deliberately simple and transparent.
 *
 * Procedure: rows are split into `folds` stratified folds (each class
 * shuffled separately with Fisher–Yates driven by `d3.randomLcg(seed)`, then
 * dealt round-robin, so fold class counts differ by at most 1); for each fold,
 * features are standardised with the training rows' mean and population
 * standard deviation (a column with zero training sd becomes 0), a ridge
 * logistic regression ({@link fitLogistic}, λ = `l2`, intercept unpenalised)
 * is fitted by Newton/IRLS on the training rows, and the held-out rows are
 * scored by their linear predictor. AUC is computed on the pooled
 * out-of-fold scores (so scores from different fold models are compared
 * with each other) and per fold.
 *
 * @param features One row of finite numbers per account (same length).
 * @param labels 1 or 0 per row; each class needs at least `folds` rows.
 * @param options `{ folds = 5, seed = 1, l2 = 1, foldOf }`.
 * @returns `{ auc, foldAUCs, scores, foldOf }`.
 * @throws {RangeError} On ragged or non-finite features, labels other than
 *   0/1, too few rows of a class, bad `foldOf`, or l2 ≤ 0.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { crossValidatedAUC } from "./cross_validated_auc.ts";
 * // Feature 0 separates the classes by a wide margin; feature 1 is constant.
 * const labels = Array.from({ length: 40 }, (_, i) => i % 2);
 * const features = labels.map((l, i) => [100 * l + (i % 7), 1]);
 * const r = crossValidatedAUC(features, labels, { folds: 4, seed: 3 });
 * assert.equal(r.auc, 1);
 * assert.equal(r.foldAUCs.length, 4);
 * ```
 */
export function crossValidatedAUC(
  features: readonly (readonly number[])[],
  labels: ArrayLike<number>,
  options: CrossValidatedAUCOptions = {},
): CrossValidatedAUCResult {
  const { folds = 5, seed = 1, l2 = 1 } = options;
  const n = features.length;
  if (!Number.isInteger(folds) || folds < 2) {
    fail(`folds must be an integer ≥ 2: ${folds}`);
  }
  if (!(l2 > 0) || !Number.isFinite(l2)) fail(`l2 must be > 0: ${l2}`);
  if (labels.length !== n) {
    fail(`${n} feature rows but ${labels.length} labels`);
  }
  if (n === 0) fail("no rows");
  const byClass = rowsByClass(features, labels);
  const foldOf = options.foldOf === undefined
    ? stratifiedFolds(byClass, n, folds, seed, fail)
    : Array.from(options.foldOf);
  if (foldOf.length !== n) {
    fail(`foldOf has ${foldOf.length} entries for ${n} rows`);
  }
  foldOf.forEach((f, i) => {
    if (!Number.isInteger(f) || f < 0 || f >= folds) {
      fail(`foldOf[${i}] is not an integer in 0..${folds - 1}: ${f}`);
    }
  });
  const scores = new Array<number>(n).fill(NaN);
  const foldAUCs: number[] = [];
  for (let f = 0; f < folds; f++) {
    foldAUCs.push(scoreFold(features, labels, foldOf, f, l2, scores));
  }
  return { auc: auc(scores, labels), foldAUCs, scores, foldOf };
}

/** Throw the function's RangeError: `cannot cross-validate: <what>`. */
function fail(what: string): never {
  throw new RangeError(`crossValidatedAUC(): cannot cross-validate: ${what}`);
}

/** Row indices of class 0 and class 1, after checking every row and label. */
function rowsByClass(
  features: readonly (readonly number[])[],
  labels: ArrayLike<number>,
): number[][] {
  const p = features[0].length;
  const byClass: number[][] = [[], []];
  for (let i = 0; i < features.length; i++) {
    if (features[i].length !== p) {
      fail(`row ${i} has ${features[i].length} features but row 0 has ${p}`);
    }
    for (let j = 0; j < p; j++) {
      if (!Number.isFinite(features[i][j])) {
        fail(`feature [${i}][${j}] is not finite: ${features[i][j]}`);
      }
    }
    const l = labels[i];
    if (l !== 0 && l !== 1) fail(`label ${i} is not 0 or 1: ${l}`);
    byClass[l].push(i);
  }
  return byClass;
}

/**
 * Fit on the rows outside fold `f`, write the linear predictor of the rows
 * in it into `scores`, and return the fold's AUC.
 */
function scoreFold(
  features: readonly (readonly number[])[],
  labels: ArrayLike<number>,
  foldOf: number[],
  f: number,
  l2: number,
  scores: number[],
): number {
  const p = features[0].length;
  const train: number[] = [];
  const test: number[] = [];
  for (let i = 0; i < features.length; i++) {
    (foldOf[i] === f ? test : train).push(i);
  }
  for (const [set, name] of [[train, "training"], [test, "test"]] as const) {
    const positives = set.filter((i) => labels[i] === 1).length;
    if (positives === 0 || positives === set.length) {
      fail(`the ${name} rows of fold ${f} hold only one class`);
    }
  }
  const mean = new Float64Array(p);
  const sd = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    let s = 0;
    for (const i of train) s += features[i][j];
    mean[j] = s / train.length;
    let ss = 0;
    for (const i of train) ss += (features[i][j] - mean[j]) ** 2;
    sd[j] = Math.sqrt(ss / train.length);
  }
  const scale = (i: number) =>
    features[i].map((v, j) => (sd[j] > 0 ? (v - mean[j]) / sd[j] : 0));
  const fit = fitLogistic(
    train.map(scale),
    train.map((i) => labels[i]),
    { l2 },
  );
  const b = fit.coefficients;
  for (const i of test) {
    const z = scale(i);
    let eta = b[0];
    for (let j = 0; j < p; j++) eta += b[j + 1] * z[j];
    scores[i] = eta;
  }
  return auc(test.map((i) => scores[i]), test.map((i) => labels[i]));
}

function stratifiedFolds(
  byClass: number[][],
  n: number,
  folds: number,
  seed: number,
  fail: (what: string) => never,
): number[] {
  const rng = randomLcg(seed);
  const foldOf = new Array<number>(n).fill(0);
  for (const [label, members] of byClass.entries()) {
    if (members.length < folds) {
      fail(
        `class ${label} has ${members.length} rows, fewer than ${folds} folds: use fewer folds`,
      );
    }
    const idx = members.slice();
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    idx.forEach((row, k) => (foldOf[row] = k % folds));
  }
  return foldOf;
}
