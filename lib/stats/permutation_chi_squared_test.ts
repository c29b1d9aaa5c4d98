import assert from "node:assert/strict";
import { chiSquaredHomogeneity } from "./chi_squared_homogeneity.ts";
import { jensenShannon } from "./jensen_shannon.ts";
import { permutationChiSquared } from "./permutation_chi_squared.ts";

Deno.test("permutationChiSquared() pools account vectors and reports X², df, χ² p and JSD of the pooled table", () => {
  const a = [[9, 1, 0], [8, 2, 0], [0, 0, 0]];
  const b = [[1, 9, 0], [2, 8, 0], [3, 3, 0]];
  const r = permutationChiSquared(a, b, { rounds: 10 });
  assert.deepEqual(r.countsA, [17, 3, 0]);
  assert.deepEqual(r.countsB, [6, 20, 0]);
  // The all-zero account of A is left out of the permuted units.
  assert.equal(r.accountsA, 2);
  assert.equal(r.accountsB, 3);
  const ref = chiSquaredHomogeneity([[17, 3, 0], [6, 20, 0]]);
  assert.equal(r.statistic, ref.statistic);
  assert.equal(r.df, 1); // the empty third category is dropped
  assert.equal(r.chi2P, ref.pValue);
  assert.equal(r.minExpected, ref.minExpected);
  assert.equal(r.jsd, jensenShannon([17, 3, 0], [6, 20, 0]));
  assert.equal(r.rounds, 10);
});

Deno.test("permutationChiSquared() approximates the exact permutation p-value", () => {
  // 4 accounts split 2/2: 6 equally likely splits; the observed split and
  // its mirror image give the largest X², so the exact p is 2/6.
  const r = permutationChiSquared([[9, 1], [8, 2]], [[1, 9], [2, 8]], {
    rounds: 20000,
    seed: 5,
  });
  assert.ok(Math.abs(r.permutationP - 1 / 3) < 0.01, String(r.permutationP));
  // The tweet-level χ² p-value ignores the clustering entirely.
  assert.ok(r.chi2P < 1e-5);
});

Deno.test("permutationChiSquared() does not let one heavy account make a difference significant", () => {
  // One account of A posts 1000 tweets in category 0; everyone else posts
  // 5 + 5. Tweet-level χ² calls this overwhelming; account permutations do
  // not (any group holding the heavy account looks the same).
  const a = [[1000, 0], [5, 5], [5, 5], [5, 5], [5, 5]];
  const b = [[5, 5], [5, 5], [5, 5], [5, 5], [5, 5]];
  const r = permutationChiSquared(a, b, { rounds: 999, seed: 1 });
  assert.ok(r.chi2P < 1e-10);
  assert.ok(r.permutationP > 0.3, String(r.permutationP));
});

Deno.test("permutationChiSquared() is seeded, and its p is at least 1/(1 + rounds)", () => {
  const a = Array.from({ length: 30 }, (_, i) => [10 + (i % 3), 1, 2]);
  const b = Array.from({ length: 30 }, (_, i) => [1, 10 + (i % 4), 2]);
  const r1 = permutationChiSquared(a, b, { seed: 3, rounds: 199 });
  const r2 = permutationChiSquared(a, b, { seed: 3, rounds: 199 });
  assert.deepEqual(r1, r2);
  assert.equal(r1.permutationP, 1 / 200);
});

Deno.test("permutationChiSquared() gives NaN statistics when the table cannot be tested", () => {
  const one = permutationChiSquared([[3, 0]], [[4, 0]]);
  assert.ok(Number.isNaN(one.statistic) && Number.isNaN(one.permutationP));
  assert.equal(one.jsd, 0);
  const empty = permutationChiSquared([[3, 1]], [[0, 0]]);
  assert.equal(empty.accountsB, 0);
  assert.ok(Number.isNaN(empty.jsd) && Number.isNaN(empty.chi2P));
});

Deno.test("permutationChiSquared() rejects ragged vectors, bad counts and bad rounds", () => {
  assert.throws(
    () => permutationChiSquared([[1, 2]], [[1, 2, 3]]),
    /account 0 has 3 categories but the first has 2/,
  );
  assert.throws(
    () => permutationChiSquared([[1, -2]], [[1, 2]]),
    /not a finite value ≥ 0: -2/,
  );
  assert.throws(
    () => permutationChiSquared([[1, 2]], [[1, 2]], { rounds: 0 }),
    /rounds must be a positive integer: 0/,
  );
});
