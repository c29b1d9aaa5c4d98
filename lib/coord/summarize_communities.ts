/**
 * Per-community summaries of a co-action network.
 *
 * @module
 */
import pl from "nodejs-polars";
import { coActionPairs, encodeActions } from "./_pairs.ts";
import type { Communities } from "./detect_communities.ts";

/** Options of {@link summarizeCommunities}. */
export interface SummaryOptions {
  /** Δ in seconds used to find the co-actions behind edges. Default 60. */
  window?: number;
  /** How many top objects to list per community. Default 10. */
  topObjects?: number;
  /** Per-account creation-burst flags: `userid`, `in_burst` (Bool). */
  inBurst?: pl.DataFrame;
  /** Per-account client category: `userid`, `client` (Utf8). */
  client?: pl.DataFrame;
  /**
   * Per-account tweet counts for a time window of interest: `userid`,
   * `n_tweets` (all tweets), `n_in_window` (tweets inside the window).
   */
  windowCounts?: pl.DataFrame;
}

/** One community's summary. */
export interface CommunitySummary {
  community: number;
  /** Number of member accounts. */
  size: number;
  /** Member userids in code-point order. */
  members: string[];
  /** Edges with both ends in the community, and their summed weight. */
  internal_edges: number;
  internal_weight: number;
  /**
   * Objects co-acted on along internal edges, with the number of distinct
   * members involved in those co-actions; most members first, ties by
   * object in code-point order; at most `topObjects`.
   */
  top_objects: { object: string; accounts: number }[];
  /**
   * Share of members flagged `in_burst` among members with a non-null
   * flag; null without an `inBurst` table or when no member has a flag.
   */
  burst_share: number | null;
  /** Members per client category, most first, ties by name; [] without a table. */
  client_mix: { client: string; accounts: number }[];
  /** Members without a client category (all of them without a table). */
  client_unknown: number;
  /**
   * Σ n_in_window / Σ n_tweets over members with counts; null without a
   * table or when that Σ n_tweets is 0.
   */
  window_share: number | null;
}

/**
 * Summarise each community: size, members, internal edges, the objects the
 * community co-acted on, and — from optional per-account tables — the share
 * of members in a creation burst, the client mix and the share of members'
 * tweets in a time window.
 *
 * @param communities From `detectCommunities`.
 * @param edges The edges the communities were found on (`u`, `v`,
 *   `weight`).
 * @param actions The actions the network was built from.
 * @param options Window, top-N and the optional per-account tables.
 * @returns One summary per community, in community order.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { deepEqual, equal } from "node:assert/strict";
 * import { coordinationNetwork, detectCommunities, summarizeCommunities } from "./mod.ts";
 * const actions = pl.DataFrame({
 *   userid: ["a", "b", "a", "b"], object: ["x", "x", "y", "y"], t: [0, 5, 100, 100],
 * }).lazy();
 * const net = await coordinationNetwork(actions, { window: 60 });
 * const comms = detectCommunities(net.edges);
 * const [s] = await summarizeCommunities(comms, net.edges, actions, {
 *   inBurst: pl.DataFrame({ userid: ["a", "b"], in_burst: [true, false] }),
 * });
 * equal(s.size, 2);
 * equal(s.burst_share, 0.5);
 * deepEqual(s.top_objects, [{ object: "x", accounts: 2 }, { object: "y", accounts: 2 }]);
 * ```
 */
export async function summarizeCommunities(
  communities: Communities,
  edges: pl.DataFrame,
  actions: pl.LazyDataFrame,
  options: SummaryOptions = {},
): Promise<CommunitySummary[]> {
  const assign = communities.assignment.lazy();
  const intra = internalEdges(edges, assign);
  const internal = await intra.groupBy("community").agg(
    pl.len().alias("n"),
    pl.col("weight").sum().alias("w"),
  ).collect();
  const top = await topObjects(
    actions,
    assign,
    intra,
    options.window ?? 60,
    options.topObjects ?? 10,
  );
  const internalBy = byCommunity(internal, (r) => r);
  const topBy = byCommunity(top, (r) => ({
    object: r.object as string,
    accounts: Number(r.accounts),
  }));
  const burstBy = byCommunity(
    await burstShares(assign, options.inBurst),
    (r) => Number(r.share),
  );
  const clientBy = byCommunity(
    await clientCounts(assign, options.client),
    (r) => ({ client: r.client as string, accounts: Number(r.accounts) }),
  );
  const winBy = byCommunity(
    await windowTotals(assign, options.windowCounts),
    (r) => (Number(r.all) > 0 ? Number(r.inside) / Number(r.all) : null),
  );
  const members = byCommunity(
    communities.assignment,
    (r) => r.userid as string,
  );
  return Array.from({ length: communities.count }, (_, c) => {
    const ms = members.get(c) ?? [];
    const clientMix = clientBy.get(c) ?? [];
    const known = clientMix.reduce((s, x) => s + x.accounts, 0);
    return {
      community: c,
      size: ms.length,
      members: ms,
      internal_edges: Number(internalBy.get(c)?.[0]?.n ?? 0),
      internal_weight: Number(internalBy.get(c)?.[0]?.w ?? 0),
      top_objects: topBy.get(c) ?? [],
      burst_share: burstBy.get(c)?.[0] ?? null,
      client_mix: clientMix,
      client_unknown: ms.length - known,
      window_share: winBy.get(c)?.[0] ?? null,
    };
  });
}

