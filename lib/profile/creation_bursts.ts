/**
 * Detection of account-creation bursts (batch registration).
 *
 * @module
 */
import pl from "nodejs-polars";
import { benjaminiHochberg } from "../stats/benjamini_hochberg.ts";
import { creationDayCounts } from "./_creation.ts";
import { dayToIso } from "./_time.ts";
import { poissonUpperTail } from "../stats/poisson_upper_tail.ts";

/** One tested creation day. */
export interface BurstDay {
  /** Calendar day, `YYYY-MM-DD` (UTC). */
  date: string;
  /** Set rows created that day. */
  count: number;
  /** Expected count λ under the reference rate (see `creationBursts`). */
  expected: number;
  /** One-sided Poisson p-value P(X ≥ count | λ = expected). */
  p: number;
  /** Benjamini–Hochberg q-value across all tested days. */
  q: number;
  /** Distinct userids created that day, sorted. */
  userids: string[];
}

/** Options of {@linkcode creationBursts}. */
export interface CreationBurstOptions {
  /** Baseline users frame giving the reference daily rate; absent: uniform. */
  baseline?: pl.LazyDataFrame;
  /** Half-width k of the baseline smoothing window, in days (default 3: 7-day window). */
  windowDays?: number;
  /** Pseudocount α added to each baseline window count (default 1; must be > 0). */
  pseudocount?: number;
  /** q-value threshold (default 0.05). */
  alpha?: number;
  /** Minimum count for a burst day (default 3). */
  minCount?: number;
}

/** Result of {@linkcode creationBursts}. */
export interface CreationBursts {
  /** `baseline` when a baseline gave the rate, else `uniform`. */
  method: "baseline" | "uniform";
  /** N: set rows with a valid creation date. */
  n_accounts: number;
  /** Set rows with a null creation date (left out). */
  n_missing: number;
  /** The set's span: first and last creation day and its length in days. */
  first_day: string | null;
  last_day: string | null;
  n_days_span: number;
  window_days: number;
  pseudocount: number;
  alpha: number;
  min_count: number;
  /** Every day with ≥ 1 creation in the set, ascending by date. */
  days: BurstDay[];
  /** Days with q ≤ alpha and count ≥ min_count, ascending by date. */
  bursts: BurstDay[];
  /** Set rows created on burst days. */
  n_in_bursts: number;
  /** n_in_bursts / n_accounts (null when n_accounts is 0). */
  share_in_bursts: number | null;
}

/**
 * Finds days on which more accounts of a set were created than a
 * reference rate predicts.
 *
 * Definitions (unit: users rows with a non-null `account_creation_date`):
 * - span S: the set's days from its first to its last creation day,
 *   inclusive (D days); N: the set's row count.
 * - reference weight of day d ∈ S:
 *   - with a baseline: w_d = (b(d−k … d+k) + α) / (2k + 1), where
 *     b(d−k … d+k) is the number of baseline rows created in the
 *     (2k+1)-day window centred on d (the window may reach outside S) and
 *     α the pseudocount, which keeps days without baseline creations from
 *     getting a zero expectation;
 *   - without a baseline: w_d = 1 (a uniform rate over S).
 * - expected count λ_d = N · w_d / Σ_{d′∈S} w_{d′}: the set's size times
 *   the baseline's (smoothed) share of creations on day d within the span.
 * - for each day with count c_d ≥ 1: p_d = P(X ≥ c_d), X ~ Poisson(λ_d)
 *   (see `poissonUpperTail`); q_d = Benjamini–Hochberg over those days.
 * - burst day: q_d ≤ alpha and c_d ≥ minCount.
 *
 * Caveat: if the baseline contains the set's own accounts, their batches
 * raise the expectation and hide themselves; use a baseline without them.
 *
 * @param users the set's users frame (archive schema)
 * @param options see {@linkcode CreationBurstOptions}
 * @returns all tested days, the burst days and the share of the set in bursts
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { creationBursts } from "./creation_bursts.ts";
 * import { equal } from "node:assert/strict";
 * const dates = [
 *   ...Array(10).fill("2017-02-06"),
 *   ...Array.from({ length: 30 }, (_, i) => new Date(Date.UTC(2017, 0, 1 + 3 * i))),
 * ].map((d) => new Date(d));
 * const users = pl.DataFrame({
 *   userid: dates.map((_, i) => String(i)),
 *   account_creation_date: pl.Series(dates).cast(pl.Date),
 * }).lazy();
 * const r = await creationBursts(users);
 * equal(r.bursts.length, 1);
 * equal(r.bursts[0].date, "2017-02-06");
 * ```
 */
