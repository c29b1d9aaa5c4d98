/**
 * Steps of notebook 03 on volume, apps and kinds of tweets: activity per
 * day, client mix and behaviour mix.
 *
 * @module
 */
import pl from "nodejs-polars";
import { pct, type StepResult, stepResult, type Study } from "../study/mod.ts";
import { categoryBarChart } from "../viz/category_bar_chart.ts";
import { facetChart } from "../viz/facet_chart.ts";
import type { ChartSpec } from "../viz/mod.ts";
import { activityStats } from "./activity_stats.ts";
import { sig, sigRow } from "./cadence_format.ts";
import { type ClientMix, clientMix } from "./client_mix.ts";
import { clientMixByAccount } from "./client_mix_by_account.ts";
import { loadClientTaxonomy } from "./client_taxonomy.ts";
import { minuteTweets } from "./minute_tweets.ts";

/** One row of `tab03_activity`. */
export interface ActivityRow {
  release: string;
  accounts: number;
  median_tweets_per_active_day: number | null;
  p90_tweets_per_active_day: number | null;
  share_accounts_peak_minute_2_or_more: number | null;
  max_peak_minute: number | null;
  median_peak_hour: number | null;
  max_peak_hour: number | null;
}

/** A group's activity summary from its `activityStats` table. */
export function activityRow(release: string, a: pl.DataFrame): ActivityRow {
  const s = a.select(
    pl.len().alias("accounts"),
    pl.col("tweets_per_active_day").median().alias("tpd"),
    pl.col("tweets_per_active_day").quantile(0.9, "linear").alias("tpd90"),
    pl.col("peak_tweets_minute").max().alias("pm"),
    pl.col("peak_tweets_minute").gtEq(2).mean().alias("pm2"),
    pl.col("peak_tweets_hour").median().alias("ph"),
    pl.col("peak_tweets_hour").max().alias("phmax"),
  ).toRecords()[0] as Record<string, number | null>;
  return {
    release,
    accounts: Number(s.accounts),
    median_tweets_per_active_day: s.tpd,
    p90_tweets_per_active_day: s.tpd90,
    share_accounts_peak_minute_2_or_more: s.pm2,
    max_peak_minute: s.pm,
    median_peak_hour: s.ph,
    max_peak_hour: s.phmax,
  };
}

/** The sentence of one group's activity. */
function activitySentence(x: ActivityRow): string {
  return `${x.release}: median ${
    x.median_tweets_per_active_day?.toFixed(2)
  } tweets per active day (90th percentile ${
    x.p90_tweets_per_active_day?.toFixed(2)
  }); ${
    pct(x.share_accounts_peak_minute_2_or_more)
  } of accounts posted ≥ 2 tweets in one minute at least once (max ${x.max_peak_minute}); ` +
    `busiest hour: median ${x.median_peak_hour}, max ${x.max_peak_hour} tweets.`;
}

/**
 * How much do they post on an active day, and at their peak? Per group:
 * median and 90th percentile of tweets per active day, the share of
 * accounts with two tweets in one minute, peak hours (`activityStats`;
 * `tab03_activity`).
 *
 * @param study An opened study.
 * @returns The `tab03_activity` rows.
 */
export async function activityStep(
  study: Study,
): Promise<StepResult<ActivityRow[]>> {
  const rows: ActivityRow[] = [];
  for (const r of study.groups) {
    rows.push(activityRow(r.name, await activityStats(minuteTweets(r.tweets))));
  }
  return stepResult(rows, {
    text: rows.map(activitySentence),
    tables: [{ name: "tab03_activity", rows, display: rows.map(sigRow) }],
  });
}

/** A faceted bar chart of percentages by category, one panel per release. */
export function percentBars(
  study: Study,
  titles: { title: string; subtitle?: string },
  category: string,
  categoryTitle: string,
): ChartSpec {
  return facetChart(
    categoryBarChart({
      ...titles,
      synthetic: study.synthetic,
      category,
      count: "percent",
      categoryTitle,
      countTitle: "% of the set's tweets",
      height: 90,
    }),
    { field: "release", order: study.groups.map((r) => r.name) },
  );
}

/** The sentence of one group's clients. */
function clientSentence(name: string, m: ClientMix, auto: number): string {
  const unknown = m.by_client.filter((c) => c.category === "unknown");
  const cats = Object.entries(m.by_category).filter(([, n]) => n > 0)
    .map(([c, n]) => `${c} ${pct(n / m.n_tweets)}`).join(", ");
  const top = m.by_client[0];
  return `${name}: ${cats}. Top client ${top?.client_name} (${top?.category}, ${
    pct(top?.count / m.n_tweets)
  }). ${
    pct(auto)
  } of accounts post at least half their tweets from automation clients.` +
    (unknown.length
      ? ` Not in the taxonomy: ${
        unknown.slice(0, 5).map((c) => `"${c.client_name}" (${c.count})`)
          .join(", ")
      }${unknown.length > 5 ? ", …" : ""}.`
      : " Every client is in the taxonomy.");
}

/**
 * Which apps do they post from? Each group's top 10 clients with their
 * taxonomy category (`data/client_taxonomy.csv`; `tab03_clients`), the
 * share of accounts posting at least half their tweets from automation
 * clients, and the tweets by category (`fig03_client_categories`).
 *
 * @param study An opened study.
 * @returns The client mixes by release name.
 */
export async function clientMixStep(
  study: Study,
): Promise<StepResult<Map<string, ClientMix>>> {
  const taxonomy = await loadClientTaxonomy();
  const mixes = new Map<string, ClientMix>();
  const clients = [];
  const categories = [];
  const text = [];
  for (const r of study.groups) {
    const tweets = minuteTweets(r.tweets);
    const m = await clientMix(tweets, taxonomy);
    mixes.set(r.name, m);
    for (const [category, n] of Object.entries(m.by_category)) {
      categories.push({
        release: r.name,
        category,
        percent: Number((100 * (m.n_tweets ? n / m.n_tweets : 0)).toFixed(1)),
      });
    }
    for (const c of m.by_client.slice(0, 10)) {
      clients.push({ release: r.name, ...c, share: c.count / m.n_tweets });
    }
    const auto = (await clientMixByAccount(tweets, taxonomy)).select(
      pl.col("automation_client_share").gtEq(0.5).mean().alias("x"),
    ).getColumn("x").toArray()[0] as number;
    text.push(clientSentence(r.name, m, auto));
  }
  const spec = percentBars(
    study,
    {
      title: "Tweets by client category",
      subtitle: "Categories from data/client_taxonomy.csv",
    },
    "category",
    "Category",
  );
  return stepResult(mixes, {
    text,
    tables: [{
      name: "tab03_clients",
      rows: clients,
      display: clients.map((c) => ({ ...c, share: sig(c.share, 3) })),
      maxRows: 40,
    }],
    charts: [{ name: "fig03_client_categories", spec, rows: categories }],
  });
}
