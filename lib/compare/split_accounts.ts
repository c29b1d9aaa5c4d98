import pl from "nodejs-polars";
import { sampleKey } from "../io/sample.ts";
import type { Release } from "../io/release_types.ts";

/**
 * Splits a release's accounts into two random halves, reproducibly, for a
 * negative control: comparing the halves of one population should find
 * nothing.
 *
 * The accounts are the distinct non-null userids of the users and tweets
 * tables. Each gets the key SHA-256(`<seed>:<userid>`) of lib/io's
 * `sampleKey` (the draw of `sampleAccounts`); sorted by key, the first
 * ⌊n/2⌋ form the first half and the others the second. The halves keep
 * each account's users rows and tweets, and are named `<name>_half1` and
 * `<name>_half2`. The result depends only on the seed and the set of
 * userids, never on row order.
 *
 * @param release The release to split.
 * @param seed Seed of the draw.
 * @returns The two halves.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import pl from "nodejs-polars";
 * import { splitAccounts } from "./split_accounts.ts";
 * const users = pl.DataFrame({ userid: ["a", "b", "c", "d"] }).lazy();
 * const tweets = pl.DataFrame({ userid: ["a", "d", "e"] }).lazy();
 * const [h1, h2] = await splitAccounts({ name: "x", users, tweets,
 *   ledger: { files: [] }, synthetic: false }, 1);
 * // keys: sha256("1:d") < "1:a" < "1:e" < "1:b" < "1:c"
 * assert.deepEqual(h1.users.collectSync().getColumn("userid").toArray(), ["a", "d"]);
 * assert.deepEqual(h2.tweets.collectSync().getColumn("userid").toArray(), ["e"]);
 * assert.equal(h2.name, "x_half2");
 * ```
 */
export async function splitAccounts(
  release: Release,
  seed: number | string,
): Promise<[Release, Release]> {
  const ids = (await pl.concat([
    release.users.select(pl.col("userid").cast(pl.Utf8)),
    release.tweets.select(pl.col("userid").cast(pl.Utf8)),
  ]).filter(pl.col("userid").isNotNull()).unique().collect())
    .getColumn("userid").toArray() as string[];
  const ranked = ids
    .map((id) => ({ id, key: sampleKey(seed, id) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((a) => a.id);
  const half = Math.floor(ranked.length / 2);
  const part = (members: string[], suffix: string): Release => {
    const keep = pl.col("userid").isIn(members);
    return {
      ...release,
      name: `${release.name}_${suffix}`,
      users: release.users.filter(keep),
      tweets: release.tweets.filter(keep),
    };
  };
  return [
    part(ranked.slice(0, half), "half1"),
    part(ranked.slice(half), "half2"),
  ];
}
