import assert from "node:assert/strict";
import { randomLcg } from "d3";
import { bootstrapCI } from "./bootstrap_ci.ts";
import { bootstrapCliffsDelta } from "./_bootstrap.ts";
import { cliffsDelta } from "./cliffs_delta.ts";
import { quantile7 } from "./quantile7.ts";

const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
const meanDiff = (a: number[], b: number[]) => mean(a) - mean(b);

Deno.test("bootstrapCI() is deterministic for a seed and changes with it", () => {
  const x = [3, 8, 1, 9, 4, 7, 7, 2];
  const y = [5, 1, 2, 2, 6, 0];
  const a = bootstrapCI(x, y, meanDiff, { rounds: 300, seed: 42 });
  const b = bootstrapCI(x, y, meanDiff, { rounds: 300, seed: 42 });
  const c = bootstrapCI(x, y, meanDiff, { rounds: 300, seed: 43 });
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, c);
  assert.equal(a.estimate, mean(x) - mean(y));
  assert.ok(a.lower < a.estimate && a.estimate < a.upper);
});

Deno.test("bootstrapCI() resamples x then y with floor(u·n) from d3.randomLcg(seed)", () => {
  const x = [10, 20, 30];
  const y = [1, 2];
  const rng = randomLcg(9);
  const expected: number[] = [];
  for (let r = 0; r < 5; r++) {
    const xs = x.map(() => x[Math.floor(rng() * 3)]);
    const ys = y.map(() => y[Math.floor(rng() * 2)]);
    expected.push(meanDiff(xs, ys));
  }
  expected.sort((a, b) => a - b);
  const got = bootstrapCI(x, y, meanDiff, { rounds: 5, seed: 9, level: 0.5 });
  assert.equal(got.lower, quantile7(expected, 0.25));
  assert.equal(got.upper, quantile7(expected, 0.75));
});

Deno.test("bootstrapCI() collapses to the estimate when every value is equal", () => {
  const ci = bootstrapCI([2, 2, 2], [1, 1], cliffsDelta, { rounds: 50 });
  assert.deepEqual([ci.lower, ci.estimate, ci.upper], [1, 1, 1]);
});

Deno.test("bootstrapCliffsDelta() returns exactly bootstrapCI(x, y, cliffsDelta)", () => {
  const rng = randomLcg(5);
  const x = Float64Array.from({ length: 301 }, () => Math.round(rng() * 40));
  const y = Float64Array.from({ length: 257 }, () => Math.round(rng() * 45));
  for (const seed of [1, 123456]) {
    const opts = { rounds: 200, seed, level: 0.9 };
    assert.deepEqual(
      bootstrapCliffsDelta(x, y, opts),
      bootstrapCI(x, y, cliffsDelta, opts),
    );
  }
});

Deno.test("bootstrapCI() rejects bad options, empty samples and non-finite statistics", () => {
  assert.throws(() => bootstrapCI([1], [2], meanDiff, { rounds: 0 }), /rounds/);
  assert.throws(() => bootstrapCI([1], [2], meanDiff, { level: 1 }), /level/);
  assert.throws(() => bootstrapCI([], [2], meanDiff), /a sample is empty/);
  assert.throws(() => bootstrapCI([1], [2], () => NaN), /round 0: NaN/);
});
