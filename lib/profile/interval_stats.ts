/**
 * Inter-tweet intervals: burstiness, memory, regularity.
 *
 * @module
 */
import pl from "nodejs-polars";

/** Result of {@linkcode intervalStats}. */
export interface IntervalStats {
  /** Minimum valid-time tweets for an account to qualify. */
  min_tweets: number;
  /** Qualifying accounts (rows of `accounts`). */
  n_accounts: number;
  /** Accounts with ≥ 1 but fewer than `min_tweets` valid-time tweets. */
  n_accounts_too_few: number;
  /** Tweets with a null `tweet_time` (left out everywhere). */
  n_tweets_missing_time: number;
  /** Median (type 7) over accounts of `median_gap_s`; null with no account. */
  median_of_median_gap_s: number | null;
  /** Median (type 7) of `burstiness` over accounts where it is defined. */
  median_burstiness: number | null;
  /** Per-account table, sorted by userid (columns: see `intervalStats`). */
  accounts: pl.DataFrame;
}

/**
 * Inter-tweet interval statistics per account.
 *
 * Times: `tweet_time` as released, at minute resolution in the archives
 * (`YYYY-MM-DD HH:MM`), so gaps are multiples of 60 s and tweets in the same
 * minute give gaps of 0 s, which are kept as zeros (not dropped).
 * Tweets with a null `tweet_time` or `userid` are left out (and counted).
 * An account qualifies with ≥ `minTweets` valid times (default 10). Its
 * times are sorted ascending and the gaps τ₁ … τₙ (n = tweets − 1) are the
 * differences of consecutive times in seconds. Columns of `accounts`
 * (Float64 unless said):
 * - `userid` (Utf8), `n_tweets`, `n_gaps` (= n), `n_zero_gaps`
 * - `median_gap_s`: median of the gaps, quantile type 7 (linear
 *   interpolation, R's default)
 * - `mean_gap_s` μ and `sd_gap_s` σ: mean and population SD (divisor n)
 * - `burstiness` B = (σ − μ) / (σ + μ) (Goh & Barabási 2008, EPL 81:48002):
 *   −1 perfectly regular, 0 Poisson-like, → 1 bursty; null when σ + μ = 0
 *   (all gaps 0)
 * - `memory` M: Goh & Barabási's memory coefficient,
 *   M = 1/(n−1) Σᵢ₌₁ⁿ⁻¹ (τᵢ − m₁)(τᵢ₊₁ − m₂) / (σ₁σ₂), where m₁, σ₁ are the
 *   mean and population SD of τ₁ … τₙ₋₁ and m₂, σ₂ those of τ₂ … τₙ, i.e.
 *   the Pearson correlation of consecutive gaps; null when τ₁ … τₙ₋₁ or
 *   τ₂ … τₙ are all equal (σ₁ or σ₂ = 0) or n < 2
 * - `modal_gap_s`: the most common non-zero gap (ties: the smallest); null
 *   when there is no non-zero gap
 * - `regularity`: (gaps equal to `modal_gap_s`) / n, zeros included in n;
 *   null when `modal_gap_s` is null
 *
 * @param tweets tweets frame (archive schema)
 * @param options.minTweets minimum valid times per account (default 10, at least 2)
 * @returns summaries and the per-account table
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { intervalStats } from "./interval_stats.ts";
 * import { equal } from "node:assert/strict";
 * const minutes = [0, 1, 3, 4, 6, 7, 9, 10, 12, 13];
 * const tweets = pl.DataFrame({
 *   userid: minutes.map(() => "a"),
 *   tweet_time: pl.Series(minutes.map((m) => new Date(Date.UTC(2020, 0, 1, 0, m))))
 *     .cast(pl.Datetime("ms")),
 * }).lazy();
 * const s = await intervalStats(tweets);
 * equal(s.accounts.getColumn("median_gap_s").toArray()[0], 60);
 * equal(s.accounts.getColumn("memory").toArray()[0], -1); // 60,120,60,120,… alternate
 * ```
 */
export async function intervalStats(
  tweets: pl.LazyDataFrame,
  options: { minTweets?: number } = {},
): Promise<IntervalStats> {
  const minTweets = options.minTweets ?? 10;
  if (!Number.isInteger(minTweets) || minTweets < 2) {
    throw new RangeError(
      `Computing interval statistics: minTweets is not a whole number >= 2: ${minTweets}.`,
    );
  }
  const counts = await tweets
    .select(
      pl.col("tweet_time").isNull().sum().alias("missing"),
    )
    .collect();
  const perAccount = tweets
    .filter(pl.col("tweet_time").isNotNull().and(pl.col("userid").isNotNull()))
    .select(pl.col("userid"), pl.col("tweet_time").cast(pl.Int64).alias("ms"));
  const tooFew = await perAccount
    .groupBy("userid")
    .agg(pl.len().alias("n"))
    .filter(pl.col("n").lt(minTweets))
    .select(pl.len().alias("k"))
    .collect();
  const accounts = await accountGapStatistics(
    await accountGaps(perAccount, minTweets),
  );
  const summary = await accounts.lazy()
    .select(
      pl.col("median_gap_s").quantile(0.5, "linear").alias("mm"),
      pl.col("burstiness").quantile(0.5, "linear").alias("mb"),
    )
    .collect();
  return {
    min_tweets: minTweets,
    n_accounts: accounts.height,
    n_accounts_too_few: firstNumber(tooFew, "k") ?? 0,
    n_tweets_missing_time: firstNumber(counts, "missing") ?? 0,
    median_of_median_gap_s: firstNumber(summary, "mm"),
    median_burstiness: firstNumber(summary, "mb"),
    accounts,
  };
}

