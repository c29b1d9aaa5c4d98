/**
 * An account-level test of co-action: does an account act within Δ of other
 * accounts more often than its own timing explains? Each account's evidence
 * is counted once, however many partners share it.
 *
 * @module
 */
import pl from "nodejs-polars";
import * as d3 from "d3";
import { holm, poissonBinomialTail } from "../stats/mod.ts";
import type { CoordNetwork } from "./coordination_network.ts";
import { distinctActions } from "./_pairs.ts";

/** Options of {@link accountSignificance}. */
export interface AccountSignificanceOptions {
  /** Family-wise error rate (Holm) at which an account is reported. Default 0.05. */
  alpha?: number;
}

/** Result of {@link accountSignificance}. */
export interface AccountSignificance {
  /** Δ used (the network's), seconds. */
  window_s: number;
  alpha: number;
  /**
   * One row per tested account (every account in an edge of the network),
   * sorted by userid: `userid`; `n_actions` (its distinct actions, n);
   * `n_objects` (its distinct objects); `n_shared_objects` (objects another
   * account also acted on); `co_objects` (objects on which it acted within
   * Δ of another account, C); `expected_co_objects` (E[C] under the null);
   * `p_value` (P(C ≥ observed) under the null); `p_holm` (Holm across the
   * tested accounts); `significant` (p_holm ≤ alpha).
   */
  accounts: pl.DataFrame;
  /** Accounts with p_holm ≤ alpha. */
  n_significant: number;
}

/**
 * Test each account of a co-action network for more co-action than its own
 * timing explains, with the family-wise error rate controlled over accounts.
 *
 * Why: an edge-level test counts one coincidence once per partner. An
 * account that by chance acts within Δ of a group moving in lockstep gets
 * an edge to every member from the same few actions, and a false-discovery
 * rate over edges (which tolerates a share of chance edges) lets those
 * edges through. Here the unit is the account and the statistic counts
 * objects, not partners.
 *
 * Statistic, for an account a with distinct actions (a, x, t): C = the
 * number of distinct objects x on which some action of a is at most Δ
 * seconds (inclusive) from an action of another account on x. Every other
 * account's actions count, not only those of a's network partners (choosing
 * partners from the same data would bias the test).
 *
 * Null model: the other accounts' actions stay as observed; each of a's n
 * actions independently takes a time drawn uniformly, with replacement,
 * from a's own n times (a bootstrap of its timing; on reaction times, of
 * its reaction speed). Then object x, on which a has k actions, is co-acted
 * on with probability π = 1 − (1 − h/n)^k, where h counts a's times
 * (with repeats) that would fall within Δ of another account's action on x;
 * the objects are independent, so C is Poisson binomial, E[C] = Σ π, and
 * p = P(C ≥ observed) is computed exactly (`poissonBinomialTail`), with no
 * Monte Carlo floor on how small it can be. Holm's adjustment across the
 * tested accounts (every account in at least one edge of `network`) bounds
 * the chance of flagging even one account by timing alone at `alpha`.
 * The edge weighting of `network` does not enter; only its window does.
 *
 * It differs from `nullModel` in two ways: draws are with replacement (so
 * the tail is exact) rather than a permutation of a's times, and the
 * other accounts are held fixed rather than shuffled too.
 *
 * Computation: for each object of a, h is counted either by checking each
 * of a's times against the object's sorted times (n · log m) or by merging
 * the other accounts' windows on the object into disjoint intervals and
 * counting a's sorted times in each (m + intervals · log n), whichever is
 * cheaper (m = actions on the object). Work is
 * O(Σ_a Σ_{x of a} min(n_a, m_x) · log) plus the Poisson-binomial tails,
 * O(Σ_a objects_a · min(C_a, objects_a − C_a + 1)).
 *
 * @param actions Columns `userid`, `object`, `t` (seconds; for a
 *   reaction-time null, the `actions` of `reactionTimes`).
 * @param network The network whose accounts are tested and whose window is
 *   used.
 * @param options The Holm level.
 * @returns One row per tested account.
 * @throws {RangeError} When alpha is not in (0, 1).
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { equal } from "node:assert/strict";
 * import { accountSignificance, coordinationNetwork } from "./mod.ts";
 * // a and b act on 20 objects, always in the same minute; c acts on the
 * // same objects an hour later each time.
 * const rows = [];
 * for (let i = 0; i < 20; i++) {
 *   const t = i * 7200 + (i % 5) * 600;
 *   rows.push({ userid: "a", object: `o${i}`, t });
 *   rows.push({ userid: "b", object: `o${i}`, t });
 *   rows.push({ userid: "c", object: `o${i}`, t: t + 3600 + (i % 2) * 60 });
 * }
 * const actions = pl.readRecords(rows).lazy();
 * const net = await coordinationNetwork(actions, { window: 60 });
 * const res = await accountSignificance(actions, net);
 * equal(res.n_significant, 2);
 * ```
 */
