import assert from "node:assert/strict";
import { quantile7 } from "./quantile7.ts";
import { median } from "./median.ts";
import { iqr, quartiles } from "./iqr.ts";
import { assertAllClose, assertClose, R_REFERENCE } from "./_testing.ts";

Deno.test("quantile7() and median() match R quantile(type = 7) and median()", () => {
  for (const c of R_REFERENCE.quantile) {
    const sorted = Float64Array.from(c.x).sort();
    assertAllClose(
      c.probs.map((p: number) => quantile7(sorted, p)),
      c.values,
      c.name,
    );
    assertClose(median(c.x), c.median, `${c.name}: median`);
  }
});

Deno.test("quartiles() and iqr() use type-7 quantiles", () => {
  assert.deepEqual(quartiles([1, 2, 3, 4]), [1.75, 3.25]);
  assert.equal(iqr([1, 2, 3, 4]), 1.5);
  assert.deepEqual(quartiles([]), [NaN, NaN]);
});

Deno.test("quantile7() returns NaN for no data and rejects p outside [0, 1]", () => {
  assert.ok(Number.isNaN(quantile7([], 0.5)));
  assert.throws(() => quantile7([1], 1.2), /outside \[0, 1\]: 1.2/);
});

Deno.test("median() averages the two middle values", () => {
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.ok(Number.isNaN(median([])));
});
