/**
 * Private: the aggregation behind `weeklyRhythm` and
 * `weeklyRhythmByAccount`.
 *
 * @module
 */
import pl from "nodejs-polars";
import {
  checkUtcOffset,
  countWeekdays,
  localDay,
  localHour,
  localWeekday,
} from "./_time.ts";

/** Weekly-rhythm figures of one group of tweets. */
export interface Rhythm {
  n_tweets: number;
  working_hours_share: number | null;
  weekend_tweets: number;
  weekday_tweets: number;
  weekend_days: number;
  weekday_days: number;
  weekend_ratio: number | null;
}

/**
 * Aggregates valid-time tweets at `utcOffset`, grouped by `by` (or as one
 * group), and returns each group's key and figures.
 */
export async function rhythmRows(
  tweets: pl.LazyDataFrame,
  utcOffset: number,
  by: string | null,
): Promise<{ keys: (string | null)[]; rows: Rhythm[] }> {
  checkUtcOffset(utcOffset);
  const wd = localWeekday("tweet_time", utcOffset);
  const hour = localHour("tweet_time", utcOffset);
  const day = localDay("tweet_time", utcOffset);
  const aggs = [
    pl.len().alias("n"),
    wd.lt(5).and(hour.gtEq(8)).and(hour.lt(18)).sum().alias("working"),
    wd.gtEq(5).sum().alias("weekend"),
    day.min().alias("first"),
    day.max().alias("last"),
  ];
  const valid = tweets.filter(pl.col("tweet_time").isNotNull());
  const df = by === null
    ? await valid.select(...aggs).collect()
    : await valid.groupBy(by).agg(...aggs).sort(by).collect();
  const col = (c: string) =>
    (df.getColumn(c).toArray() as (number | null)[]).map((x) =>
      x === null ? null : Number(x)
    );
  const [n, working, weekend, first, last] = [
    "n",
    "working",
    "weekend",
    "first",
    "last",
  ].map(col);
  const keys = by === null
    ? [null]
    : df.getColumn(by).toArray() as (string | null)[];
  const rows = keys.map((_, i) => {
    const total = n[i] ?? 0;
    const weekendTweets = weekend[i] ?? 0;
    const weekdayTweets = total - weekendTweets;
    const days = first[i] === null
      ? { weekendDays: 0, weekdayDays: 0 }
      : countWeekdays(first[i]!, last[i]!);
    const ratio =
      days.weekendDays > 0 && days.weekdayDays > 0 && weekdayTweets > 0
        ? (weekendTweets / days.weekendDays) /
          (weekdayTweets / days.weekdayDays)
        : null;
    return {
      n_tweets: total,
      working_hours_share: total > 0 ? (working[i] ?? 0) / total : null,
      weekend_tweets: weekendTweets,
      weekday_tweets: weekdayTweets,
      weekend_days: days.weekendDays,
      weekday_days: days.weekdayDays,
      weekend_ratio: ratio,
    };
  });
  return { keys, rows };
}
