import assert from "node:assert/strict";
import type { ReleaseComparison } from "./compare_releases.ts";
import {
  chanceAucMargin,
  negativeControlChecks,
} from "./negative_control_step.ts";

Deno.test("chanceAucMargin() is three null standard errors of the AUC", () => {
  assert.equal(chanceAucMargin(750, 750), 3 * Math.sqrt(1501 / 6750000));
  assert.ok(chanceAucMargin(50, 50) > chanceAucMargin(500, 500));
});

Deno.test("negativeControlChecks() fails a control that finds differences", () => {
  const control = {
    rows: [{ q: 0.01 }, { q: 0.5 }, { q: NaN }],
    categorical: [{ q: 0.2 }, { q: 0.04 }],
    separability: { auc: 0.7, n_a: 100, n_b: 100 },
  } as unknown as ReleaseComparison;
  assert.deepEqual(negativeControlChecks(control, 0.05), [
    {
      check: "metrics with q < 0.05",
      expected: "0",
      observed: "1 of 2",
      verdict: "NOT MET",
    },
    {
      check: "distributions with permutation q < 0.05",
      expected: "0",
      observed: "1 of 2",
      verdict: "NOT MET",
    },
    {
      check: "cross-validated AUC near chance",
      expected: "0.377–0.623 (0.5 ± 3 SE)",
      observed: "0.700",
      verdict: "NOT MET",
    },
  ]);
});
