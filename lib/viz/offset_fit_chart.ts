/**
 * Chart of time-zone fit curves: distance to a reference by UTC offset.
 *
 * @module
 */
import { type ChartSpec, syntheticLabel } from "./mod.ts";

/** Options of {@linkcode offsetFitChart}. */
export interface OffsetFitChartOptions {
  /** Chart title (the synthetic-data suffix is added when `synthetic`). */
  title: string;
  /** True when the data are the synthetic demo bundle. */
  synthetic: boolean;
  /** Optional second title line. */
  subtitle?: string;
  /** Legend title; default `Reference`. */
  referenceTitle?: string;
}

/**
 * Vega-lite spec of fit curves: x = candidate UTC offset (−12 … +14
 * hours), y = Jensen–Shannon divergence in bits between the profile shifted
 * to that offset and a reference (lower is a better fit), one coloured line
 * with points per reference. Data: rows with fields `reference`,
 * `utc_offset`, `distance` (e.g. `OffsetFit.curve` rows tagged with the
 * reference's name); facet by set with `facetChart`.
 *
 * @param o titles
 * @returns the spec (no data)
 * @example
 * ```ts
 * import { offsetFitChart } from "./offset_fit_chart.ts";
 * import { equal } from "node:assert/strict";
 * const s = offsetFitChart({ title: "Time-zone fit", synthetic: false });
 * equal((s as { title: { text: string } }).title.text, "Time-zone fit");
 * ```
 */
export function offsetFitChart(o: OffsetFitChartOptions): ChartSpec {
  return {
    title: {
      text: syntheticLabel(o.title, o.synthetic),
      ...(o.subtitle === undefined ? {} : { subtitle: o.subtitle }),
    },
    width: 560,
    height: 160,
    mark: { type: "line", point: true, strokeWidth: 1.5 },
    encoding: {
      x: {
        field: "utc_offset",
        type: "quantitative",
        title: "Candidate UTC offset (hours)",
        scale: { domain: [-12, 14], nice: false },
        axis: { values: Array.from({ length: 14 }, (_, i) => -12 + 2 * i) },
      },
      y: {
        field: "distance",
        type: "quantitative",
        title: "Distance (JSD, bits)",
        scale: { zero: true },
      },
      color: {
        field: "reference",
        type: "nominal",
        title: o.referenceTitle ?? "Reference",
        sort: null,
      },
    },
  } as ChartSpec;
}
