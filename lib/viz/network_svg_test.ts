import assert from "node:assert/strict";
import { assertSvgSnapshot } from "./_snapshot.ts";
import { networkLayout, networkSvg } from "./network_svg.ts";

/** Two dense groups of 8 joined by one bridge, plus an isolated node. */
function graph() {
  const nodes = [
    ...Array.from({ length: 8 }, (_, i) => ({ id: `a${i}`, community: "A" })),
    ...Array.from({ length: 8 }, (_, i) => ({ id: `b${i}`, community: "B" })),
    { id: "lone", community: null },
  ];
  const edges = [];
  for (const g of ["a", "b"]) {
    for (let i = 0; i < 8; i++) {
      for (let j = i + 1; j < 8; j++) {
        if ((i + j) % 3 !== 0) {
          edges.push({
            source: `${g}${i}`,
            target: `${g}${j}`,
            weight: 1 + ((i * j) % 4),
          });
        }
      }
    }
  }
  edges.push({ source: "a0", target: "b0", weight: 1 });
  return { nodes, edges };
}

Deno.test("networkLayout() is the same for the same seed, whatever the input order", () => {
  const { nodes, edges } = graph();
  const a = networkLayout(nodes, edges, { seed: 42 });
  const b = networkLayout([...nodes].reverse(), [...edges].reverse(), {
    seed: 42,
  });
  assert.deepEqual(a, b);
  assert.notDeepEqual(networkLayout(nodes, edges, { seed: 43 }), a);
  assert.deepEqual(a.map((n) => n.id), [...nodes.map((n) => n.id)].sort());
  for (const n of a) {
    assert.equal(Math.round(n.x * 100) / 100, n.x);
    assert.ok(n.x >= 12 - 1e-9 && n.x <= 640 - 12 + 1e-9);
    assert.ok(n.y >= 12 - 1e-9 && n.y <= 480 - 12 + 1e-9);
  }
});

Deno.test("networkLayout() keeps each community closer to itself than to the other", () => {
  const { nodes, edges } = graph();
  const at = new Map(
    networkLayout(nodes, edges, { seed: 1 }).map((n) => [n.id, n]),
  );
  const centre = (g: string) => {
    const ps = [...at.values()].filter((n) =>
      n.id.startsWith(g) && n.id !== "lone"
    );
    return [
      ps.reduce((s, p) => s + p.x, 0) / ps.length,
      ps.reduce((s, p) => s + p.y, 0) / ps.length,
    ];
  };
  const [ca, cb] = [centre("a"), centre("b")];
  const d = (p: { x: number; y: number }, c: number[]) =>
    Math.hypot(p.x - c[0], p.y - c[1]);
  for (let i = 1; i < 8; i++) {
    assert.ok(d(at.get(`a${i}`)!, ca) < d(at.get(`a${i}`)!, cb));
    assert.ok(d(at.get(`b${i}`)!, cb) < d(at.get(`b${i}`)!, ca));
  }
});

Deno.test("networkLayout() rejects duplicate ids and edges to unknown nodes", () => {
  assert.throws(
    () => networkLayout([{ id: "x" }, { id: "x" }], []),
    /duplicate node id: x/,
  );
  assert.throws(
    () => networkLayout([{ id: "x" }], [{ source: "x", target: "y" }]),
    /edge 1 refers to a node not in the node list: y/,
  );
  assert.deepEqual(networkLayout([], []), []);
});

Deno.test("networkSvg() matches its snapshot and escapes node ids", async () => {
  const { nodes, edges } = graph();
  nodes.push({ id: "<img src=x onerror=alert(1)>", community: "A" });
  const svg = networkSvg(nodes, edges, {
    title: "Co-retweet network",
    subtitle: "Two groups & a bridge",
    synthetic: true,
    seed: 7,
  });
  assert.equal(
    svg,
    networkSvg(nodes, edges, {
      title: "Co-retweet network",
      subtitle: "Two groups & a bridge",
      synthetic: true,
      seed: 7,
    }),
  );
  assert.ok(!svg.includes("<img"));
  assert.ok(svg.includes("Two groups &amp; a bridge"));
  assert.ok(svg.includes("Co-retweet network — SYNTHETIC DEMO DATA"));
  assert.ok(!/\d\.\d{3}/.test(svg), "coordinates have at most 2 decimals");
  await assertSvgSnapshot("network", svg);
});
