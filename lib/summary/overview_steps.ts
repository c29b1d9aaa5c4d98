/**
 * The steps of notebook 01 ("What is in a release?"): the load ledger, the
 * size and span of each release, tweets per day, languages and clients.
 * Each takes an opened study and returns what a reader sees.
 *
 * @module
 */
import type { Release } from "../io/mod.ts";
import { fmtCount, pct, type StepResult, stepResult } from "../study/mod.ts";
import type { Study } from "../study/mod.ts";
import { categoryBarChart, dailyCountsChart } from "../viz/mod.ts";
import {
  languageCounts,
  type LedgerRow,
  ledgerRows,
  tweetsPerDay,
} from "./overview.ts";
import { type ReleaseSummary, summarize } from "./summarize.ts";

/** One rejected row or field issue, with where it is. */
export interface LoadProblem {
  kind: "rejected row" | "field issue";
  file: string;
  line: number;
  column: string;
  detail: string;
}

/**
 * Was every row read? The ledger of every file of the study's releases
 * (`tab01_ledger`), then every rejected row and field issue with its file
 * and line (shown, at most 50).
 *
 * @param study An opened study.
 * @returns The ledger rows.
 */
export function ledgerStep(study: Study): StepResult<LedgerRow[]> {
  const ledger = study.releases.flatMap((r) => ledgerRows(r.name, r.ledger));
  const rejected = ledger.reduce((s, f) => s + f.rows_rejected, 0);
  const rowsIn = ledger.reduce((s, f) => s + f.rows_in, 0);
  const problems = study.releases.flatMap(loadProblems);
  return stepResult(ledger, {
    text: [
      `${rowsIn} records in ${ledger.length} files; ${rejected} rejected.`,
      ...(problems.length === 0
        ? ["No rejected rows and no field issues."]
        : []),
    ],
    tables: [
      { name: "tab01_ledger", rows: ledger },
      ...(problems.length > 0 ? [{ rows: problems, maxRows: 50 }] : []),
    ],
  });
}

/** Every rejected row and field issue of a release's files. */
export function loadProblems(release: Release): LoadProblem[] {
  return release.ledger.files.flatMap((f) => [
    ...f.rejections.map((x) => ({
      kind: "rejected row" as const,
      file: x.file,
      line: x.line,
      column: x.column ?? "",
      detail: x.reason,
    })),
    ...f.issues.map((x) => ({
      kind: "field issue" as const,
      file: x.file,
      line: x.line,
      column: x.column,
      detail: `${x.reason}: ${x.value}`,
    })),
  ]);
}

/** One row of `tab01_summary`. */
export interface SummaryRow {
  release: string;
  users: number;
  tweets: number;
  accounts_tweeting: number;
  first_tweet_utc: string | null;
  last_tweet_utc: string | null;
  first_account_created: string | null;
  last_account_created: string | null;
  retweets: number;
  /** retweets / tweets, rounded to 4 decimals; null without tweets. */
  retweet_share: number | null;
}

/** A release's summary (see `summarize`) as a `tab01_summary` row. */
export function summaryRow(release: string, s: ReleaseSummary): SummaryRow {
  return {
    release,
    users: s.users.rows,
    tweets: s.tweets.rows,
    accounts_tweeting: s.accounts_tweeting,
    first_tweet_utc: s.tweet_time.min,
    last_tweet_utc: s.tweet_time.max,
    first_account_created: s.account_creation.min,
    last_account_created: s.account_creation.max,
    retweets: s.retweets,
    retweet_share: s.tweets.rows
      ? Number((s.retweets / s.tweets.rows).toFixed(4))
      : null,
  };
}

/**
 * How big is each release, and when was it active? Accounts, tweets, time
 * span and retweet share per release (`tab01_summary`).
 *
 * @param study An opened study.
 * @returns Each release's full summary (clients included).
 */
export function releaseSummaryStep(
  study: Study,
): StepResult<{ release: string; summary: ReleaseSummary }[]> {
  const summaries = study.releases.map((r) => ({
    release: r.name,
    summary: summarize(r),
  }));
  const rows = summaries.map((s) => summaryRow(s.release, s.summary));
  return stepResult(summaries, {
    text: rows.map((s) =>
      `${s.release}: ${s.users} accounts, ${s.tweets} tweets from ` +
      `${s.first_tweet_utc} to ${s.last_tweet_utc} UTC; ` +
      `${pct(s.retweet_share ?? 0)} retweets.`
    ),
    tables: [{ name: "tab01_summary", rows }],
  });
}

/**
 * When did they tweet? Tweets per UTC day of each release
 * (`fig01_tweets_per_day`).
 */
export function tweetsPerDayStep(study: Study): StepResult<null> {
  const rows = study.releases.flatMap(tweetsPerDay);
  const text = study.releases.map((r) => {
    const days = rows.filter((d) => d.release === r.name);
    const busiest = days.reduce(
      (b, d) => (d.count > b.count ? d : b),
      { day: "n/a", count: 0 },
    );
    return `${r.name}: tweets on ${fmtCount(days.length)} days; busiest ` +
      `${busiest.day} with ${fmtCount(busiest.count)} tweets.`;
  });
  return stepResult(null, {
    text,
    charts: [{
      name: "fig01_tweets_per_day",
      spec: dailyCountsChart({
        title: "Tweets per day",
        synthetic: study.synthetic,
        color: "release",
        subtitle: study.target.name,
      }),
      rows,
    }],
  });
}

/** In which languages? Tweets per `tweet_language` and release (`tab01_languages`). */
export function languagesStep(study: Study): StepResult<null> {
  const rows = study.releases.flatMap(languageCounts);
  return stepResult(null, {
    tables: [{ name: "tab01_languages", rows, maxRows: 30 }],
  });
}

/**
 * From which apps? The eight most used clients of each release
 * (`fig01_clients`).
 *
 * @param study An opened study.
 * @param summaries The summaries from {@linkcode releaseSummaryStep}.
 */
export function clientsStep(
  study: Study,
  summaries: { release: string; summary: ReleaseSummary }[],
): StepResult<null> {
  const rows = summaries.flatMap((s) =>
    s.summary.clients.slice(0, 8).map(([client, count]) => ({
      client: `${s.release} · ${client ?? "(none)"}`,
      count,
    }))
  );
  return stepResult(null, {
    charts: [{
      name: "fig01_clients",
      spec: categoryBarChart({
        title: "Top clients per release",
        synthetic: study.synthetic,
        category: "client",
        categoryTitle: "Release · client",
        countTitle: "Tweets",
      }),
      rows,
    }],
  });
}
