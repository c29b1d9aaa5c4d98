/**
 * A permutation null model for co-action edges.
 *
 * @module
 */
import pl from "nodejs-polars";
import * as d3 from "d3";
import { benjaminiHochberg } from "../stats/mod.ts";
import { accountShuffler } from "./_shuffle.ts";
import type { CoordNetwork } from "./coordination_network.ts";

/** Options of {@link nullModel}. */
export interface NullModelOptions {
  /** R, the number of permutation rounds. Default 1000. */
  rounds?: number;
  /** Seed of the `d3.randomLcg` stream. Default 1. */
  seed?: number;
  /**
   * Feasibility limit: the most action-rounds (n × R, n = distinct actions
   * of the candidate accounts) to simulate. Default 100,000,000. Above it R
   * is lowered to ⌊limit / n⌋ (at least 1) and a warning says so.
   */
  maxActionRounds?: number;
  /** BH level at which an edge is reported as surviving. Default 0.05. */
  alpha?: number;
  /**
   * Memory bound: about how many simulated actions go into one polars
   * batch of rounds. Default 1,000,000. Results do not depend on it.
   */
  batchRows?: number;
  /**
   * Which accounts a round shuffles for an edge (u, v). `"both"` (default):
   * both, the null weight is that of the shuffled u against the shuffled
   * v. `"each"`: one at a time, against the other's observed actions — the
   * null weight of u shuffled against v as observed, and of v shuffled
   * against u as observed, each counted against the observed weight; the
   * edge's p-value is the larger of the two. An edge then survives only
   * when *each* account's timing is unusual given its partner's: a fast
   * follower who happens to act near a coordinated group is judged against
   * that group's real times, not against a shuffle of them.
   */
  shuffle?: "both" | "each";
}

/** Result of {@link nullModel}. */
export interface NullModelResult {
  /** R asked for. */
  rounds_requested: number;
  /** R simulated (lower when the feasibility limit applied). */
  rounds: number;
  seed: number;
  alpha: number;
  /** Distinct actions of the candidate accounts (n). */
  n_actions: number;
  /**
   * One row per observed edge, sorted by u then v: `u`, `v`, `weight`
   * (observed), `expected_weight` (mean null weight over the R rounds,
   * absent co-action counting 0), `n_ge` (rounds with null weight ≥
   * observed; with `shuffle: "each"` the larger of the two one-sided
   * counts, and `expected_weight` the mean over both sides), `p_value` =
   * (n_ge + 1) / (R + 1), `q_value` (BH over all
   * edges), `significant` (q_value ≤ alpha).
   */
  edges: pl.DataFrame;
  /** Which accounts each round shuffled (see {@link NullModelOptions}). */
  shuffle: "both" | "each";
  /** Edges with q ≤ alpha. */
  n_significant: number;
  warnings: string[];
}

