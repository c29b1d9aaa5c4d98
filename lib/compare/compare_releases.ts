import type pl from "nodejs-polars";
import type { Release } from "../io/release_types.ts";
import {
  ACCOUNT_METRIC_COLUMNS,
  accountMetrics,
} from "../profile/account_metrics.ts";
import type { ClientTaxonomy } from "../profile/client_taxonomy.ts";
import {
  type CreationBursts,
  creationBursts,
} from "../profile/creation_bursts.ts";
import { checkOffset } from "./_local_time.ts";
import {
  accountCategoryCounts,
  CATEGORICAL_VARIABLES,
  type CategoricalVariable,
} from "./account_category_counts.ts";
import { benjaminiHochberg } from "../stats/benjamini_hochberg.ts";
import {
  COMPARISON_METRICS,
  type SeparabilityFeature,
} from "./comparison_metrics.ts";
import {
  type ComparisonRow,
  comparisonTable,
} from "../stats/comparison_table.ts";
import { permutationChiSquared } from "../stats/permutation_chi_squared.ts";
import { type Separability, separability } from "./separability.ts";

/** The parts of a release a comparison reads. */
export type ComparisonInput = Pick<Release, "name" | "users" | "tweets"> & {
  synthetic?: boolean;
};

/** Options of {@link compareReleases}. */
export interface CompareReleasesOptions {
  /** Client taxonomy (lib/profile `loadClientTaxonomy()`). */
  taxonomy: ClientTaxonomy;
  /**
   * UTC offset, in hours, at which local time is read for both groups
   * (working hours, weekend ratio, hour and weekday): the baseline's known
   * offset, e.g. −4 for Venezuela since May 2016 (−4.5 before).
   */
  utcOffset: number;
  /** Seed of the bootstraps, permutations and folds (default 1). */
  seed?: number;
  /** Bootstrap rounds per metric and permutations per variable (default 1000). */
  rounds?: number;
  /** Confidence level of `effect_ci` (default 0.95). */
  level?: number;
  /** Metrics to test (accountMetrics columns); default {@link COMPARISON_METRICS}. */
  metrics?: readonly string[];
  /** Separability features; default `SEPARABILITY_FEATURES`. */
  features?: readonly SeparabilityFeature[];
  /** Cross-validation folds (default 5). */
  folds?: number;
  /** Minimum timed tweets for interval metrics (default 10). */
  minTweetsIntervals?: number;
}

/** A row of the metric table: a `comparisonTable` row and its meaning. */
export type MetricComparisonRow = ComparisonRow & { description: string };

/** One categorical variable compared ({@link permutationChiSquared}). */
export interface CategoricalRow {
  variable: CategoricalVariable;
  categories: string[];
  /** Tweets of A / B per category. */
  counts_a: number[];
  counts_b: number[];
  n_tweets_a: number;
  n_tweets_b: number;
  /** Accounts with ≥ 1 counted tweet (the units permuted). */
  n_accounts_a: number;
  n_accounts_b: number;
  /** Pearson X² of the pooled 2 × K tweet table and its df. */
  chi2: number;
  df: number;
  /** Asymptotic χ² p-value; treats tweets as independent (too small). */
  chi2_p: number;
  min_expected: number;
  /** Account-permutation p-value (the one to use). */
  perm_p: number;
  /** Jensen–Shannon divergence (bits) of the pooled distributions. */
  jsd: number;
  /** Benjamini–Hochberg q of `perm_p` across the categorical rows. */
  q: number;
}

/** How the creation bursts behind `in_burst` were found for one group. */
export interface BurstSummary {
  /** Name of the release whose creation rate was the reference. */
  reference: string;
  n_accounts: number;
  n_in_bursts: number;
  share_in_bursts: number | null;
  /** Burst days: date, accounts created, expected count, q. */
  days: { date: string; count: number; expected: number; q: number }[];
}

