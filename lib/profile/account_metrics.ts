/**
 * The account-level metrics table.
 *
 * @module
 */
import pl from "nodejs-polars";
import { activityStats } from "./activity_stats.ts";
import { behaviourMixByAccount } from "./behaviour_mix_by_account.ts";
import { clientMixByAccount } from "./client_mix_by_account.ts";
import type { ClientTaxonomy } from "./client_taxonomy.ts";
import { type CreationBursts, creationBursts } from "./creation_bursts.ts";
import { dormancy } from "./dormancy.ts";
import { dailyRhythmFitByAccount } from "./daily_rhythm_fit_by_account.ts";
import { intervalStats } from "./interval_stats.ts";
import { profileSignals } from "./profile_signals.ts";
import { weeklyRhythmByAccount } from "./weekly_rhythm_by_account.ts";

/** Options of {@linkcode accountMetrics}. */
export interface AccountMetricsOptions {
  /** Client taxonomy for the client shares (`loadClientTaxonomy()`). */
  taxonomy: ClientTaxonomy;
  /** Fixed UTC offset for working hours and weekend ratio (default 0). */
  utcOffset?: number;
  /** Creation bursts already computed for these users; else computed here. */
  bursts?: CreationBursts;
  /** Baseline users for burst detection when `bursts` is not given. */
  baselineUsers?: pl.LazyDataFrame;
  /** Minimum valid-time tweets for interval statistics (default 10). */
  minTweetsIntervals?: number;
  /**
   * Local-hour human reference for per-account offset inference
   * (`dailyRhythmFitByAccount`); absent: skipped.
   */
  reference?: readonly number[] | null;
  /** Minimum valid-time tweets for per-account offset inference (default 50). */
  minTweetsOffset?: number;
}

/** Columns of the table, in order (all but `userid` are Float64). */
export const ACCOUNT_METRIC_COLUMNS = [
  "userid",
  "creation_year",
  "in_burst",
  "dormancy_days",
  "age_at_last_tweet_days",
  "n_tweets",
  "n_tweets_with_time",
  "active_days",
  "tweets_per_active_day",
  "peak_tweets_minute",
  "peak_tweets_hour",
  "median_gap_s",
  "mean_gap_s",
  "burstiness",
  "memory",
  "regularity",
  "working_hours_share",
  "weekend_ratio",
  "inferred_utc_offset",
  "utc_offset_margin",
  "retweet_share",
  "reply_share",
  "quote_share",
  "original_share",
  "official_client_share",
  "scheduler_client_share",
  "automation_client_share",
  "hashtags_per_tweet",
  "urls_per_tweet",
  "mentions_per_tweet",
  "default_handle",
  "empty_profile",
  "follower_following_ratio",
] as const;

/**
 * One row per userid found in `users` or `tweets` (sorted by userid), with
 * the columns of {@linkcode ACCOUNT_METRIC_COLUMNS}; every metric column is
 * Float64 (null where undefined) so it can be read as a number array.
 * Definitions are those of the functions that compute them:
 * - `creation_year`: UTC year of `account_creation_date` (see `dormancy`)
 * - `in_burst`: 1 when the users row was created on a burst day of
 *   `creationBursts`, 0 when it has a creation date but not on one, null
 *   without a users row with a date
 * - `dormancy_days`, `age_at_last_tweet_days`: `dormancy`
 * - `n_tweets` (rows), `n_tweets_with_time`, `active_days`,
 *   `tweets_per_active_day`, `peak_tweets_minute`, `peak_tweets_hour`:
 *   `activityStats` (0 / null for accounts without tweets)
 * - `median_gap_s`, `mean_gap_s`, `burstiness`, `memory`, `regularity`:
 *   `intervalStats` (null below its minimum number of tweets)
 * - `working_hours_share`, `weekend_ratio`: `weeklyRhythmByAccount` at
 *   `utcOffset` (one offset for all accounts, for comparability)
 * - `inferred_utc_offset`, `utc_offset_margin`: the offset of the account's
 *   closest day template and that fit's margin (`dailyRhythmFitByAccount`,
 *   the same choice as notebook 03; null for an account closest to flat)
 *   when a reference is given, else null
 * - `retweet_share` … `mentions_per_tweet`: `behaviourMixByAccount`
 * - `*_client_share`: `clientMixByAccount`
 * - `default_handle`, `empty_profile`, `follower_following_ratio`:
 *   `profileSignals` of the userid's first users row
 *
 * @param users users frame (archive schema)
 * @param tweets tweets frame (archive schema)
 * @param options see {@linkcode AccountMetricsOptions}
 * @returns the table
 */
