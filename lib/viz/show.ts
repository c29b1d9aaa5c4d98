/**
 * Showing charts and tables in a Deno Jupyter notebook.
 *
 * @module
 */
import type { TableData } from "./_rows.ts";
import { type ChartSpec, specWithData } from "./_spec.ts";
import { renderSvg } from "./render_svg.ts";
import { tableHtml, type TableHtmlOptions, tableText } from "./table_html.ts";

/**
 * MIME type JupyterLab's built-in Vega extension renders for vega-lite
 * (it handles v3–v5; a v6 spec renders there with a version warning in the
 * browser console). The SVG beside it is what nbconvert, GitHub and headless
 * runs keep.
 */
export const VEGA_LITE_MIME = "application/vnd.vegalite.v5+json";

type Jupyter = {
  display(obj: unknown, options?: { raw?: boolean }): Promise<void>;
};

/** `Deno.jupyter` inside `deno jupyter`, else undefined (reading it throws). */
function jupyter(): Jupyter | undefined {
  try {
    return (Deno as unknown as { jupyter?: Jupyter }).jupyter;
  } catch {
    return undefined;
  }
}

/**
 * Show a chart in the notebook: the interactive vega-lite view plus its SVG
 * as fallback, sent with `Deno.jupyter.display(bundle, { raw: true })`.
 * Outside a Jupyter kernel it only renders.
 *
 * @param spec Vega-lite spec.
 * @param data Rows to inline (replacing the spec's data); omit when the spec
 *   carries its own.
 * @returns Outside Jupyter, the SVG (as {@link renderSvg} makes it); inside,
 *   undefined, so the cell does not also print the SVG source as its result.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const svg = await show({ mark: "point" }, [{}]);
 * assert.ok(svg?.startsWith("<svg"));
 * ```
 */
export async function show(
  spec: ChartSpec,
  data?: TableData,
): Promise<string | undefined> {
  const full = specWithData(spec, data).spec;
  const svg = await renderSvg(full);
  const kernel = jupyter();
  if (kernel === undefined) return svg;
  await kernel.display({
    [VEGA_LITE_MIME]: full,
    "image/svg+xml": svg,
    "text/plain": "<vega-lite chart>",
  }, { raw: true });
  return undefined;
}

/**
 * Show the first rows of a table in the notebook as escaped HTML (see
 * {@link tableHtml}) with a plain-text alternative. Outside a Jupyter kernel
 * it only builds the HTML.
 *
 * @param data Row objects, polars DataFrame or arquero table.
 * @param options `maxRows` (default 20).
 * @returns Outside Jupyter, the HTML; inside, undefined (see {@link show}).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const html = await showTable([{ bio: "a & b" }]);
 * assert.ok(html?.includes("<td>a &amp; b</td>"));
 * ```
 */
export async function showTable(
  data: TableData,
  options: TableHtmlOptions = {},
): Promise<string | undefined> {
  const html = tableHtml(data, options);
  const kernel = jupyter();
  if (kernel === undefined) return html;
  await kernel.display({
    "text/html": html,
    "text/plain": tableText(data, options),
  }, { raw: true });
  return undefined;
}

/**
 * Show a ready-made SVG figure (a network drawing) in the notebook. Outside
 * a Jupyter kernel it only returns the SVG.
 *
 * @param svg The SVG document.
 * @returns Outside Jupyter, the SVG; inside, undefined (see {@link show}).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(await showSvg("<svg/>"), "<svg/>");
 * ```
 */
export async function showSvg(svg: string): Promise<string | undefined> {
  const kernel = jupyter();
  if (kernel === undefined) return svg;
  await kernel.display({ "image/svg+xml": svg, "text/plain": "<figure>" }, {
    raw: true,
  });
  return undefined;
}
