/**
 * Client (source app) mix of a set of tweets.
 *
 * @module
 */
import pl from "nodejs-polars";
import {
  CLIENT_CATEGORIES,
  type ClientCategory,
  clientCategory,
  type ClientTaxonomy,
} from "./client_taxonomy.ts";

/** Result of {@linkcode clientMix}. */
export interface ClientMix {
  /** All tweets (rows). */
  n_tweets: number;
  /** Tweets with a null `tweet_client_name` (counted as `unknown`). */
  n_missing_client: number;
  /** Tweets per category, keys in the order official, scheduler, automation, unknown. */
  by_category: Record<ClientCategory, number>;
  /** Tweets per client name as written (null names left out): count desc, then name asc. */
  by_client: { client_name: string; category: ClientCategory; count: number }[];
}

/**
 * Counts tweets by client name and by taxonomy category (see
 * `clientCategory` for the matching rule). Unit: tweets (rows).
 *
 * @param tweets tweets frame (archive schema)
 * @param taxonomy the client taxonomy (`loadClientTaxonomy()`)
 * @returns counts by category and by client
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { clientMix } from "./client_mix.ts";
 * import { parseClientTaxonomy } from "./client_taxonomy.ts";
 * import { deepEqual } from "node:assert/strict";
 * const t = parseClientTaxonomy("client_name,category,note\nIFTTT,automation,\n");
 * const tweets = pl.DataFrame({ tweet_client_name: ["IFTTT", "IFTTT", "Foo"] }).lazy();
 * const m = await clientMix(tweets, t);
 * deepEqual(m.by_category, { official: 0, scheduler: 0, automation: 2, unknown: 1 });
 * ```
 */
export async function clientMix(
  tweets: pl.LazyDataFrame,
  taxonomy: ClientTaxonomy,
): Promise<ClientMix> {
  const df = await tweets
    .select(pl.col("tweet_client_name"), clientCategory(taxonomy))
    .groupBy(["tweet_client_name", "client_category"])
    .agg(pl.len().alias("n"))
    .collect();
  const names = df.getColumn("tweet_client_name").toArray() as (
    | string
    | null
  )[];
  const cats = df.getColumn("client_category").toArray() as ClientCategory[];
  const ns = (df.getColumn("n").toArray() as number[]).map(Number);
  const byCategory = Object.fromEntries(
    CLIENT_CATEGORIES.map((c) => [c, 0]),
  ) as Record<ClientCategory, number>;
  const byClient: ClientMix["by_client"] = [];
  let nMissing = 0;
  let n = 0;
  names.forEach((name, i) => {
    byCategory[cats[i]] += ns[i];
    n += ns[i];
    if (name === null) nMissing += ns[i];
    else byClient.push({ client_name: name, category: cats[i], count: ns[i] });
  });
  byClient.sort((a, b) =>
    b.count - a.count ||
    (a.client_name < b.client_name ? -1 : a.client_name > b.client_name ? 1 : 0)
  );
  return {
    n_tweets: n,
    n_missing_client: nMissing,
    by_category: byCategory,
    by_client: byClient,
  };
}
