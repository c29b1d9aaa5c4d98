/**
 * Notebook 06's "Who started the trends?" step: first movers, first hour
 * and volume of each release's accounts and of the followed actor.
 *
 * @module
 */
import pl from "nodejs-polars";
import { pct, type StepResult, stepResult } from "../study/mod.ts";
import type { Study } from "../study/mod.ts";
import { hashtagShare } from "./hashtag_share.ts";
import { trendPromotion } from "./trend_promotion.ts";
import {
  sourceGroups,
  type TrendConversation,
  type TrendsFound,
} from "./trend_steps.ts";

/** The promotion rule: a group posting ≥ half of a trend's first 50 tweets promoted it. */
export const PROMOTION_RULE = Object.freeze({
  firstN: 50,
  firstMinutes: 60,
  promotedShare: 0.5,
});

/**
 * The actor group: the accounts with the study's actor's screen name
 * (`--actor`), labelled `ministry (@<actor>)`, the account whose trends
 * ProBox attributed to the Ministry of Communication. Empty without an
 * actor.
 *
 * @param tweets Tweets of the conversation.
 * @param actor The screen name, or null.
 * @returns `userid`, `group`.
 */
export async function actorGroup(
  tweets: pl.LazyDataFrame,
  actor: string | null,
): Promise<pl.DataFrame> {
  if (actor === null) {
    return pl.DataFrame([
      pl.Series("userid", [], pl.Utf8),
      pl.Series("group", [], pl.Utf8),
    ]);
  }
  return (await tweets.filter(pl.col("user_screen_name").eq(pl.lit(actor)))
    .select("userid").unique().collect())
    .withColumns(pl.lit(`ministry (@${actor})`).alias("group"));
}

/**
 * Who started the trends? For every trend and group (the accounts of each
 * release, and the study's actor when given): its share of the first 50
 * tweets, of the first hour and of all tweets, and whether it promoted the
 * trend ({@linkcode PROMOTION_RULE}); per group, the mean shares and the
 * share of the conversation held by the hashtags it promoted
 * (`tab06_promotion`, saved: one row per trend and group).
 *
 * Without an actor (`--actor` not given on a real release) the actor
 * group is left out and the step says so.
 *
 * @param study An opened study (its `actor`).
 * @param conv The conversation.
 * @param found The trends.
 * @returns The promotion table (`trendPromotion`).
 */
export async function promotionStep(
  study: Study,
  conv: TrendConversation,
  found: TrendsFound,
): Promise<StepResult<pl.DataFrame>> {
  const actor = await actorGroup(conv.tweets, study.actor);
  const groups = pl.concat([await sourceGroups(conv.tweets), actor]);
  const promotion = await trendPromotion(
    conv.tagged,
    found.trends,
    groups,
    PROMOTION_RULE,
  );
  const text = [
    ...actorSentences(study.actor, actor.height),
    ...await groupSentences(conv.tweets, promotion, found.trends.height),
    `The promotion table has ${promotion.height} rows: one per trend and group.`,
  ];
  return stepResult(promotion, {
    text,
    tables: [{
      name: "tab06_promotion",
      rows: promotion.withColumns(pl.col("first_day").cast(pl.Utf8)),
      show: false,
    }],
  });
}

/** What the step says about the actor when there is nothing to show. */
function actorSentences(actor: string | null, accounts: number): string[] {
  if (actor === null) {
    return [
      "No actor given (--actor): no account is followed as the ministry; " +
      "the groups are the releases' accounts.",
    ];
  }
  if (accounts === 0) {
    return [
      `No account of the conversation has the screen name @${actor} ` +
      "(--actor): the ministry group is empty.",
    ];
  }
  return [];
}

/** One sentence per group: trends promoted, mean shares, hashtags' share. */
async function groupSentences(
  tweets: pl.LazyDataFrame,
  promotion: pl.DataFrame,
  nTrends: number,
): Promise<string[]> {
  const summary = promotion.groupBy("group").agg(
    pl.col("promoted").sum().alias("trends_promoted"),
    pl.col("first_n_share").mean().alias("mean_first_50_share"),
    pl.col("first_hour_share").mean().alias("mean_first_hour_share"),
    pl.col("volume_share").mean().alias("mean_volume_share"),
  ).sort("group");
  const out: string[] = [];
  for (const r of summary.toRecords()) {
    const tags = [
      ...new Set(
        promotion.filter(
          pl.col("group").eq(pl.lit(r.group as string)).and(pl.col("promoted")),
        ).getColumn("hashtag").toArray() as string[],
      ),
    ].sort();
    const held = tags.length > 0 ? await hashtagShare(tweets, tags) : null;
    out.push(
      `${r.group}: promoted ${r.trends_promoted} of ${nTrends} trends ` +
        `(${tags.length} hashtags); on average it posted ` +
        `${pct(r.mean_first_50_share as number)} of a trend's first 50 ` +
        `tweets, ${pct(r.mean_first_hour_share as number)} of its first ` +
        `hour and ${pct(r.mean_volume_share as number)} of its tweets.` +
        (held
          ? ` The hashtags it promoted are in ${
            pct(held.share)
          } of all tweets of the conversation.`
          : ""),
    );
  }
  return out;
}
