/**
 * Step of notebook 02: how long accounts waited before their first tweet
 * in the release (`tab02_dormancy`, `fig02_dormancy`).
 *
 * @module
 */
import pl from "nodejs-polars";
import {
  isoDay,
  pct,
  type StepResult,
  stepResult,
  type Study,
} from "../study/mod.ts";
import { ecdfRows } from "../viz/mod.ts";
import { symlogEcdfChart } from "../viz/symlog_ecdf_chart.ts";
import { dormancy } from "./dormancy.ts";

/** Ticks of the dormancy chart's symlog axis, in days. */
export const DORMANCY_TICKS: readonly number[] = [
  0,
  2,
  7,
  30,
  90,
  365,
  1000,
  3000,
];

/** One row of `tab02_dormancy`. */
export interface DormancyRow {
  release: string;
  /** UTC day of the release's first tweet (null without tweets). */
  first_tweet_in_release: string | null;
  accounts_with_a_tweet: number;
  median_dormancy_days: number | null;
  /** Share of accounts with a dormancy that waited at most 7 days. */
  share_within_7_days: number | null;
  /** Accounts created on or after the release's first tweet. */
  accounts_created_after_first_tweet: number;
  median_dormancy_days_created_after: number | null;
}

/**
 * How long did accounts wait before their first tweet? Per release, the
 * median dormancy ({@linkcode dormancy}) and the share within 7 days, also
 * for the accounts created after the release's first tweet, whose first
 * tweets the release can see (`tab02_dormancy`, saved); the ECDF of
 * dormancy per release on a symlog axis (`fig02_dormancy`).
 *
 * @param study An opened study.
 * @returns The table rows.
 */
export async function dormancyStep(
  study: Pick<Study, "groups" | "synthetic">,
): Promise<StepResult<DormancyRow[]>> {
  const rows: DormancyRow[] = [];
  const values = new Map<string, (number | null)[]>();
  for (const r of study.groups) {
    const d = await dormancy(r.users, r.tweets);
    rows.push(dormancyRow(r.name, d));
    values.set(
      r.name,
      d.getColumn("dormancy_days").toArray() as (number | null)[],
    );
  }
  return stepResult(rows, {
    text: rows.map(dormancySentence),
    tables: [{ name: "tab02_dormancy", rows, show: false }],
    charts: [{
      name: "fig02_dormancy",
      spec: symlogEcdfChart({
        title: "Days from account creation to first tweet in the release",
        subtitle: "Step up = share of accounts that had tweeted by then; " +
          "x axis is symmetric-log",
        synthetic: study.synthetic,
        xTitle: "Dormancy (days)",
        groupTitle: "Release",
        ticks: [...DORMANCY_TICKS],
      }),
      rows: ecdfRows(values),
    }],
  });
}

/**
 * A release's `tab02_dormancy` row from its per-account dormancy table.
 *
 * @param release The release's name.
 * @param d The table {@linkcode dormancy} returns.
 */
export function dormancyRow(release: string, d: pl.DataFrame): DormancyRow {
  const inWindow = d.filter(
    pl.col("account_creation_date").cast(pl.Datetime("ms")).gtEq(
      pl.col("first_tweet_time").min(),
    ),
  );
  const all = dormancySummary(d);
  const win = dormancySummary(inWindow);
  const firstTweet = d.select(pl.col("first_tweet_time").min())
    .getColumn("first_tweet_time").toArray()[0] as unknown as Date | null;
  return {
    release,
    first_tweet_in_release: firstTweet ? isoDay(new Date(firstTweet)) : null,
    accounts_with_a_tweet: Number(all.n),
    median_dormancy_days: all.median as number | null,
    share_within_7_days: all.within7 as number | null,
    accounts_created_after_first_tweet: Number(win.n),
    median_dormancy_days_created_after: win.median as number | null,
  };
}

/** Accounts with a dormancy, its median, and the share within 7 days. */
function dormancySummary(df: pl.DataFrame): Record<string, unknown> {
  const days = pl.col("dormancy_days");
  return df.select(
    days.isNotNull().sum().alias("n"),
    days.median().alias("median"),
    days.filter(days.isNotNull()).ltEq(7).mean().alias("within7"),
  ).toRecords()[0];
}

function dormancySentence(s: DormancyRow): string {
  return `${s.release}: median ${s.median_dormancy_days ?? "n/a"} days ` +
    `from creation to first tweet (${s.accounts_with_a_tweet} accounts; ` +
    `${pct(s.share_within_7_days)} within 7 days). Tweets in the release ` +
    `start ${s.first_tweet_in_release}; ` +
    (s.accounts_created_after_first_tweet === 0
      ? "no account was created after that, so every dormancy here is " +
        "bounded by the release's coverage."
      : `the ${s.accounts_created_after_first_tweet} accounts created since ` +
        `then waited a median ${s.median_dormancy_days_created_after} days.`);
}
