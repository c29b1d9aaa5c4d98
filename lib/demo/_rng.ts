/**
 * Seeded randomness for the demo generator.
 *
 * Every random stream is a `d3.randomLcg` (the 32-bit linear congruential
 * generator of Numerical Recipes: state ← 1664525·state + 1013904223 mod 2³²,
 * output state / 2³²) seeded with `seedOf(seed, ...parts)`, the murmur3
 * 32-bit finaliser folded over the bundle seed and integer labels. One stream
 * per account and purpose keeps accounts independent of each other, so the
 * generator never needs all tweets at once.
 *
 * @module
 */
import { randomLcg, randomLogNormal } from "d3";

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** Integer labels of the independent random streams. */
export const STREAM = {
  officials: 1,
  groups: 2,
  statebackedProfile: 3,
  statebackedTweets: 4,
  unattributedProfile: 5,
  unattributedTweets: 6,
  organicProfile: 7,
  organicTweets: 8,
  roles: 9,
} as const;

/**
 * Derive a 32-bit stream seed from the bundle seed and integer labels.
 *
 * @param seed Bundle seed (an integer in [0, 2³²)).
 * @param parts Stream labels, each an integer in [0, 2³²).
 * @returns An unsigned 32-bit integer.
 * @example
 * ```ts
 * import { seedOf } from "./_rng.ts";
 * import { equal, notEqual } from "node:assert/strict";
 * equal(seedOf(1, 2), seedOf(1, 2));
 * notEqual(seedOf(1, 2), seedOf(1, 3));
 * ```
 */
export function seedOf(seed: number, ...parts: number[]): number {
  let h = (seed >>> 0) ^ 0x9e3779b9;
  for (const p of [...parts, parts.length]) {
    h = Math.imul(h ^ (p >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** A `d3.randomLcg` stream seeded with `seedOf(seed, ...parts)`. */
export function rngFor(seed: number, ...parts: number[]): Rng {
  return randomLcg(seedOf(seed, ...parts));
}

/** Uniform integer in [lo, hi). */
export function intIn(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo));
}

/** A uniformly chosen element of a non-empty array. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

/** Index drawn with probability proportional to `weights[i]`. */
export function weighted(rng: Rng, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let u = rng() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i];
    if (u < 0) return i;
  }
  return weights.length - 1;
}

/** Fisher–Yates shuffle of a copy of `items`. */
export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A lognormal sampler exp(N(mu, sigma)) driven by `rng`. */
export function lognormal(rng: Rng, mu: number, sigma: number): () => number {
  return randomLogNormal.source(rng)(mu, sigma);
}
