/**
 * The steps of notebook 04 ("How distinguishable is each set from ordinary
 * users?"): how the groups are matched, each set compared with the
 * baseline, where the creation bursts came from, the hour / weekday /
 * client distributions and the significant-but-small effects. Each takes
 * an opened study (and the comparisons) and returns what a reader sees.
 *
 * @module
 */
import { loadClientTaxonomy } from "../profile/client_taxonomy.ts";
import {
  type StepResult,
  stepResult,
  type StepTable,
  type Study,
} from "../study/mod.ts";
import { languageCounts } from "../summary/overview.ts";
import { summarize } from "../summary/summarize.ts";
import {
  compareReleases,
  type CompareReleasesOptions,
  type ReleaseComparison,
} from "./compare_releases.ts";
import { comparisonRecords } from "./comparison_records.ts";
import {
  comparisonUtcOffset,
  utcOffsetLabel,
} from "./comparison_utc_offset.ts";

/** Romano et al. (2006): |Cliff's delta| ≥ 0.474 is a large effect. */
export const LARGE_EFFECT = 0.474;
/** Romano et al. (2006): |Cliff's delta| < 0.33 is at most a small effect. */
export const SMALL_EFFECT = 0.33;

/** Options of the comparison steps. */
export interface ComparisonStepOptions {
  /** Bootstrap rounds per metric and permutations per variable (default 1000). */
  rounds?: number;
}

/**
 * The options of every comparison of a study: the client taxonomy, local
 * time at {@linkcode comparisonUtcOffset}, the study's seed and
 * `min_tweets`, `rounds` bootstrap rounds and permutations.
 *
 * @param study An opened study.
 * @param options `{ rounds = 1000 }`.
 * @returns Options for `compareReleases`.
 */
export async function comparisonOptions(
  study: Study,
  options: ComparisonStepOptions = {},
): Promise<CompareReleasesOptions> {
  return {
    taxonomy: await loadClientTaxonomy(),
    utcOffset: comparisonUtcOffset(study.params),
    seed: study.params.seed,
    rounds: options.rounds ?? 1000,
    minTweetsIntervals: study.params.min_tweets,
  };
}

/**
 * A release name as it appears in table names: the `demo_` prefix dropped,
 * anything but letters, digits, `_` and `-` replaced by `_`.
 *
 * @example
 * ```ts
 * import { tableSlug } from "./comparison_steps.ts";
 * import { equal } from "node:assert/strict";
 * equal(tableSlug("demo_organic"), "organic");
 * equal(tableSlug("venezuela 2019"), "venezuela_2019");
 * ```
 */
export function tableSlug(name: string): string {
  return name.replace(/^demo_/, "").replace(/[^A-Za-z0-9_-]/g, "_");
}

/** `"<a> vs <b>"`, the comparison column of the notebook's tables. */
export function comparisonLabel(r: Pick<ReleaseComparison, "a" | "b">): string {
  return `${r.a} vs ${r.b}`;
}

/** One row of {@linkcode baselineMatchingStep}'s table. */
export interface MatchingRow {
  group: string;
  accounts: number;
  tweets: number;
  first_tweet_utc: string | null;
  last_tweet_utc: string | null;
  top_language: string | null;
  /** Share of tweets in the top language, 3 decimals; null without tweets. */
  top_language_share: number | null;
}

/**
 * Is the baseline matched to the sets? Accounts, tweets, tweet period and
 * top language of each group (shown, not saved).
 *
 * @param study An opened study.
 * @returns One row per group, sets first.
 */
export function baselineMatchingStep(study: Study): StepResult<MatchingRow[]> {
  const rows = study.groups.map((r) => {
    const s = summarize(r);
    const top = languageCounts(r)[0];
    return {
      group: r.name,
      accounts: s.users.rows,
      tweets: s.tweets.rows,
      first_tweet_utc: s.tweet_time.min,
      last_tweet_utc: s.tweet_time.max,
      top_language: top?.language ?? null,
      top_language_share: s.tweets.rows
        ? Number(((top?.count ?? 0) / s.tweets.rows).toFixed(3))
        : null,
    };
  });
  return stepResult(rows, { tables: [{ rows }] });
}

