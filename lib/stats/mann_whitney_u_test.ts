import assert from "node:assert/strict";
import { mannWhitneyU } from "./mann_whitney_u.ts";
import { assertClose, R_REFERENCE } from "./_testing.ts";

Deno.test("mannWhitneyU() matches R wilcox.test(exact = FALSE, correct = TRUE)", () => {
  for (const c of R_REFERENCE.mwu) {
    const r = mannWhitneyU(c.x, c.y);
    assertClose(r.statistic, c.statistic, `${c.name}: W`);
    assertClose(r.pValue, c.p_value, `${c.name}: p`);
  }
});

Deno.test("mannWhitneyU() counts ties as half a win", () => {
  // x > y pairs: (3,2); tied pairs: (2,2), (3,3) → W = 1 + 2 × 0.5.
  assert.equal(mannWhitneyU([1, 2, 3], [2, 3, 4]).statistic, 2);
  assert.equal(mannWhitneyU([5, 6], [1, 2, 3]).statistic, 6);
});

Deno.test("mannWhitneyU() is symmetric: W_x + W_y = n_x·n_y, same p", () => {
  const x = [1.2, 3.4, 3.4, 5, 7.5];
  const y = [2, 3.4, 4, 8, 9, 10];
  const a = mannWhitneyU(x, y);
  const b = mannWhitneyU(y, x);
  assert.equal(a.statistic + b.statistic, 30);
  assert.equal(a.pValue, b.pValue);
});

Deno.test("mannWhitneyU() rejects NaN", () => {
  assert.throws(() => mannWhitneyU([1], [NaN]), /y: value at index 0/);
});
