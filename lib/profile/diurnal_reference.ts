/**
 * Human diurnal reference profile from a baseline with a known offset.
 *
 * @module
 */
import type pl from "nodejs-polars";
import { weekdayHourMatrix } from "./weekday_hour_matrix.ts";

/**
 * Local-time hourly shares of a baseline's tweets: share[h] = tweets at
 * local hour h / tweets with a valid time, where local time is UTC plus
 * `baselineUtcOffset` hours (the baseline's known offset). This is the
 * reference that `inferUtcOffset` fits against.
 *
 * @param baselineTweets a baseline tweets frame (archive schema)
 * @param baselineUtcOffset the baseline's UTC offset in hours (multiple of 0.5)
 * @returns 24 shares summing to 1, or null when the baseline has no valid time
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { diurnalReference } from "./diurnal_reference.ts";
 * import { equal } from "node:assert/strict";
 * const tweets = pl.DataFrame({
 *   tweet_time: pl.Series([new Date("2024-01-07T13:10:00Z")]).cast(pl.Datetime("ms")),
 * }).lazy();
 * equal((await diurnalReference(tweets, -4))?.[9], 1);
 * ```
 */
export async function diurnalReference(
  baselineTweets: pl.LazyDataFrame,
  baselineUtcOffset: number,
): Promise<number[] | null> {
  const m = await weekdayHourMatrix(baselineTweets, baselineUtcOffset);
  if (m.n_tweets === 0) return null;
  return m.by_hour.map((n) => n / m.n_tweets);
}