/** Result of {@link compareReleases}. */
export interface ReleaseComparison {
  /** Names of group A (the set) and group B (the baseline). */
  a: string;
  b: string;
  /** True when either input is synthetic demo data. */
  synthetic: boolean;
  utc_offset: number;
  seed: number;
  rounds: number;
  /** Accounts (rows of each accountMetrics table). */
  n_accounts_a: number;
  n_accounts_b: number;
  bursts: { a: BurstSummary; b: BurstSummary };
  /** One row per metric, A vs B; `q` is BH across these rows. */
  rows: MetricComparisonRow[];
  /** Hour of day, weekday and client category, A vs B. */
  categorical: CategoricalRow[];
  /** Cross-validated AUC of A vs B. */
  separability: Separability;
  /** The accountMetrics tables (not part of the JSON). */
  accounts_a: pl.DataFrame;
  accounts_b: pl.DataFrame;
}

/**
 * Compares a set of accounts (group A, e.g. a takedown release) with a
 * baseline (group B, e.g. organic accounts of the same country and period)
 * account by account.
 *
 * 1. **Creation bursts.** A's burst days are found by lib/profile's
 *    `creationBursts` with B's users as the reference rate (days when more
 *    of A's accounts were created than B's smoothed creation rate
 *    predicts). B's own burst days use B itself as the reference (days that
 *    stand out from B's surrounding week; the day's own accounts are in its
 *    window, which makes this conservative). `in_burst` = 1 for accounts
 *    created on a burst day of their group.
 * 2. **Account metrics.** lib/profile's `accountMetrics` for each group,
 *    with local time at `utcOffset` for both (one offset, stated, so
 *    working hours mean the same clock for both groups).
 * 3. **Metric table.** `comparisonTable` of A vs B over `metrics`: KS,
 *    Mann–Whitney, Cliff's delta (positive: A tends to be larger) with a
 *    seeded bootstrap CI, and BH q-values of the MWU p-values across the
 *    rows. A metric constant in both groups has no MWU p and no q (NaN).
 * 4. **Categorical distributions.** For local hour of day, local weekday
 *    and client category: pooled tweet counts, X², the Jensen–Shannon
 *    divergence, and an account-level permutation p-value
 *    ({@link permutationChiSquared}; `rounds` permutations), BH-adjusted
 *    across the three rows.
 * 5. **Separability.** {@link separability}: cross-validated AUC of a ridge
 *    logistic regression on account features (Alizadeh, Shapiro, Buntain &
 *    Tucker 2020, Science Advances 6(30): eabb5824).
 *
 * The same inputs, options and seed give identical results.
 *
 * @param a Group A (the set).
 * @param b Group B (the baseline).
 * @param options See {@link CompareReleasesOptions}.
 * @returns Every table, plus the per-account tables.
 * @throws {RangeError} On a bad offset or a metric that is not an
 *   accountMetrics column.
 *
 * @example
 * ```ts ignore
 * import { loadRelease } from "../io/mod.ts";
 * import { loadClientTaxonomy } from "../profile/mod.ts";
 * const set = await loadRelease("demo_statebacked");
 * const base = await loadRelease("demo_organic");
 * const r = await compareReleases(set, base, {
 *   taxonomy: await loadClientTaxonomy(), utcOffset: -4, seed: 20190101,
 * });
 * console.log(r.rows.find((x) => x.metric === "working_hours_share"));
 * ```
 */
export async function compareReleases(
  a: ComparisonInput,
  b: ComparisonInput,
  options: CompareReleasesOptions,
): Promise<ReleaseComparison> {
  const { taxonomy, utcOffset, seed = 1, rounds = 1000 } = options;
  checkOffset(utcOffset, `Comparing ${a.name} with ${b.name}`);
  const metrics = options.metrics ?? COMPARISON_METRICS.map((m) => m.name);
  checkMetrics(metrics, `Comparing ${a.name} with ${b.name}`);

  const burstsA = await creationBursts(a.users, { baseline: b.users });
  const burstsB = await creationBursts(b.users, { baseline: b.users });
  const metricOptions = {
    taxonomy,
    utcOffset,
    minTweetsIntervals: options.minTweetsIntervals,
  };
  const accountsA = await accountMetrics(a.users, a.tweets, {
    ...metricOptions,
    bursts: burstsA,
  });
  const accountsB = await accountMetrics(b.users, b.tweets, {
    ...metricOptions,
    bursts: burstsB,
  });
  return {
    a: a.name,
    b: b.name,
    synthetic: (a.synthetic ?? false) || (b.synthetic ?? false),
    utc_offset: utcOffset,
    seed,
    rounds,
    n_accounts_a: accountsA.height,
    n_accounts_b: accountsB.height,
    bursts: {
      a: burstSummary(burstsA, b.name),
      b: burstSummary(burstsB, b.name),
    },
    rows: metricRows(accountsA, accountsB, metrics, {
      seed,
      rounds,
      level: options.level,
    }),
    categorical: await categoricalRows(a, b, {
      taxonomy,
      utcOffset,
      seed,
      rounds,
    }),
    separability: separability(accountsA, accountsB, {
      features: options.features,
      folds: options.folds,
      seed,
    }),
    accounts_a: accountsA,
    accounts_b: accountsB,
  };
}

