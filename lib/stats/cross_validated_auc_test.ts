import assert from "node:assert/strict";
import { randomLcg } from "d3";
import { crossValidatedAUC } from "./cross_validated_auc.ts";
import { auc } from "./auc.ts";
import { assertAllClose, assertClose, R_REFERENCE } from "./_testing.ts";

Deno.test("crossValidatedAUC() matches the R reference given the same folds", () => {
  const c = R_REFERENCE.cv_auc[0];
  const r = crossValidatedAUC(c.features, c.labels, {
    folds: 5,
    l2: c.l2,
    foldOf: c.fold_of,
  });
  assertClose(r.auc, c.auc, `${c.name}: pooled AUC`);
  assertAllClose(r.foldAUCs, c.fold_aucs, `${c.name}: fold AUCs`);
  assertAllClose(r.scores, c.scores, `${c.name}: scores`);
});

Deno.test("crossValidatedAUC() stratifies folds deterministically", () => {
  const rng = randomLcg(11);
  const labels = Array.from({ length: 103 }, () => (rng() < 0.3 ? 1 : 0));
  const features = labels.map((l) => [l + rng() * 2, rng()]);
  const a = crossValidatedAUC(features, labels, { folds: 5, seed: 8 });
  const b = crossValidatedAUC(features, labels, { folds: 5, seed: 8 });
  assert.deepEqual(a, b);
  for (const cls of [0, 1]) {
    const counts = [0, 1, 2, 3, 4].map((f) =>
      a.foldOf.filter((g, i) => g === f && labels[i] === cls).length
    );
    assert.ok(Math.max(...counts) - Math.min(...counts) <= 1, `${counts}`);
  }
  assert.ok(a.auc > 0.7 && a.auc <= 1, `${a.auc}`);
});

Deno.test("crossValidatedAUC() rejects classes smaller than the fold count", () => {
  assert.throws(
    () => crossValidatedAUC([[1], [2], [3], [4]], [0, 0, 0, 1], { folds: 2 }),
    /class 1 has 1 rows, fewer than 2 folds/,
  );
  assert.throws(
    () => crossValidatedAUC([[1], [2]], [0, 1], { l2: 0 }),
    /l2 must be > 0/,
  );
});

Deno.test("auc() counts tied scores as half", () => {
  assert.equal(auc([0.5, 0.5, 0.2, 0.7], [1, 0, 0, 1]), 0.875);
  assert.equal(auc([1, 1], [1, 0]), 0.5);
  assert.throws(() => auc([1, 2], [1, 1]), /need both classes/);
});
