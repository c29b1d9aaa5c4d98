/**
 * Chart: inorganic share per hashtag with its interval, and the truth.
 *
 * @module
 */
import { type ChartSpec, syntheticLabel } from "./mod.ts";

/** Options of {@linkcode shareIntervalChart}. */
export interface ShareIntervalChartOptions {
  title: string;
  /** True for the synthetic demo bundle (adds the label to the title). */
  synthetic: boolean;
  subtitle?: string;
  /** Field naming each row (default `unit`). */
  label?: string;
  /** Draw the `truth` field as a second mark (default false). */
  truth?: boolean;
  /** Axis title of the share (default `Share of tweets from flagged accounts`). */
  xTitle?: string;
  /** Plot width in px (default 520). */
  width?: number;
}

/**
 * Vega-lite spec (no data): one row per unit, the interval `ci_lower` …
 * `ci_upper` as a bar, the estimate `share` as a dot and, with `truth`,
 * the `truth` field as an open orange diamond (visible around the dot when they coincide); shares on a 0–100 % axis.
 *
 * @param options Title, fields, sizes.
 * @returns The spec; pass rows of `inorganicShare` (plus `truth`).
 * @example
 * ```ts
 * import { shareIntervalChart } from "./share_interval_chart.ts";
 * import { ok } from "node:assert/strict";
 * const s = shareIntervalChart({ title: "Inorganic share", synthetic: false, truth: true });
 * ok(JSON.stringify(s).includes('"truth"'));
 * ```
 */
export function shareIntervalChart(
  options: ShareIntervalChartOptions,
): ChartSpec {
  const y = {
    field: options.label ?? "unit",
    type: "nominal",
    title: null,
    sort: null,
    axis: { labelLimit: 320 },
  };
  const layer: unknown[] = [
    {
      mark: { type: "rule", strokeWidth: 3, opacity: 0.6, color: "#4c78a8" },
      encoding: {
        y,
        x: {
          field: "ci_lower",
          type: "quantitative",
          scale: SCALE,
          axis: { format: "%" },
          title: options.xTitle ?? "Share of tweets from flagged accounts",
        },
        x2: { field: "ci_upper" },
      },
    },
    {
      mark: { type: "point", filled: true, size: 50 },
      encoding: {
        y,
        x: { field: "share", type: "quantitative", scale: SCALE },
        color: { ...COLOR, datum: "estimate (95 % CI)" },
      },
    },
  ];
  if (options.truth) layer.push(truthLayer(y));
  return {
    title: {
      text: syntheticLabel(options.title, options.synthetic),
      ...(options.subtitle === undefined ? {} : { subtitle: options.subtitle }),
    },
    width: options.width ?? 520,
    layer,
  } as unknown as ChartSpec;
}

/** The share axis: 0–100 %. */
const SCALE = { domain: [0, 1] };

/** Estimate blue, truth orange, with a legend. */
const COLOR = {
  type: "nominal",
  title: null,
  scale: {
    domain: ["estimate (95 % CI)", "truth"],
    range: ["#4c78a8", "#f58518"],
  },
};

/** The `truth` field as an open diamond on row encoding `y`. */
function truthLayer(y: unknown): unknown {
  return {
    mark: {
      type: "point",
      shape: "diamond",
      filled: false,
      strokeWidth: 2,
      size: 110,
    },
    encoding: {
      y,
      x: { field: "truth", type: "quantitative", scale: SCALE },
      color: { ...COLOR, datum: "truth" },
    },
  };
}
