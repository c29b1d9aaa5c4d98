/**
 * A seeded cluster bootstrap for a ratio of totals.
 *
 * @module
 */
import { randomLcg } from "d3";
import { quantile7 } from "../stats/mod.ts";
import type { BootstrapResult } from "../stats/mod.ts";
import { bootstrapOptions } from "./_day.ts";

/**
 * Percentile bootstrap interval for R = Σ numerators / Σ denominators,
 * resampling whole clusters (here: accounts) rather than single units
 * (tweets).
 *
 * Why clusters: all tweets of one account share that account's flag, so
 * they are not independent draws; resampling tweets would treat an account
 * with 500 tweets as 500 independent pieces of evidence and give an
 * interval far too narrow. Resampling accounts keeps each account's tweets
 * together: the interval shows how much the share depends on which
 * accounts happened to take part (Davison & Hinkley 1997, §3.8; Field &
 * Welsh 2007). It does not show whether the flags are right: a flag that
 * misclassifies accounts moves the estimate and its interval together.
 *
 * Each round draws m cluster indices ⌊u·m⌋ with replacement (m = number
 * of clusters, u from one `d3.randomLcg(seed)` stream), and computes Σ
 * numerators / Σ denominators of the drawn clusters. The interval is the
 * type-7 (1 − level)/2 and (1 + level)/2 quantiles of the `rounds` ratios
 * (`quantile7` of lib/compare). Same inputs and seed → same numbers.
 *
 * @param numerators Per cluster, e.g. the account's tweets if flagged, else 0.
 * @param denominators Per cluster, e.g. the account's tweets (each > 0).
 * @param options `rounds` (default 1000), `seed` (default 1), `level`
 *   (default 0.95).
 * @returns `{ estimate, lower, upper, level, rounds }`.
 * @throws {RangeError} On empty or mismatched inputs, a denominator ≤ 0 or
 *   bad options.
 * @example
 * ```ts
 * import { clusterBootstrapRatio } from "./cluster_bootstrap_ratio.ts";
 * import { equal, ok } from "node:assert/strict";
 * const r = clusterBootstrapRatio([10, 0, 0, 5], [10, 2, 3, 5], { rounds: 200, seed: 7 });
 * equal(r.estimate, 0.75);
 * ok(r.lower <= 0.75 && 0.75 <= r.upper);
 * ```
 */
export function clusterBootstrapRatio(
  numerators: ArrayLike<number>,
  denominators: ArrayLike<number>,
  options: { rounds?: number; seed?: number; level?: number } = {},
): BootstrapResult {
  const what = "Bootstrapping a ratio over clusters";
  const { rounds, seed, level } = bootstrapOptions(what, options);
  const m = denominators.length;
  if (m === 0 || numerators.length !== m) {
    throw new RangeError(
      `${what}: need one numerator per denominator and at least one cluster: ${numerators.length} numerators, ${m} denominators.`,
    );
  }
  let sumN = 0;
  let sumD = 0;
  for (let i = 0; i < m; i++) {
    if (!(denominators[i] > 0) || !Number.isFinite(numerators[i])) {
      throw new RangeError(
        `${what}: cluster ${i} has a denominator ≤ 0 or a non-finite numerator: ${
          numerators[i]
        }/${denominators[i]}. Drop clusters without units.`,
      );
    }
    sumN += numerators[i];
    sumD += denominators[i];
  }
  const rng = randomLcg(seed);
  const stats = new Float64Array(rounds);
  for (let r = 0; r < rounds; r++) {
    let n = 0;
    let d = 0;
    for (let i = 0; i < m; i++) {
      const j = Math.floor(rng() * m);
      n += numerators[j];
      d += denominators[j];
    }
    stats[r] = n / d;
  }
  stats.sort();
  return {
    estimate: sumN / sumD,
    lower: quantile7(stats, (1 - level) / 2),
    upper: quantile7(stats, (1 + level) / 2),
    level,
    rounds,
  };
}
