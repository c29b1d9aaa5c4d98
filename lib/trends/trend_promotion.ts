/**
 * Which actor groups started and carried each trend.
 *
 * @module
 */
import pl from "nodejs-polars";

/** Options of {@linkcode trendPromotion}. */
export interface TrendPromotionOptions {
  /** N: the first tweets of a trend examined (default 50). */
  firstN?: number;
  /** The trend's first minutes examined (default 60: the first hour). */
  firstMinutes?: number;
  /** A group promoted a trend when its share of the first N tweets is ≥ this (default 0.5). */
  promotedShare?: number;
}

/**
 * First movers and volume share of actor groups in each trend.
 *
 * A trend's tweets are the rows of `tagged` with its hashtag and a local
 * day from its `first_day` to its `last_day` (the days that made it trend),
 * ordered by `tweet_time`, then `tweetid`, then position (releases give
 * minute resolution, so tweets of the same minute are ordered by id, which
 * is arbitrary among them). For each trend and group:
 * - `n_tweets`: the trend's tweets by the group's accounts;
 *   `volume_share` = n_tweets / the trend's tweets;
 * - `first_n_share`: share of the trend's first min(N, tweets) tweets by
 *   the group;
 * - `first_hour_share`: share of the tweets posted before t₀ + the first
 *   minutes (t₀ = the trend's first tweet; strictly before, so with
 *   minute resolution the first hour is t₀ … t₀ + 59 min) by the group;
 * - `promoted`: first_n_share ≥ `promotedShare`.
 *
 * An account may belong to several groups; each group is counted on its
 * own. Every trend gets a row for every group (zeros when absent).
 *
 * @param tagged Rows of `hashtagTweets` (needs `_row`, `tweetid`,
 *   `userid`, `tweet_time`, `day`, `hashtag`).
 * @param episodes Output of `trendEpisodes`.
 * @param groups `userid`, `group` (Utf8): the actor groups.
 * @param options N, minutes, promotion rule.
 * @returns Columns `trend_id`, `hashtag`, `first_day`, `group`,
 *   `trend_tweets`, `n_tweets`, `volume_share`, `first_n`, `first_n_group`,
 *   `first_n_share`, `first_hour_tweets`, `first_hour_group`,
 *   `first_hour_share`, `promoted`; sorted by first_day, hashtag, group.
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { trendPromotion } from "./trend_promotion.ts";
 * import { deepEqual } from "node:assert/strict";
 * const t = (m: number) => new Date(Date.UTC(2021, 0, 1, 10, m));
 * const tagged = pl.DataFrame({
 *   _row: [0, 1, 2, 3], tweetid: ["1", "2", "3", "4"],
 *   userid: ["gov", "gov", "x", "y"], hashtag: ["h", "h", "h", "h"],
 *   tweet_time: pl.Series([t(0), t(1), t(2), t(90)]).cast(pl.Datetime("ms")),
 *   day: pl.Series([t(0), t(1), t(2), t(90)]).cast(pl.Date),
 * }).lazy();
 * const episodes = pl.DataFrame({
 *   trend_id: ["h@2021-01-01"], hashtag: ["h"],
 *   first_day: pl.Series([t(0)]).cast(pl.Date), last_day: pl.Series([t(0)]).cast(pl.Date),
 * });
 * const groups = pl.DataFrame({ userid: ["gov"], group: ["ministry"] });
 * const p = await trendPromotion(tagged, episodes, groups, { firstN: 2 });
 * deepEqual(p.select("volume_share", "first_n_share", "first_hour_share", "promoted").toRecords(),
 *   [{ volume_share: 0.5, first_n_share: 1, first_hour_share: 2 / 3, promoted: true }]);
 * ```
 */
export async function trendPromotion(
  tagged: pl.LazyDataFrame,
  episodes: pl.DataFrame,
  groups: pl.DataFrame,
  options: TrendPromotionOptions = {},
): Promise<pl.DataFrame> {
  const o = promotionOptions(options, groups);
  const trends = episodes.lazy().select(
    "trend_id",
    "hashtag",
    "first_day",
    "last_day",
  );
  const rows = rankedTrendTweets(tagged, trends, o);
  const totals = rows.groupBy("trend_id").agg(
    pl.len().cast(pl.Float64).alias("trend_tweets"),
    pl.col("_first_n").sum().cast(pl.Float64).alias("first_n"),
    pl.col("_first_hour").sum().cast(pl.Float64).alias("first_hour_tweets"),
  );
  const members = groups.lazy().select(
    pl.col("userid").cast(pl.Utf8),
    pl.col("group").cast(pl.Utf8),
  ).unique();
  const byGroup = rows
    .join(members, { on: "userid", how: "inner" })
    .groupBy(["trend_id", "group"])
    .agg(
      pl.len().cast(pl.Float64).alias("n_tweets"),
      pl.col("_first_n").sum().cast(pl.Float64).alias("first_n_group"),
      pl.col("_first_hour").sum().cast(pl.Float64).alias("first_hour_group"),
    );
  const names = members.select("group").unique();
  return await promotionTable(
    trends.select("trend_id", "hashtag", "first_day")
      .join(names, { how: "cross" })
      .join(totals, { on: "trend_id", how: "left" })
      .join(byGroup, { on: ["trend_id", "group"], how: "left" }),
    o.promotedShare,
  ).collect();
}

