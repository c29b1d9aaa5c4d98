/**
 * A conversation: the tweets of several releases and baselines as one frame.
 *
 * @module
 */
import pl from "nodejs-polars";
import { stackReleases } from "../io/stack_releases.ts";
import type { Release } from "../io/release_types.ts";

/** Options of {@linkcode conversation}. */
export interface ConversationOptions {
  /**
   * Keep one row per non-null `tweetid`: the first in release order (a
   * tweet collected by both a release and a baseline counts once, for the
   * first release listed). Default true. Rows with a null `tweetid` are all
   * kept.
   */
  dedupe?: boolean;
}

/**
 * The tweets of any mix of sources (releases, baseline collections) in the
 * archive schema, as one lazy frame: the schema's tweet columns, `_file`,
 * `_line`, then `source` (Utf8: the release's name). Extra columns of a
 * source are dropped, so frames from different loaders stack.
 *
 * @param releases Loaded releases (`loadRelease`), in priority order.
 * @param options See {@linkcode ConversationOptions}.
 * @returns The stacked tweets.
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { conversation } from "./conversation.ts";
 * import { TWEET_COLUMNS } from "../io/schema.ts";
 * import { deepEqual } from "node:assert/strict";
 * const frame = (ids: string[]) => pl.DataFrame({
 *   ...Object.fromEntries(TWEET_COLUMNS.map((c) => [c, ids.map(() => null)])),
 *   tweetid: ids, _file: ids.map(() => "f"), _line: ids.map(() => 2),
 * }).lazy();
 * const rel = (name: string, ids: string[]) =>
 *   ({ name, tweets: frame(ids), users: frame([]), ledger: { files: [] }, synthetic: true });
 * const t = conversation([rel("a", ["1", "2"]), rel("b", ["2", "3"])]).collectSync();
 * deepEqual(t.getColumn("source").toArray(), ["a", "a", "b"]);
 * ```
 */
export function conversation(
  releases: readonly Release[],
  options: ConversationOptions = {},
): pl.LazyDataFrame {
  return stackReleases(releases, "tweets", {
    label: "source",
    dedupe: options.dedupe !== false,
  });
}

/**
 * The users of the same sources, stacked like {@linkcode conversation}: the
 * schema's user columns, `_file`, `_line`, `source`. Not deduplicated (an
 * account in two releases has two rows).
 *
 * @param releases Loaded releases.
 * @returns The stacked users.
 */
export function conversationUsers(
  releases: readonly Release[],
): pl.LazyDataFrame {
  return stackReleases(releases, "users", { label: "source" });
}
