/**
 * The first steps of notebook 06 ("What share of a trending hashtag was
 * inorganic?"): the conversation, who produced it, and which hashtags
 * trended when. Each takes an opened study and returns what a reader sees.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { Release } from "../io/mod.ts";
import { pct, type StepResult, stepResult } from "../study/mod.ts";
import type { Study } from "../study/mod.ts";
import { cellDay } from "./_day.ts";
import { trendChart } from "../viz/trend_chart.ts";
import { conversation, conversationUsers } from "./conversation.ts";
import { hashtagTweets } from "./hashtag_tweets.ts";
import { hashtagDailyCounts } from "./hashtag_daily_counts.ts";
import { detectTrends } from "./detect_trends.ts";
import { trendEpisodes } from "./trend_episodes.ts";
import { groupShare } from "./group_share.ts";
import { topAccounts } from "./top_accounts.ts";

/** The conversation every later step of notebook 06 reads. */
export interface TrendConversation {
  /** The study's releases, then the baseline when it is not among them. */
  releases: Release[];
  /** Names of the studied (takedown) sets. */
  set_names: string[];
  /** Tweets of all releases, one row per tweet id (`conversation`). */
  tweets: pl.LazyDataFrame;
  /** Users of all releases (`conversationUsers`). */
  users: pl.LazyDataFrame;
  /** One row per (tweet, hashtag) with its local day (`hashtagTweets`). */
  tagged: pl.LazyDataFrame;
  /** Hours added to UTC for local days and office hours. */
  utc_offset: number;
}

/**
 * The trend rule of notebook 06: a day trends with at least 20 tweets
 * above the mean + 3 SD of the previous 7 days (see `detectTrends`).
 */
export const TREND_RULE = Object.freeze({ minCount: 20, window: 7, k: 3 });

/** How many of the biggest trending hashtags the later steps follow. */
export const TOP_HASHTAGS = 8;

/**
 * The local clock of a study: `--utc-offset`, else the baseline's
 * (`--baseline-utc-offset`, −4 by default).
 *
 * @example
 * ```ts
 * import { studyUtcOffset } from "./trend_steps.ts";
 * import { equal } from "node:assert/strict";
 * equal(studyUtcOffset({ params: { utc_offset: null, baseline_utc_offset: -4 } }), -4);
 * equal(studyUtcOffset({ params: { utc_offset: 5.5, baseline_utc_offset: -4 } }), 5.5);
 * ```
 */
export function studyUtcOffset(
  study: { params: { utc_offset: number | null; baseline_utc_offset: number } },
): number {
  return study.params.utc_offset ?? study.params.baseline_utc_offset;
}

/**
 * `UTC-4`, `UTC+5.5`: an offset as the notebook's sentences write it.
 *
 * @param offset Hours added to UTC.
 * @param minus The minus sign (default `-`; charts' subtitles use `−`).
 * @example
 * ```ts
 * import { utcLabel } from "./trend_steps.ts";
 * import { equal } from "node:assert/strict";
 * equal(utcLabel(-4), "UTC-4");
 * equal(utcLabel(-4, "−"), "UTC−4");
 * equal(utcLabel(5.5), "UTC+5.5");
 * ```
 */
export function utcLabel(offset: number, minus = "-"): string {
  return `UTC${offset < 0 ? minus : "+"}${Math.abs(offset)}`;
}

/**
 * What is the conversation? Every tweet of the study's releases and the
 * baseline together (a tweet id present twice counted once, for the first
 * release listed), its users, and its hashtags by local day at the study's
 * offset ({@linkcode studyUtcOffset}).
 *
 * @param study An opened study.
 * @returns The conversation, and one sentence naming its parts.
 */
export function conversationStep(
  study: Study,
): StepResult<TrendConversation> {
  const releases = [...study.releases];
  if (!releases.includes(study.baseline)) releases.push(study.baseline);
  const utc_offset = studyUtcOffset(study);
  const tweets = conversation(releases);
  const set_names = study.sets.map((r) => r.name);
  const value: TrendConversation = {
    releases,
    set_names,
    tweets,
    users: conversationUsers(releases),
    tagged: hashtagTweets(tweets, { utcOffset: utc_offset }),
    utc_offset,
  };
  return stepResult(value, {
    text: [
      `Conversation: ${releases.map((r) => r.name).join(" + ")}` +
      `${study.synthetic ? " (SYNTHETIC demo data)" : ""}. ` +
      `Takedown releases: ${set_names.join(", ") || "none"}; ` +
      `baseline: ${study.baseline.name}. Local time: ${utcLabel(utc_offset)}.`,
    ],
  });
}

/** Each account of the conversation and the release it posted in (`userid`, `group`). */
export async function sourceGroups(
  tweets: pl.LazyDataFrame,
): Promise<pl.DataFrame> {
  return await tweets.select(pl.col("userid"), pl.col("source").alias("group"))
    .unique().collect();
}

/**
 * Who produced the conversation? The share of its tweets from each
 * release, from the accounts of the takedown releases together (a "camp"),
 * and from the most active 1 % of accounts (`tab06_conversation_share`,
 * saved; the sentences give every number).
 *
 * @param conv The conversation ({@linkcode conversationStep}).
 * @returns The table's rows: `kind`, `group`, `n_accounts`, `n_tweets`,
 *   `share`, `total_tweets`.
 */
