/**
 * Account-creation and posting-cadence profiling of a release.
 *
 * Everything here reads a release's `users` and `tweets` lazy frames in the
 * archive schema (`lib/io/schema.ts`) and does the heavy work as polars
 * expressions (group-bys, window functions); JavaScript only loops over
 * per-day or per-account aggregates.
 *
 * Conventions:
 * - `tweet_time` is naive UTC at minute resolution; local time at a UTC
 *   offset o is UTC + o hours, a fixed offset (no daylight saving), whole
 *   or half hours in −12 … +14. Weekdays are numbered Monday = 0.
 * - Rows with a null `tweet_time` or `account_creation_date` are left out
 *   of the figures that need them and counted (`n_missing_*`).
 * - Quantiles and medians are type 7 (linear interpolation between order
 *   statistics: R's and numpy's default), via polars
 *   `quantile(p, "linear")`.
 * - Per-account tables are polars DataFrames sorted by userid with Float64
 *   metric columns (null where undefined).
 *
 * Parts:
 * - creation: {@linkcode creationCounts}, {@linkcode creationBursts}
 *   (Poisson upper tail {@linkcode poissonUpperTail}, Benjamini–Hochberg)
 * - dormancy and profile signals: {@linkcode dormancy},
 *   {@linkcode accountAgeDays}, {@linkcode profileSignals}
 * - cadence: {@linkcode weekdayHourMatrix}, {@linkcode diurnalReference},
 *   {@linkcode inferUtcOffset}, {@linkcode inferUtcOffsetByAccount},
 *   {@linkcode weeklyRhythm}, {@linkcode weeklyRhythmByAccount},
 *   {@linkcode activityStats}, {@linkcode intervalStats}
 * - clients: {@linkcode loadClientTaxonomy}, {@linkcode clientCategory},
 *   {@linkcode clientMix}, {@linkcode clientMixByAccount}
 *   (`data/client_taxonomy.csv`)
 * - behaviour: {@linkcode behaviourMix}, {@linkcode behaviourMixByAccount}
 * - everything per account: {@linkcode accountMetrics}; everything per
 *   set: {@linkcode profileReport}
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { weekdayHourMatrix } from "./mod.ts";
 * import { equal } from "node:assert/strict";
 * const tweets = pl.DataFrame({
 *   tweet_time: pl.Series([new Date("2024-01-01T12:00:00Z")]).cast(pl.Datetime("ms")),
 * }).lazy();
 * equal((await weekdayHourMatrix(tweets, -4.5)).counts[0][7], 1); // Mon 07:30
 * ```
 *
 * @module
 */
export { accountAgeDays } from "./account_age_days.ts";
export {
  ACCOUNT_METRIC_COLUMNS,
  accountMetrics,
  type AccountMetricsOptions,
} from "./account_metrics.ts";
export { activityStats } from "./activity_stats.ts";
export {
  type BehaviourMix,
  behaviourMix,
  URL_HOST_PATTERN,
} from "./behaviour_mix.ts";
export { behaviourMixByAccount } from "./behaviour_mix_by_account.ts";
export { type ClientMix, clientMix } from "./client_mix.ts";
export { clientMixByAccount } from "./client_mix_by_account.ts";
export {
  CLIENT_CATEGORIES,
  type ClientCategory,
  clientCategory,
  type ClientTaxonomy,
  type ClientTaxonomyEntry,
  DEFAULT_CLIENT_TAXONOMY,
  loadClientTaxonomy,
  parseClientTaxonomy,
} from "./client_taxonomy.ts";
export {
  type BurstDay,
  type CreationBurstOptions,
  type CreationBursts,
  creationBursts,
} from "./creation_bursts.ts";
export {
  type CreationCounts,
  creationCounts,
  type CreationTally,
} from "./creation_counts.ts";
export { diurnalReference } from "./diurnal_reference.ts";
export { dormancy } from "./dormancy.ts";
export {
  CANDIDATE_OFFSETS,
  inferUtcOffset,
  type OffsetFit,
} from "./infer_utc_offset.ts";
export { inferUtcOffsetByAccount } from "./infer_utc_offset_by_account.ts";
export { type IntervalStats, intervalStats } from "./interval_stats.ts";
export {
  type ProfileInput,
  profileReport,
  type ProfileReportOptions,
} from "./profile_report.ts";
export { profileText } from "./profile_text.ts";
export {
  DEFAULT_HANDLE_PATTERN,
  HASHED_NAME_PATTERN,
  profileSignals,
} from "./profile_signals.ts";
export {
  type WeekdayHourMatrix,
  weekdayHourMatrix,
} from "./weekday_hour_matrix.ts";
export { type WeeklyRhythm, weeklyRhythm } from "./weekly_rhythm.ts";
export { weeklyRhythmByAccount } from "./weekly_rhythm_by_account.ts";
// The steps of notebook 02 (account creation) and 03 (posting cadence): each
// takes an opened study and returns what a reader sees (see lib/study).
export {
  baselineOverlapStep,
  creationByMonthStep,
  creationCountsStep,
} from "./creation_steps.ts";
export {
  creationBurstsStep,
  uncorrectedDaysStep,
} from "./creation_burst_steps.ts";
export { creationBurstChecks } from "./creation_checks.ts";
export { dormancyStep } from "./dormancy_steps.ts";
export { profileSignalsStep } from "./signals_steps.ts";
export {
  followerRatioStep,
  profileComparisonStep,
} from "./signals_comparison_steps.ts";
export { localWeekStep, utcWeekStep } from "./cadence_week_steps.ts";
export {
  type CadenceOffsets,
  cadenceOffsets,
  offsetFitStep,
} from "./cadence_offset_steps.ts";
export { accountOffsetsStep } from "./account_offsets_step.ts";
export { gapsStep, intervalsStep } from "./cadence_gap_steps.ts";
export { activityStep, clientMixStep } from "./cadence_activity_steps.ts";
export { behaviourStep } from "./cadence_behaviour_steps.ts";
export {
  CADENCE_METRICS,
  cadenceComparisonStep,
} from "./cadence_comparison_step.ts";
export { cadenceDemoChecks } from "./cadence_checks.ts";
// Methods the steps and `./lab profile` share.
export {
  DEFAULT_BASELINE_UTC_OFFSET,
  type LocalOffset,
  localOffsetLabel,
  type LocalOffsetSource,
  localUtcOffset,
} from "./local_utc_offset.ts";
export {
  REGULAR_GAPS_S,
  REGULARITY_MIN,
  regularPosters,
} from "./regular_posting.ts";
export { minuteTweets } from "./minute_tweets.ts";
export {
  type DailyRhythmFit,
  dailyRhythmFit,
  OFFICE_DAY_REFERENCE,
  RHYTHM_TEMPLATES,
  type RhythmTemplate,
} from "./daily_rhythm_fit.ts";
export { dailyRhythmFitByAccount } from "./daily_rhythm_fit_by_account.ts";
