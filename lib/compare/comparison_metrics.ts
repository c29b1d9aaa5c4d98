/**
 * Which account-level metrics a takedown-vs-baseline comparison tests, and
 * which feed the separability classifier.
 *
 * @module
 */

/** One metric of {@linkcode COMPARISON_METRICS}. */
export interface ComparisonMetric {
  /** Column of `accountMetrics` (lib/profile). */
  name: string;
  /** What it measures, for tables and readers. */
  description: string;
}

/**
 * The metrics `compareReleases` tests by default, in output order: columns
 * of lib/profile's `accountMetrics` table (one value per account; the
 * definitions are in `lib/profile/account_metrics.ts` and the functions it
 * names). Local-time metrics are taken at the comparison's stated UTC
 * offset; `in_burst` uses the burst days of each group as `compareReleases`
 * documents.
 */
export const COMPARISON_METRICS: readonly ComparisonMetric[] = [
  {
    name: "creation_year",
    description: "UTC year the account was created",
  },
  {
    name: "in_burst",
    description: "1 if created on a creation-burst day of its group, else 0",
  },
  {
    name: "dormancy_days",
    description: "days from account creation to its first tweet",
  },
  { name: "n_tweets", description: "tweets of the account in the data" },
  {
    name: "active_days",
    description: "distinct UTC days with at least one tweet",
  },
  {
    name: "tweets_per_active_day",
    description: "tweets with a time / active days",
  },
  {
    name: "median_gap_s",
    description: "median seconds between consecutive tweets (≥ 10 tweets)",
  },
  {
    name: "burstiness",
    description: "Goh–Barabási B = (σ − μ)/(σ + μ) of the gaps (≥ 10 tweets)",
  },
  {
    name: "regularity",
    description:
      "share of gaps equal to the most common non-zero gap (≥ 10 tweets)",
  },
  {
    name: "working_hours_share",
    description: "share of tweets on local Mon–Fri 08:00–17:59",
  },
  {
    name: "weekend_ratio",
    description: "weekend tweets per day ÷ weekday tweets per day",
  },
  { name: "retweet_share", description: "share of tweets that are retweets" },
  { name: "reply_share", description: "share of tweets that are replies" },
  {
    name: "hashtags_per_tweet",
    description: "hashtags per tweet",
  },
  { name: "urls_per_tweet", description: "URLs per tweet" },
  { name: "mentions_per_tweet", description: "user mentions per tweet" },
  {
    name: "official_client_share",
    description: "share of tweets from Twitter's own apps",
  },
  {
    name: "scheduler_client_share",
    description: "share of tweets from professional scheduling tools",
  },
  {
    name: "automation_client_share",
    description: "share of tweets from automation / bot services",
  },
  {
    name: "follower_following_ratio",
    description: "followers ÷ following (null when following is 0)",
  },
];

/** One feature of the separability classifier. */
export interface SeparabilityFeature {
  /** Column of `accountMetrics`. */
  name: string;
  /**
   * `identity`, or `log1p`: sign(x) · ln(1 + |x|), which tames the heavy
   * right tails of counts and durations before standardisation.
   */
  transform: "identity" | "log1p";
}

/**
 * The default features of `separability`: metrics defined for every
 * account with at least one tweet and a users row with a creation date, so
 * that few accounts are left out (interval metrics, which need 10 tweets,
 * and ratios that can be undefined are not used).
 */
export const SEPARABILITY_FEATURES: readonly SeparabilityFeature[] = [
  { name: "creation_year", transform: "identity" },
  { name: "in_burst", transform: "identity" },
  { name: "dormancy_days", transform: "log1p" },
  { name: "n_tweets", transform: "log1p" },
  { name: "tweets_per_active_day", transform: "log1p" },
  { name: "working_hours_share", transform: "identity" },
  { name: "retweet_share", transform: "identity" },
  { name: "reply_share", transform: "identity" },
  { name: "hashtags_per_tweet", transform: "identity" },
  { name: "urls_per_tweet", transform: "identity" },
  { name: "mentions_per_tweet", transform: "identity" },
  { name: "scheduler_client_share", transform: "identity" },
  { name: "automation_client_share", transform: "identity" },
];
