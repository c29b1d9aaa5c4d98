/**
 * The co-action network of accounts.
 *
 * @module
 */
import pl from "nodejs-polars";
import { aggregatePairs, coActionPairs, encodeActions } from "./_pairs.ts";
import { checkParameters } from "./_check.ts";

/**
 * How a pair's weight is counted:
 * - `objects`: the number of distinct objects the two accounts co-acted on
 *   (the default, and the definition in `mod.ts`);
 * - `coortweet`: the number of distinct co-acting action pairs, i.e. pairs
 *   ((u, x, t1), (v, x, t2)) with |t1 − t2| ≤ Δ, over all objects — the
 *   count CooRTweet's `generate_coordinated_network` uses as `weight`.
 */
export type Weighting = "objects" | "coortweet";

/** Options of {@link coordinationNetwork}. */
export interface NetworkOptions {
  /** Δ, the co-action window in whole seconds (inclusive). Default 60. */
  window?: number;
  /** K, the minimum pair weight for an edge. Default 2. */
  minRepeat?: number;
  /** Edge weighting. Default `"objects"`. */
  weighting?: Weighting;
}

/** A co-action network and its summary counts. */
export interface CoordNetwork {
  /** Δ used, seconds. */
  window_s: number;
  /** K used. */
  min_repeat: number;
  weighting: Weighting;
  /** Distinct (userid, object, t) actions in the input. */
  n_actions: number;
  /** Pairs of accounts with weight ≥ 1. */
  n_pairs_any: number;
  /** Pairs with weight ≥ K (the edges). */
  n_pairs: number;
  /** Accounts in at least one edge. */
  n_accounts: number;
  /** Sum of the edges' weights. */
  sum_weight: number;
  /** Largest weight over all pairs (0 when there are none). */
  max_weight: number;
  /** True when every action time is a whole minute. */
  minute_resolution: boolean;
  /**
   * Edges: `u`, `v` (Utf8, u < v in code-point order), `weight` (Int64,
   * per the weighting), `n_objects`, `n_action_pairs` (Int64),
   * `mean_delta_s` (Float64, mean |t1 − t2| over the co-acting action
   * pairs); sorted by u then v.
   */
  edges: pl.DataFrame;
  /** Caveats about the input and parameters, one sentence each. */
  warnings: string[];
}

/**
 * Build the co-action network: accounts u ≠ v co-act on object x when some
 * distinct actions (u, x, t1) and (v, x, t2) have |t1 − t2| ≤ Δ; a pair's
 * weight is the number of distinct objects they co-acted on (or, with
 * `weighting: "coortweet"`, the number of co-acting action pairs); an edge
 * needs weight ≥ K. See `mod.ts` for the full definition.
 *
 * All work is polars over the actions; JS only reads per-pair aggregates.
 * A warning is returned when Δ < 60 s and every action time is a whole
 * minute (release data), since then any Δ < 60 behaves as Δ = 0.
 *
 * @param actions Actions with at least `userid`, `object`, `t` (see
 *   `ACTION_COLUMNS`); duplicates are ignored.
 * @param options Window, minimum repeat and weighting.
 * @returns The network's edges, counts and warnings.
 * @throws {RangeError} for a window that is not a whole number ≥ 0 or a
 *   minimum repeat that is not a whole number ≥ 1.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { equal, deepEqual } from "node:assert/strict";
 * import { coordinationNetwork } from "./coordination_network.ts";
 * const actions = pl.DataFrame({
 *   userid: ["a", "b", "a", "b", "c"],
 *   object: ["x", "x", "y", "y", "y"],
 *   t: [0, 60, 500, 530, 9999],
 * }).lazy();
 * const net = await coordinationNetwork(actions, { window: 60, minRepeat: 2 });
 * equal(net.n_pairs_any, 1);
 * deepEqual(net.edges.select("u", "v", "weight").toRecords(), [{ u: "a", v: "b", weight: 2n }]);
 * ```
 */
export async function coordinationNetwork(
  actions: pl.LazyDataFrame,
  options: NetworkOptions = {},
): Promise<CoordNetwork> {
  const window = options.window ?? 60;
  const minRepeat = options.minRepeat ?? 2;
  const weighting = options.weighting ?? "objects";
  checkParameters(window, minRepeat, weighting);
  const enc = await encodeActions(actions);
  const nActions = enc.acts.height;
  const minuteResolution = isMinuteResolution(enc.acts);
  const warnings = window < 60 && minuteResolution
    ? [subMinuteWarning(window, nActions)]
    : [];
  const weightCol = weighting === "objects" ? "n_objects" : "n_action_pairs";
  const all = await aggregatePairs(coActionPairs(enc.acts.lazy(), window))
    .withColumns(pl.col(weightCol).alias("weight"))
    .collect();
  const edges = await namedEdges(all, enc.users, minRepeat);
  return {
    window_s: window,
    min_repeat: minRepeat,
    weighting,
    n_actions: nActions,
    n_pairs_any: all.height,
    n_pairs: edges.height,
    n_accounts: edges.height === 0
      ? 0
      : pl.concat([edges.getColumn("u"), edges.getColumn("v")]).nUnique(),
    sum_weight: edges.height === 0
      ? 0
      : Number(edges.getColumn("weight").sum()),
    max_weight: all.height === 0 ? 0 : Number(all.getColumn("weight").max()),
    minute_resolution: minuteResolution,
    edges,
    warnings,
  };
}

/** True when there are actions and every time `t` is a whole minute. */
function isMinuteResolution(acts: pl.DataFrame): boolean {
  return acts.height > 0 &&
    Number(
        acts.select(
          pl.col("t").modulo(pl.lit(60).cast(pl.Int64)).eq(pl.lit(0)).all()
            .cast(pl.Int32),
        ).getColumn("t").get(0),
      ) === 1;
}

/** The caveat for a window under a minute on minute-resolution data. */
function subMinuteWarning(window: number, nActions: number): string {
  return `The window is ${window} s, below 60 s, but all ${nActions} action times are whole minutes (minute-resolution data): actions in the same minute count as 0 s apart and those in adjacent minutes as 60 s apart, so any window under 60 s acts as 0 s; use a window of 60 s or more.`;
}

/**
 * The pairs with weight ≥ K, with account codes turned back into userids,
 * in code-point order of (u, v).
 */
async function namedEdges(
  all: pl.DataFrame,
  userCodes: pl.DataFrame,
  minRepeat: number,
): Promise<pl.DataFrame> {
  const users = userCodes.lazy();
  return await all.lazy()
    .filter(pl.col("weight").greaterThanEquals(pl.lit(minRepeat)))
    .join(users, { on: "u", how: "inner" })
    .join(
      users.rename({ userid: "userid_v", u: "v" }),
      { on: "v", how: "inner" },
    )
    .sort("_k")
    .select(
      pl.col("userid").alias("u"),
      pl.col("userid_v").alias("v"),
      "weight",
      "n_objects",
      "n_action_pairs",
      "mean_delta_s",
    )
    .collect();
}
