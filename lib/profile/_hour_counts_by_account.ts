/**
 * Each account's UTC hourly tweet counts, for the per-account rhythm fits.
 *
 * @module
 */
import pl from "nodejs-polars";
import { localHour } from "./_time.ts";

/**
 * For each account with at least `minTweets` tweets with a valid
 * `tweet_time` (rows with a null `userid` or `tweet_time` are left out),
 * its 24 counts of tweets by UTC hour (index 0 = 00:00–00:59 UTC), in
 * userid order. The polars work is one group-by (userid, UTC hour).
 *
 * @param tweets Tweets frame (archive schema).
 * @param minTweets Minimum valid-time tweets per account.
 * @returns `[userid, counts]` pairs sorted by userid.
 */
export async function hourCountsByAccount(
  tweets: pl.LazyDataFrame,
  minTweets: number,
): Promise<Array<[string, number[]]>> {
  const df = await tweets
    .filter(pl.col("tweet_time").isNotNull().and(pl.col("userid").isNotNull()))
    .select(pl.col("userid"), localHour("tweet_time", 0).alias("h"))
    .filter(pl.len().over("userid").gtEq(minTweets))
    .groupBy(["userid", "h"])
    .agg(pl.len().alias("n"))
    .sort(["userid", "h"])
    .collect();
  const ids = df.getColumn("userid").toArray() as string[];
  const hs = df.getColumn("h").toArray() as number[];
  const ns = df.getColumn("n").toArray() as number[];
  const out: Array<[string, number[]]> = [];
  let i = 0;
  while (i < ids.length) {
    const id = ids[i];
    const counts = new Array<number>(24).fill(0);
    for (; i < ids.length && ids[i] === id; i++) {
      counts[Number(hs[i])] = Number(ns[i]);
    }
    out.push([id, counts]);
  }
  return out;
}
