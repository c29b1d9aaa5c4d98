/**
 * Steps of notebook 03 on timing between tweets: gaps at minute
 * resolution, burstiness and regular posting, activity per day.
 *
 * @module
 */
import pl from "nodejs-polars";
import { pct, type StepResult, stepResult, type Study } from "../study/mod.ts";
import { burstinessChart } from "../viz/burstiness_chart.ts";
import { ecdfRows } from "../viz/ecdf_chart.ts";
import { facetChart } from "../viz/facet_chart.ts";
import { histogramChart } from "../viz/histogram_chart.ts";
import { sigRow } from "./cadence_format.ts";
import {
  type GapHistogram,
  gapHistogram,
  type GapHistogramRow,
} from "./gap_histogram.ts";
import { type IntervalStats, intervalStats } from "./interval_stats.ts";
import { minuteTweets, timesWithSeconds } from "./minute_tweets.ts";
import { regularPosters } from "./regular_posting.ts";

/** The sentence of one group's gaps. */
function gapSentence(name: string, g: GapHistogram, seconds: number): string {
  const nonZero = g.rows.slice(1);
  const modal = nonZero.reduce(
    (best, x) => (x.gaps > best.gaps ? x : best),
    nonZero[0],
  );
  return `${name}: ${g.n_gaps} gaps from ${g.n_accounts} accounts; ${g.n_zero_gaps} (${
    pct(g.n_zero_gaps / g.n_gaps, 2)
  }) are 0 (same minute); most common gap of 1–60 minutes: ${modal.gap_minutes} min (${modal.gaps} gaps, ${
    pct(modal.share, 2)
  }); ${pct(g.n_longer / g.n_gaps)} are longer than an hour. ` +
    `Times with seconds in the source: ${seconds}.`;
}

/**
 * How long are the gaps between tweets, at minute resolution? Each group's
 * gaps of 0 … 60 minutes (`gapHistogram`; `tab03_gaps`, saved, and
 * `fig03_gaps`), with the modal non-zero gap, the share longer than an hour
 * and how many source times carried seconds.
 *
 * @param study An opened study.
 * @returns The `tab03_gaps` rows.
 */
export async function gapsStep(
  study: Study,
): Promise<StepResult<({ release: string } & GapHistogramRow)[]>> {
  const table: ({ release: string } & GapHistogramRow)[] = [];
  const text = [];
  for (const r of study.groups) {
    const g = await gapHistogram(minuteTweets(r.tweets), { maxMinutes: 60 });
    text.push(gapSentence(r.name, g, await timesWithSeconds(r.tweets)));
    for (const row of g.rows) table.push({ release: r.name, ...row });
  }
  const spec = facetChart(
    histogramChart({
      title: "Gaps between consecutive tweets of an account, up to one hour",
      subtitle:
        "Whole minutes (archive resolution); the bar at 0 is two tweets in the same minute; y scales differ",
      synthetic: study.synthetic,
      xTitle: "Gap (minutes)",
      yTitle: "Gaps",
      height: 120,
    }),
    {
      field: "panel",
      order: study.groups.map((r) => r.name),
      independent: ["y"],
    },
  );
  const rows = table.map((g) => ({
    panel: g.release,
    bin_start: g.gap_minutes,
    bin_end: g.gap_minutes + 1,
    count: g.gaps,
  }));
  return stepResult(table, {
    text,
    tables: [{ name: "tab03_gaps", rows: table, show: false }],
    charts: [{ name: "fig03_gaps", spec, rows }],
  });
}

/** One row of `tab03_regular_accounts`. */
export interface RegularRow {
  release: string;
  userid: string;
  n_tweets: number;
  modal_gap_s: number;
  regularity: number;
  burstiness: number;
}

