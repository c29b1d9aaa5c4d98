import { equal, throws } from "node:assert/strict";
import { isSyntheticRelease, parseManifest } from "./manifest.ts";

const valid = {
  manifest_version: 1,
  parameters: { release: "demo", baseline: "demo_organic", seed: 1 },
  environment: { TZ: "UTC" },
  release: { argument: "demo", name: "demo", paths: ["data/demo/releases/a"] },
  baseline: { argument: "b", name: "b", paths: ["data/raw/b"] },
  inputs: [{ path: "x.csv", bytes: 3, sha256: "ab" }],
  notebooks: [],
  outputs: [],
  code: { git_commit: null, git_dirty: null },
  tools: {},
  npm: [],
};

Deno.test("parseManifest() reads a version-1 manifest", () => {
  const m = parseManifest(JSON.stringify(valid), "manifest.json");
  equal(m.release.paths[0], "data/demo/releases/a");
  equal(m.inputs[0].bytes, 3);
});

Deno.test("parseManifest() names the file and the field that is wrong", () => {
  throws(
    () =>
      parseManifest(
        JSON.stringify({ ...valid, manifest_version: 2 }),
        "out/manifest.json",
      ),
    {
      message:
        'Read out/manifest.json: field "manifest_version" is missing or of the wrong type: 2; regenerate it with ./lab reproduce',
    },
  );
  throws(
    () =>
      parseManifest(
        JSON.stringify({ ...valid, inputs: [{ path: "x" }] }),
        "m.json",
      ),
    /field "inputs\[0\]"/,
  );
  throws(
    () =>
      parseManifest(
        JSON.stringify({ ...valid, parameters: { release: "demo" } }),
        "m.json",
      ),
    /field "parameters"/,
  );
  throws(() => parseManifest("{", "m.json"), SyntaxError);
});

Deno.test("isSyntheticRelease() goes by the demo argument or data/demo/ paths", () => {
  const r = (argument: string, paths: string[]) => ({
    argument,
    name: argument,
    paths,
  });
  equal(isSyntheticRelease(r("demo", [])), true);
  equal(
    isSyntheticRelease(
      r("x", ["data/demo/releases/x", "data/demo/releases/y"]),
    ),
    true,
  );
  equal(
    isSyntheticRelease(r("x", ["data/demo/releases/x", "data/raw/y"])),
    false,
  );
  equal(isSyntheticRelease(r("x", [])), false);
  equal(isSyntheticRelease(r("demo_like", ["data/demonstration/x"])), false);
});
