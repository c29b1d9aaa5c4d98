/**
 * A chart of how far each reproduced figure is from the published one.
 *
 * @module
 */
import type { ChartSpec } from "./mod.ts";
import { syntheticLabel } from "./mod.ts";
import { ABOUT_TOLERANCE_PERCENT } from "../published/compare_figure.ts";
import type { PublishedRow } from "../published/reproduce_figures.ts";

/** One point of `publishedChart`. */
export interface PublishedChartRow {
  /** `<release> · <figure>`. */
  label: string;
  published: number;
  reproduced: number;
  /** 100 × (reproduced − published) / published, 2 decimals. */
  difference_percent: number;
  status: string;
}

/**
 * The rows the chart plots: those with a reproduced value and a non-zero
 * published value, in the given order.
 *
 * @param rows Rows from `reproduceFigures`, `publishedTable` or
 *   `checkDemoTruth`.
 * @returns Chart rows.
 *
 * @example
 * ```ts
 * import { deepEqual } from "node:assert/strict";
 * import { publishedChartRows } from "./published_chart.ts";
 * deepEqual(publishedChartRows([{
 *   release: "r", figure: "accounts", source: "s", published: 1200,
 *   qualifier: "about", reproduced: 1140, difference: -60,
 *   relative_difference: -0.05, status: "match", note: "",
 * }]), [{
 *   label: "r · accounts", published: 1200, reproduced: 1140,
 *   difference_percent: -5, status: "match",
 * }]);
 * ```
 */
export function publishedChartRows(rows: PublishedRow[]): PublishedChartRow[] {
  return rows.filter((r) =>
    r.reproduced !== null && r.relative_difference !== null
  ).map((r) => ({
    label: `${r.release} · ${r.figure}`,
    published: r.published,
    reproduced: r.reproduced as number,
    difference_percent: Math.round(r.relative_difference! * 10000) / 100,
    status: r.status,
  }));
}

/**
 * Dot chart: one row per figure, its reproduced − published difference in
 * percent of the published value, a line at 0 and a grey band for the ±5%
 * that "about" allows (the axis spans at least ±10%); dots coloured by
 * status (match, differs).
 *
 * @param options Title, and whether the data are synthetic (adds the
 *   SYNTHETIC label).
 * @returns The vega-lite spec, without data (see `publishedChartRows`).
 *
 * @example
 * ```ts
 * import { ok } from "node:assert/strict";
 * import { publishedChart } from "./published_chart.ts";
 * const spec = publishedChart({ title: "t", synthetic: true });
 * ok(JSON.stringify(spec).includes("SYNTHETIC"));
 * ```
 */
export function publishedChart(
  options: { title: string; synthetic: boolean; subtitle?: string },
): ChartSpec {
  const title: { text: string; subtitle?: string } = {
    text: syntheticLabel(options.title, options.synthetic),
  };
  if (options.subtitle !== undefined) title.subtitle = options.subtitle;
  const axis = "Reproduced − published (% of published)";
  const x = { field: "difference_percent", type: "quantitative", title: axis };
  return {
    title,
    width: 420,
    height: { step: 18 },
    layer: [
      {
        data: {
          values: [{
            lo: -ABOUT_TOLERANCE_PERCENT,
            hi: ABOUT_TOLERANCE_PERCENT,
          }],
        },
        mark: { type: "rect", color: "#e8e8e8" },
        encoding: {
          x: { field: "lo", type: "quantitative", title: axis },
          x2: { field: "hi" },
        },
      },
      {
        // Invisible points at ±2× the band keep the band visible when every
        // difference is 0.
        data: {
          values: [
            { edge: -2 * ABOUT_TOLERANCE_PERCENT },
            { edge: 2 * ABOUT_TOLERANCE_PERCENT },
          ],
        },
        mark: { type: "point", opacity: 0 },
        encoding: { x: { field: "edge", type: "quantitative", title: axis } },
      },
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: "rule", color: "#666666" },
        encoding: { x: { field: "zero", type: "quantitative", title: axis } },
      },
      {
        mark: { type: "point", filled: true, size: 70 },
        encoding: {
          y: {
            field: "label",
            type: "nominal",
            sort: null,
            title: null,
            axis: { labelLimit: 360 },
          },
          x,
          color: {
            field: "status",
            type: "nominal",
            scale: {
              domain: ["match", "differs"],
              range: ["#4c78a8", "#e45756"],
            },
            title: "Status",
          },
          tooltip: [
            { field: "label", type: "nominal" },
            { field: "published", type: "quantitative", format: "," },
            { field: "reproduced", type: "quantitative", format: "," },
            { field: "difference_percent", type: "quantitative" },
          ],
        },
      },
    ],
  } as ChartSpec;
}