/** Checked options of {@linkcode trendPromotion}, defaults filled in. */
interface PromotionSettings {
  firstN: number;
  minutes: number;
  promotedShare: number;
}

/** Checks the options and the groups table; throws a RangeError on a bad one. */
function promotionOptions(
  options: TrendPromotionOptions,
  groups: pl.DataFrame,
): PromotionSettings {
  const what = "Measuring trend promotion";
  const firstN = options.firstN ?? 50;
  const minutes = options.firstMinutes ?? 60;
  const promotedShare = options.promotedShare ?? 0.5;
  if (!Number.isInteger(firstN) || firstN < 1) {
    throw new RangeError(
      `${what}: firstN is not a whole number ≥ 1: ${firstN}.`,
    );
  }
  if (!(minutes > 0) || !Number.isFinite(minutes)) {
    throw new RangeError(
      `${what}: firstMinutes is not a number > 0: ${minutes}.`,
    );
  }
  if (!(promotedShare > 0 && promotedShare <= 1)) {
    throw new RangeError(
      `${what}: promotedShare is not a share in (0, 1]: ${promotedShare}.`,
    );
  }
  for (const c of ["userid", "group"]) {
    if (!groups.columns.includes(c)) {
      throw new RangeError(
        `${what}: the groups table lacks the column: ${c}. Give columns userid and group.`,
      );
    }
  }
  return { firstN, minutes, promotedShare };
}

/**
 * The tweets of each trend in order, marked `_first_n` (among its first N)
 * and `_first_hour` (before its first tweet + the first minutes).
 */
function rankedTrendTweets(
  tagged: pl.LazyDataFrame,
  trends: pl.LazyDataFrame,
  o: PromotionSettings,
): pl.LazyDataFrame {
  return tagged
    .filter(pl.col("day").isNotNull())
    .select("_row", "tweetid", "userid", "tweet_time", "day", "hashtag")
    .join(trends, { on: "hashtag", how: "inner" })
    .filter(
      pl.col("day").gtEq(pl.col("first_day")).and(
        pl.col("day").ltEq(pl.col("last_day")),
      ),
    )
    .sort(["trend_id", "tweet_time", "tweetid", "_row"])
    .withRowIndex("_i")
    .withColumns(
      pl.col("_i").sub(pl.col("_i").min().over("trend_id")).alias("_rank"),
      pl.col("tweet_time").cast(pl.Int64).sub(
        pl.col("tweet_time").cast(pl.Int64).min().over("trend_id"),
      ).alias("_since"),
    )
    .withColumns(
      pl.col("_rank").lt(o.firstN).alias("_first_n"),
      pl.col("_since").lt(
        pl.lit(Math.round(o.minutes * 60_000)).cast(pl.Int64),
      ).alias("_first_hour"),
    );
}

/** Zero-fills the joined counts and computes the shares and `promoted`. */
function promotionTable(
  joined: pl.LazyDataFrame,
  promotedShare: number,
): pl.LazyDataFrame {
  return joined
    .withColumns(
      pl.col("trend_tweets").fillNull(0),
      pl.col("first_n").fillNull(0),
      pl.col("first_hour_tweets").fillNull(0),
      pl.col("n_tweets").fillNull(0),
      pl.col("first_n_group").fillNull(0),
      pl.col("first_hour_group").fillNull(0),
    )
    .select(
      "trend_id",
      "hashtag",
      "first_day",
      "group",
      "trend_tweets",
      "n_tweets",
      share("n_tweets", "trend_tweets", "volume_share"),
      "first_n",
      "first_n_group",
      share("first_n_group", "first_n", "first_n_share"),
      "first_hour_tweets",
      "first_hour_group",
      share("first_hour_group", "first_hour_tweets", "first_hour_share"),
    )
    .withColumns(
      pl.col("first_n_share").gtEq(promotedShare).fillNull(false).alias(
        "promoted",
      ),
    )
    .sort(["first_day", "hashtag", "group"]);
}

function share(num: string, den: string, name: string): pl.Expr {
  return pl.when(pl.col(den).gt(0))
    .then(pl.col(num).div(pl.col(den)))
    .otherwise(pl.lit(null).cast(pl.Float64))
    .alias(name);
}
