/**
 * Communities of a co-action network (Louvain).
 *
 * @module
 */
import pl from "nodejs-polars";
import { UndirectedGraph } from "graphology";
import louvainModule, {
  type DetailedLouvainOutput,
  type LouvainOptions,
} from "graphology-communities-louvain";
import * as d3 from "d3";
import { compareCodePoints } from "./_codepoint.ts";

// The package is CommonJS (`module.exports = louvain`); its typings
// describe an ES default export, so the callable is typed here.
const louvain = louvainModule as unknown as {
  detailed(
    graph: UndirectedGraph,
    options: LouvainOptions,
  ): DetailedLouvainOutput;
};

/** Options of {@link detectCommunities}. */
export interface CommunityOptions {
  /** Seed of the `d3.randomLcg` stream Louvain draws from. Default 1. */
  seed?: number;
  /** Louvain resolution (1 = standard modularity). Default 1. */
  resolution?: number;
}

/** Communities found by {@link detectCommunities}. */
export interface Communities {
  /**
   * `userid` (Utf8), `community` (Int32): one row per account in an edge,
   * sorted by community then userid. Community 0 is the largest; ties in
   * size are ordered by their first member in code-point order.
   */
  assignment: pl.DataFrame;
  /** Number of communities. */
  count: number;
  /** Weighted modularity of the partition (at `resolution`). */
  modularity: number;
  seed: number;
  resolution: number;
}

/**
 * Partition the accounts of a co-action network with Louvain
 * (graphology-communities-louvain), on the undirected graph of the given
 * edges weighted by their `weight` column.
 *
 * Deterministic: nodes are added in code-point order, edges in (u, v)
 * order, and Louvain's random choices come from `d3.randomLcg(seed)`.
 * Community numbers are then renumbered by size (largest = 0), ties by
 * first member.
 *
 * @param edges Columns `u`, `v`, `weight` (e.g. `CoordNetwork.edges`, or
 *   the surviving rows of a null-model result).
 * @param options Seed and resolution.
 * @returns The assignment, count and modularity.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { equal } from "node:assert/strict";
 * import { detectCommunities } from "./detect_communities.ts";
 * const edges = pl.DataFrame({
 *   u: ["a", "a", "b", "x", "x", "y", "c"],
 *   v: ["b", "c", "c", "y", "z", "z", "x"],
 *   weight: [5, 5, 5, 5, 5, 5, 1],
 * });
 * const c = detectCommunities(edges, { seed: 3 });
 * equal(c.count, 2);
 * ```
 */
export function detectCommunities(
  edges: pl.DataFrame,
  options: CommunityOptions = {},
): Communities {
  const seed = options.seed ?? 1;
  const resolution = options.resolution ?? 1;
  const { graph, nodes } = weightedGraph(edges);
  const detailed = nodes.length === 0
    ? { communities: {} as Record<string, number>, modularity: NaN }
    : louvain.detailed(graph, {
      getEdgeWeight: "weight",
      resolution,
      rng: d3.randomLcg(seed),
    });
  const ranked = rankedCommunities(nodes, detailed.communities);
  const ids: string[] = [];
  const comms: number[] = [];
  ranked.forEach((members, c) => {
    for (const m of members) {
      ids.push(m);
      comms.push(c);
    }
  });
  return {
    assignment: pl.DataFrame({
      userid: pl.Series("userid", ids, pl.Utf8),
      community: pl.Series("community", comms, pl.Int32),
    }),
    count: ranked.length,
    modularity: detailed.modularity,
    seed,
    resolution,
  };
}

/**
 * The undirected graph of the edges (nodes in code-point order, edges in
 * (u, v) order, repeated pairs summed, self pairs left out) and its nodes.
 */
function weightedGraph(
  edges: pl.DataFrame,
): { graph: UndirectedGraph; nodes: string[] } {
  const us = edges.getColumn("u").toArray() as string[];
  const vs = edges.getColumn("v").toArray() as string[];
  const ws = (edges.getColumn("weight").cast(pl.Float64).toArray()) as number[];
  const order = us.map((_, i) => i).sort((a, b) =>
    compareCodePoints(us[a], us[b]) || compareCodePoints(vs[a], vs[b])
  );
  const nodes = [...new Set([...us, ...vs])].sort(compareCodePoints);
  const graph = new UndirectedGraph();
  for (const node of nodes) graph.addNode(node);
  for (const i of order) {
    if (us[i] === vs[i]) continue;
    if (graph.hasEdge(us[i], vs[i])) {
      graph.updateEdgeAttribute(
        us[i],
        vs[i],
        "weight",
        (w: unknown) => (w as number) + ws[i],
      );
    } else {
      graph.addEdge(us[i], vs[i], { weight: ws[i] });
    }
  }
  return { graph, nodes };
}

/** Members of each community, largest first, ties by first member. */
function rankedCommunities(
  nodes: string[],
  communities: Record<string, number>,
): string[][] {
  const groups = new Map<number, string[]>();
  for (const node of nodes) {
    const c = communities[node];
    if (!groups.has(c)) groups.set(c, []);
    groups.get(c)!.push(node);
  }
  return [...groups.values()].sort((a, b) =>
    b.length - a.length || compareCodePoints(a[0], b[0])
  );
}
