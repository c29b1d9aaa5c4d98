/**
 * The metrics every benchmarked implementation (Takedown Lab, DuckDB,
 * pandas) computes from the same release, and their comparison.
 *
 * Definitions (each implementation follows them exactly; Takedown Lab's
 * come from `lib/summary`, `lib/profile` and `lib/coord`):
 * - Loading: every column read as text; an empty field (also `""`) is
 *   missing. A tweets row is kept when `tweetid` and `userid` are present
 *   and not in scientific notation (`^[0-9](\.[0-9]+)?[eE]\+?[0-9]+$`, a
 *   spreadsheet-mangled id); a users row when `userid` is. Ids stay text.
 * - `tweet_time` is valid when it matches `YYYY-MM-DD HH:MM` or
 *   `YYYY-MM-DD HH:MM:SS` and parses as that UTC time.
 * - `account_creation_date` is valid as `YYYY-MM-DD` or US `M/D/YYYY`.
 * - `tweets`, `users`: rows kept; `accounts_tweeting`: distinct `userid` of
 *   tweets; `retweets`: tweets whose `is_retweet` is `true` in any case;
 *   `tweet_time_min`/`max`: earliest/latest valid time as `YYYY-MM-DD HH:MM`.
 * - `creation_by_month`: users rows with a valid creation date, by calendar
 *   month `YYYY-MM`.
 * - `weekday_hour[w][h]`: tweets with a valid time by UTC weekday (Monday =
 *   0) and hour; `n_missing_time`: tweets without one.
 * - `clients`: tweets per `tweet_client_name`, missing as `null`.
 * - `intervals`: accounts with ≥ 10 valid times; gaps = differences of the
 *   sorted times in seconds, zeros kept; `median_gap_s` quantile type 7;
 *   μ the mean and σ the population SD of the gaps; burstiness
 *   B = (σ − μ)/(σ + μ), null when σ + μ = 0; `median_of_median_gap_s` and
 *   `median_burstiness` are type-7 medians over those accounts (burstiness:
 *   where defined).
 * - `coretweet`: actions are distinct (userid, retweet_tweetid, t) with t
 *   the valid time in whole Unix seconds and a non-missing
 *   `retweet_tweetid`; accounts u < v (code-point order) co-retweet object x
 *   when actions (u, x, t1), (v, x, t2) have |t1 − t2| ≤ 60; a pair's weight
 *   is the number of distinct such x; `n_pairs_any` counts pairs with
 *   weight ≥ 1, `pairs` lists those with weight ≥ 3 (`n_pairs`, their
 *   `sum_weight`), `max_weight` is over all pairs.
 *
 * @module
 */

/** What each implementation writes as JSON. */
export interface BenchMetrics {
  tweets: number;
  users: number;
  accounts_tweeting: number;
  retweets: number;
  tweet_time_min: string | null;
  tweet_time_max: string | null;
  creation_by_month: Record<string, number>;
  weekday_hour: number[][];
  n_missing_time: number;
  clients: Array<[string | null, number]>;
  intervals: {
    n_accounts: number;
    median_of_median_gap_s: number | null;
    median_burstiness: number | null;
    /** `[userid, n_tweets, median_gap_s, burstiness]`, sorted by userid. */
    accounts: Array<[string, number, number, number | null]>;
  };
  coretweet: {
    n_pairs_any: number;
    n_pairs: number;
    sum_weight: number;
    max_weight: number;
    /** `[u, v, weight]` with weight ≥ 3, sorted by u then v. */
    pairs: Array<[string, string, number]>;
  };
}

/** Minimum co-retweet weight of a listed pair. */
export const MIN_REPEAT = 3;
/** Co-retweet window in seconds. */
export const WINDOW_S = 60;
/** Minimum valid times of an account for interval statistics. */
export const MIN_TWEETS_INTERVALS = 10;
/** Relative tolerance for floats (absolute below magnitude 1). */
export const FLOAT_TOLERANCE = 1e-9;

/**
 * Whether two floats agree: |a − b| ≤ 1e-9 · max(1, |a|, |b|), so relative
 * for magnitudes above 1 and absolute below (burstiness lies in [−1, 1]).
 * Two nulls agree; a null and a number do not.
 *
 * @example
 * ```ts
 * import { floatsAgree } from "./_metrics.ts";
 * import { equal } from "node:assert/strict";
 * equal(floatsAgree(1e6, 1e6 + 1e-4), true);
 * equal(floatsAgree(0.5, 0.5 + 1e-6), false);
 * ```
 */