export async function creationBursts(
  users: pl.LazyDataFrame,
  options: CreationBurstOptions = {},
): Promise<CreationBursts> {
  const settings = burstSettings(options);
  const { days, counts, userids, nMissing } = await setDayCounts(users);
  const n = counts.reduce((a, b) => a + b, 0);
  const base = {
    method: options.baseline ? "baseline" as const : "uniform" as const,
    n_accounts: n,
    n_missing: nMissing,
    window_days: settings.k,
    pseudocount: settings.pseudocount,
    alpha: settings.alpha,
    min_count: settings.minCount,
  };
  if (n === 0) {
    return {
      ...base,
      first_day: null,
      last_day: null,
      n_days_span: 0,
      days: [],
      bursts: [],
      n_in_bursts: 0,
      share_in_bursts: null,
    };
  }
  const first = days[0];
  const last = days[days.length - 1];
  const span = last - first + 1;
  const weights = options.baseline
    ? await baselineWeights(options.baseline, first, span, settings)
    : new Float64Array(span).fill(1);
  const tested = testDays(days, counts, userids, weights, first, n);
  const bursts = tested.filter((t) =>
    t.q <= settings.alpha && t.count >= settings.minCount
  );
  const inBursts = bursts.reduce((a, t) => a + t.count, 0);
  return {
    ...base,
    first_day: dayToIso(first),
    last_day: dayToIso(last),
    n_days_span: span,
    days: tested,
    bursts,
    n_in_bursts: inBursts,
    share_in_bursts: inBursts / n,
  };
}

/** The options with their defaults, checked. */
interface BurstSettings {
  k: number;
  pseudocount: number;
  alpha: number;
  minCount: number;
}

function burstSettings(options: CreationBurstOptions): BurstSettings {
  const k = options.windowDays ?? 3;
  const pseudocount = options.pseudocount ?? 1;
  if (!Number.isInteger(k) || k < 0) {
    throw new RangeError(
      `Detecting creation bursts: windowDays is not a whole number >= 0: ${k}.`,
    );
  }
  if (!(pseudocount > 0) || !Number.isFinite(pseudocount)) {
    throw new RangeError(
      `Detecting creation bursts: pseudocount is not a finite number > 0: ${pseudocount}.`,
    );
  }
  return {
    k,
    pseudocount,
    alpha: options.alpha ?? 0.05,
    minCount: options.minCount ?? 3,
  };
}

/**
 * The set's creation days (day index, ascending), rows and sorted distinct
 * userids per day, and the rows without a creation date.
 */
async function setDayCounts(users: pl.LazyDataFrame): Promise<{
  days: number[];
  counts: number[];
  userids: string[][];
  nMissing: number;
}> {
  const perDay = await users
    .filter(pl.col("account_creation_date").isNotNull())
    .select(
      pl.col("account_creation_date").cast(pl.Int32).alias("day"),
      pl.col("userid"),
    )
    .groupBy("day")
    .agg(
      pl.len().alias("n"),
      pl.col("userid").dropNulls().unique().sort().alias("userids"),
    )
    .sort("day")
    .collect();
  const nMissing = Number(
    (await users
      .select(pl.col("account_creation_date").isNull().sum().alias("m"))
      .collect()).getColumn("m").toArray()[0],
  );
  return {
    days: perDay.getColumn("day").toArray() as number[],
    counts: (perDay.getColumn("n").toArray() as number[]).map(Number),
    userids: perDay.getColumn("userids").toArray() as unknown as string[][],
    nMissing,
  };
}

/**
 * Reference weight w_d = (b(d−k … d+k) + α) / (2k + 1) of every day of the
 * span [first, first + span − 1], from the baseline's creation counts.
 */
async function baselineWeights(
  baseline: pl.LazyDataFrame,
  first: number,
  span: number,
  { k, pseudocount }: BurstSettings,
): Promise<Float64Array> {
  const weights = new Float64Array(span);
  const b = await creationDayCounts(baseline);
  // Baseline counts over [first - k, last + k], then a sliding window sum.
  const ext = new Float64Array(span + 2 * k);
  for (const [day, c] of b.counts) {
    const i = day - (first - k);
    if (i >= 0 && i < ext.length) ext[i] = c;
  }
  let window = 0;
  for (let i = 0; i < 2 * k + 1; i++) window += ext[i];
  for (let d = 0; d < span; d++) {
    if (d > 0) window += ext[d + 2 * k] - ext[d - 1];
    weights[d] = (window + pseudocount) / (2 * k + 1);
  }
  return weights;
}

/** λ, Poisson p and BH q of every creation day of the set. */
function testDays(
  days: number[],
  counts: number[],
  userids: string[][],
  weights: Float64Array,
  first: number,
  n: number,
): BurstDay[] {
  let total = 0;
  for (const w of weights) total += w;
  const expected = days.map((d) => (n * weights[d - first]) / total);
  const p = counts.map((c, i) => poissonUpperTail(c, expected[i]));
  const q = benjaminiHochberg(p);
  return days.map((d, i) => ({
    date: dayToIso(d),
    count: counts[i],
    expected: expected[i],
    p: p[i],
    q: q[i],
    userids: userids[i],
  }));
}
