import assert from "node:assert/strict";
import type { Study } from "../study/mod.ts";
import type { ReleaseComparison } from "./compare_releases.ts";
import {
  categoricalStep,
  smallEffectsStep,
} from "./comparison_detail_steps.ts";

const study = { params: { alpha: 0.05 } } as unknown as Study;

const comparison = {
  a: "set",
  b: "base",
  rows: [
    { metric: "x", effect: 0.2, q: 0.01234 },
    { metric: "y", effect: -0.32999, q: 0.049 },
    { metric: "z", effect: 0.9, q: 0.001 },
    { metric: "w", effect: 0.1, q: 0.05 },
  ],
  categorical: [{
    variable: "hour",
    n_tweets_a: 10,
    n_tweets_b: 20,
    n_accounts_a: 2,
    n_accounts_b: 3,
    chi2: 12.3456,
    df: 23,
    chi2_p: 0.001,
    perm_p: 0.01234,
    jsd: 0.123456,
    q: 0.02,
  }],
} as unknown as ReleaseComparison;

Deno.test("smallEffectsStep() keeps q < alpha with |delta| < 0.33", () => {
  const step = smallEffectsStep(study, [comparison]);
  assert.deepEqual(step.value, [
    { comparison: "set vs base", metric: "x", effect: 0.2, q: 0.0123 },
    { comparison: "set vs base", metric: "y", effect: -0.33, q: 0.049 },
  ]);
  assert.deepEqual(step.text, [
    "2 metric comparisons have q < 0.05 but |delta| < 0.33.",
  ]);
});

Deno.test("categoricalStep() saves full records and shows rounded ones", () => {
  const step = categoricalStep(study, [comparison]);
  assert.deepEqual(step.text, ["set: hour JSD 0.123 (perm p 0.0123)."]);
  assert.equal(step.tables[0].name, "tab04_categorical");
  assert.deepEqual(step.value[0], {
    comparison: "set vs base",
    variable: "hour",
    n_tweets_a: 10,
    n_tweets_b: 20,
    n_accounts_a: 2,
    n_accounts_b: 3,
    chi2: 12.3456,
    df: 23,
    chi2_p: 0.001,
    perm_p: 0.01234,
    jsd: 0.123456,
    q: 0.02,
  });
  const shown = step.tables[0].display as Record<string, unknown>[];
  assert.deepEqual([shown[0].chi2, shown[0].jsd], [12.3, 0.123]);
});
