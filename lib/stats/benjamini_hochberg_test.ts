import assert from "node:assert/strict";
import { benjaminiHochberg } from "./benjamini_hochberg.ts";
import { assertAllClose, R_REFERENCE } from "./_testing.ts";

Deno.test("benjaminiHochberg() matches R p.adjust(p, 'BH')", () => {
  for (const c of R_REFERENCE.bh) {
    assertAllClose(benjaminiHochberg(c.p), c.adjusted, c.name);
  }
});

Deno.test("benjaminiHochberg() passes null, undefined and NaN through as NaN", () => {
  const q = benjaminiHochberg([0.01, null, undefined, NaN, 0.02]);
  assert.deepEqual(q, [0.02, NaN, NaN, NaN, 0.02]);
});

Deno.test("benjaminiHochberg() returns a single p unchanged and [] for []", () => {
  assert.deepEqual(benjaminiHochberg([0.3]), [0.3]);
  assert.deepEqual(benjaminiHochberg([]), []);
});

Deno.test("benjaminiHochberg() rejects values outside [0, 1]", () => {
  assert.throws(() => benjaminiHochberg([0.1, 1.5]), /entry 1 .*: 1.5/);
});
