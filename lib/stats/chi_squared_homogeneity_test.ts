import assert from "node:assert/strict";
import { chiSquaredHomogeneity } from "./chi_squared_homogeneity.ts";
import { assertClose, R_REFERENCE } from "./_testing.ts";

Deno.test("chiSquaredHomogeneity() matches R chisq.test on 2x2, 7x2, 24x3 tables", () => {
  const shapes = new Set<string>();
  for (const c of R_REFERENCE.chisq) {
    const r = chiSquaredHomogeneity(c.table, { correct: c.correct });
    assertClose(r.statistic, c.statistic, `${c.name}: X²`);
    assert.equal(r.df, c.df, `${c.name}: df`);
    assertClose(r.pValue, c.p_value, `${c.name}: p`);
    shapes.add(`${c.table.length}x${c.table[0].length}`);
  }
  for (const s of ["2x2", "7x2", "24x3"]) assert.ok(shapes.has(s), s);
});

Deno.test("chiSquaredHomogeneity() applies Yates only to 2x2 tables with correct", () => {
  const t = [[12, 7], [5, 9]];
  assert.equal(chiSquaredHomogeneity(t).yates, false);
  assert.equal(chiSquaredHomogeneity(t, { correct: true }).yates, true);
  const big = [[1, 2, 3], [4, 5, 6]];
  assert.equal(chiSquaredHomogeneity(big, { correct: true }).yates, false);
});

Deno.test("chiSquaredHomogeneity() drops all-zero rows and columns and reports them", () => {
  const r = chiSquaredHomogeneity([[5, 0, 4, 0], [0, 0, 0, 0], [9, 0, 7, 8]]);
  assert.deepEqual(r.droppedRows, [1]);
  assert.deepEqual(r.droppedColumns, [1]);
  assert.equal(r.df, 2);
});

Deno.test("chiSquaredHomogeneity() computes 20/3 for [[10, 20], [20, 10]]", () => {
  const r = chiSquaredHomogeneity([[10, 20], [20, 10]]);
  assertClose(r.statistic, 20 / 3, "X²");
  assert.equal(r.minExpected, 15);
});

Deno.test("chiSquaredHomogeneity() rejects ragged, negative and degenerate tables", () => {
  assert.throws(
    () => chiSquaredHomogeneity([[1, 2], [3]]),
    /row 1 has 1 cells/,
  );
  assert.throws(
    () => chiSquaredHomogeneity([[1, -2], [3, 4]]),
    /cell \[0\]\[1\]/,
  );
  assert.throws(
    () => chiSquaredHomogeneity([[1, 2], [0, 0]]),
    /it is 1×2: need at least 2×2/,
  );
});
