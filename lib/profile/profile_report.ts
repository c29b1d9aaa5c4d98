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
import { creationBursts } from "./creation_bursts.ts";
import { creationCounts } from "./creation_counts.ts";
import { diurnalReference } from "./diurnal_reference.ts";
import { inferUtcOffset } from "./infer_utc_offset.ts";
import { profileSignals } from "./profile_signals.ts";
import { weekdayHourMatrix } from "./weekday_hour_matrix.ts";
import { weeklyRhythm } from "./weekly_rhythm.ts";

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
  /** The baseline's UTC offset in hours (default 0). */
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
 *   `cadence.by_weekday`, `cadence.inferred_utc_offset` (null without a
 *   baseline reference), `cadence.working_hours_share` at
 *   `cadence.local_utc_offset`, whose origin `cadence.local_offset_source`
 *   is `given` (option `utcOffset`), `inferred`, or `utc_default` (0,
 *   when neither exists)
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
  const baselineOffset = options.baselineUtcOffset ?? 0;
  const top = options.top ?? 20;

  // Account creation.
  const counts = await creationCounts(users, { baseline: baseline?.users });
  const bursts = await creationBursts(users, { baseline: baseline?.users });
  const topDays = Object.entries(counts.set.by_day)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 10);

  // Cadence.
  const utcGrid = await weekdayHourMatrix(tweets, 0);
  const reference = baseline
    ? await diurnalReference(baseline.tweets, baselineOffset)
    : null;
  const fit = reference ? inferUtcOffset(utcGrid.by_hour, reference) : null;
  const localOffset = options.utcOffset ?? fit?.utc_offset ?? 0;
  const source = options.utcOffset !== undefined
    ? "given"
    : fit
    ? "inferred"
    : "utc_default";
  const rhythm = await weeklyRhythm(tweets, localOffset);
  const localGrid = localOffset === 0
    ? utcGrid
    : await weekdayHourMatrix(tweets, localOffset);

  // Per-account table, and the set-level summaries drawn from it.
  const table = await accountMetrics(users, tweets, {
    taxonomy: options.taxonomy,
    utcOffset: localOffset,
    bursts,
    reference,
    minTweetsIntervals: options.minTweetsIntervals,
    minTweetsOffset: options.minTweetsOffset,
  });
  const minIntervals = options.minTweetsIntervals ?? 10;
  const intervalRows = table.filter(
    pl.col("n_tweets_with_time").gtEq(minIntervals),
  );
  const accountOffsets = table
    .filter(pl.col("inferred_utc_offset").isNotNull())
    .groupBy("inferred_utc_offset")
    .agg(pl.len().alias("n"))
    .sort("inferred_utc_offset");
  const signals = await profileSignals(users).collect();
  const nTweetsMissingTime = utcGrid.n_missing_time;
  const clients = await clientMix(tweets, options.taxonomy);
  const behaviour = await behaviourMix(tweets, { topDomains: top });

  const report = {
    release: release.name,
    synthetic: release.synthetic ?? false,
    baseline: baseline?.name ?? null,
    creation: {
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
    },
    profile: {
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
    },
    dormancy: {
      n_accounts: count(table, pl.col("dormancy_days").isNotNull()),
      median_dormancy_days: medianOf(table, "dormancy_days"),
      median_age_at_last_tweet_days: medianOf(table, "age_at_last_tweet_days"),
    },
    cadence: {
      n_tweets: utcGrid.n_tweets,
      n_missing_time: nTweetsMissingTime,
      weekday_hour: utcGrid.counts,
      by_hour: utcGrid.by_hour,
      by_weekday: utcGrid.by_weekday,
      reference: reference
        ? {
          source: "baseline",
          name: baseline!.name,
          utc_offset: baselineOffset,
        }
        : null,
      inferred_utc_offset: fit?.utc_offset ?? null,
      offset_fit: fit
        ? {
          distance: fit.distance,
          second_offset: fit.second_offset,
          margin: fit.margin,
          curve: fit.curve,
        }
        : null,
      account_offsets: rows(accountOffsets).map((
        r,
      ) => [r.inferred_utc_offset, r.n]),
      local_utc_offset: localOffset,
      local_offset_source: source,
      weekday_hour_local: localGrid.counts,
      working_hours_share: rhythm.working_hours_share,
      weekend_ratio: rhythm.weekend_ratio,
      weekend_tweets: rhythm.weekend_tweets,
      weekday_tweets: rhythm.weekday_tweets,
      weekend_days: rhythm.weekend_days,
      weekday_days: rhythm.weekday_days,
      median_tweets_per_active_day: medianOf(table, "tweets_per_active_day"),
    },
    intervals: {
      resolution: "minute (archive tweet_time); zero gaps kept",
      min_tweets: minIntervals,
      n_accounts: count(table, pl.col("median_gap_s").isNotNull()),
      n_accounts_too_few: count(
        table,
        pl.col("n_tweets_with_time").gt(0).and(
          pl.col("n_tweets_with_time").lt(minIntervals),
        ),
      ),
      n_tweets_missing_time: nTweetsMissingTime,
      median_of_median_interval_s: medianOf(intervalRows, "median_gap_s"),
      median_burstiness: medianOf(intervalRows, "burstiness"),
      median_memory: medianOf(intervalRows, "memory"),
      median_regularity: medianOf(intervalRows, "regularity"),
    },
    clients: {
      n_tweets: clients.n_tweets,
      n_missing_client: clients.n_missing_client,
      by_category: clients.by_category,
      top_clients: clients.by_client.slice(0, top),
    },
    behaviour,
  };
  return { report: finite(report) as Record<string, unknown>, accounts: table };
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
