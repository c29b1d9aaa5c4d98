/**
 * Client (source app) mix per account.
 *
 * @module
 */
import pl from "nodejs-polars";
import { clientCategory, type ClientTaxonomy } from "./client_taxonomy.ts";

/**
 * Per-account client mix, one row per non-null userid, sorted by userid.
 * Columns (Float64 unless said): `userid` (Utf8), `n_tweets` (rows),
 * `official_client_share`, `scheduler_client_share`,
 * `automation_client_share`, `unknown_client_share` (tweets in the
 * category / the account's tweets; null client names count as unknown),
 * `n_clients` (distinct non-null client names), `top_client` (Utf8: the
 * account's most used non-null client name, ties broken by name
 * ascending; null when none).
 *
 * @param tweets tweets frame (archive schema)
 * @param taxonomy the client taxonomy
 * @returns the per-account table
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { clientMixByAccount } from "./client_mix_by_account.ts";
 * import { parseClientTaxonomy } from "./client_taxonomy.ts";
 * import { deepEqual } from "node:assert/strict";
 * const t = parseClientTaxonomy("client_name,category,note\nIFTTT,automation,\n");
 * const tweets = pl.DataFrame({
 *   userid: ["a", "a", "a", "a"],
 *   tweet_client_name: ["IFTTT", "IFTTT", "IFTTT", "Foo"],
 * }).lazy();
 * const m = await clientMixByAccount(tweets, t);
 * deepEqual(m.getColumn("automation_client_share").toArray(), [0.75]);
 * deepEqual(m.getColumn("top_client").toArray(), ["IFTTT"]);
 * ```
 */
export async function clientMixByAccount(
  tweets: pl.LazyDataFrame,
  taxonomy: ClientTaxonomy,
): Promise<pl.DataFrame> {
  const withCat = tweets
    .filter(pl.col("userid").isNotNull())
    .select(
      pl.col("userid"),
      pl.col("tweet_client_name"),
      clientCategory(taxonomy),
    );
  const share = (c: string) =>
    pl.col("client_category").eq(pl.lit(c)).sum().cast(pl.Float64)
      .div(pl.len().cast(pl.Float64))
      .alias(`${c}_client_share`);
  const shares = withCat.groupBy("userid").agg(
    pl.len().cast(pl.Float64).alias("n_tweets"),
    share("official"),
    share("scheduler"),
    share("automation"),
    share("unknown"),
    pl.col("tweet_client_name").dropNulls().nUnique().cast(pl.Float64).alias(
      "n_clients",
    ),
  );
  const top = withCat
    .filter(pl.col("tweet_client_name").isNotNull())
    .groupBy(["userid", "tweet_client_name"])
    .agg(pl.len().alias("k"))
    .filter(pl.col("k").eq(pl.col("k").max().over("userid")))
    .groupBy("userid")
    .agg(pl.col("tweet_client_name").min().alias("top_client"));
  return await shares
    .join(top, { on: "userid", how: "left" })
    .sort("userid")
    .collect();
}
