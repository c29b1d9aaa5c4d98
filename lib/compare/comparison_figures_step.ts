/**
 * Notebook 04's ECDF charts: the distribution of four account metrics in
 * every group.
 *
 * @module
 */
import type { StepChart, StepResult, Study } from "../study/mod.ts";
import { stepResult } from "../study/mod.ts";
import { ecdfChart, ecdfRows } from "../viz/mod.ts";
import type { ReleaseComparison } from "./compare_releases.ts";
import { utcOffsetLabel } from "./comparison_utc_offset.ts";

/** One ECDF figure: the metric, its file stem and its titles. */
export interface EcdfFigure {
  name: string;
  metric: string;
  title: string;
  xTitle: string;
  xScale?: "log";
}

/**
 * The four figures of notebook 04; the working-hours axis names the clock.
 *
 * @param utcOffset The offset local time was read at.
 *
 * @example
 * ```ts
 * import { comparisonFigures } from "./comparison_figures_step.ts";
 * import { equal } from "node:assert/strict";
 * equal(comparisonFigures(-4)[0].xTitle, "Share of tweets Mon–Fri 08:00–17:59 at UTC-4");
 * ```
 */
export function comparisonFigures(utcOffset: number): EcdfFigure[] {
  return [
    {
      name: "fig04_ecdf_working_hours",
      metric: "working_hours_share",
      title: "Share of an account's tweets in local office hours",
      xTitle: `Share of tweets Mon–Fri 08:00–17:59 at UTC${
        utcOffsetLabel(utcOffset)
      }`,
    },
    {
      name: "fig04_ecdf_automation_clients",
      metric: "automation_client_share",
      title: "Share of an account's tweets from automation services",
      xTitle: "Share of tweets from automation clients",
    },
    {
      name: "fig04_ecdf_median_gap",
      metric: "median_gap_s",
      title:
        "Median time between an account's tweets (accounts with ≥ 10 tweets)",
      xTitle: "Median gap (seconds, log scale)",
      xScale: "log",
    },
    {
      name: "fig04_ecdf_urls",
      metric: "urls_per_tweet",
      title: "Links per tweet",
      xTitle: "URLs per tweet",
    },
  ];
}

/**
 * One metric's values in every group: each set (group A of its
 * comparison), then the baseline (group B of the first).
 */
export function metricByGroup(
  comparisons: readonly ReleaseComparison[],
  metric: string,
): Record<string, (number | null)[]> {
  const out: Record<string, (number | null)[]> = {};
  for (const r of comparisons) {
    out[r.a] = r.accounts_a.getColumn(metric).toArray() as (number | null)[];
  }
  if (comparisons.length > 0) {
    out[comparisons[0].b] = comparisons[0].accounts_b.getColumn(metric)
      .toArray() as (number | null)[];
  }
  return out;
}

/**
 * What do the distributions look like? An ECDF per metric of
 * {@linkcode comparisonFigures}, one curve per group (values ≤ 0 dropped on
 * a log axis); saved as `fig04_ecdf_*`.
 *
 * @param study An opened study (whether the data are synthetic).
 * @param comparisons The value of `compareSetsStep`.
 */
export function comparisonFiguresStep(
  study: Study,
  comparisons: readonly ReleaseComparison[],
): StepResult<null> {
  const utcOffset = comparisons[0]?.utc_offset ?? 0;
  const charts = comparisonFigures(utcOffset).map((f): StepChart => ({
    name: f.name,
    spec: ecdfChart({
      title: f.title,
      synthetic: study.synthetic,
      xTitle: f.xTitle,
      xScale: f.xScale,
      groupTitle: "Group",
    }),
    rows: ecdfRows(metricByGroup(comparisons, f.metric)).filter((x) =>
      f.xScale !== "log" || x.value > 0
    ),
  }));
  return stepResult(null, { charts });
}