/**
 * How different is each set from the baseline? `compareReleases` of every
 * set against the baseline; one sentence per set naming the metrics that
 * differ with a large effect (q < alpha, |delta| ≥ {@linkcode LARGE_EFFECT});
 * each metric table saved as `tab04_<set>_vs_<baseline>` and shown with 3
 * significant digits.
 *
 * @param study An opened study.
 * @param options `{ rounds = 1000 }`.
 * @returns The comparisons, in the order of the sets.
 */
export async function compareSetsStep(
  study: Study,
  options: ComparisonStepOptions = {},
): Promise<StepResult<ReleaseComparison[]>> {
  const compareOptions = await comparisonOptions(study, options);
  const comparisons: ReleaseComparison[] = [];
  for (const set of study.sets) {
    comparisons.push(
      await compareReleases(set, study.baseline, compareOptions),
    );
  }
  const { utcOffset, seed, rounds } = compareOptions;
  return stepResult(comparisons, {
    text: [
      `Local time of both groups is read at UTC${utcOffsetLabel(utcOffset)} ` +
      "(--utc-offset if given, else --baseline-utc-offset); " +
      `seed ${seed}; ${rounds} bootstrap rounds and permutations.`,
      ...comparisons.map((r) => largeEffectsSentence(r, study.params.alpha)),
    ],
    tables: comparisons.map((r): StepTable => ({
      name: `tab04_${tableSlug(r.a)}_vs_${tableSlug(r.b)}`,
      rows: comparisonRecords(r.rows),
      display: comparisonRecords(r.rows, { digits: 3 }),
      maxRows: 40,
    })),
  });
}

/**
 * The sentence of one comparison: how many tested metrics differ with a
 * large effect, largest first.
 */
export function largeEffectsSentence(
  r: ReleaseComparison,
  alpha: number,
): string {
  const large = r.rows
    .filter((x) => x.q < alpha && Math.abs(x.effect) >= LARGE_EFFECT)
    .sort((x, y) =>
      Math.abs(y.effect) - Math.abs(x.effect) || (x.metric < y.metric ? -1 : 1)
    );
  const tested = r.rows.filter((x) => Number.isFinite(x.q)).length;
  const list = large.map((x) => `${x.metric} (${x.effect.toFixed(2)})`);
  return `${comparisonLabel(r)} (${r.n_accounts_a} vs ${r.n_accounts_b} ` +
    `accounts): ${large.length} of ${tested} tested metrics differ with a ` +
    `large effect (|delta| ≥ ${LARGE_EFFECT}, q < ${alpha})` +
    (list.length > 0 ? `: ${list.join(", ")}.` : ".");
}

/**
 * Where did the creation bursts come from? For each set, its accounts
 * created on burst days and the days (count and expected count); then the
 * baseline's accounts on burst days of its own.
 *
 * @param study An opened study.
 * @param comparisons The value of {@linkcode compareSetsStep}.
 */
export function comparisonBurstsStep(
  study: Study,
  comparisons: readonly ReleaseComparison[],
): StepResult<null> {
  const text = comparisons.map((r) => {
    const days = r.bursts.a.days.map((d) =>
      `${d.date} (${d.count} accounts, ${d.expected.toFixed(2)} expected)`
    );
    return `${r.a}: ${r.bursts.a.n_in_bursts} of ${r.bursts.a.n_accounts} ` +
      `accounts created on ${days.length} burst days: ` +
      `${days.join("; ") || "none"}.`;
  });
  text.push(
    `${study.baseline.name}: ${comparisons[0]?.bursts.b.n_in_bursts ?? 0} ` +
      "accounts on burst days of its own.",
  );
  return stepResult(null, { text });
}
