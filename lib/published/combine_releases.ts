/**
 * Several loaded releases taken as one, for figures published about their
 * union (ASPI's three 2019 Venezuela releases).
 *
 * @module
 */
import { type Release, stackReleases } from "../io/mod.ts";

/**
 * Stacks releases: users rows of all, tweets rows of all (archive columns
 * and `_file`, `_line` only; extra columns are dropped), ledgers joined.
 * Nothing is deduplicated: an account or tweet present in two releases is
 * counted twice, as adding up published per-release figures would.
 *
 * @param name Name of the combined release.
 * @param releases Loaded releases (at least one).
 * @returns The combined release; synthetic when any part is.
 * @throws {RangeError} When `releases` is empty.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { equal } from "node:assert/strict";
 * import { TWEET_COLUMNS, USER_COLUMNS } from "../io/mod.ts";
 * import { combineReleases } from "./combine_releases.ts";
 * const frame = (cols: readonly string[], n: number) =>
 *   pl.DataFrame(Object.fromEntries(
 *     [...cols, "_file", "_line"].map((c) => [c, Array(n).fill(null)]),
 *   )).lazy();
 * const part = (n: number) => ({
 *   name: "p", users: frame(USER_COLUMNS, 1), tweets: frame(TWEET_COLUMNS, n),
 *   ledger: { files: [] }, synthetic: false,
 * });
 * const all = combineReleases("both", [part(2), part(3)]);
 * equal(all.tweets.collectSync().height, 5);
 * ```
 */
export function combineReleases(name: string, releases: Release[]): Release {
  return {
    name,
    users: stackReleases(releases, "users"),
    tweets: stackReleases(releases, "tweets"),
    ledger: { files: releases.flatMap((r) => r.ledger.files) },
    synthetic: releases.some((r) => r.synthetic),
  };
}
