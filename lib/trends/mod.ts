/**
 * Trending hashtags and their inorganic share, computed transparently so a
 * reader can see how fragile such numbers are (ProBox's Venezuela 2021
 * reports: one camp produced 91.6 % of ~1.9 M messages, eight trends
 * driven by the Ministry of Communication held 67 % of them, 66.85 % of
 * their content inorganic).
 *
 * ## Pipeline
 *
 * 1. {@linkcode conversation}: tweets of any mix of releases and baselines
 *    as one lazy frame with a `source` column (duplicated tweetids kept
 *    once, first release first). {@linkcode conversationUsers}: the users.
 * 2. {@linkcode hashtagTweets}: one row per (tweet, hashtag), hashtags
 *    lower-cased without `#` ({@linkcode hashtagKey}), local day at a
 *    fixed UTC offset; {@linkcode hashtagDailyCounts}: tweets per hashtag
 *    and day.
 * 3. {@linkcode detectTrends}: day d trends for hashtag h when its tweets
 *    c_d ≥ minCount (20) and c_d > m + k·s, m and s the mean and sample SD
 *    of the previous w (7) days, zero-filled; the first w days of the
 *    series are never trending (k = 3). {@linkcode trendEpisodes}: runs of
 *    consecutive trending days are one trend.
 * 4. {@linkcode trendPromotion}: per trend and actor group, the share of
 *    the first N tweets (50) and of the first hour, and the volume share.
 *    {@linkcode groupShare}, {@linkcode topAccounts},
 *    {@linkcode hashtagShare}: shares of the whole conversation.
 * 5. {@linkcode flagInputs}: per-account tables from `lib/profile`
 *    (creation bursts, client mix, intervals, working hours) and
 *    `lib/coord` (co-action network, null model, Louvain), plus followers
 *    and takedown membership. {@linkcode accountFlags}: seven switchable
 *    flags with every threshold in one {@linkcode FlagConfig}
 *    ({@linkcode DEFAULT_FLAG_CONFIG}, {@linkcode flagConfig},
 *    {@linkcode describeFlags}), combined with any / all / at least k.
 * 6. {@linkcode inorganicShare}: share of a hashtag's (or trend's) tweets
 *    from flagged accounts, with a seeded cluster-bootstrap interval that
 *    resamples accounts ({@linkcode clusterBootstrapRatio}).
 *    {@linkcode sensitivityTable} with {@linkcode flagVariants}: the share
 *    under each flag alone, leave-one-out, all flags, other combinations
 *    and other thresholds.
 * 7. Charts: `trendChart`, `shareIntervalChart` (in `lib/viz`).
 *
 * ## Steps of notebook 06
 *
 * Each takes the opened study (and earlier steps' values) and returns a
 * `StepResult` for `present()`: {@linkcode conversationStep},
 * {@linkcode conversationShareStep}, {@linkcode trendsStep},
 * {@linkcode trendChartStep}, {@linkcode promotionStep},
 * {@linkcode flagInputsStep}, {@linkcode accountFlagsStep},
 * {@linkcode inorganicShareStep}, {@linkcode trendSharesStep},
 * {@linkcode sensitivityStep}; the demo checks
 * {@linkcode hashtagTruthChecks}, {@linkcode pooledTruthCheck} and
 * {@linkcode flagErrorChecks} compare with the planted truth.
 *
 * What the interval is and is not: it shows how much the share depends on
 * which accounts happened to take part. It does not include the error of
 * the flags themselves: a criterion that catches real people (paid or
 * enthusiastic supporters, fans who retweet the same official tweet within
 * a minute) shifts the estimate and its interval together.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { detectTrends, hashtagDailyCounts, hashtagTweets } from "./mod.ts";
 * import { equal } from "node:assert/strict";
 * const times = [1, 2, 3, 4, 5, 6, 7, 8, 8, 8].map((d) => new Date(Date.UTC(2021, 0, d, 12)));
 * const tweets = pl.DataFrame({
 *   tweetid: times.map((_, i) => String(i)), userid: times.map(() => "a"),
 *   tweet_time: pl.Series(times).cast(pl.Datetime("ms")),
 *   hashtags: pl.Series(times.map(() => ["#Voto"])).cast(pl.List(pl.Utf8)),
 * }).lazy();
 * const daily = await hashtagDailyCounts(hashtagTweets(tweets));
 * const t = detectTrends(daily, { minCount: 3 });
 * equal(t.filter(pl.col("trending")).height, 1); // 2021-01-08: 3 > 1 + 3·0
 * ```
 *
 * @module
 */
export {
  conversation,
  type ConversationOptions,
  conversationUsers,
} from "./conversation.ts";
export {
  hashtagKey,
  hashtagTweets,
  type HashtagTweetsOptions,
} from "./hashtag_tweets.ts";
export { hashtagDailyCounts } from "./hashtag_daily_counts.ts";
export { detectTrends, type TrendOptions } from "./detect_trends.ts";
export { trendEpisodes } from "./trend_episodes.ts";
export {
  trendPromotion,
  type TrendPromotionOptions,
} from "./trend_promotion.ts";
export { groupShare } from "./group_share.ts";
export { topAccounts } from "./top_accounts.ts";
export { hashtagShare } from "./hashtag_share.ts";
export {
  checkFlagConfig,
  DEFAULT_FLAG_CONFIG,
  describeFlags,
  enabledFlags,
  FLAG_NAMES,
  type FlagCombine,
  type FlagConfig,
  flagConfig,
  type FlagName,
  type ThirdPartyCategory,
} from "./flag_config.ts";
export {
  type FlagInputs,
  flagInputs,
  type FlagInputsOptions,
  type FlagInputsResult,
} from "./flag_inputs.ts";
export { availableFlags, FLAG_INPUTS } from "./available_flags.ts";
export { accountFlags, FLAG_COLUMNS } from "./account_flags.ts";
export { clusterBootstrapRatio } from "./cluster_bootstrap_ratio.ts";
export {
  inorganicShare,
  type InorganicShareOptions,
} from "./inorganic_share.ts";
export {
  DEFAULT_THRESHOLD_GRID,
  type FlagVariant,
  flagVariants,
  type SensitivityOptions,
  sensitivityTable,
  THRESHOLD_FLAGS,
  type ThresholdName,
} from "./sensitivity_table.ts";
export {
  conversationShareStep,
  conversationStep,
  sourceGroups,
  studyUtcOffset,
  TOP_HASHTAGS,
  TREND_RULE,
  trendChartStep,
  type TrendConversation,
  type TrendsFound,
  trendsStep,
  utcLabel,
} from "./trend_steps.ts";
export { actorGroup, PROMOTION_RULE, promotionStep } from "./promotion_step.ts";
export {
  accountFlagsStep,
  COORDINATION_ROUNDS,
  flagInputsStep,
  studyFlagConfig,
} from "./flag_steps.ts";
export {
  type HashtagShareRow,
  inorganicShareStep,
  sensitivityStep,
  trendSharesStep,
} from "./share_steps.ts";
export {
  campaignTruth,
  flagErrorChecks,
  type FlagErrors,
  flagErrors,
  hashtagTruthChecks,
  NO_TRUTH,
  pooledTruthCheck,
  pooledTruthShare,
  type ShareWithInterval,
  type TruthCheck,
} from "./trend_checks.ts";
