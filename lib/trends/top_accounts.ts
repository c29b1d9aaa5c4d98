/**
 * The most active accounts of a conversation.
 *
 * @module
 */
import pl from "nodejs-polars";

/**
 * The k accounts with the most tweets (ties by userid ascending, so the
 * cut is deterministic), optionally among a given set of accounts, as a
 * group table for {@linkcode groupShare} and `trendPromotion`.
 *
 * @param tweets Tweets (archive schema).
 * @param k How many accounts (a whole number ≥ 1).
 * @param options `among`: only these userids; `group`: the label of the
 *   group column (default `top<k>`).
 * @returns Columns `userid`, `group`, `n_tweets` (Float64), `rank` (1 = most
 *   tweets); at most k rows.
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { topAccounts } from "./top_accounts.ts";
 * import { deepEqual } from "node:assert/strict";
 * const tweets = pl.DataFrame({ userid: ["a", "b", "b", "c", "c"] }).lazy();
 * const top = await topAccounts(tweets, 1, { among: ["a", "c"] });
 * deepEqual(top.toRecords(), [{ userid: "c", group: "top1", n_tweets: 2, rank: 1 }]);
 * ```
 */
export async function topAccounts(
  tweets: pl.LazyDataFrame,
  k: number,
  options: { among?: readonly string[]; group?: string } = {},
): Promise<pl.DataFrame> {
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(
      `Listing top accounts: k is not a whole number ≥ 1: ${k}.`,
    );
  }
  let rows = tweets.select("userid").filter(pl.col("userid").isNotNull());
  if (options.among !== undefined) {
    rows = rows.join(
      pl.DataFrame({
        userid: pl.Series("userid", [...options.among], pl.Utf8),
      }).lazy().unique(),
      { on: "userid", how: "inner" },
    );
  }
  return await rows
    .groupBy("userid")
    .agg(pl.len().cast(pl.Float64).alias("n_tweets"))
    .sort(["n_tweets", "userid"], [true, false])
    .head(k)
    .withRowIndex("_i")
    .select(
      pl.col("userid"),
      pl.lit(options.group ?? `top${k}`).alias("group"),
      pl.col("n_tweets"),
      pl.col("_i").add(1).cast(pl.Float64).alias("rank"),
    )
    .collect();
}
