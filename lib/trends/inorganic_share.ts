/**
 * Share of a hashtag's or a trend's tweets from flagged accounts.
 *
 * @module
 */
import pl from "nodejs-polars";
import { bootstrapOptions } from "./_day.ts";
import { unitCounts, type UnitShare, unitShares } from "./_unit_counts.ts";

/** Options of {@linkcode inorganicShare}. */
export interface InorganicShareOptions {
  /** Only these hashtags (normalised like `hashtagTweets`); default all. */
  hashtags?: readonly string[];
  /** Trends (output of `trendEpisodes`): one unit per trend instead of per hashtag. */
  trends?: pl.DataFrame;
  /** One pooled unit `all`: tweets carrying any selected hashtag (or in any trend), each once. */
  pool?: boolean;
  /** Bootstrap rounds (default 1000). */
  rounds?: number;
  /** Seed of `d3.randomLcg`, the same for every unit (default 1). */
  seed?: number;
  /** Confidence level (default 0.95). */
  level?: number;
}

/**
 * The inorganic share of each hashtag (or trend): the share of its tweets
 * posted by flagged accounts, with a cluster-bootstrap interval over
 * accounts (`clusterBootstrapRatio`: tweets of one account are not
 * independent, so accounts are resampled whole).
 *
 * A unit's tweets: the rows of `tagged` with the hashtag (a tweet counts
 * once per hashtag); for a trend, only those whose local day lies from its
 * `first_day` to its `last_day`; pooled, each tweet once however many
 * selected hashtags it carries. An account is flagged when its `flagged`
 * value in `flags` is true; accounts missing from `flags` (or null) count
 * as not flagged. Tweets with a null userid are one cluster each (unknown
 * author) and never flagged.
 *
 * share = Σ_accounts flagged·tweets / Σ_accounts tweets. The interval
 * resamples the unit's accounts (`rounds`, `seed`, `level`), the same seed
 * for each unit so that a unit's interval does not depend on the others.
 *
 * @param tagged Rows of `hashtagTweets`.
 * @param flags `userid`, `flagged` (Bool), e.g. from `accountFlags`.
 * @param options Units and bootstrap settings.
 * @returns Columns `unit` (hashtag, trend_id or `all`), `hashtag` (null
 *   when pooled), `n_tweets`, `n_accounts`, `n_flagged_tweets`,
 *   `n_flagged_accounts`, `share`, `ci_lower`, `ci_upper` (Float64);
 *   sorted by unit.
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { inorganicShare } from "./inorganic_share.ts";
 * import { deepEqual } from "node:assert/strict";
 * const tagged = pl.DataFrame({
 *   _row: [0, 1, 2, 3], userid: ["bot", "bot", "bot", "person"],
 *   hashtag: ["h", "h", "h", "h"],
 *   day: pl.Series([null, null, null, null]).cast(pl.Date),
 * }).lazy();
 * const flags = pl.DataFrame({ userid: ["bot", "person"], flagged: [true, false] });
 * const s = await inorganicShare(tagged, flags, { rounds: 100 });
 * deepEqual(s.select("unit", "n_tweets", "n_accounts", "share").toRecords(),
 *   [{ unit: "h", n_tweets: 4, n_accounts: 2, share: 0.75 }]);
 * ```
 */
export async function inorganicShare(
  tagged: pl.LazyDataFrame,
  flags: pl.DataFrame,
  options: InorganicShareOptions = {},
): Promise<pl.DataFrame> {
  const what = "Measuring inorganic shares";
  const boot = bootstrapOptions(what, options);
  for (const c of ["userid", "flagged"]) {
    if (!flags.columns.includes(c)) {
      throw new RangeError(
        `${what}: the flags table lacks the column: ${c}. Pass the output of accountFlags().`,
      );
    }
  }
  const rows = unitShares(await unitCounts(tagged, options), flags, boot);
  const col = <K extends keyof UnitShare>(k: K) => rows.map((r) => r[k]);
  return pl.DataFrame([
    pl.Series("unit", col("unit"), pl.Utf8),
    pl.Series("hashtag", col("hashtag"), pl.Utf8),
    ...([
      "n_tweets",
      "n_accounts",
      "n_flagged_tweets",
      "n_flagged_accounts",
      "share",
      "ci_lower",
      "ci_upper",
    ] as const).map((c) => pl.Series(c, col(c), pl.Float64)),
  ]);
}
