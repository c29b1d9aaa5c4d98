/**
 * Statistics for comparing a takedown group of accounts with a baseline:
 * two-sample tests that reproduce R 4.2 (KS, Mann–Whitney, chi-squared),
 * effect sizes (Cliff's delta, rank-biserial), Jensen–Shannon divergence,
 * Benjamini–Hochberg q-values, Holm adjustment, Poisson-binomial tails, a
 * seeded bootstrap, type-7 quantiles,
 * cross-validated separability (AUC), and the per-metric comparison table.
 *
 * On top of them, the takedown-vs-baseline comparison of two releases
 * ({@link compareReleases}: lib/profile's account metrics for each group,
 * the metric table, hour / weekday / client distributions with an
 * account-permutation test, separability), baseline loading by format
 * ({@link loadBaseline}) and a seeded split of a release's accounts for
 * negative controls ({@link splitAccounts}).
 *
 * R agreement is tested against `testdata/r_reference.json`, written by
 * `testdata/make_fixtures.R` (relative tolerance 1e-9). See `README.md`.
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
export {
  type AccountCategoryCounts,
  accountCategoryCounts,
  type AccountCategoryCountsOptions,
  CATEGORICAL_VARIABLES,
  type CategoricalVariable,
} from "./accountCategoryCounts.ts";
export { auc } from "./auc.ts";
export { benjaminiHochberg } from "./benjaminiHochberg.ts";
export { holm } from "./holm.ts";
export {
  bootstrapCI,
  type BootstrapOptions,
  type BootstrapResult,
} from "./bootstrapCI.ts";
export {
  chiSquaredHomogeneity,
  type ChiSquaredOptions,
  type ChiSquaredResult,
} from "./chiSquaredHomogeneity.ts";
export { cliffsDelta } from "./cliffsDelta.ts";
export { poissonBinomialTail } from "./poissonBinomialTail.ts";
export {
  type BurstSummary,
  type CategoricalRow,
  compareReleases,
  type CompareReleasesOptions,
  type ComparisonInput,
  type MetricComparisonRow,
  type ReleaseComparison,
} from "./compareReleases.ts";
export { comparisonJson } from "./comparisonJson.ts";
export {
  COMPARISON_METRICS,
  type ComparisonMetric,
  SEPARABILITY_FEATURES,
  type SeparabilityFeature,
} from "./comparisonMetrics.ts";
export {
  categoricalRecords,
  comparisonRecords,
  type FlatRecord,
  type RecordsOptions,
} from "./comparisonRecords.ts";
export {
  type ComparisonRow,
  comparisonTable,
  type ComparisonTableOptions,
} from "./comparisonTable.ts";
export { comparisonText } from "./comparisonText.ts";
export {
  crossValidatedAUC,
  type CrossValidatedAUCOptions,
  type CrossValidatedAUCResult,
} from "./crossValidatedAUC.ts";
export {
  fitLogistic,
  type FitLogisticOptions,
  type FitLogisticResult,
} from "./fitLogistic.ts";
export { iqr, quartiles } from "./iqr.ts";
export { jensenShannon } from "./jensenShannon.ts";
export {
  BASELINE_FORMATS,
  type BaselineFormat,
  detectBaselineFormat,
  loadBaseline,
  type LoadBaselineOptions,
} from "./loadBaseline.ts";
export { ksTest2, type KsTest2Result } from "./ksTest2.ts";
export { mannWhitneyU, type MannWhitneyUResult } from "./mannWhitneyU.ts";
export { median } from "./median.ts";
export {
  permutationChiSquared,
  type PermutationChiSquaredOptions,
  type PermutationChiSquaredResult,
} from "./permutationChiSquared.ts";
export { quantile7 } from "./quantile7.ts";
export { rankBiserial } from "./rankBiserial.ts";
export {
  type Separability,
  separability,
  type SeparabilityOptions,
} from "./separability.ts";
export { splitAccounts } from "./splitAccounts.ts";
