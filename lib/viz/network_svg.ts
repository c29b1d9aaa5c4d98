/**
 * Deterministic force-directed network figure, drawn as SVG directly.
 *
 * @module
 */
import * as d3 from "d3";
import { escapeHtml } from "./escape_html.ts";
import { syntheticLabel } from "./synthetic_label.ts";
import { FONT_FAMILY } from "./theme.ts";

/** A node of the network figure. */
export interface NetworkNode {
  /** Unique id (e.g. an account's userid). */
  id: string;
  /** Community label (e.g. from Louvain); null/absent = none (grey). */
  community?: string | number | null;
  /** Circle radius in px; default 4. */
  radius?: number;
}

/** An undirected edge of the network figure. */
export interface NetworkEdge {
  source: string;
  target: string;
  /** Edge weight (> 0); default 1. Sets line width. */
  weight?: number;
}

/** Options of {@link networkLayout}. */
export interface NetworkLayoutOptions {
  /** Seed of the initial positions and of d3-force's jiggle; default 1. */
  seed?: number;
  /** Simulation steps; default 300 (d3's default run to alpha ≈ 0.001). */
  ticks?: number;
  /** Area the layout is scaled into, px; default 640 × 480. */
  width?: number;
  height?: number;
}

/** A node with its position in the figure (px, 2 decimals). */
export interface PositionedNode {
  id: string;
  community: string | number | null;
  x: number;
  y: number;
}

const MARGIN = 12;

/** Round to 2 decimals, never `-0`. */
function r2(v: number): number {
  const r = Math.round(v * 100) / 100;
  return r === 0 ? 0 : r;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function byEnds(a: NetworkEdge, b: NetworkEdge): number {
  return byId({ id: a.source }, { id: b.source }) ||
    byId({ id: a.target }, { id: b.target });
}

function checkGraph(
  nodes: readonly NetworkNode[],
  edges: readonly NetworkEdge[],
): void {
  const ids = new Set<string>();
  for (const n of nodes) {
    if (ids.has(n.id)) {
      throw new RangeError(`Lay out network: duplicate node id: ${n.id}`);
    }
    ids.add(n.id);
  }
  edges.forEach((e, i) => {
    for (const end of [e.source, e.target]) {
      if (!ids.has(end)) {
        throw new RangeError(
          `Lay out network: edge ${
            i + 1
          } refers to a node not in the node list: ${end}`,
        );
      }
    }
  });
}

/**
 * Force-directed layout with d3-force, reproducible bit for bit.
 *
 * Nodes are sorted by id and edges by (source, target), so input order does
 * not matter. Initial positions are uniform in a square of side
 * 20·√n + 20 around 0 drawn from `d3.randomLcg(seed)`, which is also the
 * simulation's random source. Forces: `forceLink` (distance 30, d3's default
 * strength 1 / min(degree(source), degree(target))), `forceManyBody`
 * (strength −30) and `forceX`/`forceY` towards 0 (strength 0.05, keeps
 * components together). The simulation is stopped (no timers) and stepped
 * `ticks` times, then positions are scaled uniformly into the
 * `width` × `height` area (12 px margin) and rounded to 2 decimals.
 *
 * @param nodes Nodes (unique ids).
 * @param edges Edges between listed nodes.
 * @param options `seed`, `ticks`, `width`, `height`.
 * @returns Nodes sorted by id with `x`, `y` in px.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const nodes = [{ id: "a" }, { id: "b" }, { id: "c" }];
 * const edges = [{ source: "a", target: "b" }];
 * assert.deepEqual(networkLayout(nodes, edges, { seed: 7 }), networkLayout([...nodes].reverse(), edges, { seed: 7 }));
 * ```
 */
export function networkLayout(
  nodes: readonly NetworkNode[],
  edges: readonly NetworkEdge[],
  { seed = 1, ticks = 300, width = 640, height = 480 }: NetworkLayoutOptions =
    {},
): PositionedNode[] {
  checkGraph(nodes, edges);
  const rng = d3.randomLcg(seed);
  const side = 20 * Math.sqrt(nodes.length) + 20;
  const sim = [...nodes].sort(byId).map((n) => ({
    id: n.id,
    community: n.community ?? null,
    x: (rng() - 0.5) * side,
    y: (rng() - 0.5) * side,
  }));
  const links = [...edges]
    .sort(byEnds)
    .map((e) => ({ source: e.source, target: e.target }));
  d3.forceSimulation(sim)
    .randomSource(rng)
    .force(
      "link",
      d3.forceLink(links).id((d: { id: string }) => d.id).distance(30),
    )
    .force("charge", d3.forceManyBody().strength(-30))
    .force("x", d3.forceX(0).strength(0.05))
    .force("y", d3.forceY(0).strength(0.05))
    .stop()
    .tick(ticks);
  if (sim.length === 0) return [];
  const [x0, x1] = d3.extent(sim, (d: { x: number }) => d.x) as [
    number,
    number,
  ];
  const [y0, y1] = d3.extent(sim, (d: { y: number }) => d.y) as [
    number,
    number,
  ];
  const span = Math.max(x1 - x0, y1 - y0, 1e-9);
  const k = Math.min(width - 2 * MARGIN, height - 2 * MARGIN) / span;
  const ox = (width - (x1 - x0) * k) / 2;
  const oy = (height - (y1 - y0) * k) / 2;
  return sim.map((d) => ({
    id: d.id,
    community: d.community,
    x: r2(ox + (d.x - x0) * k),
    y: r2(oy + (d.y - y0) * k),
  }));
}

/** Options of {@link networkSvg}. */
export interface NetworkSvgOptions extends NetworkLayoutOptions {
  /** Figure title (the synthetic-data suffix is added when `synthetic`). */
  title: string;
  /** True when the data are the synthetic demo release. */
  synthetic: boolean;
  /** Optional second title line. */
  subtitle?: string;
}

/** Colour per community: the 10 largest get Tableau 10, the rest grey. */
function communityColours(
  nodes: readonly PositionedNode[],
): {
  colour: (c: string | number | null) => string;
  legend: [string, string, number][];
} {
  const sizes = new Map<string, number>();
  for (const n of nodes) {
    if (n.community === null) continue;
    const key = String(n.community);
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  const ranked = [...sizes.entries()].sort((a, b) =>
    b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)
  );
  const palette = new Map<string, string>();
  ranked.slice(0, 10).forEach(([c], i) =>
    palette.set(c, d3.schemeTableau10[i])
  );
  const legend: [string, string, number][] = ranked.slice(0, 10).map((
    [c, n],
  ) => [c, palette.get(c)!, n]);
  const rest = ranked.slice(10).reduce((s, [, n]) => s + n, 0) +
    nodes.filter((n) => n.community === null).length;
  if (rest > 0) legend.push(["other / none", OTHER, rest]);
  return {
    colour: (c) => c === null ? OTHER : palette.get(String(c)) ?? OTHER,
    legend,
  };
}

const OTHER = "#bbbbbb";
const LEGEND_WIDTH = 170;

/**
 * The network as a standalone SVG: edges as grey lines whose width grows with
 * weight (0.5 + 2.5·√(w / max w) px), nodes as circles coloured by community
 * (10 largest communities in Tableau 10, others and none grey) with a
 * `<title>` tooltip of the node id, a legend of community sizes, and the
 * title. Layout from {@link networkLayout} with the same options; every
 * coordinate has at most 2 decimals, so the SVG is byte-stable. Text is
 * escaped and set in DejaVu Sans.
 *
 * @param nodes Nodes (unique ids).
 * @param edges Edges between listed nodes.
 * @param options Title, `synthetic`, and layout options.
 * @returns The SVG document; overall size (width + 170) × (height + 50).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const svg = networkSvg([{ id: "<a>" }], [], { title: "Net", synthetic: false, seed: 1 });
 * assert.ok(svg.includes("<title>&lt;a&gt;</title>"));
 * ```
 */
export function networkSvg(
  nodes: readonly NetworkNode[],
  edges: readonly NetworkEdge[],
  options: NetworkSvgOptions,
): string {
  const width = options.width ?? 640;
  const height = options.height ?? 480;
  const laid = networkLayout(nodes, edges, { ...options, width, height });
  const radius = new Map(nodes.map((n) => [n.id, n.radius ?? 4]));
  const { colour, legend } = communityColours(laid);
  const top = options.subtitle === undefined ? 32 : 50;
  const W = width + LEGEND_WIDTH;
  const H = height + top;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT_FAMILY}">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="8" y="20" font-size="15" font-weight="bold">${
      escapeHtml(syntheticLabel(options.title, options.synthetic))
    }</text>`,
  ];
  if (options.subtitle !== undefined) {
    out.push(
      `<text x="8" y="38" font-size="12" fill="#444">${
        escapeHtml(options.subtitle)
      }</text>`,
    );
  }
  out.push(`<g transform="translate(0,${top})">`);
  out.push(...edgeLines(edges, new Map(laid.map((n) => [n.id, n]))));
  out.push(`<g stroke="white" stroke-width="0.5">`);
  for (const n of laid) {
    const label = n.community === null
      ? n.id
      : `${n.id} (community ${n.community})`;
    out.push(
      `<circle cx="${n.x}" cy="${n.y}" r="${r2(radius.get(n.id)!)}" fill="${
        colour(n.community)
      }"><title>${escapeHtml(label)}</title></circle>`,
    );
  }
  out.push(`</g>`, ...legendGroup(legend, width));
  out.push(`</g>`, `</svg>`);
  return out.join("\n") + "\n";
}

