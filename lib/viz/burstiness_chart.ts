/**
 * ECDF of burstiness values on their whole range, −1 … 1.
 *
 * @module
 */
import type { ChartSpec } from "./_spec.ts";
import { ecdfChart, type EcdfChartOptions } from "./ecdf_chart.ts";

/** Options of {@linkcode burstinessChart}. */
export type BurstinessChartOptions = Omit<EcdfChartOptions, "xScale">;

/**
 * An `ecdfChart` of burstiness B = (σ − μ)/(σ + μ) whose x axis is B's
 * whole range, −1 (clockwork) … 1 (bursty), whatever the data span, so
 * that clockwork, random (0) and bursty accounts sit where a reader expects
 * them. Data: `ecdfRows` (`group`, `value`, `ecdf`).
 *
 * @param o Titles, as for `ecdfChart` (no `xScale`: the scale is fixed).
 * @returns The spec (no data).
 * @example
 * ```ts
 * import { burstinessChart } from "./burstiness_chart.ts";
 * import { deepEqual } from "node:assert/strict";
 * const s = burstinessChart({ title: "B", synthetic: false, xTitle: "Burstiness B" }) as {
 *   encoding: { x: { scale: unknown } };
 * };
 * deepEqual(s.encoding.x.scale, { domain: [-1, 1] });
 * ```
 */
export function burstinessChart(o: BurstinessChartOptions): ChartSpec {
  const spec = ecdfChart(o) as unknown as {
    encoding: { x: Record<string, unknown> };
  };
  return {
    ...spec,
    encoding: {
      ...spec.encoding,
      x: { ...spec.encoding.x, scale: { domain: [-1, 1] } },
    },
  } as unknown as ChartSpec;
}
