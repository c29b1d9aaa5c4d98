/**
 * Private: tweets per (unit, account), the input of the share bootstraps.
 *
 * @module
 */
import pl from "nodejs-polars";
import { clusterBootstrapRatio } from "./cluster_bootstrap_ratio.ts";
import { hashtagKey } from "./hashtag_tweets.ts";

/** How tweets are grouped into units (see `inorganicShare`). */
export interface UnitOptions {
  hashtags?: readonly string[];
  trends?: pl.DataFrame;
  pool?: boolean;
}

/**
 * Tweets per (unit, account): columns `unit`, `hashtag`, `key` (the
 * userid; `\u0000row:<_row>` for a null userid, one cluster per such
 * tweet), `userid`, `n` (Float64); sorted by unit, key.
 */
export async function unitCounts(
  tagged: pl.LazyDataFrame,
  options: UnitOptions,
): Promise<pl.DataFrame> {
  const { rows, unit } = selectUnits(tagged, options);
  let keyed = rows.select(
    unit.alias("unit"),
    pl.col("hashtag"),
    pl.col("_row"),
    pl.when(pl.col("userid").isNull())
      .then(
        pl.concatString([pl.lit("\u0000row:"), pl.col("_row").cast(pl.Utf8)]),
      )
      .otherwise(pl.col("userid"))
      .alias("key"),
    pl.col("userid"),
  );
  if (options.pool) {
    keyed = keyed
      .select(
        pl.lit("all").alias("unit"),
        pl.lit(null).cast(pl.Utf8).alias("hashtag"),
        "_row",
        "key",
        "userid",
      )
      .unique({ subset: ["_row"], keep: "first" });
  }
  return await keyed
    .groupBy(["unit", "key"])
    .agg(
      pl.col("hashtag").first(),
      pl.col("userid").first(),
      pl.col("_row").nUnique().cast(pl.Float64).alias("n"),
    )
    .select("unit", "hashtag", "key", "userid", "n")
    .sort(["unit", "key"])
    .collect();
}

/**
 * The rows of the selected hashtags (and, with trends, of the trends'
 * days) and the expression naming each row's unit.
 */
function selectUnits(
  tagged: pl.LazyDataFrame,
  options: UnitOptions,
): { rows: pl.LazyDataFrame; unit: pl.Expr } {
  let rows: pl.LazyDataFrame = tagged.select(
    "_row",
    "userid",
    "day",
    "hashtag",
  );
  if (options.hashtags !== undefined) {
    const keys: pl.DataFrame = pl.DataFrame({
      hashtags: pl.Series("hashtags", [...options.hashtags], pl.Utf8),
    }).select(hashtagKey("hashtags")).unique();
    rows = rows.join(keys.lazy(), { on: "hashtag", how: "inner" });
  }
  if (options.trends === undefined) return { rows, unit: pl.col("hashtag") };
  rows = rows
    .join(
      options.trends.lazy().select(
        "trend_id",
        "hashtag",
        "first_day",
        "last_day",
      ),
      { on: "hashtag", how: "inner" },
    )
    .filter(
      pl.col("day").gtEq(pl.col("first_day")).and(
        pl.col("day").ltEq(pl.col("last_day")),
      ),
    );
  return { rows, unit: pl.col("trend_id") };
}

/** One unit's share and interval. */
export interface UnitShare {
  unit: string;
  hashtag: string | null;
  n_tweets: number;
  n_accounts: number;
  n_flagged_tweets: number;
  n_flagged_accounts: number;
  share: number;
  ci_lower: number;
  ci_upper: number;
}

/**
 * Joins the accounts' `flagged` (missing or null → false) onto
 * `unitCounts` and bootstraps each unit (rows of one unit are contiguous).
 */
export function unitShares(
  counts: pl.DataFrame,
  flags: pl.DataFrame,
  boot: { rounds: number; seed: number; level: number },
): UnitShare[] {
  const flagTable = flags.select(
    pl.col("userid").cast(pl.Utf8),
    pl.col("flagged").cast(pl.Bool).fillNull(false).alias("flagged"),
  ).unique({ subset: ["userid"], keep: "first" });
  const joined = counts.join(flagTable, { on: "userid", how: "left" })
    .sort(["unit", "key"]);
  const units = joined.getColumn("unit").toArray() as string[];
  const tags = joined.getColumn("hashtag").toArray() as (string | null)[];
  const n = (joined.getColumn("n").toArray() as unknown[]).map(Number);
  const flagged = joined.getColumn("flagged").toArray() as (boolean | null)[];
  const out: UnitShare[] = [];
  for (let i = 0; i < units.length;) {
    let j = i;
    while (j < units.length && units[j] === units[i]) j++;
    const den = n.slice(i, j);
    const numer = den.map((x, k) => flagged[i + k] === true ? x : 0);
    const r = clusterBootstrapRatio(numer, den, boot);
    out.push({
      unit: units[i],
      hashtag: tags[i],
      n_tweets: den.reduce((a, b) => a + b, 0),
      n_accounts: j - i,
      n_flagged_tweets: numer.reduce((a, b) => a + b, 0),
      n_flagged_accounts: numer.filter((x) => x > 0).length,
      share: r.estimate,
      ci_lower: r.lower,
      ci_upper: r.upper,
    });
    i = j;
  }
  return out;
}
