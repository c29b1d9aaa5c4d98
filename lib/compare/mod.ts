/**
 * The takedown-vs-baseline comparison of two releases
 * ({@link compareReleases}: lib/profile's account metrics for each group, the
 * per-metric comparison table, hour / weekday / client distributions with an
 * account-permutation test, separability), baseline loading by format
 * ({@link loadBaseline}) and a seeded split of a release's accounts for
 * negative controls ({@link splitAccounts}).
 *
 * The statistics it uses (KS, Mann–Whitney, chi-squared, Cliff's delta,
 * Benjamini–Hochberg, bootstrap, cross-validated AUC) live in `lib/stats`.
 * See `README.md`.
 *
 * @module
 */
export {
  type AccountCategoryCounts,
  accountCategoryCounts,
  type AccountCategoryCountsOptions,
  CATEGORICAL_VARIABLES,
  type CategoricalVariable,
} from "./account_category_counts.ts";
export {
  type BurstSummary,
  type CategoricalRow,
  compareReleases,
  type CompareReleasesOptions,
  type ComparisonInput,
  type MetricComparisonRow,
  type ReleaseComparison,
} from "./compare_releases.ts";
export { comparisonJson } from "./comparison_json.ts";
export {
  COMPARISON_METRICS,
  type ComparisonMetric,
  SEPARABILITY_FEATURES,
  type SeparabilityFeature,
} from "./comparison_metrics.ts";
export {
  categoricalRecords,
  comparisonRecords,
  type FlatRecord,
  type RecordsOptions,
} from "./comparison_records.ts";
export {
  type ComparisonRow,
  comparisonTable,
  type ComparisonTableOptions,
} from "./comparison_table.ts";
export { comparisonText } from "./comparison_text.ts";
export {
  BASELINE_FORMATS,
  type BaselineFormat,
  detectBaselineFormat,
  loadBaseline,
  type LoadBaselineOptions,
} from "./load_baseline.ts";
export {
  type Separability,
  separability,
  type SeparabilityOptions,
} from "./separability.ts";
export { splitAccounts } from "./split_accounts.ts";
