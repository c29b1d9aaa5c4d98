/**
 * Writing a figure with everything a reader needs beside it.
 *
 * @module
 */
import { join } from "node:path";
import { toSafeCsv } from "./csv.ts";
import { checkName } from "./_name.ts";
import { type TableData, toRows } from "./_rows.ts";
import { type ChartSpec, specWithData } from "./_spec.ts";
import { renderPng } from "./render_png.ts";
import { renderSvg } from "./render_svg.ts";

/** Options of {@link saveFigure} and {@link saveSvgFigure}. */
export interface SaveFigureOptions {
  /** Folder to write into (created if missing), e.g. `outputs/figures`. */
  dir: string;
  /** PNG pixel density; default 2. */
  scale?: number;
}

/** Paths {@link saveFigure} wrote. */
export interface SavedFigure {
  svg: string;
  png: string;
  /** Absent for {@link saveSvgFigure}, which has no vega-lite spec. */
  spec?: string;
  csv: string;
}

/**
 * Save a vega-lite figure as `<dir>/<name>.svg`, `<name>.png` (2× by
 * default), `<name>.vl.json` (the spec with theme and data inlined, renders
 * offline) and `<name>.csv` (the data behind the chart, spreadsheet-safe, see
 * {@link toSafeCsv}). All four are byte-identical for the same inputs.
 *
 * @param name File stem, e.g. `fig03_tweets_per_day`.
 * @param spec Vega-lite spec without data (its `data` is replaced).
 * @param data The chart's rows: row objects, polars DataFrame or arquero table.
 * @param options `dir` (required) and `scale`.
 * @returns The written paths.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * const out = await saveFigure("counts", {
 *   mark: "bar",
 *   encoding: { x: { field: "k" }, y: { field: "n", type: "quantitative" } },
 * }, [{ k: "a", n: 2 }], { dir });
 * assert.equal(await Deno.readTextFile(out.csv), "k,n\na,2\n");
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function saveFigure(
  name: string,
  spec: ChartSpec,
  data: TableData,
  { dir, scale = 2 }: SaveFigureOptions,
): Promise<SavedFigure> {
  checkName("Save figure", name);
  const full = specWithData(spec, data);
  const svg = await renderSvg(full.spec);
  const out: SavedFigure = {
    svg: join(dir, `${name}.svg`),
    png: join(dir, `${name}.png`),
    spec: join(dir, `${name}.vl.json`),
    csv: join(dir, `${name}.csv`),
  };
  const png = renderPng(svg, { scale });
  await Deno.mkdir(dir, { recursive: true });
  await Deno.writeTextFile(out.svg, svg);
  await Deno.writeFile(out.png, png);
  await Deno.writeTextFile(
    out.spec!,
    JSON.stringify(full.spec, null, 2) + "\n",
  );
  const rows = full.rows!;
  await Deno.writeTextFile(out.csv, toSafeCsv(rows.rows, rows.columns));
  return out;
}

/**
 * Save a figure that is already an SVG (e.g. from {@link networkSvg}) as
 * `<name>.svg`, `<name>.png` and `<name>.csv` (the data behind it).
 *
 * @param name File stem.
 * @param svg The SVG document.
 * @param data The figure's rows.
 * @param options `dir` (required) and `scale`.
 * @returns The written paths (no `spec`).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
 * const out = await saveSvgFigure("dot", svg, [{ id: "@a", x: 5 }], { dir });
 * assert.equal(await Deno.readTextFile(out.csv), "id,x\n'@a,5\n");
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function saveSvgFigure(
  name: string,
  svg: string,
  data: TableData,
  { dir, scale = 2 }: SaveFigureOptions,
): Promise<SavedFigure> {
  checkName("Save figure", name);
  const rows = toRows(data);
  const out: SavedFigure = {
    svg: join(dir, `${name}.svg`),
    png: join(dir, `${name}.png`),
    csv: join(dir, `${name}.csv`),
  };
  const png = renderPng(svg, { scale });
  await Deno.mkdir(dir, { recursive: true });
  await Deno.writeTextFile(out.svg, svg);
  await Deno.writeFile(out.png, png);
  await Deno.writeTextFile(out.csv, toSafeCsv(rows.rows, rows.columns));
  return out;
}