export function floatsAgree(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <=
    FLOAT_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Code-unit order of two strings. */
function cp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Lists where `actual` differs from `reference`: counts must be equal,
 * floats agree by {@link floatsAgree}; list orders are ignored (lists are
 * compared as maps keyed by name, userid or pair).
 *
 * @param reference The metrics taken as reference.
 * @param actual The metrics checked.
 * @returns Human-readable differences (at most 20 per section); empty when
 *   they agree.
 * @example
 * ```ts
 * import { compareMetrics, type BenchMetrics } from "./_metrics.ts";
 * import { equal } from "node:assert/strict";
 * const m = {
 *   tweets: 1, users: 1, accounts_tweeting: 1, retweets: 0,
 *   tweet_time_min: null, tweet_time_max: null, creation_by_month: {},
 *   weekday_hour: [], n_missing_time: 1, clients: [[null, 1]],
 *   intervals: { n_accounts: 0, median_of_median_gap_s: null,
 *     median_burstiness: null, accounts: [] },
 *   coretweet: { n_pairs_any: 0, n_pairs: 0, sum_weight: 0, max_weight: 0,
 *     pairs: [] },
 * } as BenchMetrics;
 * equal(compareMetrics(m, { ...m, tweets: 2 }).length, 1);
 * ```
 */
export function compareMetrics(
  reference: BenchMetrics,
  actual: BenchMetrics,
): string[] {
  const out: string[] = [];
  summaryDiffs(out, reference, actual);
  intervalDiffs(out, reference.intervals, actual.intervals);
  const rc = reference.coretweet, ac = actual.coretweet;
  for (
    const k of ["n_pairs_any", "n_pairs", "sum_weight", "max_weight"] as const
  ) {
    exact(out, `coretweet.${k}`, rc[k], ac[k]);
  }
  mapDiff(
    out,
    "coretweet.pairs",
    rc.pairs.map(([u, v, w]) => [`${u} ${v}`, w]),
    ac.pairs.map(([u, v, w]) => [`${u} ${v}`, w]),
    (a, b) => a === b,
  );
  return out;
}

/** Adds `name: a vs b` to `out` unless `a === b`. */
function exact(out: string[], name: string, a: unknown, b: unknown): void {
  if (a !== b) out.push(`${name}: ${String(a)} vs ${String(b)}`);
}

/** Differences in the counts, creation months, weekday × hour and clients. */
function summaryDiffs(
  out: string[],
  reference: BenchMetrics,
  actual: BenchMetrics,
): void {
  for (
    const k of [
      "tweets",
      "users",
      "accounts_tweeting",
      "retweets",
      "tweet_time_min",
      "tweet_time_max",
      "n_missing_time",
    ] as const
  ) exact(out, k, reference[k], actual[k]);
  mapDiff(
    out,
    "creation_by_month",
    Object.entries(reference.creation_by_month),
    Object.entries(actual.creation_by_month),
    (a, b) => a === b,
  );
  for (let w = 0; w < 7; w++) {
    for (let h = 0; h < 24; h++) {
      exact(
        out,
        `weekday_hour[${w}][${h}]`,
        reference.weekday_hour[w]?.[h],
        actual.weekday_hour[w]?.[h],
      );
    }
  }
  mapDiff(
    out,
    "clients",
    reference.clients.map(([k, n]) => [JSON.stringify(k), n]),
    actual.clients.map(([k, n]) => [JSON.stringify(k), n]),
    (a, b) => a === b,
  );
}

/** Differences in the inter-tweet interval metrics. */
function intervalDiffs(
  out: string[],
  ri: BenchMetrics["intervals"],
  ai: BenchMetrics["intervals"],
): void {
  exact(out, "intervals.n_accounts", ri.n_accounts, ai.n_accounts);
  for (const k of ["median_of_median_gap_s", "median_burstiness"] as const) {
    if (!floatsAgree(ri[k], ai[k])) {
      out.push(`intervals.${k}: ${ri[k]} vs ${ai[k]}`);
    }
  }
  mapDiff(
    out,
    "intervals.accounts",
    ri.accounts.map(([u, ...r]) => [u, r]),
    ai.accounts.map(([u, ...r]) => [u, r]),
    (a, b) =>
      a[0] === b[0] && floatsAgree(a[1], b[1]) && floatsAgree(a[2], b[2]),
  );
}

function mapDiff<T>(
  out: string[],
  name: string,
  reference: Array<[string, T]>,
  actual: Array<[string, T]>,
  same: (a: T, b: T) => boolean,
) {
  const a = new Map(actual);
  const r = new Map(reference);
  const diffs: string[] = [];
  if (a.size !== actual.length || r.size !== reference.length) {
    diffs.push(`${name}: repeated keys`);
  }
  for (const [k, v] of [...r].sort((x, y) => cp(x[0], y[0]))) {
    if (!a.has(k)) diffs.push(`${name}[${k}]: ${JSON.stringify(v)} vs absent`);
    else if (!same(v, a.get(k)!)) {
      diffs.push(
        `${name}[${k}]: ${JSON.stringify(v)} vs ${JSON.stringify(a.get(k))}`,
      );
    }
  }
  for (const k of [...a.keys()].sort(cp)) {
    if (!r.has(k)) {
      diffs.push(`${name}[${k}]: absent vs ${JSON.stringify(a.get(k))}`);
    }
  }
  out.push(...diffs.slice(0, 20));
  if (diffs.length > 20) {
    out.push(`${name}: … and ${diffs.length - 20} more differences`);
  }
}