/**
 * Test each edge of a co-action network against a null model in which
 * every account keeps its own objects and its own action times but the
 * pairing of the two is shuffled.
 *
 * Null model, exactly: take the candidate accounts (those in at least one
 * edge of `network`) and all their distinct actions (u, x, t), sorted by
 * (u, object, t). In each round, for each account independently, a
 * uniformly random permutation σ of its k actions is drawn and the action
 * at position j gets the time of the action at position σ(j): the
 * account's multiset of objects and multiset of times are unchanged; which
 * time goes with which object is random. Actions that become identical are
 * merged, the network's window and weighting are applied unchanged, and
 * each observed edge's null weight is recorded (0 when the pair does not
 * co-act that round). Accounts outside the candidate set cannot change a
 * candidate edge's weight, so they are not simulated; of a candidate
 * account's actions only those on objects it shares with one of its edge
 * partners are joined (the others only lend their times to the shuffle).
 *
 * Outputs: expected weight = mean null weight over the R rounds;
 * p = (n_ge + 1) / (R + 1) with n_ge the rounds whose null weight is ≥ the
 * observed weight; q = Benjamini–Hochberg over all edges; an edge survives
 * when q ≤ alpha.
 *
 * Randomness: one `d3.randomLcg(seed)` stream. Each round, accounts in
 * code-point order of userid, each account's σ is a Fisher–Yates shuffle:
 * σ starts as the identity and for j = k−1 down to 1, σ[j] is swapped
 * with σ[⌊U·(j+1)⌋], U the next draw. Same input, seed and R give the same
 * result; batching does not change it.
 *
 * Computation: the shuffle is a JS loop over typed arrays (n × R draws, n
 * = candidate actions). Polars then takes many rounds at once (a round
 * column `r`): each round's shuffled actions are joined with the fixed
 * list of (edge u < v, object both act on) on (u, x), then with v's
 * shuffled actions on (r, v, x), filtered on |t1 − t2| ≤ Δ and counted per
 * (r, u, v). Work per round is Σ over edges and their shared objects of
 * (u's actions on x) × (v's actions on x) — it follows the edges, not the
 * objects' audiences.
 *
 * Feasibility: when n × R exceeds `maxActionRounds` (default 100,000,000),
 * R is lowered to ⌊limit / n⌋ (at least 1) and a warning says so.
 * Measured on the project's 2-core machine while other jobs were running
 * (load average 5–11), 1,000 rounds on the CooRTweet fixture: Δ = 60,
 * K = 2 (32 edges, 1,431 candidate actions) 0.2–0.6 s; Δ = 600, K = 2
 * (998 edges, 12,687 actions) 2–15 s; Δ = 60, K = 1 (6,206 edges, 24,210
 * actions) about 20 s.
 *
 * @param actions The actions the network was built from.
 * @param network The observed network (its edges, window and weighting).
 * @param options Rounds, seed, feasibility limit, BH level, batch size.
 * @returns Per-edge expected weights, p-values, q-values and survivors.
 * @throws {RangeError} for rounds < 1 or a non-integer seed.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { equal } from "node:assert/strict";
 * import { coordinationNetwork, nullModel } from "./mod.ts";
 * const rows = [];
 * for (let i = 0; i < 30; i++) {
 *   for (const u of ["a", "b"]) rows.push({ userid: u, object: `o${i}`, t: i * 1000 });
 * }
 * const actions = pl.readRecords(rows).lazy();
 * const net = await coordinationNetwork(actions, { window: 60 });
 * const res = await nullModel(actions, net, { rounds: 99, seed: 7 });
 * equal(res.edges.getColumn("p_value").get(0), 0.01);
 * ```
 */
export async function nullModel(
  actions: pl.LazyDataFrame,
  network: CoordNetwork,
  options: NullModelOptions = {},
): Promise<NullModelResult> {
  const o = resolveOptions(options);
  const weightCol = network.weighting === "objects"
    ? "n_objects"
    : "n_action_pairs";
  const observed = network.edges.select("u", "v", "weight");
  const candidates = candidateCodes(observed);
  const coded = await codedActions(actions, candidates);
  const edgeCodes = await edgeCodesOf(observed, candidates);
  const { edgeObjects, acts } = await keptActions(coded, edgeCodes);
  const n = acts.height;
  const { rounds, warnings } = feasibleRounds(
    n,
    o.roundsRequested,
    o.maxActionRounds,
  );
  const partial = await simulate(acts, edgeCodes, edgeObjects, {
    rounds,
    seed: o.seed,
    batchRows: o.batchRows,
    shuffle: o.shuffle,
    window: network.window_s,
    weightCol,
  });
  const joined = await edgeTable(
    edgeCodes,
    combineTotals(partial, o.shuffle),
    candidates,
    rounds,
  );
  const q = benjaminiHochberg(
    joined.getColumn("p_value").toArray() as number[],
  );
  const edges = joined.withColumns(
    pl.Series("q_value", q, pl.Float64),
    pl.Series("significant", q.map((x) => x <= o.alpha), pl.Bool),
  );
  return {
    rounds_requested: o.roundsRequested,
    rounds,
    seed: o.seed,
    alpha: o.alpha,
    n_actions: n,
    edges,
    shuffle: o.shuffle,
    n_significant: q.filter((x) => x <= o.alpha).length,
    warnings,
  };
}

