/**
 * Node tables, graphology graphs and files (GEXF, GraphML, CSV, Parquet)
 * for co-action networks.
 *
 * @module
 */
import pl from "nodejs-polars";
import { UndirectedGraph } from "graphology";
import { write as writeGexf } from "graphology-gexf";
import { join } from "node:path";
import { graphToGraphml } from "./graph_to_graphml.ts";
import type { Communities } from "./detect_communities.ts";

/**
 * One row per account in the edges: `userid`, `degree` (edges touching
 * it), `strength` (sum of their weights, in the weight column's type) and,
 * when communities are
 * given, `community` (Int32, null for an account they do not cover);
 * sorted by userid (code-point order).
 *
 * @param edges Columns `u`, `v`, `weight`.
 * @param communities Optional partition from `detectCommunities`.
 * @returns The node table.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { deepEqual } from "node:assert/strict";
 * import { nodeTable } from "./write_network_files.ts";
 * const edges = pl.DataFrame({ u: ["a", "a"], v: ["b", "c"], weight: [2, 3] });
 * deepEqual(nodeTable(edges).getColumn("degree").toArray(), [2n, 1n, 1n]);
 * deepEqual(nodeTable(edges).getColumn("strength").toArray(), [5, 2, 3]);
 * ```
 */
export function nodeTable(
  edges: pl.DataFrame,
  communities?: Communities,
): pl.DataFrame {
  const ends = pl.concat([
    edges.select(
      pl.col("u").alias("userid"),
      pl.col("weight").cast(pl.Float64),
    ),
    edges.select(
      pl.col("v").alias("userid"),
      pl.col("weight").cast(pl.Float64),
    ),
  ]);
  let nodes = ends.groupBy("userid").agg(
    pl.len().cast(pl.Int64).alias("degree"),
    pl.col("weight").sum().alias("strength"),
  );
  if (communities) {
    nodes = nodes.join(communities.assignment, { on: "userid", how: "left" });
  }
  return nodes.sort("userid");
}

/**
 * Build an undirected graphology graph: nodes from `nodes` (key and
 * `label` = userid, other columns as attributes) in table order, edges from
 * `edges` (keys `e0, e1, …` in table order, all columns but `u` and `v` as
 * attributes, `weight` first). Int64 values become JS numbers.
 *
 * @param edges Columns `u`, `v`, `weight`, plus any edge attributes.
 * @param nodes Node table (`nodeTable`); by default built from `edges`.
 * @returns The graph.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { equal } from "node:assert/strict";
 * import { networkGraph } from "./write_network_files.ts";
 * const g = networkGraph(pl.DataFrame({ u: ["a"], v: ["b"], weight: [2] }));
 * equal(g.getEdgeAttribute("e0", "weight"), 2);
 * ```
 */
export function networkGraph(
  edges: pl.DataFrame,
  nodes: pl.DataFrame = nodeTable(edges),
): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const row of nodes.toRecords() as Record<string, unknown>[]) {
    const id = String(row.userid);
    const attrs: Record<string, unknown> = { label: id };
    for (const [k, v] of Object.entries(row)) {
      if (k !== "userid") attrs[k] = plain(v);
    }
    graph.addNode(id, attrs);
  }
  const cols = [
    "weight",
    ...edges.columns.filter((c) => c !== "u" && c !== "v" && c !== "weight"),
  ];
  (edges.toRecords() as Record<string, unknown>[]).forEach((row, i) => {
    const attrs: Record<string, unknown> = {};
    for (const c of cols) attrs[c] = plain(row[c]);
    graph.mergeNode(String(row.u));
    graph.mergeNode(String(row.v));
    graph.addEdgeWithKey(`e${i}`, String(row.u), String(row.v), attrs);
  });
  return graph;
}

/** Paths written by {@link writeNetworkFiles}. */
export interface NetworkFiles {
  gexf: string;
  graphml: string;
  edges_csv: string;
  edges_parquet: string;
  nodes_csv: string;
  nodes_parquet: string;
}

/**
 * Write a network as `<name>.gexf` (graphology-gexf), `<name>.graphml`
 * ({@link graphToGraphml}), `<name>_edges.csv` / `.parquet` and
 * `<name>_nodes.csv` / `.parquet` (polars) in `dir` (created if needed).
 * Edges are sorted by u then v and nodes by userid, so the same network
 * gives byte-identical files.
 *
 * @param dir Output folder.
 * @param name File name stem.
 * @param edges Edge table (`u`, `v`, `weight`, …).
 * @param communities Optional partition, added to the node table.
 * @returns The paths written.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { ok } from "node:assert/strict";
 * import { writeNetworkFiles } from "./write_network_files.ts";
 * const dir = await Deno.makeTempDir();
 * const files = await writeNetworkFiles(dir, "net", pl.DataFrame({ u: ["a"], v: ["b"], weight: [2] }));
 * ok((await Deno.readTextFile(files.gexf)).includes("<gexf"));
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function writeNetworkFiles(
  dir: string,
  name: string,
  edges: pl.DataFrame,
  communities?: Communities,
): Promise<NetworkFiles> {
  await Deno.mkdir(dir, { recursive: true });
  const sortedEdges = edges.sort(["u", "v"]);
  const nodes = nodeTable(sortedEdges, communities);
  const graph = networkGraph(sortedEdges, nodes);
  const files: NetworkFiles = {
    gexf: join(dir, `${name}.gexf`),
    graphml: join(dir, `${name}.graphml`),
    edges_csv: join(dir, `${name}_edges.csv`),
    edges_parquet: join(dir, `${name}_edges.parquet`),
    nodes_csv: join(dir, `${name}_nodes.csv`),
    nodes_parquet: join(dir, `${name}_nodes.parquet`),
  };
  await Deno.writeTextFile(files.gexf, writeGexf(graph) + "\n");
  await Deno.writeTextFile(files.graphml, graphToGraphml(graph));
  sortedEdges.writeCSV(files.edges_csv);
  sortedEdges.writeParquet(files.edges_parquet);
  nodes.writeCSV(files.nodes_csv);
  nodes.writeParquet(files.nodes_parquet);
  return files;
}

function plain(value: unknown): unknown {
  return typeof value === "bigint" ? Number(value) : value;
}
