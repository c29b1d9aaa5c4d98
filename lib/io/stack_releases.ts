/**
 * The one way to stack releases: their users or tweets frames one under the
 * other, in the archive schema, optionally labelled with the release name.
 *
 * @module
 */
import pl from "nodejs-polars";
import { PROVENANCE_COLUMNS, TWEET_COLUMNS, USER_COLUMNS } from "./schema.ts";
import type { Release } from "./release_types.ts";

/** Options of {@linkcode stackReleases}. */
export interface StackOptions {
  /**
   * Name of a text column holding each row's release name (for example
   * `"source"` or `"release"`); default: no such column.
   */
  label?: string;
  /**
   * Keep one row per non-null `tweetid`: the first in release order (a
   * tweet collected by both a release and a baseline counts once, for the
   * first release listed). Rows with a null `tweetid` are all kept. Default
   * false.
   */
  dedupe?: boolean;
}

/**
 * Stacks one table of several releases, lazily: the schema's columns, then
 * the provenance columns (`_file`, `_line`), then the label column if asked
 * for. Extra columns of a release are dropped. With `dedupe`, a tweet in
 * several releases is kept once (tweets only).
 *
 * @param releases Loaded releases, in the order their rows should appear.
 * @param table Which table to stack.
 * @param options The label column.
 * @returns One lazy frame.
 * @throws {RangeError} When no release is given, or (with a label) two
 *   releases share a name, which would make the label ambiguous.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { stackReleases } from "./stack_releases.ts";
 * import { TWEET_COLUMNS, USER_COLUMNS } from "./schema.ts";
 * import { deepEqual } from "node:assert/strict";
 * const empty = (cols: readonly string[]) =>
 *   pl.DataFrame(Object.fromEntries([...cols, "_file", "_line"].map((c) => [c, ["x"]]))).lazy();
 * const release = (name: string) => ({
 *   name, users: empty(USER_COLUMNS), tweets: empty(TWEET_COLUMNS),
 *   ledger: { files: [] }, synthetic: false,
 * });
 * const stacked = stackReleases([release("a"), release("b")], "tweets", { label: "release" });
 * deepEqual(stacked.collectSync().getColumn("release").toArray(), ["a", "b"]);
 * ```
 */
export function stackReleases(
  releases: readonly Release[],
  table: "users" | "tweets",
  options: StackOptions = {},
): pl.LazyDataFrame {
  if (releases.length === 0) {
    throw new RangeError(
      `Stack the ${table} of releases: no releases given: []. Load at least one.`,
    );
  }
  const label = options.label;
  if (label !== undefined) {
    const seen = new Set<string>();
    for (const r of releases) {
      if (seen.has(r.name)) {
        throw new RangeError(
          `Stack the ${table} of releases: two releases share a name: ${r.name}. ` +
            `The name labels the ${label} column; load distinct releases.`,
        );
      }
      seen.add(r.name);
    }
  }
  const schema = table === "users" ? USER_COLUMNS : TWEET_COLUMNS;
  const columns = [...schema, ...PROVENANCE_COLUMNS].map((c) => pl.col(c));
  const stacked = pl.concat(
    releases.map((r) =>
      r[table].select(
        ...columns,
        ...(label === undefined
          ? []
          : [pl.lit(r.name).cast(pl.Utf8).alias(label)]),
      )
    ),
    { how: "vertical" },
  );
  return options.dedupe ? firstPerTweet(stacked) : stacked;
}

/** The first row of each non-null `tweetid`, in row order; null ids all kept. */
function firstPerTweet(frame: pl.LazyDataFrame): pl.LazyDataFrame {
  return frame
    .withRowIndex("_order")
    .filter(
      pl.col("tweetid").isNull().or(
        pl.col("_order").eq(pl.col("_order").min().over("tweetid")),
      ),
    )
    .drop("_order");
}
