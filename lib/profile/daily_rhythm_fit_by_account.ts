/**
 * Per-account daily-rhythm fits (human day, office day, flat).
 *
 * @module
 */
import pl from "nodejs-polars";
import { hourCountsByAccount } from "./_hour_counts_by_account.ts";
import { dailyRhythmFit } from "./daily_rhythm_fit.ts";

/**
 * Runs {@linkcode dailyRhythmFit} on each account's own UTC hourly profile,
 * for accounts with at least `minTweets` tweets with a valid `tweet_time`
 * (rows with a null `userid` or `tweet_time` are left out). One row per
 * such account, sorted by userid:
 * - `userid` (Utf8), `n_tweets` (Float64: valid-time tweets)
 * - `closest` (Utf8): `human`, `office` or `flat`
 * - `utc_offset` (Float64): the closest template's offset; null for `flat`
 * - `human_offset`, `human_distance`, `human_margin`: the fit against the
 *   human reference (`inferUtcOffset`: best offset, its Jensen–Shannon
 *   divergence in bits, margin over the second-best shift)
 * - `office_offset`, `office_distance`, `office_margin`: the same against
 *   the office-day template
 * - `flat_distance`: divergence from a flat profile
 *
 * The polars work is one group-by (userid, UTC hour); the fits loop over
 * accounts in JS (24 values each). Few tweets make noisy profiles: with 50
 * tweets spread over 24 hours most hours hold 0–4 tweets, so expect some
 * human accounts to land on `office` or `flat` by chance (measure that rate
 * on the baseline).
 *
 * @param tweets tweets frame (archive schema)
 * @param humanReference 24 local-hour weights (e.g. from `diurnalReference`)
 * @param options.minTweets minimum valid-time tweets per account (default 50)
 * @returns the per-account fits
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { dailyRhythmFitByAccount } from "./daily_rhythm_fit_by_account.ts";
 * import { deepEqual } from "node:assert/strict";
 * const human = [3, 2, 1, 1, 1, 1, 2, 4, 6, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 9, 9, 8, 6, 4];
 * // one tweet in each UTC hour 12..21 of one day: office hours at UTC−4
 * const tweets = pl.DataFrame({
 *   userid: Array(10).fill("a"),
 *   tweet_time: pl.Series(
 *     Array.from({ length: 10 }, (_, i) => new Date(Date.UTC(2024, 0, 1, 12 + i))),
 *   ).cast(pl.Datetime("ms")),
 * }).lazy();
 * const fits = await dailyRhythmFitByAccount(tweets, human, { minTweets: 10 });
 * deepEqual(fits.getColumn("closest").toArray(), ["office"]);
 * deepEqual(fits.getColumn("utc_offset").toArray(), [-4]);
 * ```
 */
export async function dailyRhythmFitByAccount(
  tweets: pl.LazyDataFrame,
  humanReference: readonly number[],
  options: { minTweets?: number } = {},
): Promise<pl.DataFrame> {
  const minTweets = options.minTweets ?? 50;
  if (!Number.isInteger(minTweets) || minTweets < 1) {
    throw new RangeError(
      `Fitting daily rhythms per account: minTweets is not a whole number >= 1: ${minTweets}.`,
    );
  }
  const profiles = await hourCountsByAccount(tweets, minTweets);
  const cols: Record<string, (number | string | null)[]> = {
    userid: [],
    n_tweets: [],
    closest: [],
    utc_offset: [],
    human_offset: [],
    human_distance: [],
    human_margin: [],
    office_offset: [],
    office_distance: [],
    office_margin: [],
    flat_distance: [],
  };
  for (const [id, counts] of profiles) {
    const fit = dailyRhythmFit(counts, humanReference)!;
    const row = {
      userid: id,
      n_tweets: fit.n_tweets,
      closest: fit.closest,
      utc_offset: fit.utc_offset,
      human_offset: fit.human.utc_offset,
      human_distance: fit.human.distance,
      human_margin: fit.human.margin,
      office_offset: fit.office.utc_offset,
      office_distance: fit.office.distance,
      office_margin: fit.office.margin,
      flat_distance: fit.flat_distance,
    };
    for (const [k, v] of Object.entries(row)) cols[k].push(v);
  }
  return pl.DataFrame(
    Object.entries(cols).map(([k, v]) =>
      pl.Series(k, v, k === "userid" || k === "closest" ? pl.Utf8 : pl.Float64)
    ),
  );
}
