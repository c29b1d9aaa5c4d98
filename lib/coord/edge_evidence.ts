/**
 * The tweets behind one edge of a co-action network.
 *
 * @module
 */
import pl from "nodejs-polars";

/** Options of {@link edgeEvidence}. */
export interface EvidenceOptions {
  /** Δ in seconds, as used to build the network. Default 60. */
  window?: number;
}

/**
 * List the actions behind the edge between accounts `u` and `v`: every
 * action of either account that co-acts with an action of the other
 * (same object, |t1 − t2| ≤ Δ), with the tweet it came from.
 *
 * @param actions Actions with `ACTION_COLUMNS`.
 * @param u One account.
 * @param v The other account.
 * @param options The window.
 * @returns Columns `tweetid`, `userid`, `time` (Datetime ms, UTC),
 *   `object`, `_file`, `_line`; one row per (tweet, object) action, sorted
 *   by object, time, userid, tweetid. Empty when the two never co-act.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { deepEqual } from "node:assert/strict";
 * import { edgeEvidence } from "./edge_evidence.ts";
 * const actions = pl.DataFrame({
 *   userid: ["a", "b", "b"], object: ["x", "x", "x"], t: [0, 30, 5000],
 *   tweetid: ["1", "2", "3"], _file: ["f", "f", "f"], _line: [2, 3, 4],
 * }).lazy();
 * const ev = await edgeEvidence(actions, "a", "b", { window: 60 });
 * deepEqual(ev.getColumn("tweetid").toArray(), ["1", "2"]);
 * ```
 */
export async function edgeEvidence(
  actions: pl.LazyDataFrame,
  u: string,
  v: string,
  options: EvidenceOptions = {},
): Promise<pl.DataFrame> {
  const window = options.window ?? 60;
  if (!Number.isInteger(window) || window < 0) {
    throw new RangeError(
      `Listing edge evidence: the window must be a whole number of seconds ≥ 0: ${window}`,
    );
  }
  if (u === v) {
    throw new RangeError(
      `Listing edge evidence: an edge joins two different accounts: ${u}`,
    );
  }
  const two = await actions
    .select(
      pl.col("tweetid").cast(pl.Utf8),
      pl.col("userid").cast(pl.Utf8),
      pl.col("object").cast(pl.Utf8),
      pl.col("t").cast(pl.Int64),
      pl.col("_file").cast(pl.Utf8),
      pl.col("_line").cast(pl.Float64),
    )
    .filter(pl.col("userid").isIn([u, v]))
    .collect();
  return await two.lazy()
    .join(coActing(two, u, v, window), {
      on: ["userid", "object", "t"],
      how: "semi",
    })
    .unique()
    .sort(["object", "t", "userid", "tweetid"])
    .select(
      "tweetid",
      "userid",
      pl.col("t").mul(1000).cast(pl.Datetime("ms")).alias("time"),
      "object",
      "_file",
      "_line",
    )
    .collect();
}

/**
 * The distinct (userid, object, t) actions of `u` and `v` that co-act with
 * an action of the other.
 */
function coActing(
  two: pl.DataFrame,
  u: string,
  v: string,
  window: number,
): pl.LazyDataFrame {
  const triples = two.lazy().select("userid", "object", "t").unique();
  const left = triples.filter(pl.col("userid").eq(pl.lit(u)));
  const right = triples.filter(pl.col("userid").eq(pl.lit(v)))
    .select(
      pl.col("userid").alias("userid_v"),
      "object",
      pl.col("t").alias("t_v"),
    );
  const matched = left.join(right, { on: "object", how: "inner" })
    .filter(
      pl.col("t").sub(pl.col("t_v")).abs().lessThanEquals(
        pl.lit(window).cast(pl.Int64),
      ),
    );
  return pl.concat([
    matched.select("userid", "object", "t"),
    matched.select(
      pl.col("userid_v").alias("userid"),
      "object",
      pl.col("t_v").alias("t"),
    ),
  ]).unique();
}
