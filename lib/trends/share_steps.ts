/**
 * Notebook 06's inorganic-share steps: per hashtag with its interval, per
 * trend (ProBox's "on average"), and under other flag choices.
 *
 * @module
 */
import pl from "nodejs-polars";
import { pct, type StepResult, stepResult } from "../study/mod.ts";
import type { Study } from "../study/mod.ts";
import { cellDay } from "./_day.ts";
import { shareIntervalChart } from "../viz/share_interval_chart.ts";
import type { FlagInputsResult } from "./flag_inputs.ts";
import { inorganicShare } from "./inorganic_share.ts";
import { flagVariants, sensitivityTable } from "./sensitivity_table.ts";
import { studyFlagConfig } from "./flag_steps.ts";
import { campaignTruth, pooledTruthShare } from "./trend_checks.ts";
import type { TrendConversation, TrendsFound } from "./trend_steps.ts";

/** One row of `tab06_inorganic_share`. */
export interface HashtagShareRow {
  hashtag: string;
  n_tweets: number;
  n_accounts: number;
  n_flagged_accounts: number;
  share: number;
  ci_lower: number;
  ci_upper: number;
  /** The demo's planted share, else null. */
  truth: number | null;
}

/**
 * How much of each hashtag was inorganic? The share of each big trending
 * hashtag's tweets from flagged accounts with its 95 % cluster-bootstrap
 * interval (1,000 rounds, `--seed`) and, on the demo, the planted share
 * (`tab06_inorganic_share`, saved; `fig06_inorganic_share`).
 *
 * @param study An opened study (seed, truth).
 * @param conv The conversation.
 * @param flags The flags ({@linkcode accountFlagsStep}'s value).
 * @param found The trends (their biggest hashtags).
 * @returns The table's rows.
 */
export async function inorganicShareStep(
  study: Study,
  conv: TrendConversation,
  flags: pl.DataFrame,
  found: TrendsFound,
): Promise<StepResult<HashtagShareRow[]>> {
  const shares = await inorganicShare(conv.tagged, flags, {
    hashtags: found.top_tags,
    rounds: 1000,
    seed: study.params.seed,
  });
  const truthOf = campaignTruth(study.truth);
  const rows: HashtagShareRow[] = shares.toRecords().map((r) => ({
    hashtag: r.unit as string,
    n_tweets: r.n_tweets as number,
    n_accounts: r.n_accounts as number,
    n_flagged_accounts: r.n_flagged_accounts as number,
    share: r.share as number,
    ci_lower: r.ci_lower as number,
    ci_upper: r.ci_upper as number,
    truth: truthOf.get(r.unit as string) ?? null,
  }));
  return stepResult(rows, {
    text: rows.map((r) =>
      `${r.hashtag}: ${pct(r.share, 2)} of ${r.n_tweets} tweets from ` +
      `flagged accounts (${r.n_flagged_accounts} of ${r.n_accounts} ` +
      `accounts), 95% CI ${pct(r.ci_lower, 2)}–${pct(r.ci_upper, 2)}.`
    ),
    tables: [{ name: "tab06_inorganic_share", rows, show: false }],
    charts: [{
      name: "fig06_inorganic_share",
      spec: shareIntervalChart({
        title: "Share of each hashtag's tweets from flagged accounts",
        subtitle: "Dot: estimate with the default flags; bar: 95% " +
          "cluster-bootstrap interval (accounts resampled)" +
          (study.truth ? "; diamond: planted truth" : ""),
        synthetic: study.synthetic,
        label: "hashtag",
        truth: study.truth !== null,
      }),
      rows,
    }],
  });
}

/**
 * What does "on average" hide? The inorganic share of each trend of the
 * biggest hashtags (its tweets on its trending days; 200 bootstrap rounds)
 * with its first day and weekday (Monday = 0), their unweighted mean as
 * ProBox averaged, the pooled share (1,000 rounds), and the weekend and
 * weekday means (`tab06_trend_shares`, saved).
 *
 * @param study An opened study (seed).
 * @param conv The conversation.
 * @param flags The flags.
 * @param found The trends.
 * @returns The table's rows.
 */
