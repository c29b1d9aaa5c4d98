import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { randomLcg, randomNormal } from "d3";
import { crossValidatedAUC } from "../stats/cross_validated_auc.ts";
import { separability } from "./separability.ts";

const identity = (name: string) => ({ name, transform: "identity" as const });

Deno.test("separability() is 1 for separated groups and near 0.5 for one population", () => {
  const normal = randomNormal.source(randomLcg(11))();
  const draw = (n: number, shift: number) =>
    pl.DataFrame({
      x: Array.from({ length: n }, () => normal() + shift),
      y: Array.from({ length: n }, () => normal()),
    });
  const features = [identity("x"), identity("y")];
  const apart = separability(draw(60, 10), draw(90, 0), { features, seed: 2 });
  assert.equal(apart.auc, 1);
  assert.deepEqual(apart.fold_aucs, [1, 1, 1, 1, 1]);
  assert.ok(apart.coefficients.x > 0);
  const same = separability(draw(300, 0), draw(300, 0), { features, seed: 2 });
  assert.ok(Math.abs(same.auc - 0.5) < 0.08, String(same.auc));
});

Deno.test("separability() leaves out accounts with a missing or non-finite feature and reports them", () => {
  const a = pl.DataFrame({ x: [1, 2, 3, 4, null, 6], z: [1, 1, 1, 1, 1, NaN] });
  const b = pl.DataFrame({ x: [0, -1, -2, -3, -4, -5], z: [1, 2, 1, 2, 1, 2] });
  const s = separability(a, b, {
    features: [identity("x"), identity("z")],
    folds: 2,
  });
  assert.equal(s.n_a, 4);
  assert.equal(s.excluded_a, 2);
  assert.equal(s.n_b, 6);
  assert.equal(s.excluded_b, 0);
  assert.equal(s.skipped, null);
});

Deno.test("separability() applies log1p as sign(x)·ln(1 + |x|) before cross-validation", () => {
  const a = pl.DataFrame({ n: [10, 100, 1000, -5, 3, 40] });
  const b = pl.DataFrame({ n: [0, 1, 2, -50, 7, 0.5] });
  const s = separability(a, b, {
    features: [{ name: "n", transform: "log1p" }],
    folds: 3,
    seed: 4,
  });
  const f = (v: number) => [Math.sign(v) * Math.log1p(Math.abs(v))];
  const rows = [
    ...(a.getColumn("n").toArray() as number[]).map(f),
    ...(b.getColumn("n").toArray() as number[]).map(f),
  ];
  const ref = crossValidatedAUC(rows, [1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0], {
    folds: 3,
    seed: 4,
  });
  assert.equal(s.auc, ref.auc);
  assert.deepEqual(s.fold_aucs, ref.foldAUCs);
});

Deno.test("separability() skips with a reason when a group has fewer usable accounts than folds", () => {
  const s = separability(
    pl.DataFrame({ x: [1, 2, 3] }),
    pl.DataFrame({ x: [4, 5, 6, 7, 8, 9] }),
    { features: [identity("x")] },
  );
  assert.ok(Number.isNaN(s.auc));
  assert.match(s.skipped ?? "", /5-fold cross-validation: 3 in A, 6 in B/);
});

Deno.test("separability() rejects an unknown feature and an empty feature list", () => {
  const df = pl.DataFrame({ x: [1] });
  assert.throws(
    () => separability(df, df, { features: [identity("nope")] }),
    /group A has no column "nope"/,
  );
  assert.throws(
    () => separability(df, df, { features: [] }),
    /feature list is empty/,
  );
});