/** Throws unless every metric is an accountMetrics column (not `userid`). */
function checkMetrics(metrics: readonly string[], what: string): void {
  for (const m of metrics) {
    if (
      m === "userid" ||
      !(ACCOUNT_METRIC_COLUMNS as readonly string[]).includes(m)
    ) {
      throw new RangeError(
        `${what}: not an account metric: ${m}. Use columns of accountMetrics (${
          ACCOUNT_METRIC_COLUMNS.slice(1).join(", ")
        }).`,
      );
    }
  }
}

/** The metric table of A vs B, each row with its metric's description. */
function metricRows(
  accountsA: pl.DataFrame,
  accountsB: pl.DataFrame,
  metrics: readonly string[],
  options: { seed: number; rounds: number; level?: number },
): MetricComparisonRow[] {
  const descriptions = new Map(
    COMPARISON_METRICS.map((m) => [m.name, m.description]),
  );
  return comparisonTable(
    columns(accountsA, metrics),
    columns(accountsB, metrics),
    { ...options, metrics },
  ).map((r) => ({ ...r, description: descriptions.get(r.metric) ?? "" }));
}

/**
 * Hour, weekday and client category of A vs B: pooled counts, X², JSD and
 * the account-permutation p, BH-adjusted across the rows.
 */
async function categoricalRows(
  a: ComparisonInput,
  b: ComparisonInput,
  options: {
    taxonomy: ClientTaxonomy;
    utcOffset: number;
    seed: number;
    rounds: number;
  },
): Promise<CategoricalRow[]> {
  const { taxonomy, utcOffset, seed, rounds } = options;
  const categorical: CategoricalRow[] = [];
  for (const variable of CATEGORICAL_VARIABLES) {
    const countOptions = { utcOffset, taxonomy };
    const ca = await accountCategoryCounts(a.tweets, variable, countOptions);
    const cb = await accountCategoryCounts(b.tweets, variable, countOptions);
    const t = permutationChiSquared(ca.counts, cb.counts, { seed, rounds });
    categorical.push({
      variable,
      categories: ca.categories,
      counts_a: t.countsA,
      counts_b: t.countsB,
      n_tweets_a: t.countsA.reduce((s, x) => s + x, 0),
      n_tweets_b: t.countsB.reduce((s, x) => s + x, 0),
      n_accounts_a: t.accountsA,
      n_accounts_b: t.accountsB,
      chi2: t.statistic,
      df: t.df,
      chi2_p: t.chi2P,
      min_expected: t.minExpected,
      perm_p: t.permutationP,
      jsd: t.jsd,
      q: NaN,
    });
  }
  const q = benjaminiHochberg(categorical.map((r) => r.perm_p));
  categorical.forEach((r, i) => (r.q = q[i]));
  return categorical;
}

function columns(
  df: pl.DataFrame,
  metrics: readonly string[],
): Record<string, (number | null)[]> {
  return Object.fromEntries(
    metrics.map((m) => [m, df.getColumn(m).toArray() as (number | null)[]]),
  );
}

function burstSummary(b: CreationBursts, reference: string): BurstSummary {
  return {
    reference,
    n_accounts: b.n_accounts,
    n_in_bursts: b.n_in_bursts,
    share_in_bursts: b.share_in_bursts,
    days: b.bursts.map((d) => ({
      date: d.date,
      count: d.count,
      expected: d.expected,
      q: d.q,
    })),
  };
}