/** The options with their defaults, checked. */
function resolveOptions(options: NullModelOptions):
  & Required<
    Omit<NullModelOptions, "rounds">
  >
  & { roundsRequested: number } {
  const roundsRequested = options.rounds ?? 1000;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(roundsRequested) || roundsRequested < 1) {
    throw new RangeError(
      `Running the co-action null model: rounds must be a whole number ≥ 1: ${roundsRequested}`,
    );
  }
  if (!Number.isInteger(seed)) {
    throw new RangeError(
      `Running the co-action null model: the seed must be a whole number: ${seed}`,
    );
  }
  return {
    roundsRequested,
    seed,
    maxActionRounds: options.maxActionRounds ?? 100_000_000,
    alpha: options.alpha ?? 0.05,
    batchRows: options.batchRows ?? 1_000_000,
    shuffle: options.shuffle ?? "both",
  };
}

/** The candidate accounts (in an edge), `userid` and code `uc` (UInt32). */
function candidateCodes(observed: pl.DataFrame): pl.DataFrame {
  return pl.concat([
    observed.select(pl.col("u").alias("userid")),
    observed.select(pl.col("v").alias("userid")),
  ]).unique().sort("userid").withRowIndex("uc").select(
    "userid",
    pl.col("uc").cast(pl.UInt32),
  );
}

/** The candidate accounts' distinct actions as codes `u`, `x`, `t`. */
async function codedActions(
  actions: pl.LazyDataFrame,
  candidates: pl.DataFrame,
): Promise<pl.LazyDataFrame> {
  return (await actions
    .select(
      pl.col("userid").cast(pl.Utf8),
      pl.col("object").cast(pl.Utf8),
      pl.col("t").cast(pl.Int64),
    )
    .join(candidates.lazy(), { on: "userid", how: "inner" })
    .unique()
    .select(
      pl.col("uc").alias("u"),
      pl.col("object").rank("dense").cast(pl.UInt32).alias("x"),
      "t",
    )
    .collect()).lazy();
}

/** The observed edges as codes `u`, `v` and observed weight `w_obs`. */
async function edgeCodesOf(
  observed: pl.DataFrame,
  candidates: pl.DataFrame,
): Promise<pl.LazyDataFrame> {
  return (await observed.lazy()
    .join(candidates.lazy(), { leftOn: "u", rightOn: "userid", how: "inner" })
    .join(
      candidates.lazy().rename({ uc: "vc" }),
      { leftOn: "v", rightOn: "userid", how: "inner" },
    )
    .select(
      pl.col("uc").alias("u"),
      pl.col("vc").alias("v"),
      pl.col("weight").alias("w_obs"),
    )
    .collect()).lazy();
}

/**
 * The fixed (edge u < v, object x) list of objects both ends act on, and
 * the candidate accounts' actions in (u, x, t) order. `keep` marks an
 * action whose object the account shares with one of its edge partners:
 * only those can ever count towards an edge, the others only lend their
 * times to the shuffle.
 */
async function keptActions(
  coded: pl.LazyDataFrame,
  edgeCodes: pl.LazyDataFrame,
): Promise<{ edgeObjects: pl.DataFrame; acts: pl.DataFrame }> {
  const accountObjects = coded.select("u", "x").unique();
  const edgeObjects = await edgeCodes.select("u", "v")
    .join(accountObjects, { on: "u", how: "inner" })
    .join(accountObjects.rename({ u: "v" }), { on: ["v", "x"], how: "semi" })
    .collect();
  const shared = pl.concat([
    edgeObjects.lazy().select("u", "x"),
    edgeObjects.lazy().select(pl.col("v").alias("u"), "x"),
  ]).unique().withColumns(pl.lit(true).alias("keep"));
  const acts = await coded
    .join(shared, { on: ["u", "x"], how: "left" })
    .select("u", "x", "t", pl.col("keep").fillNull(false))
    .sort(["u", "x", "t"])
    .collect();
  return { edgeObjects, acts };
}

/** R lowered to the feasibility limit, with the warning that says so. */
function feasibleRounds(
  n: number,
  roundsRequested: number,
  maxActionRounds: number,
): { rounds: number; warnings: string[] } {
  if (n * roundsRequested <= maxActionRounds) {
    return { rounds: roundsRequested, warnings: [] };
  }
  const rounds = Math.max(1, Math.floor(maxActionRounds / n));
  return {
    rounds,
    warnings: [
      `The null model needs ${n} actions × ${roundsRequested} rounds, above the feasibility limit of ${maxActionRounds} action-rounds; it ran ${rounds} rounds instead, so no p-value can be below ${
        (1 / (rounds + 1)).toPrecision(3)
      }.`,
    ],
  };
}

