import assert from "node:assert/strict";
import { poissonBinomialTail } from "./poisson_binomial_tail.ts";
import { assertClose, R_REFERENCE } from "./_testing.ts";

interface PbCase {
  name: string;
  q: number[];
  upper: number[];
  pbinom: number[] | null;
}

Deno.test("poissonBinomialTail() matches R's convolution for every threshold", () => {
  for (const c of R_REFERENCE.poisson_binomial as PbCase[]) {
    for (let k = 0; k <= c.q.length; k++) {
      assertClose(poissonBinomialTail(c.q, k), c.upper[k], `${c.name}, c=${k}`);
    }
  }
});

Deno.test("poissonBinomialTail() with equal probabilities matches R's pbinom", () => {
  const cases = (R_REFERENCE.poisson_binomial as PbCase[]).filter((c) =>
    c.pbinom !== null
  );
  assert.equal(cases.length, 1);
  for (const c of cases) {
    for (let k = 0; k <= c.q.length; k++) {
      assertClose(
        poissonBinomialTail(c.q, k),
        c.pbinom![k],
        `${c.name}, c=${k}`,
      );
    }
  }
});

Deno.test("poissonBinomialTail() keeps relative precision in tails far below 1e-16", () => {
  // P(S ≥ 300) with every q = 0.01 is 0.01^300 = 1e-600, below the double
  // range; P(S ≥ 40) of 40 draws at 0.01 is 1e-80 exactly.
  const q = new Array(40).fill(0.01);
  const p = poissonBinomialTail(q, 40);
  assert.ok(Math.abs(p / 1e-80 - 1) < 1e-12, String(p));
  assert.equal(poissonBinomialTail(new Array(300).fill(0.01), 300), 0);
});

Deno.test("poissonBinomialTail() handles the edges of its range", () => {
  assert.equal(poissonBinomialTail([], 0), 1);
  assert.equal(poissonBinomialTail([], 1), 0);
  assert.equal(poissonBinomialTail([0.3], -2), 1);
  assert.equal(poissonBinomialTail([0.3, 0.4], 3), 0);
  assert.equal(poissonBinomialTail([1, 1, 0], 2), 1);
  assert.equal(poissonBinomialTail([1, 1, 0], 3), 0);
});

Deno.test("poissonBinomialTail() rejects bad probabilities and thresholds", () => {
  assert.throws(() => poissonBinomialTail([0.2, 1.5], 1), /entry 1 .*1\.5/);
  assert.throws(() => poissonBinomialTail([0.2, NaN], 1), /entry 1/);
  assert.throws(() => poissonBinomialTail([0.2], 0.5), /integer: 0\.5/);
});
