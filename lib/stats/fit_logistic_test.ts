import assert from "node:assert/strict";
import { randomLcg, randomNormal } from "d3";
import { fitLogistic } from "./fit_logistic.ts";
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

Deno.test("fitLogistic() converges when rounding stalls Newton at a well-separated ridge optimum", () => {
  // 100 rows, 1 in 5 positive and shifted by 4 sd: most fitted
  // probabilities are near 0 or 1. Without the Newton-decrement stop, step
  // halving cannot see the ~1e-18 gain in ℓ (≈ 10.5) and the steps stay at
  // ~7e-10, above the 5.8e-10 tolerance, until the iterations run out.
  const rng = randomNormal.source(randomLcg(7))();
  const y = Array.from({ length: 100 }, (_, i) => (i % 5 === 0 ? 1 : 0));
  const x = y.map((l) => [4 * l + rng()]);
  const fit = fitLogistic(x, y, { l2: 1 });
  const [b0, b1] = fit.coefficients;
  // Stationarity of the penalised log-likelihood: its gradient is ~0.
  let g0 = 0;
  let g1 = -b1;
  x.forEach(([v], i) => {
    const r = y[i] - 1 / (1 + Math.exp(-(b0 + b1 * v)));
    g0 += r;
    g1 += v * r;
  });
  assert.ok(
    Math.abs(g0) < 1e-11 && Math.abs(g1) < 1e-11,
    `gradient ${g0}, ${g1}`,
  );
});
