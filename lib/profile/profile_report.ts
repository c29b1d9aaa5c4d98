/**
 * The whole profile of a release as one JSON-ready object (used by
 * `cli/profile.ts`).
 *
 * @module
 */
import pl from "nodejs-polars";
import type { Release } from "../io/release_types.ts";
import { medianOf } from "./_median.ts";
import { accountMetrics } from "./account_metrics.ts";
import { behaviourMix } from "./behaviour_mix.ts";
import { clientMix } from "./client_mix.ts";
import type { ClientTaxonomy } from "./client_taxonomy.ts";
import { type CreationBursts, creationBursts } from "./creation_bursts.ts";
import { type CreationCounts, creationCounts } from "./creation_counts.ts";
import { diurnalReference } from "./diurnal_reference.ts";
import { dailyRhythmFit } from "./daily_rhythm_fit.ts";
import {
  DEFAULT_BASELINE_UTC_OFFSET,
  type LocalOffset,
  localUtcOffset,
} from "./local_utc_offset.ts";
import { profileSignals } from "./profile_signals.ts";
import {
  type WeekdayHourMatrix,
  weekdayHourMatrix,
} from "./weekday_hour_matrix.ts";
import { type WeeklyRhythm, weeklyRhythm } from "./weekly_rhythm.ts";

/** The parts of a release the profile reads. */
export type ProfileInput = Pick<Release, "name" | "users" | "tweets"> & {
  synthetic?: boolean;
};

/** Options of {@linkcode profileReport}. */
export interface ProfileReportOptions {
  /** Client taxonomy (`loadClientTaxonomy()`). */
  taxonomy: ClientTaxonomy;
  /** Baseline release: creation rate for bursts and diurnal reference. */
  baseline?: ProfileInput;
  /**
   * The baseline's UTC offset in hours (default: the study parameters'
   * `baseline_utc_offset` default, −4).
   */
  baselineUtcOffset?: number;
  /** A given UTC offset for local-time figures; absent: the inferred one. */
  utcOffset?: number;
  /** Minimum tweets per account for interval statistics (default 10). */
  minTweetsIntervals?: number;
  /** Minimum tweets per account for offset inference (default 50). */
  minTweetsOffset?: number;
  /** Top N URL domains and clients listed (default 20). */
  top?: number;
}

/**
 * Profiles a release: account creation (counts, bursts), profile signals,
 * dormancy, posting cadence (weekday × hour, time-zone inference, working
 * hours, weekend ratio), intervals, clients and behaviour mix.
 *
 * Field names are stable (`cli/profile.ts --json` prints this object) and
 * key order is fixed. Among them:
 * - `creation.by_month` `{"YYYY-MM": n}`, `creation.top_days`
 *   `[["YYYY-MM-DD", n], …]` (count desc, date asc, first 10),
 *   `creation.bursts` (see `creationBursts`, with userids)
 * - `cadence.weekday_hour` (7 × 24, UTC, Monday = 0), `cadence.by_hour`,
 *   `cadence.by_weekday`; `cadence.inferred_utc_offset`: the best offset
 *   of the day template (human day from the baseline, office day) the
 *   profile is closest to (`dailyRhythmFit`, as notebook 03), null without
 *   a baseline reference or when the profile is closest to flat;
 *   `cadence.offset_fit`: that template's fit (null likewise);
 *   `cadence.working_hours_share` at `cadence.local_utc_offset`, whose
 *   origin `cadence.local_offset_source` (`localUtcOffset`) is `given`
 *   (option `utcOffset`), `inferred`, `no_rhythm` (closest to flat: the
 *   baseline's offset) or `utc_default` (0, without a baseline reference)
 * - `intervals.n_accounts`, `intervals.median_of_median_interval_s`,
 *   `intervals.median_burstiness`
 * - `clients.by_category`
 *
 * @param release the set to profile
 * @param options see {@linkcode ProfileReportOptions}
 * @returns `report`, the JSON-ready object (numbers finite or null), and
 *   `accounts`, the `accountMetrics` table it summarises (working hours at
 *   the report's local offset; per-account offsets when a baseline gave a
 *   reference)
 */
