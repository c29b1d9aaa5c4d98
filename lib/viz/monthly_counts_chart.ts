/**
 * Counts per month over several years.
 *
 * @module
 */
import type { ChartSpec } from "./_spec.ts";
import {
  dailyCountsChart,
  type DailyCountsChartOptions,
} from "./daily_counts_chart.ts";

/** Options of {@link monthlyCountsChart}. */
export interface MonthlyCountsChartOptions extends DailyCountsChartOptions {
  /**
   * d3 time format of the x-axis labels; default `%Y` (one label per year,
   * instead of a date such as "Jan 01, 2012" per month).
   */
  xFormat?: string;
}

/**
 * Vega-lite spec of a count per month, one point per month start
 * (`YYYY-MM-01`): {@link dailyCountsChart} with x-axis labels in the
 * `xFormat` time format, upright. Data not included.
 *
 * @param options Fields, mark, titles (as {@link dailyCountsChart}) and the
 *   label format.
 * @returns The spec.
 * @example
 * ```ts
 * import { monthlyCountsChart } from "./monthly_counts_chart.ts";
 * import { deepEqual } from "node:assert/strict";
 * const s = monthlyCountsChart({ title: "Accounts", synthetic: false, x: "month" });
 * deepEqual(JSON.parse(JSON.stringify(s)).encoding.x.axis, { format: "%Y", labelAngle: 0 });
 * ```
 */
export function monthlyCountsChart(o: MonthlyCountsChartOptions): ChartSpec {
  const { xFormat, ...daily } = o;
  const spec = dailyCountsChart(daily) as unknown as {
    encoding: { x: Record<string, unknown> };
  };
  return {
    ...spec,
    encoding: {
      ...spec.encoding,
      x: {
        ...spec.encoding.x,
        axis: { format: xFormat ?? "%Y", labelAngle: 0 },
      },
    },
  } as unknown as ChartSpec;
}