/** What one simulation needs besides the actions and edges. */
interface SimulationSettings {
  rounds: number;
  seed: number;
  batchRows: number;
  shuffle: "both" | "each";
  window: number;
  weightCol: "n_objects" | "n_action_pairs";
}

/**
 * Runs the rounds in batches and returns per-batch tallies per edge:
 * `sum_w`, `n_ge` (shuffle "both") or `sum_w`, `n_ge_u`, `n_ge_v` ("each").
 */
async function simulate(
  acts: pl.DataFrame,
  edgeCodes: pl.LazyDataFrame,
  edgeObjects: pl.DataFrame,
  s: SimulationSettings,
): Promise<pl.DataFrame[]> {
  const shuffler = accountShuffler(acts, d3.randomLcg(s.seed));
  const observedKept = acts.filter(pl.col("keep")).select("u", "x", "t").lazy();
  const perRound = Math.max(shuffler.nKept, 1);
  const perBatch = Math.max(1, Math.floor(s.batchRows / perRound));
  const partial: pl.DataFrame[] = [];
  for (let r0 = 0; r0 < s.rounds && shuffler.nKept > 0; r0 += perBatch) {
    const b = Math.min(perBatch, s.rounds - r0);
    let shuffled = shuffler.rounds(r0, b);
    if (shuffler.mayDuplicate) shuffled = shuffled.unique();
    const permuted = shuffled.lazy();
    partial.push(
      s.shuffle === "both"
        ? await tally(
          nullWeights(permuted, permuted, edgeObjects.lazy(), s),
          edgeCodes,
          "",
        ).collect()
        : await eachSideTally(
          permuted,
          roundsOf(observedKept, r0, b),
          edgeCodes,
          edgeObjects,
          s,
        ),
    );
  }
  return partial;
}

/** The observed kept actions, once for each round r0 … r0 + b − 1. */
function roundsOf(
  observedKept: pl.LazyDataFrame,
  r0: number,
  b: number,
): pl.LazyDataFrame {
  return observedKept.join(
    pl.DataFrame({ r: pl.Series("r", d3.range(r0, r0 + b), pl.Int32) })
      .lazy(),
    { how: "cross" },
  );
}

/**
 * Null weights per (r, u, v): the u-side's actions against the v-side's,
 * on the objects `eo` lists for each edge.
 */
function nullWeights(
  uSide: pl.LazyDataFrame,
  vSide: pl.LazyDataFrame,
  eo: pl.LazyDataFrame,
  s: SimulationSettings,
): pl.LazyDataFrame {
  return uSide
    .join(eo, { on: ["u", "x"], how: "inner" })
    .join(
      vSide.select(
        "r",
        pl.col("u").alias("v"),
        "x",
        pl.col("t").alias("t2"),
      ),
      { on: ["r", "v", "x"], how: "inner" },
    )
    .filter(
      pl.col("t").sub(pl.col("t2")).abs().lessThanEquals(
        pl.lit(s.window).cast(pl.Int64),
      ),
    )
    .groupBy(["r", "u", "v"])
    .agg(
      pl.col("x").nUnique().cast(pl.Int64).alias("n_objects"),
      pl.len().cast(pl.Int64).alias("n_action_pairs"),
    )
    .select("u", "v", pl.col(s.weightCol).alias("w"));
}

/** Per edge: summed null weight and rounds with null weight ≥ observed. */
function tally(
  w: pl.LazyDataFrame,
  edgeCodes: pl.LazyDataFrame,
  suffix: string,
): pl.LazyDataFrame {
  return w.join(edgeCodes, { on: ["u", "v"], how: "inner" })
    .groupBy(["u", "v"])
    .agg(
      pl.col("w").sum().cast(pl.Int64).alias(`sum_w${suffix}`),
      pl.col("w").gtEq(pl.col("w_obs")).cast(pl.Int64).sum().alias(
        `n_ge${suffix}`,
      ),
    );
}