/** The first value of a column as a number (null when missing). */
function firstNumber(df: pl.DataFrame, column: string): number | null {
  const v = df.getColumn(column).toArray()[0];
  return v === null || v === undefined ? null : Number(v);
}

/**
 * Each gap (seconds) of the accounts with at least `minTweets` valid times,
 * in time order, with the gap after it (`next`, for the memory coefficient).
 */
async function accountGaps(
  perAccount: pl.LazyDataFrame,
  minTweets: number,
): Promise<pl.DataFrame> {
  return await perAccount
    .filter(pl.len().over("userid").gtEq(minTweets))
    .sort(["userid", "ms"])
    .select(
      pl.col("userid"),
      pl.col("ms").diff(1, "ignore").over("userid").cast(pl.Float64).div(1000)
        .alias("gap"),
    )
    .withColumns(pl.col("gap").shift(-1).over("userid").alias("next"))
    .collect();
}

/** Per-account gap statistics from {@linkcode accountGaps} (see `IntervalStats.accounts`). */
async function accountGapStatistics(gaps: pl.DataFrame): Promise<pl.DataFrame> {
  const gap = pl.col("gap");
  const next = pl.col("next");
  const paired = gap.isNotNull().and(next.isNotNull());
  const a = gap.filter(paired);
  const b = next.filter(paired);
  const popSd = (e: pl.Expr) => e.sub(e.mean()).pow(2).mean().pow(0.5);
  const stats = gaps.lazy()
    .groupBy("userid")
    .agg(
      pl.len().cast(pl.Float64).alias("n_tweets"),
      gap.isNotNull().sum().cast(pl.Float64).alias("n_gaps"),
      gap.eq(0).sum().cast(pl.Float64).alias("n_zero_gaps"),
      gap.quantile(0.5, "linear").alias("median_gap_s"),
      gap.mean().alias("mean_gap_s"),
      popSd(gap.dropNulls()).alias("sd_gap_s"),
      a.sub(a.mean()).mul(b.sub(b.mean())).mean().alias("_cov"),
      popSd(a).alias("_sa"),
      popSd(b).alias("_sb"),
      a.min().neq(a.max()).and(b.min().neq(b.max())).alias("_varies"),
    );
  return await stats
    .join(modalGaps(gaps), { on: "userid", how: "left" })
    .select(...accountColumns())
    .sort("userid")
    .collect();
}

/** Each account's most common non-zero gap (the smallest on ties) and its count. */
function modalGaps(gaps: pl.DataFrame): pl.LazyDataFrame {
  const gap = pl.col("gap");
  return gaps.lazy()
    .filter(gap.gt(0))
    .groupBy(["userid", "gap"])
    .agg(pl.len().alias("k"))
    .filter(pl.col("k").eq(pl.col("k").max().over("userid")))
    .groupBy("userid")
    .agg(gap.min().alias("modal_gap_s"), pl.col("k").first().alias("_k"));
}

/** The output columns: burstiness, memory and regularity from the sums. */
function accountColumns(): pl.Expr[] {
  const sdPlusMean = pl.col("sd_gap_s").add(pl.col("mean_gap_s"));
  return [
    pl.col("userid"),
    pl.col("n_tweets"),
    pl.col("n_gaps"),
    pl.col("n_zero_gaps"),
    pl.col("median_gap_s"),
    pl.col("mean_gap_s"),
    pl.col("sd_gap_s"),
    pl.when(sdPlusMean.gt(0))
      .then(pl.col("sd_gap_s").sub(pl.col("mean_gap_s")).div(sdPlusMean))
      .otherwise(pl.lit(null).cast(pl.Float64))
      .alias("burstiness"),
    pl.when(pl.col("_varies").eq(true))
      .then(pl.col("_cov").div(pl.col("_sa").mul(pl.col("_sb"))))
      .otherwise(pl.lit(null).cast(pl.Float64))
      .alias("memory"),
    pl.col("modal_gap_s"),
    pl.col("_k").cast(pl.Float64).div(pl.col("n_gaps")).alias("regularity"),
  ];
}
