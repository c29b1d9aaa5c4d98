/**
 * Statistical primitives, each checked against R 4.2 or a hand-computed case:
 * two-sample tests (Kolmogorov–Smirnov as `ks.test`, Mann–Whitney as
 * `wilcox.test(exact = FALSE, correct = TRUE)`, chi-squared homogeneity and
 * its account-permutation version), effect sizes (Cliff's delta,
 * rank-biserial), Jensen–Shannon divergence, multiple-testing corrections
 * (Benjamini–Hochberg, Holm), Poisson and Poisson-binomial upper tails, a
 * seeded percentile bootstrap, type-7 quantiles, and a ridge logistic
 * regression with cross-validated AUC, and the per-metric comparison table
 * of two groups (KS, Mann–Whitney, Cliff's delta with a bootstrap CI, BH q).
 *
 * R agreement is tested against `testdata/r_reference.json`, written by
 * `testdata/make_fixtures.R` (relative tolerance 1e-9).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { cliffsDelta, ksTest2, mannWhitneyU } from "./mod.ts";
 * const takedown = [12, 15, 30, 41, 55];
 * const baseline = [3, 5, 8, 13, 21];
 * assert.equal(ksTest2(takedown, baseline).method, "exact");
 * assert.equal(mannWhitneyU(takedown, baseline).statistic, 22);
 * assert.equal(cliffsDelta(takedown, baseline), 0.76);
 * ```
 *
 * @module
 */
export { auc } from "./auc.ts";
export { benjaminiHochberg } from "./benjamini_hochberg.ts";
export { holm } from "./holm.ts";
export {
  bootstrapCI,
  type BootstrapOptions,
  type BootstrapResult,
} from "./bootstrap_ci.ts";
export {
  chiSquaredHomogeneity,
  type ChiSquaredOptions,
  type ChiSquaredResult,
} from "./chi_squared_homogeneity.ts";
export { cliffsDelta } from "./cliffs_delta.ts";
export { poissonBinomialTail } from "./poisson_binomial_tail.ts";
export {
  crossValidatedAUC,
  type CrossValidatedAUCOptions,
  type CrossValidatedAUCResult,
} from "./cross_validated_auc.ts";
export {
  fitLogistic,
  type FitLogisticOptions,
  type FitLogisticResult,
} from "./fit_logistic.ts";
export { iqr, quartiles } from "./iqr.ts";
export { jensenShannon } from "./jensen_shannon.ts";
export { ksTest2, type KsTest2Result } from "./ks_test2.ts";
export { mannWhitneyU, type MannWhitneyUResult } from "./mann_whitney_u.ts";
export { median } from "./median.ts";
export {
  permutationChiSquared,
  type PermutationChiSquaredOptions,
  type PermutationChiSquaredResult,
} from "./permutation_chi_squared.ts";
export { quantile7 } from "./quantile7.ts";
export { rankBiserial } from "./rank_biserial.ts";
export { poissonUpperTail } from "./poisson_upper_tail.ts";
export {
  type ComparisonRow,
  comparisonTable,
  type ComparisonTableOptions,
} from "./comparison_table.ts";
