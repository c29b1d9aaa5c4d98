/**
 * Hour × weekday tweet counts.
 *
 * @module
 */
import pl from "nodejs-polars";
import { checkUtcOffset, localHour, localWeekday } from "./_time.ts";

/** Result of {@linkcode weekdayHourMatrix}. */
export interface WeekdayHourMatrix {
  /** The fixed UTC offset (hours) at which local time was taken. */
  utc_offset: number;
  /** Tweets with a non-null `tweet_time` (the ones counted). */
  n_tweets: number;
  /** Tweets with a null `tweet_time` (left out). */
  n_missing_time: number;
  /** counts[w][h]: tweets at local weekday w (Monday = 0) and local hour h. */
  counts: number[][];
  /** Tweets per local hour 0–23 (column sums of `counts`). */
  by_hour: number[];
  /** Tweets per local weekday, Monday = 0 (row sums of `counts`). */
  by_weekday: number[];
}

/**
 * Counts tweets in a 7 × 24 grid of local weekday (Monday = 0 … Sunday = 6)
 * by local hour (0–23), where local time is `tweet_time` (UTC) plus
 * `utcOffset` hours, a fixed offset (no daylight saving). Half-hour offsets
 * (e.g. 5.5, −3.5) are supported. A tweet at Sunday 23:30 UTC counts as
 * Monday 00:30 at +1 and Monday 05:00 at +5.5.
 *
 * @param tweets tweets frame (archive schema; `tweet_time` Datetime ms)
 * @param utcOffset hours to add to UTC, a multiple of 0.5 in −12 … +14 (default 0)
 * @returns the grid and its margins
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { weekdayHourMatrix } from "./weekday_hour_matrix.ts";
 * import { equal } from "node:assert/strict";
 * const tweets = pl.DataFrame({
 *   tweet_time: pl.Series([new Date("2024-01-07T23:30:00Z")]).cast(pl.Datetime("ms")),
 * }).lazy();
 * equal((await weekdayHourMatrix(tweets)).counts[6][23], 1); // Sunday 23h UTC
 * equal((await weekdayHourMatrix(tweets, 1)).counts[0][0], 1); // Monday 00h at +1
 * ```
 */
export async function weekdayHourMatrix(
  tweets: pl.LazyDataFrame,
  utcOffset = 0,
): Promise<WeekdayHourMatrix> {
  checkUtcOffset(utcOffset);
  const df = await tweets
    .select(
      localWeekday("tweet_time", utcOffset).alias("w"),
      localHour("tweet_time", utcOffset).alias("h"),
    )
    .groupBy(["w", "h"])
    .agg(pl.len().alias("n"))
    .collect();
  const ws = df.getColumn("w").toArray() as (number | null)[];
  const hs = df.getColumn("h").toArray() as (number | null)[];
  const ns = df.getColumn("n").toArray() as number[];
  const counts = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  let nTweets = 0;
  let nMissing = 0;
  ws.forEach((w, i) => {
    const n = Number(ns[i]);
    if (w === null || hs[i] === null) {
      nMissing += n;
    } else {
      counts[Number(w)][Number(hs[i])] += n;
      nTweets += n;
    }
  });
  const byHour = new Array<number>(24).fill(0);
  for (const row of counts) row.forEach((n, h) => byHour[h] += n);
  return {
    utc_offset: utcOffset,
    n_tweets: nTweets,
    n_missing_time: nMissing,
    counts,
    by_hour: byHour,
    by_weekday: counts.map((row) => row.reduce((a, b) => a + b, 0)),
  };
}
