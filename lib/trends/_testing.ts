/**
 * Private: small frames for tests.
 *
 * @module
 */
import pl from "nodejs-polars";
import { columnType } from "../io/schema.ts";

/** `YYYY-MM-DD` strings → a Date series. */
export function dateSeries(name: string, days: (string | null)[]): pl.Series {
  return pl.Series(
    name,
    days.map((d) => d === null ? null : new Date(`${d}T00:00:00Z`)),
    pl.Datetime("ms"),
  ).cast(pl.Datetime("ms")).cast(pl.Date);
}

/** `YYYY-MM-DD HH:MM` strings (UTC) → a Datetime("ms") series. */
export function timeSeries(name: string, times: (string | null)[]): pl.Series {
  return pl.Series(
    name,
    times.map((t) =>
      t === null ? null : new Date(`${t.replace(" ", "T")}:00Z`)
    ),
    pl.Datetime("ms"),
  ).cast(pl.Datetime("ms"));
}

/** Tweets with the columns `hashtagTweets` reads. */
export function tweetFrame(rows: {
  tweetid: string | null;
  userid: string | null;
  time: string | null;
  tags: string[];
}[]): pl.LazyDataFrame {
  return pl.DataFrame([
    pl.Series("tweetid", rows.map((r) => r.tweetid), pl.Utf8),
    pl.Series("userid", rows.map((r) => r.userid), pl.Utf8),
    timeSeries("tweet_time", rows.map((r) => r.time)),
    pl.Series("hashtags", rows.map((r) => r.tags)).cast(pl.List(pl.Utf8)),
  ]).lazy();
}

/** A cell of a one-row-per-key frame, by key column value. */
export function cell(
  df: pl.DataFrame,
  keyColumn: string,
  key: string,
  column: string,
): unknown {
  const keys = df.getColumn(keyColumn).toArray();
  const i = keys.indexOf(key);
  if (i < 0) throw new Error(`no row with ${keyColumn} = ${key}`);
  return df.getColumn(column).toArray()[i];
}

/**
 * A frame with every column of `columns` (archive names) typed as the
 * archive schema says, from the values given; columns not given are null.
 */
export function archiveFrame(
  columns: readonly string[],
  n: number,
  values: Record<string, unknown[]>,
): pl.LazyDataFrame {
  return pl.DataFrame(
    columns.map((c) => {
      const v = values[c] ?? Array(n).fill(null);
      const type = columnType(c);
      if (c === "tweet_time") return timeSeries(c, v as (string | null)[]);
      if (c === "account_creation_date") {
        return dateSeries(c, v as (string | null)[]);
      }
      if (["hashtags", "urls", "user_mentions"].includes(c)) {
        return pl.Series(c, v.map((x) => x ?? [])).cast(type);
      }
      return pl.Series(c, v, type);
    }),
  ).lazy();
}
