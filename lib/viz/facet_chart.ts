/**
 * Small multiples of a `lib/viz` chart, one panel per group.
 *
 * @module
 */
import type { ChartSpec } from "./mod.ts";

/** Options of {@linkcode facetChart}. */
export interface FacetChartOptions {
  /** Data field naming each row's panel (e.g. `set`). */
  field: string;
  /** Panel order (the field's values); default: the order rows come in. */
  order?: readonly string[];
  /** Panels per line (default 1: panels stacked). */
  columns?: number;
  /** Scales each panel sets on its own, e.g. `["y"]` (default: all shared). */
  independent?: readonly ("x" | "y" | "color")[];
}

/**
 * Turns a single-view vega-lite spec from a `lib/viz` builder (e.g.
 * `weekdayHourHeatmap`, `histogramChart`, `dailyCountsChart`) into a
 * wrapped facet: one panel per value of `options.field`, each titled with
 * that value, in `options.order` (or data order), `columns` per line.
 * The builder's title, subtitle and `config` stay at the top; its marks,
 * encodings, layers and panel size go into every panel. Scales are shared
 * across panels unless listed in `independent` (share a scale when panels
 * are to be compared by eye; free it when sizes differ by orders of
 * magnitude, and say so in the text).
 *
 * @param spec a builder's spec (no data)
 * @param options the facet field, order, columns and independent scales
 * @returns the faceted spec (no data: pass rows to `saveFigure` / `show`)
 * @example
 * ```ts
 * import { facetChart } from "./facet_chart.ts";
 * import { histogramChart } from "./mod.ts";
 * import { deepEqual, equal } from "node:assert/strict";
 * const spec = facetChart(
 *   histogramChart({ title: "Offsets", synthetic: true, xTitle: "UTC offset" }),
 *   { field: "set", order: ["b", "a"], independent: ["y"] },
 * ) as Record<string, any>;
 * deepEqual(spec.facet, { field: "set", type: "nominal", title: null, sort: ["b", "a"] });
 * equal(spec.title.text, "Offsets — SYNTHETIC DEMO DATA");
 * deepEqual(spec.resolve, { scale: { y: "independent" } });
 * ```
 */
export function facetChart(
  spec: ChartSpec,
  options: FacetChartOptions,
): ChartSpec {
  const { title, config, $schema: _schema, ...panel } = spec as Record<
    string,
    unknown
  >;
  const independent = options.independent ?? [];
  return {
    ...(title === undefined ? {} : { title }),
    facet: {
      field: options.field,
      type: "nominal",
      title: null,
      sort: options.order ? [...options.order] : null,
    },
    columns: options.columns ?? 1,
    spec: panel,
    ...(independent.length
      ? {
        resolve: {
          scale: Object.fromEntries(independent.map((c) => [c, "independent"])),
        },
      }
      : {}),
    ...(config === undefined ? {} : { config }),
  } as unknown as ChartSpec;
}
