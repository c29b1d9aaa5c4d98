import assert from "node:assert/strict";
import { fitLogistic } from "./fitLogistic.ts";
import { assertAllClose, R_REFERENCE } from "./_testing.ts";

Deno.test("fitLogistic() matches R glm (l2 = 0) and an R ridge Newton fit (l2 = 1)", () => {
  for (const c of R_REFERENCE.logistic) {
    const fit = fitLogistic(c.X, c.y, { l2: c.l2 });
    assertAllClose(fit.coefficients, c.coefficients, c.name);
  }
});

Deno.test("fitLogistic() stays finite under complete separation when l2 > 0", () => {
  const x = [[-2], [-1], [1], [2]];
  const y = [0, 0, 1, 1];
  const fit = fitLogistic(x, y, { l2: 1 });
  assert.ok(fit.coefficients.every(Number.isFinite));
  assert.ok(fit.coefficients[1] > 0);
  assert.throws(() => fitLogistic(x, y, { l2: 0 }), /cannot fit/);
});

Deno.test("fitLogistic() rejects a constant predictor without a penalty", () => {
  assert.throws(
    () => fitLogistic([[1], [1], [1], [1]], [0, 1, 0, 1], { l2: 0 }),
    /singular at coefficient 1/,
  );
});

Deno.test("fitLogistic() rejects bad outcomes and rows", () => {
  assert.throws(
    () => fitLogistic([[1], [2]], [0, 2]),
    /outcome 1 is not 0 or 1/,
  );
  assert.throws(() => fitLogistic([[1], [2, 3]], [0, 1]), /row 1 has 2 values/);
  assert.throws(
    () => fitLogistic([[1], [NaN]], [0, 1]),
    /\[1\]\[0\] is not finite/,
  );
});