export async function profileReport(
  release: ProfileInput,
  options: ProfileReportOptions,
): Promise<{ report: Record<string, unknown>; accounts: pl.DataFrame }> {
  const { users, tweets } = release;
  const baseline = options.baseline;
  const top = options.top ?? 20;
  const counts = await creationCounts(users, { baseline: baseline?.users });
  const bursts = await creationBursts(users, { baseline: baseline?.users });
  const cadence = await cadenceFigures(tweets, options);
  const table = await accountMetrics(users, tweets, {
    taxonomy: options.taxonomy,
    utcOffset: cadence.local.utc_offset,
    bursts,
    reference: cadence.reference,
    minTweetsIntervals: options.minTweetsIntervals,
    minTweetsOffset: options.minTweetsOffset,
  });
  const minIntervals = options.minTweetsIntervals ?? 10;
  const signals = await profileSignals(users).collect();
  const clients = await clientMix(tweets, options.taxonomy);
  const report = {
    release: release.name,
    synthetic: release.synthetic ?? false,
    baseline: baseline?.name ?? null,
    creation: creationSection(counts, bursts),
    profile: profileSection(signals),
    dormancy: {
      n_accounts: count(table, pl.col("dormancy_days").isNotNull()),
      median_dormancy_days: medianOf(table, "dormancy_days"),
      median_age_at_last_tweet_days: medianOf(table, "age_at_last_tweet_days"),
    },
    cadence: cadenceSection(cadence, baseline?.name ?? null, table),
    intervals: intervalsSection(
      table,
      minIntervals,
      cadence.utc.n_missing_time,
    ),
    clients: {
      n_tweets: clients.n_tweets,
      n_missing_client: clients.n_missing_client,
      by_category: clients.by_category,
      top_clients: clients.by_client.slice(0, top),
    },
    behaviour: await behaviourMix(tweets, { topDomains: top }),
  };
  return { report: finite(report) as Record<string, unknown>, accounts: table };
}

/** The set-level cadence figures of a profile. */
interface CadenceFigures {
  utc: WeekdayHourMatrix;
  /** The baseline's local-hour profile (null without a baseline). */
  reference: number[] | null;
  /** The baseline's offset. */
  baselineOffset: number;
  fit: ReturnType<typeof dailyRhythmFit>;
  local: LocalOffset;
  localGrid: WeekdayHourMatrix;
  rhythm: WeeklyRhythm;
}

/**
 * Weekday × hour counts, the daily-rhythm fit against the baseline's human
 * day, the office day and flat, and the local offset they give
 * (`localUtcOffset`, the choice notebook 03 makes).
 */
async function cadenceFigures(
  tweets: pl.LazyDataFrame,
  options: ProfileReportOptions,
): Promise<CadenceFigures> {
  const baselineOffset = options.baselineUtcOffset ??
    DEFAULT_BASELINE_UTC_OFFSET;
  const utc = await weekdayHourMatrix(tweets, 0);
  const reference = options.baseline
    ? await diurnalReference(options.baseline.tweets, baselineOffset)
    : null;
  const fit = reference ? dailyRhythmFit(utc.by_hour, reference) : null;
  const local = localUtcOffset(fit, {
    baselineUtcOffset: reference ? baselineOffset : null,
    given: options.utcOffset,
  });
  const localGrid = local.utc_offset === 0
    ? utc
    : await weekdayHourMatrix(tweets, local.utc_offset);
  const rhythm = await weeklyRhythm(tweets, local.utc_offset);
  return { utc, reference, baselineOffset, fit, local, localGrid, rhythm };
}

/** `report.creation`. */
function creationSection(counts: CreationCounts, bursts: CreationBursts) {
  const topDays = Object.entries(counts.set.by_day)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 10);
  return {
    n_accounts: counts.set.n_valid,
    n_missing_date: counts.set.n_missing,
    first_day: counts.set.first_day,
    last_day: counts.set.last_day,
    by_month: counts.set.by_month,
    by_week: counts.set.by_week,
    by_day: counts.set.by_day,
    top_days: topDays,
    baseline_by_month: counts.baseline?.by_month ?? null,
    burst_method: bursts.method,
    burst_params: {
      window_days: bursts.window_days,
      pseudocount: bursts.pseudocount,
      alpha: bursts.alpha,
      min_count: bursts.min_count,
    },
    n_days_tested: bursts.days.length,
    n_in_bursts: bursts.n_in_bursts,
    share_in_bursts: bursts.share_in_bursts,
    bursts: bursts.bursts,
  };
}