/** The edges as lines, width by weight (√ scale), in their sorted order. */
function edgeLines(
  edges: readonly NetworkEdge[],
  at: Map<string, { x: number; y: number }>,
): string[] {
  const maxW = Math.max(0, ...edges.map((e) => e.weight ?? 1));
  const out = [`<g stroke="#999" stroke-opacity="0.5" stroke-linecap="round">`];
  for (const e of [...edges].sort(byEnds)) {
    const s = at.get(e.source)!;
    const t = at.get(e.target)!;
    const w = maxW > 0
      ? r2(0.5 + 2.5 * Math.sqrt(Math.max(0, e.weight ?? 1) / maxW))
      : 0.5;
    out.push(
      `<line x1="${s.x}" y1="${s.y}" x2="${t.x}" y2="${t.y}" stroke-width="${w}"/>`,
    );
  }
  out.push(`</g>`);
  return out;
}

/** The community legend to the right of the drawing (nothing when empty). */
function legendGroup(
  legend: readonly (readonly [string, string, number])[],
  width: number,
): string[] {
  if (legend.length === 0) return [];
  const out = [
    `<g transform="translate(${width + 10},${MARGIN})" font-size="11">`,
    `<text y="10" font-size="12" font-weight="bold">Community (nodes)</text>`,
  ];
  legend.forEach(([name, fill, count], i) => {
    const y = 28 + i * 18;
    out.push(
      `<circle cx="5" cy="${y - 4}" r="5" fill="${fill}"/>`,
      `<text x="16" y="${y}">${escapeHtml(`${name} (${count})`)}</text>`,
    );
  });
  out.push(`</g>`);
  return out;
}
