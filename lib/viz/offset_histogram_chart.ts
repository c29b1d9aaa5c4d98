/**
 * Histogram of UTC offsets (hours), one bar per offset on a fixed axis.
 *
 * @module
 */
import type { ChartSpec } from "./_spec.ts";
import {
  histogramChart,
  type HistogramChartOptions,
} from "./histogram_chart.ts";

/** Options of {@linkcode offsetHistogramChart}. */
export type OffsetHistogramChartOptions = HistogramChartOptions;

/**
 * A `histogramChart` of UTC offsets whose x axis always spans every
 * offset, −12 … +14 hours (domain −12.5 … 14.5, so one-hour bins
 * `[o − 0.5, o + 0.5)` sit centred on their offset): panels of sets whose
 * accounts cluster in different places are read on one axis. Data: rows
 * `bin_start`, `bin_end`, `count` (facet them with `facetChart`).
 *
 * @param o Titles and size, as for `histogramChart`.
 * @returns The spec (no data).
 * @example
 * ```ts
 * import { offsetHistogramChart } from "./offset_histogram_chart.ts";
 * import { deepEqual } from "node:assert/strict";
 * const s = offsetHistogramChart({ title: "Offsets", synthetic: false, xTitle: "UTC offset (hours)" }) as {
 *   encoding: { x: { scale: unknown } };
 * };
 * deepEqual(s.encoding.x.scale, { domain: [-12.5, 14.5] });
 * ```
 */
export function offsetHistogramChart(
  o: OffsetHistogramChartOptions,
): ChartSpec {
  const spec = histogramChart(o) as unknown as {
    encoding: { x: Record<string, unknown> };
  };
  return {
    ...spec,
    encoding: {
      ...spec.encoding,
      x: { ...spec.encoding.x, scale: { domain: [-12.5, 14.5] } },
    },
  } as unknown as ChartSpec;
}
