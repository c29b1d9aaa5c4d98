/**
 * The takedown-vs-baseline comparison of two releases
 * ({@link compareReleases}: lib/profile's account metrics for each group, the
 * per-metric comparison table, hour / weekday / client distributions with an
 * account-permutation test, separability) and a seeded split of a release's accounts for
 * negative controls ({@link splitAccounts}).
 *
 * The steps of notebook 04 take an opened study (lib/study) and return a
 * `StepResult` for `present()`:
 *
 * ```ts ignore
 * const comparisons = await compareSetsStep(study);
 * await present(study, comparisons);
 * await present(study, await negativeControlStep(study, comparisons.value));
 * ```
 *
 * Local time of both groups is read at {@link comparisonUtcOffset}: the
 * `--utc-offset` parameter when given, else `--baseline-utc-offset`.
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
export { comparisonText } from "./comparison_text.ts";
export {
  type Separability,
  separability,
  type SeparabilityOptions,
} from "./separability.ts";
export { splitAccounts } from "./split_accounts.ts";
export {
  comparisonUtcOffset,
  utcOffsetLabel,
} from "./comparison_utc_offset.ts";
export {
  baselineMatchingStep,
  compareSetsStep,
  comparisonBurstsStep,
  comparisonLabel,
  comparisonOptions,
  type ComparisonStepOptions,
  LARGE_EFFECT,
  largeEffectsSentence,
  type MatchingRow,
  SMALL_EFFECT,
  tableSlug,
} from "./comparison_steps.ts";
export {
  categoricalStep,
  type SmallEffectRow,
  smallEffectsStep,
} from "./comparison_detail_steps.ts";
export {
  comparisonFigures,
  comparisonFiguresStep,
  type EcdfFigure,
  metricByGroup,
} from "./comparison_figures_step.ts";
export {
  type FeatureWeightRow,
  separabilityDisplay,
  separabilityFeaturesStep,
  type SeparabilityRow,
  separabilityRow,
  separabilityStep,
} from "./separability_steps.ts";
export {
  chanceAucMargin,
  negativeControlChecks,
  negativeControlStep,
} from "./negative_control_step.ts";
export {
  COVERAGE_METRICS,
  type CoverageRow,
  TWARC2_SAMPLE,
  twarc2SampleStep,
} from "./twarc2_sample_step.ts";
