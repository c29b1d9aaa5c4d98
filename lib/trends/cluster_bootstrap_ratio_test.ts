import { randomLcg } from "d3";
import { deepEqual, equal, notDeepEqual, ok, throws } from "node:assert/strict";
import { clusterBootstrapRatio } from "./cluster_bootstrap_ratio.ts";
import { quantile7 } from "../stats/mod.ts";

const NUM = [120, 0, 30, 0, 0, 8, 0, 1];
const DEN = [120, 15, 40, 2, 9, 8, 1, 3];

Deno.test("clusterBootstrapRatio() is deterministic for a seed", () => {
  const a = clusterBootstrapRatio(NUM, DEN, { rounds: 500, seed: 42 });
  const b = clusterBootstrapRatio(NUM, DEN, { rounds: 500, seed: 42 });
  deepEqual(a, b);
  const c = clusterBootstrapRatio(NUM, DEN, { rounds: 500, seed: 43 });
  notDeepEqual(a, c);
  equal(a.estimate, 159 / 198);
  ok(a.lower < a.estimate && a.estimate < a.upper);
});

Deno.test("clusterBootstrapRatio() draws indices ⌊u·m⌋ from one randomLcg stream", () => {
  const rounds = 300;
  const rng = randomLcg(7);
  const m = DEN.length;
  const stats: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let n = 0, d = 0;
    for (let i = 0; i < m; i++) {
      const j = Math.floor(rng() * m);
      n += NUM[j];
      d += DEN[j];
    }
    stats.push(n / d);
  }
  stats.sort((x, y) => x - y);
  const r = clusterBootstrapRatio(NUM, DEN, { rounds, seed: 7, level: 0.9 });
  equal(r.lower, quantile7(stats, (1 - 0.9) / 2));
  equal(r.upper, quantile7(stats, (1 + 0.9) / 2));
  equal(r.level, 0.9);
  equal(r.rounds, rounds);
});

Deno.test("clusterBootstrapRatio() keeps an account's tweets together", () => {
  // One account with 99 flagged tweets and 99 with one unflagged tweet each:
  // tweet-level resampling would give a tight interval around 0.5; account
  // resampling sees that everything hangs on one account.
  const num = [99, ...Array(99).fill(0)];
  const den = [99, ...Array(99).fill(1)];
  const r = clusterBootstrapRatio(num, den, { rounds: 2000, seed: 1 });
  equal(r.estimate, 0.5);
  equal(r.lower, 0); // in ≥ 2.5 % of rounds the big account is not drawn
  ok(r.upper > 0.7);
});

Deno.test("clusterBootstrapRatio() with one cluster has a zero-width interval", () => {
  deepEqual(clusterBootstrapRatio([3], [4], { rounds: 10 }), {
    estimate: 0.75,
    lower: 0.75,
    upper: 0.75,
    level: 0.95,
    rounds: 10,
  });
});

Deno.test("clusterBootstrapRatio() rejects empty, mismatched and zero inputs", () => {
  throws(() => clusterBootstrapRatio([], []), RangeError);
  throws(() => clusterBootstrapRatio([1], [1, 2]), RangeError);
  throws(() => clusterBootstrapRatio([0], [0]), /denominator ≤ 0/);
  throws(() => clusterBootstrapRatio([1], [1], { rounds: 0 }), /rounds/);
  throws(() => clusterBootstrapRatio([1], [1], { seed: 0.5 }), /seed/);
});