/**
 * One batch of `shuffle: "each"`: u shuffled against v as observed, and v
 * shuffled against u as observed (the reversed edge list, then (v, u)
 * renamed back to (u, v)).
 */
async function eachSideTally(
  permuted: pl.LazyDataFrame,
  fixed: pl.LazyDataFrame,
  edgeCodes: pl.LazyDataFrame,
  edgeObjects: pl.DataFrame,
  s: SimulationSettings,
): Promise<pl.DataFrame> {
  const reversed = edgeObjects.lazy().select(
    pl.col("v").alias("u"),
    pl.col("u").alias("v"),
    "x",
  );
  const uShuffled = tally(
    nullWeights(permuted, fixed, edgeObjects.lazy(), s),
    edgeCodes,
    "_u",
  );
  const vShuffled = tally(
    nullWeights(permuted, fixed, reversed, s).select(
      pl.col("v").alias("u"),
      pl.col("u").alias("v"),
      "w",
    ),
    edgeCodes,
    "_v",
  );
  return await edgeCodes.select("u", "v")
    .join(uShuffled, { on: ["u", "v"], how: "left" })
    .join(vShuffled, { on: ["u", "v"], how: "left" })
    .select(
      "u",
      "v",
      pl.col("sum_w_u").fillNull(0).add(pl.col("sum_w_v").fillNull(0))
        .alias("sum_w"),
      pl.col("n_ge_u").fillNull(0),
      pl.col("n_ge_v").fillNull(0),
    ).collect();
}

/** The batches' tallies summed per edge: `u`, `v`, `sum_w`, `n_ge`. */
function combineTotals(
  partial: pl.DataFrame[],
  shuffle: "both" | "each",
): pl.DataFrame {
  if (partial.length === 0) {
    return pl.DataFrame({
      u: pl.Series("u", [], pl.UInt32),
      v: pl.Series("v", [], pl.UInt32),
      sum_w: pl.Series("sum_w", [], pl.Int64),
      n_ge: pl.Series("n_ge", [], pl.Int64),
    });
  }
  if (shuffle === "both") {
    return pl.concat(partial).groupBy(["u", "v"]).agg(
      pl.col("sum_w").sum(),
      pl.col("n_ge").sum(),
    );
  }
  return pl.concat(partial).groupBy(["u", "v"]).agg(
    // Mean over both sides: each round adds two null weights.
    pl.col("sum_w").sum().cast(pl.Float64).div(2).alias("sum_w"),
    pl.col("n_ge_u").sum(),
    pl.col("n_ge_v").sum(),
  ).select(
    "u",
    "v",
    "sum_w",
    pl.when(pl.col("n_ge_u").gtEq(pl.col("n_ge_v"))).then(pl.col("n_ge_u"))
      .otherwise(pl.col("n_ge_v")).alias("n_ge"),
  );
}

/**
 * One row per observed edge with userids, `weight`, `expected_weight`,
 * `n_ge` and `p_value`, sorted by u then v.
 */
async function edgeTable(
  edgeCodes: pl.LazyDataFrame,
  totals: pl.DataFrame,
  candidates: pl.DataFrame,
  rounds: number,
): Promise<pl.DataFrame> {
  return await edgeCodes
    .join(totals.lazy(), { on: ["u", "v"], how: "left" })
    .join(candidates.lazy(), { leftOn: "u", rightOn: "uc", how: "inner" })
    .join(
      candidates.lazy().rename({ userid: "userid_v", uc: "vc" }),
      { leftOn: "v", rightOn: "vc", how: "inner" },
    )
    .select(
      pl.col("userid").alias("u"),
      pl.col("userid_v").alias("v"),
      pl.col("w_obs").alias("weight"),
      pl.col("sum_w").fillNull(0).cast(pl.Float64).div(rounds).alias(
        "expected_weight",
      ),
      pl.col("n_ge").fillNull(0).cast(pl.Int64).alias("n_ge"),
    )
    .withColumns(
      pl.col("n_ge").add(1).cast(pl.Float64).div(rounds + 1).alias("p_value"),
    )
    .sort(["u", "v"])
    .collect();
}
