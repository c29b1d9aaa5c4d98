import assert from "node:assert/strict";
import type { Study } from "../study/mod.ts";
import type { ReleaseComparison } from "./compare_releases.ts";
import {
  separabilityDisplay,
  separabilityFeaturesStep,
  separabilityRow,
} from "./separability_steps.ts";

const comparison = {
  a: "set",
  b: "base",
  separability: {
    auc: 0.75,
    fold_aucs: [0.7, 0.8, 0.75],
    folds: 3,
    seed: 9,
    n_a: 10,
    n_b: 20,
    excluded_a: 1,
    excluded_b: 0,
    coefficients: {
      "(intercept)": 5,
      x: 0.5,
      y: -1.25,
      z: 0.5,
      w: 0.1,
    },
  },
} as unknown as ReleaseComparison;

Deno.test("separabilityRow() flattens a comparison's separability, with a note", () => {
  assert.deepEqual(separabilityRow(comparison, "control"), {
    comparison: "set vs base (control)",
    auc: 0.75,
    fold_auc_min: 0.7,
    fold_auc_max: 0.8,
    n_a: 10,
    n_b: 20,
    excluded_a: 1,
    excluded_b: 0,
    folds: 3,
    seed: 9,
  });
});

Deno.test("separabilityFeaturesStep() keeps the largest coefficients, ties by name, no intercept", () => {
  const step = separabilityFeaturesStep({} as Study, [comparison], 3);
  assert.deepEqual(step.value.map((r) => [r.feature, r.coefficient]), [
    ["y", -1.25],
    ["x", 0.5],
    ["z", 0.5],
  ]);
});

Deno.test("separabilityDisplay() rounds the AUCs to 3 decimals", () => {
  const [row] = separabilityDisplay([{
    comparison: "a vs b",
    auc: 0.51234,
    fold_auc_min: 0.4,
    fold_auc_max: 0.56789,
    n_a: 1,
    n_b: 1,
    excluded_a: 0,
    excluded_b: 0,
    folds: 5,
    seed: 1,
  }]);
  assert.deepEqual([row.auc, row.fold_auc_min, row.fold_auc_max], [
    0.512,
    0.4,
    0.568,
  ]);
});
