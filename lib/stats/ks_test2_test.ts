import assert from "node:assert/strict";
import { ksTest2 } from "./ks_test2.ts";
import { assertClose, R_REFERENCE } from "./_testing.ts";

Deno.test("ksTest2() matches R 4.2 ks.test(x, y) on every fixture", () => {
  for (const c of R_REFERENCE.ks) {
    const r = ksTest2(c.x, c.y);
    assertClose(r.statistic, c.statistic, `${c.name}: D`);
    assertClose(r.pValue, c.p_value, `${c.name}: p`);
    assert.equal(r.method, c.method, `${c.name}: method`);
  }
});

Deno.test("ksTest2() covers exact, exact-with-ties and asymptotic fixtures", () => {
  const kinds = new Set(
    R_REFERENCE.ks.map((c: { x: number[]; y: number[]; method: string }) => {
      const r = ksTest2(c.x, c.y);
      return `${r.method}/${r.ties ? "ties" : "no ties"}`;
    }),
  );
  assert.deepEqual([...kinds].sort(), [
    "asymptotic/no ties",
    "asymptotic/ties",
    "exact/no ties",
    "exact/ties",
  ]);
});

Deno.test("ksTest2() reproduces R's cancellation in the exact tail", () => {
  // The true p is 2/choose(199, 99) ≈ 1e-58; R's 1 − ratio gives 4.88e-14.
  const x = Array.from({ length: 99 }, (_, i) => i + 1.5);
  const y = Array.from({ length: 100 }, (_, i) => i + 100.25);
  assert.equal(ksTest2(x, y).pValue, 4.884981308350689e-14);
});

Deno.test("ksTest2() gives 2/choose(10, 5) for fully separated samples of 5", () => {
  const r = ksTest2([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]);
  assert.equal(r.statistic, 1);
  assertClose(r.pValue, 2 / 252, "p");
});

Deno.test("ksTest2() switches to the asymptotic method at n_x·n_y = 10000", () => {
  const x = Array.from({ length: 100 }, (_, i) => i);
  const y99 = Array.from({ length: 99 }, (_, i) => i + 0.5);
  const y100 = Array.from({ length: 100 }, (_, i) => i + 0.5);
  assert.equal(ksTest2(x, y99).method, "exact");
  assert.equal(ksTest2(x, y100).method, "asymptotic");
});

Deno.test("ksTest2() accepts infinities and rejects NaN and empty samples", () => {
  assert.equal(ksTest2([-Infinity, 3], [2, Infinity]).statistic, 0.5);
  assert.throws(() => ksTest2([1, NaN], [2]), /index 1 is not a number/);
  assert.throws(() => ksTest2([], [2]), /x: it is empty/);
});
