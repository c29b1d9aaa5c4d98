/**
 * Histogram of inter-tweet gaps in whole minutes.
 *
 * @module
 */
import pl from "nodejs-polars";
import { floorDiv } from "./_time.ts";

/** One bar of {@linkcode gapHistogram}. */
export interface GapHistogramRow {
  /** Gap length in whole minutes (0 = two tweets in the same clock minute). */
  gap_minutes: number;
  /** Gaps of that length. */
  gaps: number;
  /** gaps / n_gaps (all gaps, including those longer than the last bar; 0 without gaps). */
  share: number;
}

/** Result of {@linkcode gapHistogram}. */
export interface GapHistogram {
  /** Valid `tweet_time` values whose value is not a whole minute. */
  n_times_with_seconds: number;
  /** Accounts with ≥ 2 valid times (the ones with gaps). */
  n_accounts: number;
  /** All gaps between consecutive tweets of the same account. */
  n_gaps: number;
  /** Gaps of 0 minutes. */
  n_zero_gaps: number;
  /** Gaps longer than `maxMinutes` (not in `rows`). */
  n_longer: number;
  /** One row per gap length 0 … maxMinutes, zero-filled. */
  rows: GapHistogramRow[];
}

/**
 * Counts the gaps between consecutive tweets of each account by length in
 * whole minutes: for each non-null userid, its tweets with a non-null
 * `tweet_time` are sorted and each gap is floor((tᵢ₊₁ − tᵢ) / 60 s). In the
 * archives times are whole minutes, so this is exact and a 0 means "same
 * clock minute" (the true gap is anything from 0 to 59 s); a time source
 * with seconds is binned to whole minutes the same way
 * (`n_times_with_seconds` says whether there were any). Same gaps as
 * `intervalStats` (which keeps them in seconds, per account).
 *
 * @param tweets tweets frame (archive schema)
 * @param options.maxMinutes the longest gap with its own row (default 60)
 * @returns counts and the zero-filled histogram rows
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { gapHistogram } from "./gap_histogram.ts";
 * import { deepEqual, equal } from "node:assert/strict";
 * const minutes = [0, 0, 5, 10, 15, 200];
 * const tweets = pl.DataFrame({
 *   userid: minutes.map(() => "a"),
 *   tweet_time: pl.Series(minutes.map((m) => new Date(Date.UTC(2020, 0, 1, 0, m))))
 *     .cast(pl.Datetime("ms")),
 * }).lazy();
 * const h = await gapHistogram(tweets, { maxMinutes: 5 });
 * equal(h.n_gaps, 5);
 * equal(h.n_longer, 1);
 * deepEqual(h.rows.map((r) => r.gaps), [1, 0, 0, 0, 0, 3]);
 * ```
 */
export async function gapHistogram(
  tweets: pl.LazyDataFrame,
  options: { maxMinutes?: number } = {},
): Promise<GapHistogram> {
  const maxMinutes = options.maxMinutes ?? 60;
  if (!Number.isInteger(maxMinutes) || maxMinutes < 0) {
    throw new RangeError(
      `Counting inter-tweet gaps: maxMinutes is not a whole number >= 0: ${maxMinutes}.`,
    );
  }
  const valid = tweets
    .filter(pl.col("tweet_time").isNotNull().and(pl.col("userid").isNotNull()))
    .select(pl.col("userid"), pl.col("tweet_time").cast(pl.Int64).alias("ms"));
  const totals = (await valid
    .select(
      pl.col("ms").modulo(pl.lit(60_000).cast(pl.Int64)).neq(0).sum().alias(
        "s",
      ),
      pl.col("userid").filter(pl.len().over("userid").gtEq(2)).nUnique()
        .alias("a"),
    )
    .collect()).toRecords()[0];
  const gaps = await valid
    .sort(["userid", "ms"])
    .select(
      floorDiv(pl.col("ms").diff(1, "ignore").over("userid"), 60_000).alias(
        "m",
      ),
    )
    .filter(pl.col("m").isNotNull())
    .groupBy("m")
    .agg(pl.len().alias("n"))
    .collect();
  const ms = (gaps.getColumn("m").toArray() as number[]).map(Number);
  const ns = (gaps.getColumn("n").toArray() as number[]).map(Number);
  const counts = new Array<number>(maxMinutes + 1).fill(0);
  let nGaps = 0;
  let nLonger = 0;
  ms.forEach((m, i) => {
    nGaps += ns[i];
    if (m <= maxMinutes) counts[m] += ns[i];
    else nLonger += ns[i];
  });
  return {
    n_times_with_seconds: Number(totals.s ?? 0),
    n_accounts: Number(totals.a ?? 0),
    n_gaps: nGaps,
    n_zero_gaps: counts[0],
    n_longer: nLonger,
    rows: counts.map((gaps, m) => ({
      gap_minutes: m,
      gaps,
      share: nGaps > 0 ? gaps / nGaps : 0,
    })),
  };
}
