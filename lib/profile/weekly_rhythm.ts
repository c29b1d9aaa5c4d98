/**
 * Working-hours share and weekend ratio of a set of tweets.
 *
 * @module
 */
import type pl from "nodejs-polars";
import { type Rhythm, rhythmRows } from "./_rhythm.ts";

/** Result of {@linkcode weeklyRhythm}. */
export interface WeeklyRhythm extends Rhythm {
  /** The fixed UTC offset (hours) defining local time. */
  utc_offset: number;
}

/**
 * Working-hours share and weekend ratio at a fixed UTC offset, over tweets
 * with a non-null `tweet_time` (local time = UTC + `utcOffset` hours).
 *
 * - `working_hours_share`: share of tweets posted on a local weekday
 *   Monday–Friday with local hour in [8, 18), i.e. 08:00–17:59 local; null
 *   with no tweets.
 * - `weekend_ratio`: (weekend tweets / weekend days) ÷ (weekday tweets /
 *   weekday days), where the days are the Saturdays+Sundays and the
 *   Monday–Fridays in the local calendar span from the first to the last
 *   tweet (inclusive). 1 means the same rate on both; below 1, quieter
 *   weekends (an office schedule). Null when the span has no weekend day or
 *   no weekday, or there are no weekday tweets.
 *
 * @param tweets tweets frame (archive schema)
 * @param utcOffset hours to add to UTC (multiple of 0.5 in −12 … +14; default 0)
 * @returns the figures, with the counts behind them
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { weeklyRhythm } from "./weekly_rhythm.ts";
 * import { equal } from "node:assert/strict";
 * // Mon 2024-01-01 09:00 and Sat 2024-01-06 09:00 UTC: span Mon..Sat
 * const tweets = pl.DataFrame({
 *   tweet_time: pl.Series([
 *     new Date("2024-01-01T09:00:00Z"), new Date("2024-01-06T09:00:00Z"),
 *   ]).cast(pl.Datetime("ms")),
 * }).lazy();
 * const r = await weeklyRhythm(tweets);
 * equal(r.working_hours_share, 0.5);
 * equal(r.weekend_ratio, 5); // (1 / 1 weekend day) / (1 / 5 weekdays)
 * ```
 */
export async function weeklyRhythm(
  tweets: pl.LazyDataFrame,
  utcOffset = 0,
): Promise<WeeklyRhythm> {
  const { rows } = await rhythmRows(tweets, utcOffset, null);
  return { utc_offset: utcOffset, ...rows[0] };
}
