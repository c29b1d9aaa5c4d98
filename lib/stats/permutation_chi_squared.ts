import { randomLcg } from "d3";
import { chiSquaredHomogeneity } from "./chi_squared_homogeneity.ts";
import { jensenShannon } from "./jensen_shannon.ts";

/** Options of {@link permutationChiSquared}. */
export interface PermutationChiSquaredOptions {
  /** Seed of `d3.randomLcg` for the label permutations (default 1). */
  seed?: number;
  /** Number of permutations R (default 1000; a positive integer). */
  rounds?: number;
}

/** Result of {@link permutationChiSquared}. */
export interface PermutationChiSquaredResult {
  /** Pooled counts of group A per category (sum of its accounts' vectors). */
  countsA: number[];
  /** Pooled counts of group B per category. */
  countsB: number[];
  /** Accounts of A with at least one count (the units permuted). */
  accountsA: number;
  /** Accounts of B with at least one count. */
  accountsB: number;
  /** Pearson X² of the 2 × K table of pooled counts (R `chisq.test`). */
  statistic: number;
  /** Degrees of freedom of that table (after dropping empty categories). */
  df: number;
  /**
   * Asymptotic χ² p-value of the pooled table. It treats every counted item
   * (tweet) as independent, which tweets of one account are not: with
   * clustered data it is far too small. Reported for comparison only.
   */
  chi2P: number;
  /** Smallest expected count of the pooled table. */
  minExpected: number;
  /**
   * Account-level permutation p-value: (1 + #{r : X²_r ≥ X²}) / (1 + R),
   * where X²_r is the statistic after reassigning accounts to the groups
   * at random (group sizes kept). Valid when accounts, not tweets, are
   * exchangeable under the null.
   */
  permutationP: number;
  /** Permutations run. */
  rounds: number;
  /** Jensen–Shannon divergence (bits) of the pooled distributions. */
  jsd: number;
}

/**
 * Compares how two groups of accounts distribute their items (e.g. tweets)
 * over categories (hour of day, weekday, client type), with a test that
 * respects that items are clustered in accounts.
 *
 * Each account is a vector of counts over the same K categories. The
 * pooled 2 × K table (group A's summed vectors, group B's) gives Pearson's
 * X² ({@link chiSquaredHomogeneity}, no continuity correction; all-zero
 * categories dropped), its asymptotic p-value, and the Jensen–Shannon
 * divergence of the two pooled distributions ({@link jensenShannon}).
 * Accounts whose vector is all zero are left out.
 *
 * The p-value to use is the permutation one: group labels are shuffled
 * among the accounts R times (partial Fisher–Yates driven by
 * `d3.randomLcg(seed)`, keeping the number of accounts per group), the
 * pooled table and its X² recomputed each time, and
 * p = (1 + #{X²_r ≥ X²·(1 − 10⁻¹²)}) / (1 + R) (the tolerance makes exact
 * ties count despite rounding). It tests the null hypothesis that the two
 * groups' accounts are exchangeable, so one very active account cannot
 * make a difference "significant" by itself. Its smallest possible value is
 * 1 / (1 + R).
 *
 * When the pooled table cannot be tested (a group without counts, or fewer
 * than 2 non-empty categories) the statistics are NaN (JSD too when a group
 * has no counts).
 *
 * @param groupA One count vector per account of group A (length K each).
 * @param groupB One count vector per account of group B (length K each).
 * @param options `{ seed = 1, rounds = 1000 }`.
 * @returns The pooled counts, X², df, both p-values and the JSD.
 * @throws {RangeError} On vectors of different lengths, a negative or
 *   non-finite count, or bad `rounds`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { permutationChiSquared } from "./permutation_chi_squared.ts";
 * // Two accounts per group; A posts in category 0, B in category 1.
 * const r = permutationChiSquared([[9, 1], [8, 2]], [[1, 9], [2, 8]], { rounds: 99 });
 * assert.deepEqual(r.countsA, [17, 3]);
 * assert.equal(r.df, 1);
 * assert.ok(r.chi2P < 1e-5);
 * // Only 6 ways to split 4 accounts 2/2; 2 of them are as extreme.
 * assert.ok(r.permutationP > 0.2);
 * ```
 */
