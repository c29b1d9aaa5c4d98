/**
 * ECDF lines on a symmetric-log x axis with chosen ticks.
 *
 * @module
 */
import type { ChartSpec } from "./_spec.ts";
import { ecdfChart, type EcdfChartOptions } from "./ecdf_chart.ts";

/** Options of {@link symlogEcdfChart}. */
export interface SymlogEcdfChartOptions
  extends Omit<EcdfChartOptions, "xScale"> {
  /**
   * Values that get an x-axis tick and label, e.g. `[0, 7, 30, 365]` days:
   * a symlog axis's automatic ticks are hard to read.
   */
  ticks: number[];
}

/**
 * Vega-lite spec of step-function ECDF lines ({@link ecdfChart}) on a
 * symmetric-log x axis (linear near 0, logarithmic further out, so 0 can be
 * drawn), with ticks at `ticks`. Data: rows of `ecdfRows`.
 *
 * @param options Titles and ticks.
 * @returns The spec (no data).
 * @example
 * ```ts
 * import { symlogEcdfChart } from "./symlog_ecdf_chart.ts";
 * import { deepEqual } from "node:assert/strict";
 * const s = symlogEcdfChart({ title: "Days", synthetic: false, xTitle: "Days", ticks: [0, 7] });
 * const x = JSON.parse(JSON.stringify(s)).encoding.x;
 * deepEqual(x.scale, { type: "symlog", zero: false });
 * deepEqual(x.axis, { values: [0, 7] });
 * ```
 */
export function symlogEcdfChart(o: SymlogEcdfChartOptions): ChartSpec {
  const { ticks, ...ecdf } = o;
  const spec = ecdfChart({ ...ecdf, xScale: "symlog" }) as unknown as {
    encoding: { x: Record<string, unknown> };
  };
  return {
    ...spec,
    encoding: {
      ...spec.encoding,
      x: { ...spec.encoding.x, axis: { values: [...ticks] } },
    },
  } as unknown as ChartSpec;
}