export async function accountSignificance(
  actions: pl.LazyDataFrame,
  network: CoordNetwork,
  options: AccountSignificanceOptions = {},
): Promise<AccountSignificance> {
  const alpha = options.alpha ?? 0.05;
  if (!(alpha > 0 && alpha < 1)) {
    throw new RangeError(
      `Testing accounts for co-action: alpha must be in (0, 1): ${alpha}`,
    );
  }
  const window = network.window_s;
  const tested = testedAccounts(network.edges);
  const rows = await objectRows(actions, tested);
  const counts = tallyAccounts(
    Int32Array.from(rows.getColumn("x").toArray() as number[]),
    Int32Array.from(rows.getColumn("c").toArray() as number[]),
    Float64Array.from(rows.getColumn("t").toArray() as number[]),
    tested.height,
    window,
  );
  const pHolm = holm(counts.pValue);
  return {
    window_s: window,
    alpha,
    accounts: accountTable(tested, counts, pHolm, alpha),
    n_significant: pHolm.filter((p) => p <= alpha).length,
  };
}

/** The accounts in an edge, `userid` sorted, with index `c` (Int32). */
function testedAccounts(edges: pl.DataFrame): pl.DataFrame {
  return pl.concat([
    edges.select(pl.col("u").alias("userid")),
    edges.select(pl.col("v").alias("userid")),
  ]).unique().sort("userid").withRowIndex("c").select(
    "userid",
    pl.col("c").cast(pl.Int32),
  );
}

/**
 * Every action on an object a tested account acted on, in (x, t) order:
 * object code `x`, `c` = the tested account's index (−1 for any other
 * account), `t` (Float64).
 */
async function objectRows(
  actions: pl.LazyDataFrame,
  tested: pl.DataFrame,
): Promise<pl.DataFrame> {
  const distinct = distinctActions(actions);
  const testedObjects = distinct
    .join(tested.lazy(), { on: "userid", how: "semi" })
    .select("object")
    .unique();
  return await distinct
    .join(testedObjects, { on: "object", how: "semi" })
    .join(tested.lazy(), { on: "userid", how: "left" })
    .select(
      pl.col("object").rank("dense").cast(pl.Int32).alias("x"),
      pl.col("c").fillNull(-1).cast(pl.Int32),
      pl.col("t").cast(pl.Float64),
    )
    .sort(["x", "t", "c"])
    .collect();
}

/** The `accounts` table of {@link AccountSignificance}. */
function accountTable(
  tested: pl.DataFrame,
  counts: AccountCounts,
  pHolm: number[],
  alpha: number,
): pl.DataFrame {
  return pl.DataFrame([
    tested.getColumn("userid"),
    pl.Series("n_actions", counts.nActions, pl.Int64),
    pl.Series("n_objects", counts.nObjects, pl.Int64),
    pl.Series("n_shared_objects", counts.nShared, pl.Int64),
    pl.Series("co_objects", counts.coObjects, pl.Int64),
    pl.Series("expected_co_objects", counts.expected, pl.Float64),
    pl.Series("p_value", counts.pValue, pl.Float64),
    pl.Series("p_holm", pHolm, pl.Float64),
    pl.Series("significant", pHolm.map((p) => p <= alpha), pl.Bool),
  ]);
}

