/**
 * Trends as episodes: runs of consecutive trending days.
 *
 * @module
 */
import pl from "nodejs-polars";
import { dayIso, dayNumber, daySeries } from "./_day.ts";

/**
 * Merges each hashtag's consecutive trending days (output of
 * `detectTrends`) into trends: a trend is a maximal run of trending days
 * d, d+1, …, d+n−1 of one hashtag; a non-trending day ends it.
 *
 * @param trendDays Output of `detectTrends`.
 * @returns One row per trend, sorted by `first_day` then `hashtag`:
 *   `trend_id` (Utf8, `<hashtag>@<first_day>`), `hashtag`, `first_day`,
 *   `last_day` (Date), `n_days`, `n_tweets` (tweets with the hashtag on
 *   the trend's days), `peak_day` (Date: the day with most tweets, the
 *   earliest on ties), `peak_tweets` (Float64).
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { trendEpisodes } from "./trend_episodes.ts";
 * import { deepEqual } from "node:assert/strict";
 * const days = ["2021-01-01", "2021-01-02", "2021-01-03", "2021-01-04"];
 * const trendDays = pl.DataFrame({
 *   hashtag: ["x", "x", "x", "x"],
 *   day: pl.Series(days.map((d) => new Date(`${d}T00:00Z`))).cast(pl.Date),
 *   n_tweets: [40, 50, 1, 60],
 *   trending: [true, true, false, true],
 * });
 * const e = trendEpisodes(trendDays);
 * deepEqual(e.getColumn("trend_id").toArray(), ["x@2021-01-01", "x@2021-01-04"]);
 * deepEqual(e.getColumn("n_tweets").toArray(), [90, 60]);
 * ```
 */
export function trendEpisodes(trendDays: pl.DataFrame): pl.DataFrame {
  const rows = trendDays
    .filter(pl.col("trending").eq(true))
    .sort(["hashtag", "day"]);
  const tags = rows.getColumn("hashtag").toArray() as string[];
  const days = (rows.getColumn("day").toArray() as unknown as Date[]).map(
    dayNumber,
  );
  const counts = (rows.getColumn("n_tweets").toArray() as unknown[]).map(
    Number,
  );
  const out = {
    trend_id: [] as string[],
    hashtag: [] as string[],
    first_day: [] as number[],
    last_day: [] as number[],
    n_days: [] as number[],
    n_tweets: [] as number[],
    peak_day: [] as number[],
    peak_tweets: [] as number[],
  };
  for (let i = 0; i < tags.length;) {
    let j = i;
    let total = counts[i];
    let peak = i;
    while (
      j + 1 < tags.length && tags[j + 1] === tags[i] &&
      days[j + 1] === days[j] + 1
    ) {
      j++;
      total += counts[j];
      if (counts[j] > counts[peak]) peak = j;
    }
    out.trend_id.push(`${tags[i]}@${dayIso(days[i])}`);
    out.hashtag.push(tags[i]);
    out.first_day.push(days[i]);
    out.last_day.push(days[j]);
    out.n_days.push(j - i + 1);
    out.n_tweets.push(total);
    out.peak_day.push(days[peak]);
    out.peak_tweets.push(counts[peak]);
    i = j + 1;
  }
  return pl.DataFrame([
    pl.Series("trend_id", out.trend_id, pl.Utf8),
    pl.Series("hashtag", out.hashtag, pl.Utf8),
    daySeries("first_day", out.first_day),
    daySeries("last_day", out.last_day),
    pl.Series("n_days", out.n_days, pl.Float64),
    pl.Series("n_tweets", out.n_tweets, pl.Float64),
    daySeries("peak_day", out.peak_day),
    pl.Series("peak_tweets", out.peak_tweets, pl.Float64),
  ]).sort(["first_day", "hashtag"]);
}