export async function conversationShareStep(
  conv: TrendConversation,
): Promise<StepResult<Record<string, unknown>[]>> {
  const tweets = conv.tweets;
  const sourceShares = await groupShare(tweets, "source");
  const nAccounts = Number(
    (await tweets.select(pl.col("userid").nUnique().alias("n")).collect())
      .getColumn("n").get(0),
  );
  const k = Math.max(1, Math.ceil(nAccounts / 100));
  const top = await topAccounts(tweets, k, { group: `top 1% (${k} accounts)` });
  const topShare = await groupShare(tweets, top.select("userid", "group"));
  const campAccounts = (await tweets
    .filter(pl.col("source").isIn(conv.set_names)).select("userid")
    .unique().collect())
    .withColumns(pl.lit("accounts of the takedown releases").alias("group"));
  const campShare = await groupShare(tweets, campAccounts);
  const rows: Record<string, unknown>[] = [
    ...sourceShares.toRecords().map((r) => ({ kind: "release", ...r })),
    ...campShare.toRecords().map((r) => ({ kind: "camp", ...r })),
    ...topShare.toRecords().map((r) => ({ kind: "most active", ...r })),
  ];
  return stepResult(rows, {
    text: rows.map((r) =>
      `${r.group}: ${r.n_tweets} of ${r.total_tweets} tweets ` +
      `(${pct(r.share as number)}) from ${r.n_accounts} accounts.`
    ),
    tables: [{ name: "tab06_conversation_share", rows, show: false }],
  });
}

/** What {@linkcode trendsStep} found. */
export interface TrendsFound {
  /** `detectTrends` rows: every listed hashtag and day. */
  trend_days: pl.DataFrame;
  /** `trendEpisodes` rows: one per trend. */
  trends: pl.DataFrame;
  /** The {@linkcode TOP_HASHTAGS} hashtags with most tweets on trending days. */
  top_tags: string[];
}

/**
 * Which hashtags trended, and when? Tweets per hashtag and local day,
 * trending days by {@linkcode TREND_RULE}, runs of them as trends
 * (`tab06_trends`, saved), and per hashtag its trends, trending days and
 * tweets on them (shown, at most 12).
 *
 * @param conv The conversation ({@linkcode conversationStep}).
 * @returns The trending days, the trends and the biggest hashtags.
 */
export async function trendsStep(
  conv: TrendConversation,
): Promise<StepResult<TrendsFound>> {
  const daily = await hashtagDailyCounts(conv.tagged);
  const trend_days = detectTrends(daily, TREND_RULE);
  const trends = trendEpisodes(trend_days);
  const byTag = trends.groupBy("hashtag").agg(
    pl.len().alias("trends"),
    pl.col("n_days").sum().alias("trend_days"),
    pl.col("n_tweets").sum().alias("trend_tweets"),
  ).sort(["trend_tweets", "hashtag"], [true, false]);
  const top_tags = byTag.head(TOP_HASHTAGS).getColumn("hashtag")
    .toArray() as string[];
  const rows = trends.toRecords().map((r) => ({
    trend_id: r.trend_id,
    hashtag: r.hashtag,
    first_day: cellDay(r.first_day),
    last_day: cellDay(r.last_day),
    n_days: r.n_days,
    n_tweets: r.n_tweets,
    peak_day: cellDay(r.peak_day),
    peak_tweets: r.peak_tweets,
  }));
  return stepResult({ trend_days, trends, top_tags }, {
    text: trendSentences(daily, trend_days, trends, byTag, top_tags),
    tables: [
      { name: "tab06_trends", rows, show: false },
      { rows: byTag, maxRows: 12 },
    ],
  });
}

/** The sentences of {@linkcode trendsStep}. */
function trendSentences(
  daily: pl.DataFrame,
  trendDays: pl.DataFrame,
  trends: pl.DataFrame,
  byTag: pl.DataFrame,
  topTags: string[],
): string[] {
  const nListed = new Set(trendDays.getColumn("hashtag").toArray()).size;
  const nTags = new Set(daily.getColumn("hashtag").toArray()).size;
  const others = byTag.filter(pl.col("hashtag").isIn(topTags).not())
    .toRecords().map((r) =>
      `${r.hashtag} (${r.trends} trend${r.trends === 1 ? "" : "s"}, ` +
      `${r.trend_tweets} tweets)`
    );
  return [
    `${nTags} hashtags; ${nListed} reach ${TREND_RULE.minCount} tweets on ` +
    `some day; ${byTag.height} trended at least once, in ${trends.height} ` +
    `trends (${trends.getColumn("n_days").sum()} trending days).`,
    `The ${
      topTags.length === TOP_HASHTAGS ? "eight" : topTags.length
    } hashtags with the most tweets on trending days: ${topTags.join(", ")}.`,
    ...(others.length > 0 ? [`Other trends: ${others.join(", ")}.`] : []),
  ];
}

/**
 * What did the trends look like? Daily tweets of the biggest trending
 * hashtags with their trending threshold and trending days
 * (`fig06_trends`).
 *
 * @param study An opened study (synthetic or not).
 * @param conv The conversation (its offset names the days).
 * @param found The trends ({@linkcode trendsStep}).
 */
export function trendChartStep(
  study: Study,
  conv: TrendConversation,
  found: TrendsFound,
): StepResult<null> {
  const rows = found.trend_days.filter(pl.col("hashtag").isIn(found.top_tags))
    .toRecords().map((r) => ({
      hashtag: r.hashtag,
      day: cellDay(r.day),
      n_tweets: r.n_tweets,
      threshold: r.threshold,
      trending: r.trending,
    }));
  const { window, k } = TREND_RULE;
  return stepResult(null, {
    charts: [{
      name: "fig06_trends",
      spec: trendChart({
        title: "Daily tweets of the eight biggest trending hashtags",
        subtitle:
          `Line: tweets per local day (${
            utcLabel(conv.utc_offset, "−")
          }); dashed: mean + ${k} SD of the previous ${window} days; ` +
          "red: trending days",
        synthetic: study.synthetic,
        xTitle: `Local day (${utcLabel(conv.utc_offset)})`,
        height: 70,
      }),
      rows,
    }],
  });
}