export function permutationChiSquared(
  groupA: readonly (readonly number[])[],
  groupB: readonly (readonly number[])[],
  options: PermutationChiSquaredOptions = {},
): PermutationChiSquaredResult {
  const { seed = 1, rounds = 1000 } = options;
  if (!Number.isInteger(rounds) || rounds < 1) {
    throw new RangeError(
      `permutationChiSquared(): cannot permute: rounds must be a positive integer: ${rounds}`,
    );
  }
  const k = groupA[0]?.length ?? groupB[0]?.length ?? 0;
  const a = nonEmptyAccounts(groupA, k, "groupA");
  const b = nonEmptyAccounts(groupB, k, "groupB");
  const countsA = sum(a, k);
  const countsB = sum(b, k);
  const result: PermutationChiSquaredResult = {
    countsA,
    countsB,
    accountsA: a.length,
    accountsB: b.length,
    statistic: NaN,
    df: NaN,
    chi2P: NaN,
    minExpected: NaN,
    permutationP: NaN,
    rounds,
    jsd: NaN,
  };
  if (a.length === 0 || b.length === 0) return result;
  result.jsd = jensenShannon(countsA, countsB);
  const observed = statistic(countsA, countsB);
  if (observed === null) return result;
  result.statistic = observed.statistic;
  result.df = observed.df;
  result.chi2P = observed.pValue;
  result.minExpected = observed.minExpected;
  const extreme = extremeRounds(a, b, k, observed.statistic, rounds, seed);
  result.permutationP = (1 + extreme) / (1 + rounds);
  return result;
}

/**
 * The accounts of `group` with at least one count, after checking that each
 * has `k` finite counts ≥ 0.
 */
function nonEmptyAccounts(
  group: readonly (readonly number[])[],
  k: number,
  name: string,
): (readonly number[])[] {
  return group.filter((v, i) => {
    if (v.length !== k) {
      throw new RangeError(
        `permutationChiSquared(): cannot compare ${name}: account ${i} has ${v.length} categories but the first has ${k}: pass vectors of one length`,
      );
    }
    let s = 0;
    for (const x of v) {
      if (typeof x !== "number" || !Number.isFinite(x) || x < 0) {
        throw new RangeError(
          `permutationChiSquared(): cannot compare ${name}: account ${i} has a count that is not a finite value ≥ 0: ${x}`,
        );
      }
      s += x;
    }
    return s > 0;
  });
}

/**
 * How many of `rounds` random relabellings of the accounts (partial
 * Fisher–Yates driven by `d3.randomLcg(seed)`) give X² ≥ `observed`
 * (up to a relative 1e-12).
 */
function extremeRounds(
  a: readonly (readonly number[])[],
  b: readonly (readonly number[])[],
  k: number,
  observed: number,
  rounds: number,
  seed: number,
): number {
  const all = [...a, ...b];
  const total = sum(all, k);
  const n = all.length;
  const nA = a.length;
  const idx = Array.from({ length: n }, (_, i) => i);
  const rng = randomLcg(seed);
  const threshold = observed * (1 - 1e-12);
  let extreme = 0;
  const permA = new Array<number>(k);
  const permB = new Array<number>(k);
  for (let r = 0; r < rounds; r++) {
    permA.fill(0);
    for (let i = 0; i < nA; i++) {
      const j = i + Math.floor(rng() * (n - i));
      [idx[i], idx[j]] = [idx[j], idx[i]];
      const v = all[idx[i]];
      for (let c = 0; c < k; c++) permA[c] += v[c];
    }
    for (let c = 0; c < k; c++) permB[c] = total[c] - permA[c];
    const s = statistic(permA, permB);
    if (s !== null && s.statistic >= threshold) extreme++;
  }
  return extreme;
}

function sum(group: readonly (readonly number[])[], k: number): number[] {
  const out = new Array<number>(k).fill(0);
  for (const v of group) for (let c = 0; c < k; c++) out[c] += v[c];
  return out;
}

/** X² of the 2 × K table, or null when it cannot be tested. */
function statistic(
  a: readonly number[],
  b: readonly number[],
): ReturnType<typeof chiSquaredHomogeneity> | null {
  const nonEmpty = a.filter((x, c) => x + b[c] > 0).length;
  if (nonEmpty < 2) return null;
  return chiSquaredHomogeneity([a, b]);
}
