/**
 * Reaction times: each action's time measured from the moment its object
 * appeared, for a null model that keeps every account's reaction speed.
 *
 * Why: `nullModel` shuffles, per account, which of its times goes with
 * which of its objects. On raw retweet times that destroys the one thing
 * every retweeter shares — a retweet comes after the tweet it copies — so
 * any two accounts that retweet the same fresh posts (fans, partisans,
 * planted groups alike) co-act far more than the shuffle predicts. Shuffling
 * reaction times instead (time since the retweeted tweet was posted) keeps
 * each account's speed and asks whether a pair co-acts more often than two
 * accounts with those speeds would by chance. Co-action is unchanged: for two
 * actions on the same object, |t1 − t2| equals the difference of their
 * reaction times, so `coordinationNetwork` gives the same edges on either
 * frame.
 *
 * @module
 */
import pl from "nodejs-polars";

/** Twitter's snowflake epoch, Unix milliseconds (2010-11-04T01:42:54.657Z). */
export const SNOWFLAKE_EPOCH_MS = 1288834974657;

const SHIFT = 4194304; // 2^22: the bits below the timestamp in a snowflake
/** Earliest accepted decoded time: one day after the epoch, Unix seconds. */
const EARLIEST_S = Math.floor(SNOWFLAKE_EPOCH_MS / 1000) + 86_400;

/**
 * The creation time encoded in a Twitter snowflake id, in whole Unix seconds
 * (floored): ⌊id / 2²²⌋ + 1288834974657 ms. Null when the text is not a
 * whole number or decodes to less than one day after the snowflake epoch
 * (the sequential ids Twitter used before November 2010 carry no time).
 * Exact for ids below 2⁶³ (integer arithmetic; the one float division is of
 * a multiple of 2²² by 2²²).
 *
 * @param column A Utf8 column of decimal ids (e.g. `object` in retweet
 *   mode, or `tweetid`).
 * @returns An Int64 expression named after `column`.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { deepEqual } from "node:assert/strict";
 * import { snowflakeSecondsExpr } from "./reaction_times.ts";
 * const df = pl.DataFrame({ id: ["1002416736382746666", "12345", "abc"] })
 *   .select(snowflakeSecondsExpr("id"));
 * // 2018-06-01T05:09:08Z; a pre-2010 id and a non-number give null
 * deepEqual(df.getColumn("id").toArray(), [1527829748n, null, null]);
 * ```
 */
export function snowflakeSecondsExpr(column: string): pl.Expr {
  const id = pl.col(column).cast(pl.Int64, false);
  const ms = id.sub(id.modulo(pl.lit(SHIFT).cast(pl.Int64)))
    .div(pl.lit(SHIFT).cast(pl.Int64))
    .cast(pl.Int64)
    .add(pl.lit(SNOWFLAKE_EPOCH_MS).cast(pl.Int64));
  const s = ms.sub(ms.modulo(pl.lit(1000).cast(pl.Int64)))
    .div(pl.lit(1000).cast(pl.Int64))
    .cast(pl.Int64);
  return pl.when(s.gtEq(pl.lit(EARLIEST_S).cast(pl.Int64)))
    .then(s)
    .otherwise(pl.lit(null).cast(pl.Int64))
    .alias(column);
}

/** Options of {@link reactionTimes}. */
export interface ReactionTimeOptions {
  /**
   * Time resolution in seconds: origins are floored to it, so reaction
   * times are whole multiples of it on data at that resolution. Default:
   * 60 when every action time is a whole minute (release data), else 1.
   */
  resolution?: number;
}

/** Result of {@link reactionTimes}. */
export interface ReactionTimes {
  /**
   * The actions with `t` replaced by the reaction time in seconds (t minus
   * the object's origin, ≥ 0), plus `origin` (Int64, Unix seconds) and
   * `origin_from` (Utf8: `snowflake` or `first_action`). Other columns
   * unchanged, rows in input order.
   */
  actions: pl.LazyDataFrame;
  /** The resolution used, seconds. */
  resolution: number;
  /** Distinct objects. */
  n_objects: number;
  /** Objects whose origin is the time in their snowflake id. */
  n_from_snowflake: number;
  /** Objects whose origin is their earliest action (no usable id time). */
  n_from_first_action: number;
}

