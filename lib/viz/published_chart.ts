/**
 * A chart of how far each reproduced figure is from the published one.
 *
 * The rows are `lib/published`'s published-versus-reproduced rows, read
 * through the few fields the chart needs ({@linkcode ComparedFigure}), so
 * that `lib/viz` does not import `lib/published`.
 *
 * @module
 */
import type { ChartSpec } from "./_spec.ts";
import { syntheticLabel } from "./synthetic_label.ts";

/** The fields of a published-versus-reproduced row the chart reads. */
export interface ComparedFigure {
  release: string;
  figure: string;
  published: number;
  /** The number computed from the files, or null. */
  reproduced: number | null;
  /** (reproduced − published) / published, or null. */
  relative_difference: number | null;
  status: string;
}

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

/** Options of {@linkcode publishedChart}. */
export interface PublishedChartOptions {
  title: string;
  /** Adds the SYNTHETIC label to the title. */
  synthetic: boolean;
  subtitle?: string;
  /**
   * Half-width of the grey band, in percent of the published value: the
   * tolerance of "about" (`ABOUT_TOLERANCE_PERCENT` of `lib/published`).
   */
  bandPercent: number;
}

const AXIS = "Reproduced − published (% of published)";

/**
 * The rows the chart plots: those with a reproduced value and a non-zero
 * published value, in the given order.
 *
 * @param rows Rows from `reproduceFigures`, `publishedTable` or
 *   `checkDemoTruth` (`lib/published`).
 * @returns Chart rows.
 *
 * @example
 * ```ts
 * import { deepEqual } from "node:assert/strict";
 * import { publishedChartRows } from "./published_chart.ts";
 * deepEqual(publishedChartRows([{
 *   release: "r", figure: "accounts", published: 1200, reproduced: 1140,
 *   relative_difference: -0.05, status: "match",
 * }]), [{
 *   label: "r · accounts", published: 1200, reproduced: 1140,
 *   difference_percent: -5, status: "match",
 * }]);
 * ```
 */
export function publishedChartRows(
  rows: readonly ComparedFigure[],
): PublishedChartRow[] {
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
 * percent of the published value, a line at 0 and a grey band for the
 * ±`bandPercent` that "about" allows (the axis spans at least twice the
 * band); dots coloured by status (match, differs).
 *
 * @param options Title, whether the data are synthetic (adds the SYNTHETIC
 *   label), subtitle, and the band's half-width in percent.
 * @returns The vega-lite spec, without data (see `publishedChartRows`).
 *
 * @example
 * ```ts
 * import { ok } from "node:assert/strict";
 * import { publishedChart } from "./published_chart.ts";
 * const spec = publishedChart({ title: "t", synthetic: true, bandPercent: 5 });
 * ok(JSON.stringify(spec).includes("SYNTHETIC"));
 * ok(JSON.stringify(spec).includes('"lo":-5,"hi":5'));
 * ```
 */
export function publishedChart(options: PublishedChartOptions): ChartSpec {
  const title: { text: string; subtitle?: string } = {
    text: syntheticLabel(options.title, options.synthetic),
  };
  if (options.subtitle !== undefined) title.subtitle = options.subtitle;
  return {
    title,
    width: 420,
    height: { step: 18 },
    layer: [...referenceLayers(options.bandPercent), pointLayer()],
  } as ChartSpec;
}

/**
 * The band of ±`band` percent, invisible points at ±2× the band (they keep
 * the band visible when every difference is 0) and the rule at 0.
 */
function referenceLayers(band: number): object[] {
  return [
    {
      data: { values: [{ lo: -band, hi: band }] },
      mark: { type: "rect", color: "#e8e8e8" },
      encoding: {
        x: { field: "lo", type: "quantitative", title: AXIS },
        x2: { field: "hi" },
      },
    },
    {
      data: { values: [{ edge: -2 * band }, { edge: 2 * band }] },
      mark: { type: "point", opacity: 0 },
      encoding: { x: { field: "edge", type: "quantitative", title: AXIS } },
    },
    {
      data: { values: [{ zero: 0 }] },
      mark: { type: "rule", color: "#666666" },
      encoding: { x: { field: "zero", type: "quantitative", title: AXIS } },
    },
  ];
}

/** One dot per figure, coloured by status, with a tooltip. */
function pointLayer(): object {
  return {
    mark: { type: "point", filled: true, size: 70 },
    encoding: {
      y: {
        field: "label",
        type: "nominal",
        sort: null,
        title: null,
        axis: { labelLimit: 360 },
      },
      x: { field: "difference_percent", type: "quantitative", title: AXIS },
      color: {
        field: "status",
        type: "nominal",
        scale: { domain: ["match", "differs"], range: ["#4c78a8", "#e45756"] },
        title: "Status",
      },
      tooltip: [
        { field: "label", type: "nominal" },
        { field: "published", type: "quantitative", format: "," },
        { field: "reproduced", type: "quantitative", format: "," },
        { field: "difference_percent", type: "quantitative" },
      ],
    },
  };
}