/** Per-account counts, expectation and p-value, indexed by account. */
interface AccountCounts {
  nActions: number[];
  nObjects: number[];
  nShared: number[];
  coObjects: number[];
  expected: number[];
  pValue: number[];
}

/**
 * The statistic and its null distribution for each tested account, from
 * all actions on their objects sorted by (x, t): object `x`, account `c`
 * (−1 for untested accounts), time `t`.
 */
function tallyAccounts(
  x: Int32Array,
  c: Int32Array,
  t: Float64Array,
  nTested: number,
  window: number,
): AccountCounts {
  const n = x.length;
  // Row ranges of each object, and each tested account's rows.
  const objectStart: number[] = [];
  const objectOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (i === 0 || x[i] !== x[i - 1]) objectStart.push(i);
    objectOf[i] = objectStart.length - 1;
  }
  objectStart.push(n);
  const rowsOf: number[][] = Array.from({ length: nTested }, () => []);
  for (let i = 0; i < n; i++) if (c[i] >= 0) rowsOf[c[i]].push(i);

  const out: AccountCounts = {
    nActions: [],
    nObjects: [],
    nShared: [],
    coObjects: [],
    expected: [],
    pValue: [],
  };
  for (let a = 0; a < nTested; a++) {
    const mine = rowsOf[a];
    const times = Float64Array.from(mine, (i) => t[i]).sort();
    const probabilities: number[] = [];
    let nObjects = 0, co = 0;
    // a's rows are in (x, t) order: one run per object.
    for (let r = 0; r < mine.length;) {
      const obj = objectOf[mine[r]];
      let end = r + 1;
      while (end < mine.length && objectOf[mine[end]] === obj) end++;
      const own = Float64Array.from(mine.slice(r, end), (i) => t[i]);
      r = end;
      nObjects++;
      const lo = objectStart[obj], hi = objectStart[obj + 1];
      if (hi - lo === own.length) continue; // nobody else acted on it
      const others = (s: number) =>
        countIn(t, lo, hi, s - window, s + window) -
            countIn(own, 0, own.length, s - window, s + window) > 0;
      if (own.some(others)) co++;
      const h = times.length <= hi - lo
        ? times.filter(others).length
        : countInOthersWindows(t, c, lo, hi, a, times, window);
      probabilities.push(1 - (1 - h / times.length) ** own.length);
    }
    out.nActions.push(mine.length);
    out.nObjects.push(nObjects);
    out.nShared.push(probabilities.length);
    out.coObjects.push(co);
    out.expected.push(d3.fsum(probabilities));
    out.pValue.push(poissonBinomialTail(probabilities, co));
  }
  return out;
}

/** Entries of sorted `v[lo, hi)` within [from, to]. */
function countIn(
  v: Float64Array,
  lo: number,
  hi: number,
  from: number,
  to: number,
): number {
  return d3.bisectRight(v, to, lo, hi) - d3.bisectLeft(v, from, lo, hi);
}

/**
 * How many of `times` (sorted) fall within Δ of an action on rows
 * [lo, hi) by an account other than `a`: the other accounts' windows
 * [t − Δ, t + Δ] are merged into disjoint intervals, and the times in each
 * are counted.
 */
function countInOthersWindows(
  t: Float64Array,
  c: Int32Array,
  lo: number,
  hi: number,
  a: number,
  times: Float64Array,
  window: number,
): number {
  let h = 0;
  let from = NaN, to = NaN;
  for (let i = lo; i < hi; i++) {
    if (c[i] === a) continue;
    if (t[i] - window > to) {
      h += countIn(times, 0, times.length, from, to);
      from = t[i] - window;
    } else if (Number.isNaN(from)) {
      from = t[i] - window;
    }
    to = t[i] + window;
  }
  if (!Number.isNaN(from)) h += countIn(times, 0, times.length, from, to);
  return h;
}
