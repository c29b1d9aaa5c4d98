/**
 * Charts and figure export for Takedown Lab notebooks.
 *
 * Every figure is a vega-lite 6 spec (or, for networks, an SVG drawn
 * directly), rendered headlessly and deterministically:
 *
 * - {@link renderSvg}: vega-lite → vega → SVG with vega's `View`
 *   (`renderer: "none"`), project theme ({@link vizTheme}, DejaVu Sans
 *   everywhere, white background), text laid out with DejaVu Sans metrics,
 *   stable clip/gradient ids. Same spec → same bytes.
 * - {@link renderPng}: SVG → PNG with resvg, loading only the DejaVu Sans
 *   TTFs of the npm package `dejavu-fonts-ttf` and Noto Emoji for the emoji
 *   DejaVu lacks (never system fonts).
 * - {@link saveFigure}: `<name>.svg`, `.png` (2×), `.vl.json` (spec with data
 *   and theme inlined) and `.csv` (the data behind the chart);
 *   {@link saveSvgFigure} for ready-made SVGs; {@link saveTable}: CSV and
 *   Parquet.
 * - CSV output is spreadsheet-safe ({@link toSafeCsv}): text cells starting
 *   with `=`, `+`, `-`, `@`, tab or CR get a leading `'`; numbers never do.
 * - {@link show} / {@link showTable} / {@link showSvg}: display in a Deno Jupyter kernel
 *   (interactive vega-lite with SVG fallback; escaped HTML tables), no-ops
 *   that return the SVG/HTML elsewhere.
 * - Chart builders returning specs without data: {@link dailyCountsChart},
 *   {@link categoryBarChart}, {@link weekdayHourHeatmap} (+
 *   {@link weekdayHourRows}), {@link ecdfChart} (+ {@link ecdfRows}),
 *   {@link histogramChart} (+ {@link binRows}); {@link networkSvg} (+
 *   {@link networkLayout}) for seeded force layouts; and the builders of
 *   particular figures (creation by month, offset fits, trends, inorganic
 *   shares, null models, published figures, …) exported below. Charts of
 *   synthetic data say so in the title ({@link syntheticLabel}).
 *
 * Time zone: the builders read days and hours as UTC; a hand-written spec
 * must use `utc…` time units or a `utc` scale to be independent of the
 * machine's time zone.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { categoryBarChart, saveFigure } from "./mod.ts";
 * const dir = await Deno.makeTempDir();
 * const spec = categoryBarChart({ title: "Top languages", synthetic: true, category: "lang" });
 * const out = await saveFigure("langs", spec, [{ lang: "en", count: 10 }, { lang: "ar", count: 4 }], { dir });
 * assert.ok((await Deno.readTextFile(out.svg)).includes("SYNTHETIC DEMO DATA"));
 * await Deno.remove(dir, { recursive: true });
 * ```
 *
 * @module
 */
export { FONT_FAMILY, vizTheme, withTheme } from "./theme.ts";
export { renderSvg } from "./render_svg.ts";
export { renderPng, type RenderPngOptions } from "./render_png.ts";
export { csvColumns, toSafeCsv, writeSafeCsv } from "./csv.ts";
export { escapeHtml } from "./escape_html.ts";
export { SYNTHETIC_SUFFIX, syntheticLabel } from "./synthetic_label.ts";
export type { TableData } from "./_rows.ts";
export type { ChartOptions } from "./_chart.ts";
export { type ChartSpec, VEGA_LITE_SCHEMA } from "./_spec.ts";
export {
  type SavedFigure,
  saveFigure,
  type SaveFigureOptions,
  saveSvgFigure,
} from "./save_figure.ts";
export {
  type SavedTable,
  saveTable,
  type SaveTableOptions,
} from "./save_table.ts";
export {
  cellDisplay,
  tableHtml,
  type TableHtmlOptions,
  tableText,
} from "./table_html.ts";
export { show, showSvg, showTable, VEGA_LITE_MIME } from "./show.ts";
export {
  dailyCountsChart,
  type DailyCountsChartOptions,
} from "./daily_counts_chart.ts";
export {
  categoryBarChart,
  type CategoryBarChartOptions,
} from "./category_bar_chart.ts";
export {
  weekdayHourHeatmap,
  type WeekdayHourHeatmapOptions,
  type WeekdayHourRow,
  weekdayHourRows,
} from "./weekday_hour_heatmap.ts";
export {
  ecdfChart,
  type EcdfChartOptions,
  type EcdfRow,
  ecdfRows,
} from "./ecdf_chart.ts";
export {
  type BinRow,
  binRows,
  type BinRowsOptions,
  histogramChart,
  type HistogramChartOptions,
} from "./histogram_chart.ts";
export {
  type NetworkEdge,
  networkLayout,
  type NetworkLayoutOptions,
  type NetworkNode,
  networkSvg,
  type NetworkSvgOptions,
  type PositionedNode,
} from "./network_svg.ts";
export {
  publishedChart,
  type PublishedChartRow,
  publishedChartRows,
} from "./published_chart.ts";
export { trendChart, type TrendChartOptions } from "./trend_chart.ts";
export {
  shareIntervalChart,
  type ShareIntervalChartOptions,
} from "./share_interval_chart.ts";
export { facetChart, type FacetChartOptions } from "./facet_chart.ts";
export {
  offsetFitChart,
  type OffsetFitChartOptions,
} from "./offset_fit_chart.ts";
export {
  monthlyCountsChart,
  type MonthlyCountsChartOptions,
} from "./monthly_counts_chart.ts";
export {
  symlogEcdfChart,
  type SymlogEcdfChartOptions,
} from "./symlog_ecdf_chart.ts";
export {
  offsetHistogramChart,
  type OffsetHistogramChartOptions,
} from "./offset_histogram_chart.ts";
export {
  burstinessChart,
  type BurstinessChartOptions,
} from "./burstiness_chart.ts";
export {
  networkSweepChart,
  type NetworkSweepChartOptions,
  networkSweepChartRows,
  type NetworkSweepPoint,
  type NetworkSweepRow,
} from "./network_sweep_chart.ts";
export {
  nullModelChart,
  type NullModelChartOptions,
  nullModelChartRows,
  type NullModelEdge,
  type NullModelPoint,
} from "./null_model_chart.ts";
