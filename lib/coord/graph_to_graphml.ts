/**
 * A small GraphML writer for graphology graphs (graphology-graphml only
 * parses).
 *
 * @module
 */
import type { DirectedGraph, UndirectedGraph } from "graphology";

type Scalar = string | number | boolean;

/**
 * Serialise a graph to GraphML 1.0.
 *
 * - Graph: `edgedefault` is `undirected` unless the graph is directed.
 * - Keys: one `<key>` per attribute name found on nodes (`for="node"`) or
 *   edges (`for="edge"`), ids `n0, n1, …` / `e0, e1, …` in name order
 *   (code-unit order); `attr.type` is `boolean` when all values are
 *   booleans, `long` when all are whole numbers, `double` when all are
 *   numbers, else `string`.
 * - Nodes and edges are written in the graph's insertion order; a null,
 *   undefined or NaN value is left out; non-scalar values are written as
 *   JSON.
 * - Text is escaped (`& < > " '`); characters XML 1.0 forbids (controls
 *   other than tab, newline, carriage return, and lone surrogates) become
 *   U+FFFD.
 *
 * @param graph A graphology graph.
 * @returns The GraphML document, ending with a newline.
 *
 * @example
 * ```ts
 * import { UndirectedGraph } from "graphology";
 * import { ok } from "node:assert/strict";
 * import { graphToGraphml } from "./graph_to_graphml.ts";
 * const g = new UndirectedGraph();
 * g.addNode("a&b"); g.addNode("c"); g.addEdge("a&b", "c", { weight: 2 });
 * const xml = graphToGraphml(g);
 * ok(xml.includes('<node id="a&amp;b"/>'));
 * ok(xml.includes('<key id="e0" for="edge" attr.name="weight" attr.type="long"/>'));
 * ```
 */
export function graphToGraphml(
  graph: UndirectedGraph | DirectedGraph,
): string {
  const nodeKeys = keyTable(
    graph.mapNodes((_: string, attrs: unknown) =>
      attrs as Record<string, unknown>
    ),
  );
  const edgeKeys = keyTable(
    graph.mapEdges((_: string, attrs: unknown) =>
      attrs as Record<string, unknown>
    ),
  );
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (
    const [prefix, target, keys] of [
      ["n", "node", nodeKeys],
      ["e", "edge", edgeKeys],
    ] as const
  ) {
    keys.forEach(({ name, type }, i) => {
      lines.push(
        `  <key id="${prefix}${i}" for="${target}" attr.name="${
          escapeXml(name)
        }" attr.type="${type}"/>`,
      );
    });
  }
  lines.push(
    `  <graph id="G" edgedefault="${
      graph.type === "directed" ? "directed" : "undirected"
    }">`,
  );
  graph.forEachNode((node, attrs) => {
    lines.push(element(
      `    <node id="${escapeXml(node)}"`,
      "node",
      attrs,
      nodeKeys,
      "n",
    ));
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    lines.push(element(
      `    <edge id="${escapeXml(edge)}" source="${
        escapeXml(source)
      }" target="${escapeXml(target)}"`,
      "edge",
      attrs,
      edgeKeys,
      "e",
    ));
  });
  lines.push("  </graph>", "</graphml>");
  return lines.join("\n") + "\n";
}

interface KeySpec {
  name: string;
  type: "boolean" | "long" | "double" | "string";
}

function keyTable(rows: Record<string, unknown>[]): KeySpec[] {
  const values = new Map<string, unknown[]>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      if (isMissing(value)) continue;
      if (!values.has(name)) values.set(name, []);
      values.get(name)!.push(value);
    }
  }
  return [...values.keys()].sort().map((name) => {
    const vs = values.get(name)!;
    const type = vs.every((v) => typeof v === "boolean")
      ? "boolean"
      : vs.every((v) => typeof v === "number" && Number.isInteger(v))
      ? "long"
      : vs.every((v) => typeof v === "number")
      ? "double"
      : "string";
    return { name, type };
  });
}

function element(
  open: string,
  tag: string,
  attrs: Record<string, unknown>,
  keys: KeySpec[],
  prefix: string,
): string {
  const data: string[] = [];
  keys.forEach(({ name }, i) => {
    const value = attrs[name];
    if (isMissing(value)) return;
    data.push(
      `      <data key="${prefix}${i}">${escapeXml(scalarText(value))}</data>`,
    );
  });
  return data.length === 0
    ? `${open}/>`
    : [`${open}>`, ...data, `    </${tag}>`].join("\n");
}

function isMissing(value: unknown): boolean {
  return value === null || value === undefined ||
    (typeof value === "number" && Number.isNaN(value));
}

function scalarText(value: unknown): string {
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value as Scalar);
}

function escapeXml(text: string): string {
  return text
    .replace(
      // deno-lint-ignore no-control-regex
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      "\uFFFD",
    )
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}
