/**
 * Headless, deterministic vega-lite → SVG rendering.
 *
 * Importing this module sets vega's `textMetrics.width` (a process-wide
 * setting) to DejaVu Sans advance widths, see `textWidth` below.
 *
 * @module
 */
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { dejavuTextWidth } from "./_fonts.ts";
import { withTheme } from "./theme.ts";

interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
  limit?: number | string;
}
interface TextMetrics {
  width: (item: TextItem, text: unknown) => number;
}

/**
 * Text width as vega's layout needs it, measured with DejaVu Sans advance
 * widths instead of vega's fallback estimate (0.8 × font size per character),
 * which is what vega uses when no canvas exists (Deno has none).
 *
 * Vega calls `textMetrics.width` both for bounds (where its own measurer
 * returns the width of the truncated label) and inside its truncation search
 * (which only compares widths against `item.limit`). Clamping the width to
 * `limit` serves both: the search's `< limit` / `> limit - ellipsis`
 * comparisons give the same answers, and bounds get at most the limit.
 */
function textWidth(item: TextItem, text: unknown): number {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  if (size <= 0 || text == null) return 0;
  const w = item.fontWeight;
  const isBold = w === "bold" || w === "bolder" || Number(w) >= 600;
  const width = dejavuTextWidth(String(text).trim(), size, isBold);
  const limit = Number(item.limit);
  return limit > 0 ? Math.min(width, limit) : width;
}

(vega as unknown as { textMetrics: TextMetrics }).textMetrics.width = textWidth;

/** Renders run one at a time: vega numbers clip paths and gradients globally. */
let queue: Promise<unknown> = Promise.resolve();

async function renderOnce(spec: TopLevelSpec): Promise<string> {
  const vg = compile(withTheme(spec)).spec;
  // Gradient ids (numbered while the view runs) and clip-path ids (numbered
  // while it is serialised) count up across views; restart both so the same
  // spec always yields the same ids.
  vega.resetSVGDefIds();
  const view = new vega.View(vega.parse(vg), { renderer: "none" });
  try {
    await view.runAsync();
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * Render a vega-lite spec to an SVG string, headlessly and deterministically.
 *
 * The spec is compiled with the project theme ({@link withTheme}), run in a
 * vega `View` with `renderer: "none"`, and serialised with `toSVG()`. Text is
 * laid out with DejaVu Sans metrics and clip/gradient ids restart at every
 * render, so the same spec gives byte-identical SVG. Time fields are shown in
 * local time unless the spec asks for UTC (`timeUnit: "utc…"` or
 * `scale: {type: "utc"}`); the chart builders in this module always do.
 *
 * @param spec A vega-lite 6 spec with its data inline.
 * @returns The SVG document.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const svg = await renderSvg({
 *   data: { values: [{ a: "x", n: 1 }] },
 *   mark: "bar",
 *   encoding: { x: { field: "a" }, y: { field: "n", type: "quantitative" } },
 * });
 * assert.ok(svg.startsWith("<svg"));
 * assert.ok(svg.includes('font-family="DejaVu Sans"'));
 * ```
 */
export function renderSvg(spec: TopLevelSpec): Promise<string> {
  const result = queue.then(() => renderOnce(spec));
  queue = result.catch(() => undefined);
  return result;
}