/** A group's `tab03_intervals` row, from its interval statistics. */
export function intervalRow(
  release: string,
  iv: IntervalStats,
  minTweets: number,
  regular: number,
): Record<string, string | number | null> {
  const s = iv.accounts.select(
    pl.col("median_gap_s").median().alias("gap"),
    pl.col("burstiness").median().alias("b"),
    pl.col("memory").median().alias("m"),
    pl.col("burstiness").lt(0).mean().alias("neg"),
  ).toRecords()[0] as Record<string, number | null>;
  return {
    release,
    [`accounts_with_${minTweets}_tweets`]: iv.n_accounts,
    accounts_with_fewer: iv.n_accounts_too_few,
    median_of_median_gap_minutes: s.gap === null ? null : s.gap / 60,
    median_burstiness: s.b,
    share_burstiness_below_0: s.neg,
    median_memory: s.m,
    regular_accounts: regular,
  };
}

/** The sentence of one group's intervals. */
function intervalSentence(
  x: Record<string, string | number | null>,
  minTweets: number,
): string {
  const n = (k: string) => x[k] as number | null;
  return `${x.release}: ${
    n(`accounts_with_${minTweets}_tweets`)
  } accounts with ≥ ${minTweets} tweets (${x.accounts_with_fewer} with fewer); median of their median gaps ${
    n("median_of_median_gap_minutes")?.toFixed(0)
  } minutes; median B ${n("median_burstiness")?.toFixed(3)} (${
    pct(n("share_burstiness_below_0"))
  } below 0), median M ${
    n("median_memory")?.toFixed(3)
  }; ${x.regular_accounts} regular accounts.`;
}

/** The value of {@linkcode intervalsStep}. */
export interface CadenceIntervals {
  /** Interval statistics by release name. */
  intervals: Map<string, IntervalStats>;
  /** Accounts flagged by `regularPosters`, all groups. */
  regular: RegularRow[];
}

/**
 * Are they bursty, random, or clockwork? Per account with at least the
 * `min_tweets` parameter's tweets: burstiness, memory and regularity
 * (`intervalStats`); per group their medians (`tab03_intervals`), the
 * accounts the regular-posting rule flags (`regularPosters`;
 * `tab03_regular_accounts`, saved) and the burstiness ECDF
 * (`fig03_burstiness`).
 *
 * @param study An opened study.
 * @returns The interval statistics and the regular accounts.
 */
export async function intervalsStep(
  study: Study,
): Promise<StepResult<CadenceIntervals>> {
  const minTweets = study.params.min_tweets;
  const intervals = new Map<string, IntervalStats>();
  const regular: RegularRow[] = [];
  const rows = [];
  for (const r of study.groups) {
    const iv = await intervalStats(minuteTweets(r.tweets), { minTweets });
    intervals.set(r.name, iv);
    const flagged = regularPosters(iv.accounts).toRecords();
    for (const x of flagged) {
      regular.push({
        release: r.name,
        userid: x.userid as string,
        n_tweets: x.n_tweets as number,
        modal_gap_s: x.modal_gap_s as number,
        regularity: x.regularity as number,
        burstiness: x.burstiness as number,
      });
    }
    rows.push(intervalRow(r.name, iv, minTweets, flagged.length));
  }
  const spec = burstinessChart({
    title: "Burstiness of each account's inter-tweet gaps",
    subtitle:
      `B = (σ − μ)/(σ + μ): −1 clockwork, 0 random (Poisson), toward 1 bursty; accounts with ≥ ${minTweets} tweets`,
    synthetic: study.synthetic,
    xTitle: "Burstiness B",
    groupTitle: "Release",
  });
  const bRows = ecdfRows(
    new Map(study.groups.map((r) => [
      r.name,
      intervals.get(r.name)!.accounts.getColumn("burstiness")
        .toArray() as (number | null)[],
    ])),
  );
  return stepResult({ intervals, regular }, {
    text: rows.map((x) => intervalSentence(x, minTweets)),
    tables: [
      { name: "tab03_intervals", rows, display: rows.map(sigRow) },
      { name: "tab03_regular_accounts", rows: regular, show: false },
    ],
    charts: [{ name: "fig03_burstiness", spec, rows: bRows }],
  });
}
