import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import type { TopLevelSpec } from "vega-lite";
import { dejavuFontFiles, dejavuTextWidth } from "./_fonts.ts";
import { renderPng } from "./render_png.ts";
import { renderSvg } from "./render_svg.ts";

const spec: TopLevelSpec = {
  title: "Gradient legend and clipped line",
  data: {
    values: [{ x: 1, y: 2, c: 1 }, { x: 5, y: 9, c: 3 }, { x: 2, y: 4, c: 2 }],
  },
  mark: { type: "line", clip: true, point: true },
  encoding: {
    x: { field: "x", type: "quantitative", scale: { domain: [0, 3] } },
    y: { field: "y", type: "quantitative" },
    color: { field: "c", type: "quantitative" },
  },
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): [number, number] {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [v.getUint32(16), v.getUint32(20)];
}

Deno.test("renderSvg() gives byte-identical SVG for the same spec, sequentially and concurrently", async () => {
  const a = await renderSvg(spec);
  const b = await renderSvg(spec);
  const [c, d] = await Promise.all([renderSvg(spec), renderSvg(spec)]);
  assert.equal(a, b);
  assert.equal(a, c);
  assert.equal(a, d);
  // Ids vega numbers globally restart each render.
  assert.deepEqual([...new Set(a.match(/clip\d+/g))], [
    "clip1",
    "clip2",
    "clip3",
    "clip4",
  ]);
  const rect: TopLevelSpec = {
    data: { values: [{ x: "a", v: 1 }, { x: "b", v: 5 }] },
    mark: "rect",
    encoding: {
      x: { field: "x", type: "nominal" },
      color: { field: "v", type: "quantitative" },
    },
  };
  const g1 = await renderSvg(rect);
  await renderSvg(spec);
  const g2 = await renderSvg(rect);
  assert.equal(g1, g2);
  assert.deepEqual([...new Set(g1.match(/gradient_\d+/g))], ["gradient_0"]);
});

Deno.test("renderSvg() sets all text in DejaVu Sans on a white background", async () => {
  const svg = await renderSvg(spec);
  const families = new Set(
    [...svg.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]),
  );
  assert.deepEqual([...families], ["DejaVu Sans"]);
  assert.ok(svg.includes('fill="white"'));
});

Deno.test("renderSvg() lays text out with DejaVu Sans widths", () => {
  // Advance widths from DejaVuSans.ttf (2048 units/em): "Mon" = 1767 + 1253 + 1298.
  assert.equal(dejavuTextWidth("Mon", 2048, false), 1767 + 1253 + 1298);
  assert.ok(
    dejavuTextWidth("Mon", 11, true) > dejavuTextWidth("Mon", 11, false),
  );
});

Deno.test("renderPng() renders the same bytes twice, at 2× the SVG size by default", async () => {
  const svg = await renderSvg(spec);
  const a = renderPng(svg);
  const b = renderPng(svg);
  assert.deepEqual(a, b);
  const [w, h] = [
    Number(svg.match(/width="(\d+)"/)![1]),
    Number(svg.match(/height="(\d+)"/)![1]),
  ];
  assert.deepEqual(pngSize(a), [2 * w, 2 * h]);
  assert.deepEqual(pngSize(renderPng(svg, { scale: 1 })), [w, h]);
  assert.throws(
    () => renderPng(svg, { scale: 0 }),
    /scale must be a positive number: 0/,
  );
});

Deno.test("dejavuFontFiles() finds both TTFs of dejavu-fonts-ttf 2.37.3", () => {
  const files = dejavuFontFiles();
  assert.equal(files.length, 2);
  assert.match(files[0], /dejavu-fonts-ttf.*\/ttf\/DejaVuSans\.ttf$/);
  assert.match(files[1], /dejavu-fonts-ttf.*\/ttf\/DejaVuSans-Bold\.ttf$/);
  for (const f of files) assert.ok(existsSync(f));
});
