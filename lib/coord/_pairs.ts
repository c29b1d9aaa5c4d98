/**
 * Private core of the co-action computation: encoding actions as integers
 * and the bucketed self-join that finds co-actions without comparing every
 * pair of actions on an object.
 *
 * @module
 */
import pl from "nodejs-polars";

/** Distinct actions with integer codes. */
export interface EncodedActions {
  /** Columns `u` (UInt32), `x` (UInt32), `t` (Int64); distinct rows. */
  acts: pl.DataFrame;
  /** Columns `userid` (Utf8), `u` (UInt32); `u` follows code-point order. */
  users: pl.DataFrame;
  /** Columns `object` (Utf8), `x` (UInt32). */
  objects: pl.DataFrame;
}

/**
 * Distinct (userid Utf8, object Utf8, t Int64) actions; rows with a missing
 * value are dropped.
 */
export function distinctActions(actions: pl.LazyDataFrame): pl.LazyDataFrame {
  return actions
    .select(
      pl.col("userid").cast(pl.Utf8),
      pl.col("object").cast(pl.Utf8),
      pl.col("t").cast(pl.Int64),
    )
    .filter(
      pl.col("userid").isNotNull().and(pl.col("object").isNotNull()).and(
        pl.col("t").isNotNull(),
      ),
    )
    .unique();
}

/**
 * Reduce actions to distinct (userid, object, t) and give accounts and
 * objects integer codes. Account codes are ranks in code-point order of
 * `userid` (polars compares strings byte-wise, which is code-point order
 * for UTF-8), so `u < v` on codes is `userid` order.
 */
export async function encodeActions(
  actions: pl.LazyDataFrame,
): Promise<EncodedActions> {
  const distinct = await distinctActions(actions).collect();
  const users = distinct.lazy().select("userid").unique().sort("userid")
    .withRowIndex("u").select("userid", pl.col("u").cast(pl.UInt32));
  const objects = distinct.lazy().select("object").unique().sort("object")
    .withRowIndex("x").select("object", pl.col("x").cast(pl.UInt32));
  const acts = distinct.lazy()
    .join(users, { on: "userid", how: "inner" })
    .join(objects, { on: "object", how: "inner" })
    .select("u", "x", "t")
    .sort(["u", "x", "t"]);
  const [a, us, ob] = await Promise.all([
    acts.collect(),
    users.collect(),
    objects.collect(),
  ]);
  return { acts: a, users: us, objects: ob };
}

/**
 * All co-actions: pairs of distinct actions (u, x, t1), (v, x, t2) with
 * u < v and |t1 − t2| ≤ window, each unordered pair once.
 *
 * Times are cut into buckets of width w = max(window, 1) seconds
 * (b = floor(t / w)); two times at most `window` apart lie in the same or
 * adjacent buckets. Two equi-joins find the candidates:
 * - same (x, b): every ordered pair of actions appears twice, (a, c) and
 *   (c, a); keeping u < v keeps each unordered pair of different accounts
 *   once (and drops same-account pairs);
 * - (x, b) on the left with (x, b + 1) on the right: each unordered pair in
 *   adjacent buckets appears exactly once; u ≠ v is kept and the pair is
 *   re-oriented so that u < v.
 * Both are then filtered on |t1 − t2| ≤ window. The work is the number of
 * action pairs within the same or adjacent buckets of one object, which is
 * at most a constant multiple of the co-action pairs within 2·window.
 *
 * @param acts Columns `u`, `x` (same types on both sides), `t` (Int64),
 *   plus the `by` columns; rows must be distinct.
 * @param window Δ in seconds, ≥ 0.
 * @param by Extra equi-join keys (e.g. a round number).
 * @returns Columns `...by, u, v, x, t1, t2` (t1 is u's time).
 */
export function coActionPairs(
  acts: pl.LazyDataFrame,
  window: number,
  by: string[] = [],
): pl.LazyDataFrame {
  const width = Math.max(window, 1);
  const left = acts.withColumns(
    pl.col("t").div(width).floor().cast(pl.Int64).alias("_b"),
  );
  const right = left.select(
    ...by,
    pl.col("u").alias("v"),
    "x",
    pl.col("t").alias("t2"),
    "_b",
  );
  const keys = [...by, "x", "_b"];
  const within = pl.col("t").sub(pl.col("t2")).abs().lessThanEquals(
    pl.lit(window).cast(pl.Int64),
  );
  const same = left
    .join(right, { on: keys, how: "inner" })
    .filter(pl.col("u").lessThan(pl.col("v")).and(within));
  const next = left
    .withColumns(pl.col("_b").add(pl.lit(1).cast(pl.Int64)))
    .join(right, { on: keys, how: "inner" })
    .filter(pl.col("u").neq(pl.col("v")).and(within));
  const swap = pl.col("u").greaterThan(pl.col("v"));
  return pl.concat([same, next]).select(
    ...by,
    pl.when(swap).then(pl.col("v")).otherwise(pl.col("u")).alias("u"),
    pl.when(swap).then(pl.col("u")).otherwise(pl.col("v")).alias("v"),
    "x",
    pl.when(swap).then(pl.col("t2")).otherwise(pl.col("t")).alias("t1"),
    pl.when(swap).then(pl.col("t")).otherwise(pl.col("t2")).alias("t2"),
  );
}

/**
 * Per-pair aggregates of co-actions: `n_objects` (distinct x),
 * `n_action_pairs` (rows) and `mean_delta_s` (mean |t1 − t2|), with the
 * packed UInt64 key `_k` = u · 2³² + v it groups on (polars groups and
 * sorts one such key markedly faster than two columns; sorting by `_k` is
 * sorting by u then v).
 */
export function aggregatePairs(
  pairs: pl.LazyDataFrame,
  by: string[] = [],
): pl.LazyDataFrame {
  const key = pl.col("u").cast(pl.UInt64)
    .mul(pl.lit(2 ** 32).cast(pl.UInt64))
    .add(pl.col("v").cast(pl.UInt64))
    .alias("_k");
  return pairs.withColumns(key).groupBy([...by, "_k"]).agg(
    pl.col("u").first(),
    pl.col("v").first(),
    pl.col("x").nUnique().cast(pl.Int64).alias("n_objects"),
    pl.len().cast(pl.Int64).alias("n_action_pairs"),
    pl.col("t1").sub(pl.col("t2")).abs().mean().alias("mean_delta_s"),
  );
}
