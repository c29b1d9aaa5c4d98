import { ok } from "node:assert/strict";
import { Resvg } from "@resvg/resvg-js";
import { dejavuFontFiles } from "./_fonts.ts";
import { renderPng } from "./render_png.ts";
import { assertSvgSnapshot } from "./_snapshot.ts";
import { categoryBarChart } from "./category_bar_chart.ts";
import { renderSvg } from "./render_svg.ts";
import { specWithData } from "./_spec.ts";

/** Pixels of a PNG rendered with only DejaVu Sans (emoji drawn as boxes). */
function boxed(svg: string): Uint8Array {
  return new Resvg(svg, {
    fitTo: { mode: "zoom", value: 2 },
    font: {
      loadSystemFonts: false,
      fontFiles: dejavuFontFiles(),
      defaultFontFamily: "DejaVu Sans",
    },
  }).render().asPng();
}

const line = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="30">` +
  `<text x="0" y="20" font-family="DejaVu Sans" font-size="16">${text}</text></svg>`;

const differs = (a: Uint8Array, b: Uint8Array) =>
  a.length !== b.length || a.some((x, i) => x !== b[i]);

Deno.test("renderPng() draws emoji DejaVu lacks (🔥) instead of boxes", () => {
  ok(differs(renderPng(line("fuego 🔥")), boxed(line("fuego 🔥"))));
  // Text DejaVu has renders exactly as with DejaVu alone.
  ok(!differs(renderPng(line("ñandú")), boxed(line("ñandú"))));
});

Deno.test("renderPng() draws a flag as its letters and a skin-toned emoji as the emoji", () => {
  ok(!differs(renderPng(line("🇻🇪")), renderPng(line("VE"))));
  ok(!differs(renderPng(line("👍🏽 ok")), renderPng(line("👍 ok"))));
});

Deno.test("a bar chart with emoji labels: SVG snapshot, emoji drawn in the PNG", async () => {
  const spec = categoryBarChart({
    title: "Hashtags with emoji",
    synthetic: true,
    category: "tag",
    categoryTitle: "Hashtag",
    countTitle: "Tweets",
  });
  const rows = [
    { tag: "#Venezuela🇻🇪", count: 12 },
    { tag: "#fuego🔥", count: 7 },
    { tag: "#gracias🙏🏽", count: 3 },
  ];
  const svg = await renderSvg(specWithData(spec, rows).spec);
  await assertSvgSnapshot("emoji_labels", svg);
  ok(differs(renderPng(svg), boxed(svg)));
});