/** Edges with both ends in one community: `u`, `v`, `weight`, `community`. */
function internalEdges(
  edges: pl.DataFrame,
  assign: pl.LazyDataFrame,
): pl.LazyDataFrame {
  return edges.lazy()
    .select("u", "v", pl.col("weight").cast(pl.Float64))
    .join(assign.rename({ userid: "u" }), { on: "u", how: "inner" })
    .join(assign.rename({ userid: "v", community: "cv" }), {
      on: "v",
      how: "inner",
    })
    .filter(pl.col("community").eq(pl.col("cv")))
    .select("u", "v", "weight", "community");
}

/**
 * Per community, the objects co-acted on along internal edges with the
 * distinct members involved (`community`, `object`, `accounts`), most
 * members first, at most `topN` each.
 */
async function topObjects(
  actions: pl.LazyDataFrame,
  assign: pl.LazyDataFrame,
  intra: pl.LazyDataFrame,
  window: number,
  topN: number,
): Promise<pl.DataFrame> {
  const enc = await encodeActions(
    actions.join(assign.select("userid"), { on: "userid", how: "semi" }),
  );
  const users = enc.users.lazy();
  const pairs = coActionPairs(enc.acts.lazy(), window)
    .join(users.rename({ userid: "su" }), { on: "u", how: "inner" })
    .join(users.rename({ userid: "sv", u: "v" }), { on: "v", how: "inner" })
    .join(enc.objects.lazy(), { on: "x", how: "inner" })
    .select(pl.col("su").alias("u"), pl.col("sv").alias("v"), "object")
    .join(intra.select("u", "v", "community"), {
      on: ["u", "v"],
      how: "inner",
    });
  return await pl.concat([
    pairs.select("community", "object", pl.col("u").alias("userid")),
    pairs.select("community", "object", pl.col("v").alias("userid")),
  ])
    .groupBy(["community", "object"])
    .agg(pl.col("userid").nUnique().cast(pl.Int64).alias("accounts"))
    .sort(["community", "accounts", "object"], [false, true, false])
    .groupBy("community")
    .head(topN)
    .sort(["community", "accounts", "object"], [false, true, false])
    .collect();
}

/** Share of members in a burst per community (`community`, `share`). */
async function burstShares(
  assign: pl.LazyDataFrame,
  inBurst: pl.DataFrame | undefined,
): Promise<pl.DataFrame | null> {
  if (!inBurst) return null;
  return await assign.join(inBurst.lazy(), { on: "userid", how: "inner" })
    .filter(pl.col("in_burst").isNotNull())
    .groupBy("community")
    .agg(pl.col("in_burst").cast(pl.Float64).mean().alias("share"))
    .collect();
}

/** Members per (community, client), most first, ties by client. */
async function clientCounts(
  assign: pl.LazyDataFrame,
  client: pl.DataFrame | undefined,
): Promise<pl.DataFrame | null> {
  if (!client) return null;
  return await assign.join(client.lazy(), { on: "userid", how: "inner" })
    .filter(pl.col("client").isNotNull())
    .groupBy(["community", "client"])
    .agg(pl.len().cast(pl.Int64).alias("accounts"))
    .sort(["community", "accounts", "client"], [false, true, false])
    .collect();
}

/** Members' tweets in all (`all`) and inside the window (`inside`). */
async function windowTotals(
  assign: pl.LazyDataFrame,
  windowCounts: pl.DataFrame | undefined,
): Promise<pl.DataFrame | null> {
  if (!windowCounts) return null;
  return await assign.join(windowCounts.lazy(), { on: "userid", how: "inner" })
    .groupBy("community")
    .agg(
      pl.col("n_tweets").cast(pl.Float64).sum().alias("all"),
      pl.col("n_in_window").cast(pl.Float64).sum().alias("inside"),
    ).collect();
}

/** The rows of `df` mapped by `f`, grouped by their `community`. */
function byCommunity<T>(
  df: pl.DataFrame | null,
  f: (r: Record<string, unknown>) => T,
): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const r of (df?.toRecords() ?? []) as Record<string, unknown>[]) {
    const c = Number(r.community);
    if (!m.has(c)) m.set(c, []);
    m.get(c)!.push(f(r));
  }
  return m;
}
