import assert from "node:assert/strict";
import { holm } from "./holm.ts";
import { assertAllClose, R_REFERENCE } from "./_testing.ts";

Deno.test("holm() matches R p.adjust(p, 'holm')", () => {
  for (const c of R_REFERENCE.holm) {
    assertAllClose(holm(c.p), c.adjusted, c.name);
  }
});

Deno.test("holm() returns [] for [] and rejects values outside [0, 1]", () => {
  assert.deepEqual(holm([]), []);
  assert.throws(() => holm([0.1, 1.5]), /entry 1 .*: 1.5/);
  assert.throws(() => holm([NaN]), /entry 0/);
});
