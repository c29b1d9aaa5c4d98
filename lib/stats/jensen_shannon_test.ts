import assert from "node:assert/strict";
import { jensenShannon } from "./jensen_shannon.ts";
import { assertClose, R_REFERENCE } from "./_testing.ts";

Deno.test("jensenShannon() matches the R reference formula", () => {
  for (const c of R_REFERENCE.jsd) {
    assertClose(jensenShannon(c.p, c.q), c.value, c.name);
  }
});

Deno.test("jensenShannon() is 0 for identical and 1 for disjoint distributions", () => {
  assert.equal(jensenShannon([3, 1, 0, 6], [6, 2, 0, 12]), 0);
  assert.equal(jensenShannon([1, 1, 0, 0], [0, 0, 2, 5]), 1);
});

Deno.test("jensenShannon() of [1, 0] vs [1/2, 1/2] is 1.5 − 0.75·log2(3)", () => {
  // M = (3/4, 1/4): ½·log2(4/3) + ½·(½·log2(2/3) + ½·log2(2)).
  assertClose(jensenShannon([1, 0], [1, 1]), 1.5 - 0.75 * Math.log2(3), "JSD");
});

Deno.test("jensenShannon() is symmetric", () => {
  const p = [5, 3, 9, 0, 1];
  const q = [1, 1, 2, 7, 0];
  assert.equal(jensenShannon(p, q), jensenShannon(q, p));
});

Deno.test("jensenShannon() rejects mismatched, negative and all-zero input", () => {
  assert.throws(() => jensenShannon([1, 2], [1]), /lengths differ: 2 vs 1/);
  assert.throws(() => jensenShannon([1, -2], [1, 1]), /entry 1/);
  assert.throws(() => jensenShannon([0, 0], [1, 1]), /sum to 0/);
});
