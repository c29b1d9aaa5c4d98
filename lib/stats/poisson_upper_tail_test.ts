import { equal, ok, throws } from "node:assert/strict";
import { poissonUpperTail } from "./poisson_upper_tail.ts";

// Reference values from R 4.x:
// Rscript -e 'options(digits=17); print(ppois(k - 1, lambda, lower.tail=FALSE))'
const R_CASES: [number, number, number][] = [
  [10, 2.5, 0.00027735209462083593],
  [1, 0.5, 0.39346934028736658],
  [30, 3, 4.2770477214268944e-20],
  [100, 100, 0.51329879827914882],
  [5, 0.01, 8.2641856418064996e-13],
  [3, 1e-3, 1.6654171665278078e-10],
  [1050, 1000, 0.059628328768477033],
];

Deno.test("poissonUpperTail() matches R's ppois(k-1, lambda, lower.tail=FALSE)", () => {
  for (const [k, lambda, expected] of R_CASES) {
    const got = poissonUpperTail(k, lambda);
    ok(
      Math.abs(got / expected - 1) < 1e-12,
      `k=${k} lambda=${lambda}: got ${got}, R ${expected}`,
    );
  }
});

Deno.test("poissonUpperTail() handles k <= 0 and lambda = 0", () => {
  equal(poissonUpperTail(0, 3), 1);
  equal(poissonUpperTail(-2, 3), 1);
  equal(poissonUpperTail(1, 0), 0);
  equal(poissonUpperTail(0, 0), 1);
});

Deno.test("poissonUpperTail() rejects bad arguments", () => {
  throws(() => poissonUpperTail(1.5, 1), RangeError);
  throws(() => poissonUpperTail(1, -1), RangeError);
  throws(() => poissonUpperTail(1, NaN), RangeError);
});
