/**
 * Chart: each edge's observed weight against the weight a null model
 * expects by chance, binned, one panel per null model.
 *
 * @module
 */
import type { ChartSpec } from "./_spec.ts";
import { chartFrame, type ChartOptions } from "./_chart.ts";

/** Options of {@linkcode nullModelChart}. */
export interface NullModelChartOptions
  extends Omit<ChartOptions, "width" | "height"> {
  /** Panel names (the `null_model` values), in order. */
  panels: readonly string[];
  /** The false-discovery rate the edges were kept at (the legend's cut). */
  alpha: number;
}

/** One tested edge, as the chart reads it. */
export interface NullModelEdge {
  /** The null model (panel) that tested it. */
  null_model: string;
  /** Observed weight. */
  weight: number;
  /** Mean null weight over the rounds. */
  expected_weight: number;
  /** Kept (q ≤ alpha). */
  significant: boolean;
}

/** One bin of {@linkcode nullModelChart}: edges with the same rounded values. */
export interface NullModelPoint {
  null_model: string;
  /** Observed weight, rounded to the log(1 + x) grid. */
  weight: number;
  /** Expected weight, rounded to the same grid. */
  expected_weight: number;
  /** `q ≤ alpha` or `q > alpha`. */
  kept: string;
  /** Edges in the bin. */
  edges: number;
}

/**
 * A value rounded to a log(1 + x) grid with ten steps per factor e, then
 * to two significant digits: the chart's bins.
 *
 * @example
 * ```ts
 * import { logBin } from "./null_model_chart.ts";
 * import { equal } from "node:assert/strict";
 * equal(logBin(0), 0);
 * equal(logBin(2), 2);
 * equal(logBin(0.1), 0.11);
 * ```
 */
export function logBin(x: number): number {
  return Number(Math.expm1(Math.round(Math.log1p(x) * 10) / 10).toPrecision(2));
}

/**
 * Vega-Lite spec (no data): expected against observed weight on symmetric
 * log scales, one panel per null model, dots coloured by kept or not and
 * sized by the edges in the bin.
 *
 * @param options Title, subtitle, panels and the cut.
 * @returns The spec; pass rows of {@linkcode nullModelChartRows}.
 * @example
 * ```ts
 * import { nullModelChart } from "./null_model_chart.ts";
 * import { deepEqual } from "node:assert/strict";
 * const s = nullModelChart({ title: "Chance", synthetic: true, panels: ["a"], alpha: 0.05 }) as Record<string, any>;
 * deepEqual(s.spec.encoding.color.sort, ["q ≤ 0.05", "q > 0.05"]);
 * ```
 */
export function nullModelChart(options: NullModelChartOptions): ChartSpec {
  const [kept, dropped] = keptLabels(options.alpha);
  return {
    title: chartFrame(options).title,
    facet: {
      column: {
        field: "null_model",
        type: "nominal",
        title: null,
        sort: [...options.panels],
      },
    },
    spec: {
      width: 260,
      height: 240,
      mark: { type: "point", filled: true, opacity: 0.6 },
      encoding: {
        x: {
          field: "expected_weight",
          type: "quantitative",
          scale: { type: "symlog" },
          title: "Expected weight (mean over rounds)",
        },
        y: {
          field: "weight",
          type: "quantitative",
          scale: { type: "symlog" },
          title: "Observed weight (tweets co-retweeted)",
        },
        color: {
          field: "kept",
          type: "nominal",
          title: "Benjamini–Hochberg",
          sort: [kept, dropped],
        },
        size: { field: "edges", type: "quantitative", title: "Edges" },
      },
    },
  } as ChartSpec;
}

/** The legend's two labels: kept, not kept. */
function keptLabels(alpha: number): [string, string] {
  return [`q ≤ ${alpha}`, `q > ${alpha}`];
}

/**
 * The chart's rows: edges binned by ({@linkcode logBin}) observed and
 * expected weight, per null model and kept or not; sorted by null model,
 * weight, expected weight, then label.
 *
 * @param edges The tested edges of every null model.
 * @param alpha The cut the edges were kept at.
 * @returns One row per bin with its edge count.
 * @example
 * ```ts
 * import { nullModelChartRows } from "./null_model_chart.ts";
 * import { deepEqual } from "node:assert/strict";
 * const e = { null_model: "a", weight: 2, expected_weight: 0, significant: true };
 * deepEqual(nullModelChartRows([e, e], 0.05), [
 *   { null_model: "a", weight: 2, expected_weight: 0, kept: "q ≤ 0.05", edges: 2 },
 * ]);
 * ```
 */
export function nullModelChartRows(
  edges: Iterable<NullModelEdge>,
  alpha: number,
): NullModelPoint[] {
  const [kept, dropped] = keptLabels(alpha);
  const bins = new Map<string, NullModelPoint>();
  for (const e of edges) {
    const row = {
      null_model: e.null_model,
      weight: logBin(e.weight),
      expected_weight: logBin(e.expected_weight),
      kept: e.significant ? kept : dropped,
    };
    const key = JSON.stringify(row);
    bins.set(key, { ...row, edges: (bins.get(key)?.edges ?? 0) + 1 });
  }
  return [...bins.values()].sort((a, b) =>
    a.null_model.localeCompare(b.null_model) || a.weight - b.weight ||
    a.expected_weight - b.expected_weight || a.kept.localeCompare(b.kept)
  );
}
