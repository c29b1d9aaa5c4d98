/**
 * Chart: how a co-action network's size depends on the window Δ and the
 * minimum repeat K.
 *
 * @module
 */
import type { ChartSpec } from "./_spec.ts";
import { chartFrame, type ChartOptions } from "./_chart.ts";

/** Options of {@linkcode networkSweepChart}. */
export interface NetworkSweepChartOptions
  extends Omit<ChartOptions, "width" | "height"> {
  /** Windows swept, seconds, in legend order (default 60, 300, 3600). */
  windows?: readonly number[];
}

/** One network of the sweep: its parameters and size. */
export interface NetworkSweepRow {
  window_s: number;
  min_repeat: number;
  edges: number;
  accounts: number;
}

/** One point of {@linkcode networkSweepChart}. */
export interface NetworkSweepPoint {
  /** `Edges` or `Accounts in an edge` (the panel). */
  measure: string;
  /** The window as read: `1 min`, `5 min`, `1 h`. */
  window: string;
  min_repeat: number;
  value: number;
}

/**
 * A window in seconds as a legend reads it: minutes below an hour, else
 * hours.
 *
 * @example
 * ```ts
 * import { windowLabel } from "./network_sweep_chart.ts";
 * import { equal } from "node:assert/strict";
 * equal(windowLabel(300), "5 min");
 * equal(windowLabel(3600), "1 h");
 * ```
 */
export function windowLabel(seconds: number): string {
  return seconds < 3600 ? `${seconds / 60} min` : `${seconds / 3600} h`;
}

/**
 * Vega-Lite spec (no data): two panels, edges and accounts in an edge,
 * against K (ordinal), one line per window Δ, log y scales set per panel.
 *
 * @param options Title, synthetic flag, subtitle, windows swept.
 * @returns The spec; pass rows of {@linkcode networkSweepChartRows}.
 * @example
 * ```ts
 * import { networkSweepChart } from "./network_sweep_chart.ts";
 * import { deepEqual } from "node:assert/strict";
 * const s = networkSweepChart({ title: "Sweep", synthetic: false }) as Record<string, any>;
 * deepEqual(s.spec.encoding.color.sort, ["1 min", "5 min", "1 h"]);
 * deepEqual(s.resolve, { scale: { y: "independent" } });
 * ```
 */
export function networkSweepChart(
  options: NetworkSweepChartOptions,
): ChartSpec {
  const windows = options.windows ?? [60, 300, 3600];
  return {
    title: chartFrame(options).title,
    facet: {
      column: {
        field: "measure",
        type: "nominal",
        title: null,
        sort: ["Edges", "Accounts in an edge"],
      },
    },
    spec: {
      width: 240,
      height: 180,
      mark: { type: "line", point: true },
      encoding: {
        x: {
          field: "min_repeat",
          type: "ordinal",
          title: "Minimum repeat K",
          axis: { labelAngle: 0 },
        },
        y: {
          field: "value",
          type: "quantitative",
          scale: { type: "log" },
          title: "Count",
        },
        color: {
          field: "window",
          type: "nominal",
          sort: windows.map(windowLabel),
          title: "Window Δ",
        },
      },
    },
    resolve: { scale: { y: "independent" } },
  } as ChartSpec;
}

/**
 * The chart's rows: two points (edges, accounts) per network of the sweep,
 * in the sweep's order.
 *
 * @param rows One row per (Δ, K) network.
 * @returns Points for {@linkcode networkSweepChart}.
 * @example
 * ```ts
 * import { networkSweepChartRows } from "./network_sweep_chart.ts";
 * import { deepEqual } from "node:assert/strict";
 * deepEqual(
 *   networkSweepChartRows([{ window_s: 60, min_repeat: 2, edges: 5, accounts: 4 }]),
 *   [
 *     { measure: "Edges", window: "1 min", min_repeat: 2, value: 5 },
 *     { measure: "Accounts in an edge", window: "1 min", min_repeat: 2, value: 4 },
 *   ],
 * );
 * ```
 */
export function networkSweepChartRows(
  rows: readonly NetworkSweepRow[],
): NetworkSweepPoint[] {
  return rows.flatMap((r) => [
    {
      measure: "Edges",
      window: windowLabel(r.window_s),
      min_repeat: r.min_repeat,
      value: r.edges,
    },
    {
      measure: "Accounts in an edge",
      window: windowLabel(r.window_s),
      min_repeat: r.min_repeat,
      value: r.accounts,
    },
  ]);
}