export async function trendSharesStep(
  study: Study,
  conv: TrendConversation,
  flags: pl.DataFrame,
  found: TrendsFound,
): Promise<StepResult<Record<string, unknown>[]>> {
  const seed = study.params.seed;
  const topTrends = found.trends.filter(pl.col("hashtag").isIn(found.top_tags));
  const perTrend = await inorganicShare(conv.tagged, flags, {
    trends: topTrends,
    rounds: 200,
    seed,
  });
  const pooled = await inorganicShare(conv.tagged, flags, {
    trends: topTrends,
    pool: true,
    rounds: 1000,
    seed,
  });
  const firstDayOf = new Map(
    topTrends.toRecords().map((r) => [
      r.trend_id as string,
      cellDay(r.first_day),
    ]),
  );
  const rows = perTrend.toRecords().map((r) => {
    const first = firstDayOf.get(r.unit as string)!;
    // Weekday, Monday = 0 (1970-01-01 was a Thursday).
    const weekday = (Math.floor(Date.parse(first) / 86_400_000) + 3) % 7;
    return { ...r, first_day: first, weekday };
  });
  return stepResult(rows, {
    text: [trendShareSentence(rows, pooled.getColumn("share").get(0))],
    tables: [{ name: "tab06_trend_shares", rows, show: false }],
  });
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
}

/** The sentence of {@linkcode trendSharesStep}. */
function trendShareSentence(
  rows: Record<string, unknown>[],
  pooled: number,
): string {
  const shares = rows.map((r) => r.share as number);
  const weekend = rows.filter((r) => (r.weekday as number) >= 5);
  const weekdays = rows.filter((r) => (r.weekday as number) < 5);
  return `Over the ${rows.length} trends of these hashtags the inorganic ` +
    `share averages ${pct(mean(shares), 2)} (range ` +
    `${pct(Math.min(...shares))}–${pct(Math.max(...shares))}), ProBox's ` +
    `kind of "on average" number; pooling their tweets instead gives ` +
    `${pct(pooled, 2)}. Trends starting on a Saturday or Sunday average ` +
    `${pct(mean(weekend.map((r) => r.share as number)))}, weekday trends ` +
    `${pct(mean(weekdays.map((r) => r.share as number)))}: an unweighted ` +
    "mean gives a small weekend trend the same weight as a large weekday one.";
}

/**
 * How fragile is the headline number? The pooled inorganic share of the
 * biggest hashtags under every flag variant (`flagVariants` of the study's
 * configuration; 1,000 rounds, one seed for all), with the demo's pooled
 * planted share as a diamond (`tab06_sensitivity`, shown rounded;
 * `fig06_sensitivity`).
 *
 * @param study An opened study.
 * @param conv The conversation.
 * @param fi The flag inputs.
 * @param found The trends.
 * @returns The sensitivity table (`sensitivityTable`).
 */
export async function sensitivityStep(
  study: Study,
  conv: TrendConversation,
  fi: FlagInputsResult,
  found: TrendsFound,
): Promise<StepResult<pl.DataFrame>> {
  const variants = flagVariants(fi.inputs, studyFlagConfig(study));
  const table = await sensitivityTable(conv.tagged, fi.inputs, variants, {
    hashtags: found.top_tags,
    rounds: 1000,
    seed: study.params.seed,
  });
  const sens = table.toRecords() as Record<string, number | string>[];
  const truth = pooledTruthShare(study.truth, found.top_tags);
  return stepResult(table, {
    text: [sensitivitySentence(sens)],
    tables: [{
      name: "tab06_sensitivity",
      rows: table,
      display: sens.map((r) => ({
        variant: r.variant,
        flagged_accounts: r.n_flagged_accounts,
        share: pct(r.share as number),
        ci: `${pct(r.ci_lower as number)}–${pct(r.ci_upper as number)}`,
        change_pp: (r.change_pp as number).toFixed(1),
      })),
      maxRows: 40,
    }],
    charts: [{
      name: "fig06_sensitivity",
      spec: shareIntervalChart({
        title: "Inorganic share of the eight hashtags under other flag choices",
        subtitle: "Pooled tweets of the eight hashtags; bar: 95% " +
          "cluster-bootstrap interval" +
          (truth !== null ? "; diamond: planted truth" : ""),
        synthetic: study.synthetic,
        label: "variant",
        truth: truth !== null,
      }),
      rows: sens.map((r) => ({ ...r, truth })),
    }],
  });
}

/** The sentence of {@linkcode sensitivityStep}. */
function sensitivitySentence(sens: Record<string, number | string>[]): string {
  const share = (r: Record<string, number | string>) => r.share as number;
  const lo = sens.reduce((a, b) => share(b) < share(a) ? b : a);
  const hi = sens.reduce((a, b) => share(b) > share(a) ? b : a);
  return `Default: ${pct(share(sens[0]), 2)} (95% CI ` +
    `${pct(sens[0].ci_lower as number)}–${pct(sens[0].ci_upper as number)}). ` +
    `Across the ${sens.length} variants the share runs from ` +
    `${pct(share(lo))} (${lo.variant}) to ${pct(share(hi))} (${hi.variant}).`;
}
