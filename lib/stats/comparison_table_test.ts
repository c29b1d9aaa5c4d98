import assert from "node:assert/strict";
import { csvParse, randomLcg, tsvParse } from "d3";
import { comparisonTable } from "./comparison_table.ts";
import { benjaminiHochberg } from "./benjamini_hochberg.ts";
import { bootstrapCI } from "./bootstrap_ci.ts";
import { cliffsDelta } from "./cliffs_delta.ts";
import { ksTest2 } from "./ks_test2.ts";
import { mannWhitneyU } from "./mann_whitney_u.ts";
import {
  assertAllClose,
  assertClose,
  R_REFERENCE,
  REALDATA,
  realDataExists,
} from "./_testing.ts";

const FIELDS = [
  "metric",
  "n_a",
  "n_b",
  "dropped_a",
  "dropped_b",
  "median_a",
  "iqr_a",
  "median_b",
  "iqr_b",
  "ks_d",
  "ks_p",
  "ks_method",
  "mwu_u",
  "mwu_p",
  "effect",
  "effect_ci",
  "q",
];

Deno.test("comparisonTable() builds one row per shared metric with the public fields", () => {
  const a = { followers: [5, 8, 13, NaN, 21], tweets: [1, 2, 3], onlyA: [1] };
  const b = {
    tweets: [2, 3, 4, Infinity],
    followers: [1, 2, 3, 4],
    onlyB: [2],
  };
  const rows = comparisonTable(a, b, { rounds: 100 });
  assert.deepEqual(rows.map((r) => r.metric), ["followers", "tweets"]);
  assert.deepEqual(Object.keys(rows[0]).sort(), [...FIELDS].sort());
  const f = rows[0];
  assert.deepEqual([f.n_a, f.dropped_a, f.n_b, f.dropped_b], [4, 1, 4, 0]);
  assert.equal(f.median_a, 10.5);
  assert.deepEqual(f.iqr_a, [7.25, 15]);
  assert.equal(f.effect, 1);
  assert.deepEqual(f.effect_ci, [1, 1]);
  assert.equal(rows[1].dropped_b, 1);
});

Deno.test("comparisonTable() rows equal the individual functions and BH over MWU p", () => {
  const rng = randomLcg(3);
  const a = {
    x: Array.from({ length: 400 }, () => Math.round(rng() * 50)),
    y: Array.from({ length: 90 }, () => rng()),
  };
  const b = {
    x: Array.from({ length: 300 }, () => Math.round(rng() * 55)),
    y: Array.from({ length: 80 }, () => rng() + 0.2),
  };
  const rows = comparisonTable(a, b, {
    seed: 17,
    rounds: 150,
    metrics: ["y", "x"],
  });
  assert.deepEqual(rows.map((r) => r.metric), ["y", "x"]);
  for (const r of rows) {
    const m = r.metric as "x" | "y";
    const ks = ksTest2(a[m], b[m]);
    const mwu = mannWhitneyU(a[m], b[m]);
    assert.equal(r.ks_d, ks.statistic);
    assert.equal(r.ks_p, ks.pValue);
    assert.equal(r.ks_method, ks.method);
    assert.equal(r.mwu_u, mwu.statistic);
    assert.equal(r.mwu_p, mwu.pValue);
    const ci = bootstrapCI(a[m], b[m], cliffsDelta, { seed: 17, rounds: 150 });
    assert.equal(r.effect, cliffsDelta(a[m], b[m]));
    assert.deepEqual(r.effect_ci, [ci.lower, ci.upper]);
  }
  assert.deepEqual(
    rows.map((r) => r.q),
    benjaminiHochberg(rows.map((r) => r.mwu_p)),
  );
});

Deno.test("comparisonTable() gives NaN statistics for a metric with no finite values", () => {
  const rows = comparisonTable({ m: [NaN, null] }, { m: [1, 2] }, {
    rounds: 10,
  });
  assert.equal(rows[0].n_a, 0);
  assert.equal(rows[0].dropped_a, 2);
  assert.equal(rows[0].ks_method, null);
  assert.ok(Number.isNaN(rows[0].mwu_p) && Number.isNaN(rows[0].q));
  assert.equal(
    JSON.stringify(rows[0].effect_ci),
    "[null,null]",
  );
});

Deno.test("comparisonTable() rejects a requested metric missing from a group", () => {
  assert.throws(
    () => comparisonTable({ a: [1] }, { b: [1] }, { metrics: ["a"] }),
    /groupB has no metric named "a"/,
  );
});

Deno.test("comparisonTable() handles 100 000 values per group", () => {
  const rng = randomLcg(99);
  const n = 100_000;
  const a = { v: Array.from({ length: n }, () => Math.floor(rng() * 1000)) };
  const b = { v: Array.from({ length: n }, () => Math.floor(rng() * 1010)) };
  const t0 = performance.now();
  const [row] = comparisonTable(a, b, { rounds: 100 });
  const ms = performance.now() - t0;
  assert.equal(row.ks_method, "asymptotic");
  assert.ok(row.effect_ci[0] <= row.effect && row.effect <= row.effect_ci[1]);
  assert.ok(ms < 20_000, `took ${ms} ms`);
});

type Row = Record<string, string>;
const VE = "venezuela_201906_1/users_33rows.csv";
const HP = "social_honeypot/legitimate_users.tsv";
const haveRealData = realDataExists(VE) && realDataExists(HP) &&
  R_REFERENCE.real_data !== null;
if (!haveRealData) {
  console.log(
    `comparisonTable real-data test skipped: ${VE} or ${HP} not found under ../shared/realdata/ (or fixtures were generated without it)`,
  );
}

Deno.test({
  name:
    "comparisonTable() matches R on Venezuela 2019 takedown vs honeypot followers",
  ignore: !haveRealData,
  fn: () => {
    const ve = csvParse(Deno.readTextFileSync(new URL(VE, REALDATA)));
    const hp = tsvParse(Deno.readTextFileSync(new URL(HP, REALDATA)));
    const rows = comparisonTable(
      {
        followers: ve.map((r: Row) => Number(r.follower_count)),
        followings: ve.map((r: Row) => Number(r.following_count)),
      },
      {
        followers: hp.map((r: Row) => Number(r.NumberOfFollowers)),
        followings: hp.map((r: Row) => Number(r.NumberOfFollowings)),
      },
      { rounds: 200 },
    );
    assert.equal(rows.length, R_REFERENCE.real_data.length);
    rows.forEach((row, i) => {
      const ref = R_REFERENCE.real_data[i];
      assert.equal(row.metric, ref.metric);
      assert.deepEqual([row.n_a, row.n_b], [ref.n_a, ref.n_b]);
      assert.equal(row.ks_method, ref.ks_method);
      for (
        const k of [
          "median_a",
          "median_b",
          "ks_d",
          "ks_p",
          "mwu_u",
          "mwu_p",
          "effect",
          "q",
        ] as const
      ) {
        assertClose(row[k], ref[k], `${ref.metric}: ${k}`);
      }
      assertAllClose(row.iqr_a, ref.iqr_a, `${ref.metric}: iqr_a`);
      assertAllClose(row.iqr_b, ref.iqr_b, `${ref.metric}: iqr_b`);
    });
  },
});
