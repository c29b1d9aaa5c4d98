/**
 * Chart: daily volume of hashtags, their trending threshold and trending days.
 *
 * @module
 */
import { type ChartSpec, syntheticLabel } from "./mod.ts";

/** Options of {@linkcode trendChart}. */
export interface TrendChartOptions {
  title: string;
  /** True for the synthetic demo bundle (adds the label to the title). */
  synthetic: boolean;
  subtitle?: string;
  /** Width of each panel in px (default 620). */
  width?: number;
  /** Height of each panel in px (default 90). */
  height?: number;
  /** Axis title of the days (default `Day (UTC)`; say the offset used). */
  xTitle?: string;
}

/**
 * Vega-lite spec (no data) of rows from `detectTrends`: one panel per
 * hashtag, the daily tweets as a line, the trending threshold (mean + k·SD
 * of the previous w days) dashed, and trending days as red points. Days
 * are read as UTC calendar days (`utcyearmonthdate`), i.e. the local days
 * `detectTrends` was given.
 *
 * @param options Title and sizes.
 * @returns The spec; pass rows with `hashtag`, `day`, `n_tweets`,
 *   `threshold`, `trending` to `saveFigure` / `show`.
 * @example
 * ```ts
 * import { trendChart } from "./trend_chart.ts";
 * import { ok } from "node:assert/strict";
 * const s = trendChart({ title: "Trends", synthetic: true });
 * ok(JSON.stringify(s).includes("SYNTHETIC"));
 * ```
 */
export function trendChart(options: TrendChartOptions): ChartSpec {
  const x = {
    field: "day",
    type: "temporal",
    timeUnit: "utcyearmonthdate",
    title: options.xTitle ?? "Day (UTC)",
  };
  return {
    title: {
      text: syntheticLabel(options.title, options.synthetic),
      ...(options.subtitle === undefined ? {} : { subtitle: options.subtitle }),
    },
    facet: {
      row: {
        field: "hashtag",
        type: "nominal",
        title: null,
        header: {
          labelAngle: 0,
          labelOrient: "top",
          labelAnchor: "start",
          labelFontWeight: "bold",
        },
      },
    },
    resolve: { scale: { y: "independent" } },
    spec: {
      width: options.width ?? 620,
      height: options.height ?? 90,
      layer: [
        {
          mark: { type: "line", strokeWidth: 1.2, color: "#4c78a8" },
          encoding: {
            x,
            y: { field: "n_tweets", type: "quantitative", title: "Tweets/day" },
          },
        },
        {
          mark: {
            type: "line",
            strokeWidth: 1,
            strokeDash: [4, 3],
            color: "#888888",
          },
          encoding: { x, y: { field: "threshold", type: "quantitative" } },
        },
        {
          transform: [{ filter: "datum.trending === true" }],
          mark: { type: "point", filled: true, size: 22, color: "#d62728" },
          encoding: { x, y: { field: "n_tweets", type: "quantitative" } },
        },
      ],
    },
  } as unknown as ChartSpec;
}
