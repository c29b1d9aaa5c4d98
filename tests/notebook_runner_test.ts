/**
 * The notebook runner end to end: `cli/reproduce.ts` → Jupyter's headless
 * executor (nbclient) → the project's Deno kernel, on the small notebooks
 * in `tests/testdata/`. Needs `./lab setup` (kernel and executor).
 */
import { deepEqual, equal, ok } from "node:assert/strict";
import { join } from "node:path";
import {
  differences,
  fingerprint,
  names,
  runReproduce,
  withTempDir,
} from "./_reproduce.ts";

const OK = "tests/testdata/notebooks_ok";
const FAIL = "tests/testdata/notebooks_fail";
const TINY = "tests/testdata/release_tiny";
// `sha256sum tests/testdata/release_tiny/tiny_users_csv_hashed.csv`
const TINY_SHA =
  "b5d7b1f2b5178f01e66f2bf9da86f08cac6149864a18fadf947b4391307a3f91";

function args(outputs: string, notebooks: string): string[] {
  return [
    "--release",
    TINY,
    "--baseline",
    TINY,
    "--seed",
    "7",
    "--cell-timeout",
    "120",
    "--notebooks",
    notebooks,
    "--outputs",
    outputs,
  ];
}

interface Cell {
  outputs: {
    output_type: string;
    text?: string[];
    data?: Record<string, string[]>;
    ename?: string;
  }[];
  metadata: Record<string, unknown>;
}

function cells(path: string): Cell[] {
  return JSON.parse(Deno.readTextFileSync(path)).cells;
}

Deno.test("reproduce runs a notebook: parameters in, tables, executed notebook and manifest out", () =>
  withTempDir(async (outputs) => {
    const run = await runReproduce(args(outputs, OK));
    equal(run.code, 0, run.output);
    ok(run.output.includes("[1/1] 01_arith.ipynb: cell 2/4"), run.output);
    deepEqual(names(outputs), ["release_tiny"]);
    const dir = join(outputs, "release_tiny");
    equal(
      Deno.readTextFileSync(join(dir, "tables/sums.csv")),
      "a,b,sum\n40,2,42\n",
    );
    const executed = cells(join(dir, "notebooks/01_arith.ipynb"));
    ok(executed[1].outputs[0].data?.["text/plain"].join("").includes("42"));
    deepEqual(executed[2].outputs[0].text, [
      "release=tests/testdata/release_tiny seed=7\n",
    ]);
    deepEqual(executed[3].outputs[0].text, ["wrote tables/sums.csv\n"]);
    ok(executed.every((c) => !("execution" in c.metadata)));
    const manifest = JSON.parse(
      Deno.readTextFileSync(join(dir, "manifest.json")),
    );
    deepEqual(manifest.parameters, {
      release: TINY,
      baseline: TINY,
      seed: 7,
      utc_offset: null,
      baseline_utc_offset: -4,
      actor: null,
      window_s: 60,
      min_repeat: 2,
      alpha: 0.05,
      min_tweets: 10,
    });
    const inputs = manifest.inputs as { path: string }[];
    deepEqual(inputs.filter((i) => i.path.startsWith(TINY)), [{
      path: `${TINY}/tiny_users_csv_hashed.csv`,
      bytes: 337,
      sha256: TINY_SHA,
    }]);
    // Auxiliary inputs the notebooks read are recorded too (not the demo's truth).
    ok(inputs.some((i) => i.path === "data/client_taxonomy.csv"));
    ok(inputs.some((i) => i.path === "data/samples/coortweet/LICENSE"));
    ok(!inputs.some((i) => i.path.endsWith("TRUTH.json")));
    const prints = fingerprint(dir);
    deepEqual(
      manifest.outputs.map((o: { path: string; sha256: string }) => [
        o.path,
        o.sha256,
      ]),
      Object.entries(prints).filter(([p]) =>
        p !== "manifest.json" && p !== "index.html"
      ),
    );
    equal(manifest.tools.deno, Deno.version.deno);
  }));

Deno.test("reproduce twice, and into another folder, gives byte-identical outputs", () =>
  withTempDir(async (tmp) => {
    const outputs = join(tmp, "a");
    const elsewhere = join(tmp, "b");
    const first = await runReproduce(args(outputs, OK));
    equal(first.code, 0, first.output);
    const kept = join(tmp, "first");
    Deno.renameSync(join(outputs, "release_tiny"), kept);
    const second = await runReproduce(args(outputs, OK));
    equal(second.code, 0, second.output);
    deepEqual(differences(kept, join(outputs, "release_tiny")), []);
    const third = await runReproduce(args(elsewhere, OK));
    equal(third.code, 0, third.output);
    deepEqual(differences(kept, join(elsewhere, "release_tiny")), []);
  }));

Deno.test("reproduce stops at a failing cell, reports it, and leaves the previous outputs untouched", () =>
  withTempDir(async (outputs) => {
    const good = await runReproduce(args(outputs, OK));
    equal(good.code, 0, good.output);
    const before = fingerprint(join(outputs, "release_tiny"));

    const bad = await runReproduce(args(outputs, FAIL));
    equal(bad.code, 1, bad.output);
    for (
      const expected of [
        "FAILED: tests/testdata/notebooks_fail/01_fail.ipynb, cell 3 of 4 (index 2)",
        "RangeError: deliberate failure for the runner test",
        'throw new RangeError("deliberate failure for the runner test");',
        "outputs/release_tiny is unchanged",
      ]
    ) {
      ok(
        bad.output.includes(expected.replace("outputs/", "")),
        `missing "${expected}" in:\n${bad.output}`,
      );
    }
    ok(
      !bad.output.includes("02_after.ipynb: cell"),
      "stops at the first failure",
    );
    deepEqual(fingerprint(join(outputs, "release_tiny")), before);
    deepEqual(names(outputs), ["release_tiny", "release_tiny.failed"]);
    const failed = join(outputs, "release_tiny.failed");
    deepEqual(names(join(failed, "notebooks")), ["01_fail.ipynb"]);
    deepEqual(names(join(failed, "tables")), []);
    const partial = cells(join(failed, "notebooks/01_fail.ipynb"));
    ok(partial[1].outputs[0].data?.["text/plain"].join("").includes("42"));
    equal(partial[2].outputs[0].ename, "RangeError");
    deepEqual(partial[3].outputs, []);

    const again = await runReproduce(args(outputs, OK));
    equal(again.code, 0, again.output);
    deepEqual(names(outputs), ["release_tiny"], "a success clears .failed");
  }));

Deno.test("reproduce names an unknown release and writes nothing", () =>
  withTempDir(async (outputs) => {
    const run = await runReproduce([
      "--release",
      "no_such_release_2019",
      "--outputs",
      outputs,
    ]);
    equal(run.code, 1);
    ok(
      run.output.includes(
        "no such release name or path: no_such_release_2019.",
      ),
      run.output,
    );
    deepEqual(names(outputs), []);
  }));
