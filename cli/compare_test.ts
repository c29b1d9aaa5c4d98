import { deepEqual, equal, match, ok } from "node:assert/strict";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const DEMO = `${ROOT}data/demo/releases/`;
const TWARC2 = fileURLToPath(
  new URL("../data/samples/twarc2/flat.jsonl", import.meta.url),
);
const exists = (path: string, what: string) => {
  try {
    Deno.statSync(path);
    return true;
  } catch {
    console.log(
      `skipping cli/compare.ts tests with ${what}: ${path} is absent`,
    );
    return false;
  }
};
const hasDemo = exists(`${DEMO}demo_organic`, "the demo bundle");
const hasTwarc2 = exists(TWARC2, "a real twarc2 baseline");

async function run(...args: string[]) {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "cli/compare.ts", ...args],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  return {
    code: out.code,
    stdout: new TextDecoder().decode(out.stdout),
    stderr: new TextDecoder().decode(out.stderr),
  };
}

const isNum = (v: unknown) => v === null || typeof v === "number";

Deno.test({
  name: "cli/compare.ts --json prints one JSON object with the stable fields",
  ignore: !hasDemo,
  async fn() {
    const r = await run(
      "demo_unattributed",
      "--baseline",
      "demo_organic",
      "--json",
      "--rounds",
      "50",
      "--seed",
      "7",
    );
    equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    equal(j.a, "demo_unattributed");
    equal(j.b, "demo_organic");
    equal(j.synthetic, true);
    equal(j.utc_offset, -4);
    equal(j.utc_offset_source, "default");
    equal(j.baseline_format, "release");
    equal(j.seed, 7);
    equal(j.rounds, 50);
    deepEqual(j.matching, { period: null, languages: null });
    ok(j.rows.length >= 15);
    for (const row of j.rows) {
      equal(typeof row.metric, "string");
      for (const k of ["n_a", "n_b"]) ok(Number.isInteger(row[k]), k);
      for (const k of ["ks_d", "ks_p", "mwu_u", "mwu_p", "effect", "q"]) {
        ok(isNum(row[k]), `${row.metric}.${k}`);
      }
      equal(row.effect_ci.length, 2);
      ok(row.effect_ci.every(isNum));
    }
    const burst = j.rows.find((x: { metric: string }) =>
      x.metric === "in_burst"
    );
    equal(burst.n_a, 200);
    equal(burst.n_b, 1500);
    ok(burst.q < 0.05 && burst.effect > 0.9);
    deepEqual(
      j.categorical.map((c: { variable: string }) => c.variable),
      ["hour", "weekday", "client_category"],
    );
    for (const c of j.categorical) {
      for (const k of ["chi2", "df", "chi2_p", "perm_p", "jsd", "q"]) {
        ok(isNum(c[k]), `${c.variable}.${k}`);
      }
    }
    equal(typeof j.separability.auc, "number");
    equal(j.separability.fold_aucs.length, 5);
  },
});

Deno.test({
  name:
    "cli/compare.ts prints a text report and matches the baseline's period and languages",
  ignore: !hasDemo,
  async fn() {
    const text = await run(
      "demo_statebacked",
      "--baseline",
      "demo_organic",
      "--utc-offset",
      "-4",
      "--rounds",
      "20",
    );
    equal(text.code, 0, text.stderr);
    match(text.stdout, /^demo_statebacked \(A, 300 accounts\) vs demo_organic/);
    match(text.stdout, /working_hours_share/);
    match(text.stdout, /Separability: cross-validated AUC/);
    ok(!text.stdout.includes("default UTC"), "no default-offset note");
    const cut = await run(
      "demo_statebacked",
      "--baseline",
      "demo_organic",
      "--period",
      "2018-06-01..2018-07-01",
      "--languages",
      "es",
      "--utc-offset=-4",
      "--rounds",
      "20",
      "--json",
    );
    equal(cut.code, 0, cut.stderr);
    const j = JSON.parse(cut.stdout);
    deepEqual(j.matching, {
      period: "2018-06-01..2018-07-01",
      languages: ["es"],
    });
    ok(j.n_accounts_b > 0 && j.n_accounts_b < 1500, String(j.n_accounts_b));
    equal(j.utc_offset_source, "given");
  },
});

Deno.test({
  name: "cli/compare.ts takes a twarc2 baseline file",
  ignore: !hasDemo || !hasTwarc2,
  async fn() {
    const r = await run(
      "demo_unattributed",
      "--baseline",
      TWARC2,
      "--rounds",
      "20",
      "--json",
    );
    equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    equal(j.baseline_format, "twarc2");
    equal(j.b, "flat");
    equal(j.n_accounts_b, 96);
  },
});

Deno.test("cli/compare.ts exits 2 on bad arguments, 1 on a missing release, with a clear message", async () => {
  const none = await run("demo_statebacked");
  equal(none.code, 2);
  match(none.stderr, /^compare: Read --baseline: no baseline given/);
  const seed = await run("x", "--baseline", "y", "--seed", "1.5");
  equal(seed.code, 2);
  match(seed.stderr, /Read --seed: expected a whole number ≥ 0, got: 1.5/);
  const format = await run("x", "--baseline", "y", "--baseline-format", "xml");
  equal(format.code, 2);
  match(format.stderr, /unknown format: xml/);
  const missing = await run("no_such_release", "--baseline", "y");
  equal(missing.code, 1);
  match(missing.stderr, /no such release name or path: no_such_release/);
});