export async function accountMetrics(
  users: pl.LazyDataFrame,
  tweets: pl.LazyDataFrame,
  options: AccountMetricsOptions,
): Promise<pl.DataFrame> {
  const utcOffset = options.utcOffset ?? 0;
  const bursts = options.bursts ??
    await creationBursts(users, { baseline: options.baselineUsers });
  const dated = await inBurstColumn(users, bursts);
  const signals = await firstProfileSignals(users);
  const intervals = await intervalStats(tweets, {
    minTweets: options.minTweetsIntervals,
  });
  const offsets = await accountOffsets(
    tweets,
    options.reference ?? null,
    options.minTweetsOffset,
  );

  const parts: pl.DataFrame[] = [
    dated,
    await activityStats(tweets),
    intervals.accounts.drop("n_tweets"),
    (await weeklyRhythmByAccount(tweets, utcOffset)).drop("n_tweets_with_time"),
    offsets,
    (await behaviourMixByAccount(tweets)).drop("n_tweets"),
    (await clientMixByAccount(tweets, options.taxonomy)).drop("n_tweets"),
    signals,
  ];
  let table = (await dormancy(users, tweets)).lazy().select(
    pl.col("userid"),
    pl.col("account_creation_date").dt.year().cast(pl.Float64).alias(
      "creation_year",
    ),
    pl.col("dormancy_days"),
    pl.col("age_at_last_tweet_days"),
  );
  for (const part of parts) {
    table = table.join(part.lazy(), { on: "userid", how: "left" });
  }
  return await table
    .select(
      pl.col("userid"),
      ...ACCOUNT_METRIC_COLUMNS.slice(1).map((c) => pl.col(c).cast(pl.Float64)),
    )
    .withColumns(
      pl.col("n_tweets").fillNull(0),
      pl.col("n_tweets_with_time").fillNull(0),
      pl.col("active_days").fillNull(0),
    )
    .sort("userid")
    .collect();
}

/**
 * Each account's inferred offset and its margin: the closest day
 * template's best offset (`dailyRhythmFitByAccount`: human day, office day,
 * flat) and that fit's margin, null for an account closest to flat; an
 * empty table without a reference.
 */
async function accountOffsets(
  tweets: pl.LazyDataFrame,
  reference: readonly number[] | null,
  minTweets: number | undefined,
): Promise<pl.DataFrame> {
  if (reference === null) {
    return pl.DataFrame({
      userid: pl.Series("userid", [], pl.Utf8),
      inferred_utc_offset: pl.Series("inferred_utc_offset", [], pl.Float64),
      utc_offset_margin: pl.Series("utc_offset_margin", [], pl.Float64),
    });
  }
  const fits = await dailyRhythmFitByAccount(tweets, reference, { minTweets });
  const closest = pl.col("closest");
  return fits.select(
    pl.col("userid"),
    pl.col("utc_offset").alias("inferred_utc_offset"),
    pl.when(closest.eq(pl.lit("human"))).then(pl.col("human_margin"))
      .when(closest.eq(pl.lit("office"))).then(pl.col("office_margin"))
      .otherwise(pl.lit(null).cast(pl.Float64)).alias("utc_offset_margin"),
  );
}

/** `in_burst` (1/0) of every userid with a creation date. */
async function inBurstColumn(
  users: pl.LazyDataFrame,
  bursts: CreationBursts,
): Promise<pl.DataFrame> {
  const burstIds = bursts.bursts.flatMap((b) => b.userids);
  const burstTable = pl.DataFrame({
    userid: pl.Series("userid", burstIds, pl.Utf8),
    _burst: pl.Series("_burst", burstIds.map(() => 1), pl.Float64),
  }).lazy().unique();
  return await users
    .filter(
      pl.col("userid").isNotNull().and(
        pl.col("account_creation_date").isNotNull(),
      ),
    )
    .select(pl.col("userid"))
    .unique()
    .join(burstTable, { on: "userid", how: "left" })
    .select(pl.col("userid"), pl.col("_burst").fillNull(0).alias("in_burst"))
    .collect();
}

/** The profile signals of each userid's first users row. */
async function firstProfileSignals(
  users: pl.LazyDataFrame,
): Promise<pl.DataFrame> {
  return await profileSignals(
    users.filter(pl.col("userid").isNotNull()),
  )
    .groupBy("userid")
    .agg(
      pl.col("default_handle").first(),
      pl.col("empty_profile").first(),
      pl.col("follower_following_ratio").first(),
    )
    .collect();
}
