import assert from "node:assert/strict";
import { cliffsDelta } from "./cliffs_delta.ts";
import { rankBiserial } from "./rank_biserial.ts";
import { mannWhitneyU } from "./mann_whitney_u.ts";
import { assertClose, R_REFERENCE } from "./_testing.ts";

Deno.test("cliffsDelta() matches R mean(sign(outer(x, y, '-')))", () => {
  for (const c of R_REFERENCE.cliffs) {
    assertClose(cliffsDelta(c.x, c.y), c.delta, c.name);
  }
});

Deno.test("cliffsDelta() of [1,2,3] vs [2,3,4] is (1 − 6)/9", () => {
  assert.equal(cliffsDelta([1, 2, 3], [2, 3, 4]), -5 / 9);
  assert.equal(cliffsDelta([2, 3, 4], [1, 2, 3]), 5 / 9);
  assert.equal(cliffsDelta([7, 8], [1, 2]), 1);
  assert.equal(cliffsDelta([1, 1], [1]), 0);
});

Deno.test("cliffsDelta() equals 2W/(n_x n_y) − 1 and rankBiserial()", () => {
  for (const c of R_REFERENCE.cliffs) {
    const w = mannWhitneyU(c.x, c.y).statistic;
    const nn = c.x.length * c.y.length;
    assertClose(cliffsDelta(c.x, c.y), 2 * w / nn - 1, `${c.name}: via W`);
    assert.equal(rankBiserial(c.x, c.y), cliffsDelta(c.x, c.y), c.name);
  }
});

Deno.test("rankBiserial() is positive when x tends to exceed y", () => {
  assert.equal(rankBiserial([4, 5, 6], [1, 2, 3]), 1);
  assert.equal(rankBiserial([1, 2, 3], [4, 5, 6]), -1);
});