/** `report.profile`. */
function profileSection(signals: pl.DataFrame) {
  return {
    n_users_rows: signals.height,
    n_hashed_screen_names: count(signals, pl.col("screen_name_hashed")),
    default_handle_share: meanOf(signals, "default_handle"),
    n_default_handle_applicable: count(
      signals,
      pl.col("default_handle").isNotNull(),
    ),
    empty_profile_share: meanOf(signals, "empty_profile"),
    median_follower_following_ratio: medianOf(
      signals,
      "follower_following_ratio",
    ),
  };
}

/** `report.cadence`. */
function cadenceSection(
  c: CadenceFigures,
  baselineName: string | null,
  table: pl.DataFrame,
) {
  const day = c.fit && c.fit.closest !== "flat" ? c.fit[c.fit.closest] : null;
  const accountOffsets = table
    .filter(pl.col("inferred_utc_offset").isNotNull())
    .groupBy("inferred_utc_offset")
    .agg(pl.len().alias("n"))
    .sort("inferred_utc_offset");
  return {
    n_tweets: c.utc.n_tweets,
    n_missing_time: c.utc.n_missing_time,
    weekday_hour: c.utc.counts,
    by_hour: c.utc.by_hour,
    by_weekday: c.utc.by_weekday,
    reference: c.reference
      ? { source: "baseline", name: baselineName, utc_offset: c.baselineOffset }
      : null,
    inferred_utc_offset: c.fit?.utc_offset ?? null,
    offset_fit: day
      ? {
        distance: day.distance,
        second_offset: day.second_offset,
        margin: day.margin,
        curve: day.curve,
      }
      : null,
    account_offsets: rows(accountOffsets).map((
      r,
    ) => [r.inferred_utc_offset, r.n]),
    local_utc_offset: c.local.utc_offset,
    local_offset_source: c.local.source,
    weekday_hour_local: c.localGrid.counts,
    working_hours_share: c.rhythm.working_hours_share,
    weekend_ratio: c.rhythm.weekend_ratio,
    weekend_tweets: c.rhythm.weekend_tweets,
    weekday_tweets: c.rhythm.weekday_tweets,
    weekend_days: c.rhythm.weekend_days,
    weekday_days: c.rhythm.weekday_days,
    median_tweets_per_active_day: medianOf(table, "tweets_per_active_day"),
  };
}

/** `report.intervals`. */
function intervalsSection(
  table: pl.DataFrame,
  minIntervals: number,
  nMissingTime: number,
) {
  const intervalRows = table.filter(
    pl.col("n_tweets_with_time").gtEq(minIntervals),
  );
  return {
    resolution: "minute (archive tweet_time); zero gaps kept",
    min_tweets: minIntervals,
    n_accounts: count(table, pl.col("median_gap_s").isNotNull()),
    n_accounts_too_few: count(
      table,
      pl.col("n_tweets_with_time").gt(0).and(
        pl.col("n_tweets_with_time").lt(minIntervals),
      ),
    ),
    n_tweets_missing_time: nMissingTime,
    median_of_median_interval_s: medianOf(intervalRows, "median_gap_s"),
    median_burstiness: medianOf(intervalRows, "burstiness"),
    median_memory: medianOf(intervalRows, "memory"),
    median_regularity: medianOf(intervalRows, "regularity"),
  };
}

function count(df: pl.DataFrame, e: pl.Expr): number {
  return Number(
    df.select(e.cast(pl.Float64).sum().alias("k")).getColumn("k")
      .toArray()[0] ?? 0,
  );
}

function meanOf(df: pl.DataFrame, c: string): number | null {
  const v = df.select(pl.col(c).mean()).getColumn(c).toArray()[0];
  return v === null || v === undefined || Number.isNaN(v) ? null : Number(v);
}

function rows(df: pl.DataFrame): Record<string, number>[] {
  return df.toRecords() as Record<string, number>[];
}

/** Deep copy with non-finite numbers replaced by null (JSON has no NaN). */
function finite(x: unknown): unknown {
  if (typeof x === "number") return Number.isFinite(x) ? x : null;
  if (typeof x === "bigint") return Number(x);
  if (Array.isArray(x)) return x.map(finite);
  if (x && typeof x === "object" && !(x instanceof Date)) {
    return Object.fromEntries(
      Object.entries(x).map(([k, v]) => [k, finite(v)]),
    );
  }
  return x;
}