/**
 * Replace each action's time by its reaction time: seconds since its
 * object's origin.
 *
 * The origin of object x is the creation time decoded from x as a Twitter
 * snowflake id ({@link snowflakeSecondsExpr}) floored to the resolution, when
 * that decodes and is not after x's earliest action; otherwise (hashtags,
 * URLs, texts, hashed or pre-2010 ids, or an id whose time is after its
 * first share) the time of x's earliest action in the data. The fallback is
 * weaker: the account that shared x first gets reaction time 0, so a group
 * that is always first to share looks like a group that always reacts at
 * once — its members' coordination then hides in the null model. Use the
 * result with retweet or reply actions on release data, where the objects
 * are tweet ids.
 *
 * @param actions Actions with at least `userid`, `object`, `t`.
 * @param options The resolution.
 * @returns The transformed actions and how each origin was found.
 * @throws {RangeError} for a resolution that is not a whole number ≥ 1.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { deepEqual, equal } from "node:assert/strict";
 * import { reactionTimes } from "./reaction_times.ts";
 * const actions = pl.DataFrame({
 *   userid: ["a", "b", "c"],
 *   object: ["1002416736382746666", "1002416736382746666", "#tag"],
 *   t: [1527829800n, 1527829920n, 1600000020n],
 * }).lazy();
 * const r = await reactionTimes(actions);
 * equal(r.resolution, 60);
 * const out = await r.actions.collect();
 * deepEqual(out.getColumn("t").toArray(), [60n, 180n, 0n]);
 * deepEqual(out.getColumn("origin_from").toArray(), ["snowflake", "snowflake", "first_action"]);
 * ```
 */
export async function reactionTimes(
  actions: pl.LazyDataFrame,
  options: ReactionTimeOptions = {},
): Promise<ReactionTimes> {
  let resolution = options.resolution;
  if (resolution === undefined) {
    const check = await actions
      .select(
        pl.col("t").cast(pl.Int64).modulo(pl.lit(60).cast(pl.Int64)).eq(
          pl.lit(0),
        ).all().cast(pl.Int32).alias("minute"),
        pl.len().alias("n"),
      )
      .collect();
    const n = Number(check.getColumn("n").get(0));
    resolution = n > 0 && Number(check.getColumn("minute").get(0)) === 1
      ? 60
      : 1;
  }
  if (!Number.isInteger(resolution) || resolution < 1) {
    throw new RangeError(
      `Computing reaction times: the resolution must be a whole number of seconds ≥ 1: ${resolution}`,
    );
  }
  const r = pl.lit(resolution).cast(pl.Int64);
  const t = pl.col("t").cast(pl.Int64);
  const first = t.min().over("object");
  const decoded = snowflakeSecondsExpr("object");
  const floored = decoded.sub(decoded.modulo(r));
  const fromId = floored.isNotNull().and(floored.ltEq(first));
  const withOrigin = actions
    .withColumns(
      pl.when(fromId).then(floored).otherwise(first).alias("origin"),
      pl.when(fromId).then(pl.lit("snowflake")).otherwise(
        pl.lit("first_action"),
      ).alias("origin_from"),
    )
    .withColumns(t.sub(pl.col("origin")).alias("t"));
  const counts = await withOrigin
    .select("object", "origin_from")
    .unique()
    .groupBy("origin_from")
    .agg(pl.len().cast(pl.Int64).alias("n"))
    .collect();
  const count = (from: string) => {
    const row = (counts.toRecords() as { origin_from: string; n: bigint }[])
      .find((x) => x.origin_from === from);
    return row === undefined ? 0 : Number(row.n);
  };
  const nFromSnowflake = count("snowflake");
  const nFromFirstAction = count("first_action");
  return {
    actions: withOrigin,
    resolution,
    n_objects: nFromSnowflake + nFromFirstAction,
    n_from_snowflake: nFromSnowflake,
    n_from_first_action: nFromFirstAction,
  };
}
