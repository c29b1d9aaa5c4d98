/**
 * Per-account time-zone inference.
 *
 * @module
 */
import pl from "nodejs-polars";
import { hourCountsByAccount } from "./_hour_counts_by_account.ts";
import { inferUtcOffset } from "./infer_utc_offset.ts";

/**
 * Runs {@linkcode inferUtcOffset} on each account's own UTC hourly profile,
 * for accounts with at least `minTweets` tweets with a valid `tweet_time`.
 * One row per such account, sorted by userid:
 * - `userid`, `n_tweets` (Float64, valid-time tweets)
 * - `utc_offset` (Float64), `distance` (JSD bits), `second_offset`, `margin`
 * - `fit_curve` (List(Float64)): distances at offsets −12 … +14 in order.
 *
 * The polars work is a group-by (userid, UTC hour); the fits loop over
 * accounts in JS (24 values each).
 *
 * @param tweets tweets frame (archive schema)
 * @param reference 24 local-hour weights (e.g. from `diurnalReference`)
 * @param options.minTweets minimum valid-time tweets per account (default 50)
 * @returns the per-account fits
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { inferUtcOffsetByAccount } from "./infer_utc_offset_by_account.ts";
 * import { deepEqual } from "node:assert/strict";
 * const reference = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0];
 * const tweets = pl.DataFrame({
 *   userid: ["a", "a"],
 *   tweet_time: pl.Series([
 *     new Date("2024-01-01T22:00:00Z"), new Date("2024-01-02T22:05:00Z"),
 *   ]).cast(pl.Datetime("ms")),
 * }).lazy();
 * const fits = await inferUtcOffsetByAccount(tweets, reference, { minTweets: 2 });
 * deepEqual(fits.getColumn("utc_offset").toArray(), [-4]);
 * ```
 */
export async function inferUtcOffsetByAccount(
  tweets: pl.LazyDataFrame,
  reference: readonly number[],
  options: { minTweets?: number } = {},
): Promise<pl.DataFrame> {
  const minTweets = options.minTweets ?? 50;
  const profiles = await hourCountsByAccount(tweets, minTweets);
  const out = {
    userid: [] as string[],
    n_tweets: [] as number[],
    utc_offset: [] as number[],
    distance: [] as number[],
    second_offset: [] as number[],
    margin: [] as number[],
    fit_curve: [] as number[][],
  };
  for (const [id, counts] of profiles) {
    const fit = inferUtcOffset(counts, reference)!;
    out.userid.push(id);
    out.n_tweets.push(fit.n_tweets);
    out.utc_offset.push(fit.utc_offset);
    out.distance.push(fit.distance);
    out.second_offset.push(fit.second_offset);
    out.margin.push(fit.margin);
    out.fit_curve.push(fit.curve.map((c) => c.distance));
  }
  return pl.DataFrame({
    userid: pl.Series("userid", out.userid, pl.Utf8),
    n_tweets: pl.Series("n_tweets", out.n_tweets, pl.Float64),
    utc_offset: pl.Series("utc_offset", out.utc_offset, pl.Float64),
    distance: pl.Series("distance", out.distance, pl.Float64),
    second_offset: pl.Series("second_offset", out.second_offset, pl.Float64),
    margin: pl.Series("margin", out.margin, pl.Float64),
    fit_curve: pl.Series("fit_curve", out.fit_curve, pl.List(pl.Float64)),
  });
}
