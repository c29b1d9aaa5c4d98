import { deepEqual, equal, ok } from "node:assert/strict";
import { join } from "node:path";
import {
  buildManifest,
  fileRecords,
  formatManifest,
  lockedNpmPackages,
  sha256File,
} from "./_manifest.ts";
import { PROJECT_ROOT, resolveRelease } from "../lib/study/mod.ts";

const TINY = join(PROJECT_ROOT, "tests/testdata/release_tiny");
// `sha256sum tests/testdata/release_tiny/tiny_users_csv_hashed.csv`
const TINY_SHA =
  "b5d7b1f2b5178f01e66f2bf9da86f08cac6149864a18fadf947b4391307a3f91";

Deno.test("sha256File() matches sha256sum on the fixture", async () => {
  equal(await sha256File(join(TINY, "tiny_users_csv_hashed.csv")), TINY_SHA);
});

Deno.test("sha256File() reads files larger than one chunk", async () => {
  const f = Deno.makeTempFileSync();
  Deno.writeFileSync(f, new Uint8Array(1_000_000));
  // `head -c 1000000 /dev/zero | sha256sum`
  equal(
    await sha256File(f),
    "d29751f2649b32ff572b5e0a9f541ea660a50f94ff0beedfb0b692b924cc8025",
  );
  Deno.removeSync(f);
});

Deno.test("fileRecords() walks folders, deduplicates and sorts by path", async () => {
  const dir = Deno.makeTempDirSync();
  Deno.mkdirSync(join(dir, "b/c"), { recursive: true });
  Deno.writeTextFileSync(join(dir, "b/c/z.txt"), "abc");
  Deno.writeTextFileSync(join(dir, "a.txt"), "");
  Deno.writeTextFileSync(join(dir, "B.txt"), "x");
  deepEqual(await fileRecords([dir, join(dir, "a.txt")], dir), [
    {
      path: "B.txt",
      bytes: 1,
      sha256:
        "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881",
    },
    {
      path: "a.txt",
      bytes: 0,
      sha256:
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    },
    {
      path: "b/c/z.txt",
      bytes: 3,
      sha256:
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    },
  ]);
  Deno.removeSync(dir, { recursive: true });
});

Deno.test("lockedNpmPackages() lists the project's deno.lock", () => {
  const lock = Deno.readTextFileSync(join(PROJECT_ROOT, "deno.lock"));
  const pkgs = lockedNpmPackages(lock);
  ok(pkgs.includes("nodejs-polars@0.25.2"));
  ok(pkgs.includes("graphology@0.26.0"));
  ok(
    pkgs.every((p) => /^(@[^/@]+\/)?[^@]+@[^_@]+$/.test(p)),
    "no peer suffixes",
  );
  deepEqual(pkgs, [...new Set(pkgs)].sort());
});

Deno.test("buildManifest() uses project-relative paths and leaves out manifest.json", async () => {
  const out = Deno.makeTempDirSync();
  Deno.mkdirSync(join(out, "tables"));
  Deno.writeTextFileSync(join(out, "tables/t.csv"), "abc");
  Deno.writeTextFileSync(join(out, "manifest.json"), "{}");
  const tiny = resolveRelease("tests/testdata/release_tiny");
  const options = {
    root: PROJECT_ROOT,
    release: { argument: "tests/testdata/release_tiny", resolved: tiny },
    baseline: { argument: "tests/testdata/release_tiny", resolved: tiny },
    params: { release: "x", baseline: "y", seed: 7, utc_offset: null },
    environment: { TZ: "UTC" },
    notebooks: [
      join(PROJECT_ROOT, "tests/testdata/notebooks_ok/01_arith.ipynb"),
    ],
    outputDir: out,
    tools: { nbclient: "0.7.2" },
    lockText: '{"version": "5", "npm": {"d3@7.9.0": {}}}',
    code: { git_commit: null, git_dirty: null },
  };
  const m = await buildManifest(options);
  deepEqual(m.parameters, {
    release: "tests/testdata/release_tiny",
    baseline: "tests/testdata/release_tiny",
    seed: 7,
    utc_offset: null,
  });
  deepEqual(m.release.paths, ["tests/testdata/release_tiny"]);
  deepEqual(m.inputs, [{
    path: "tests/testdata/release_tiny/tiny_users_csv_hashed.csv",
    bytes: 337,
    sha256: TINY_SHA,
  }]);
  equal(m.notebooks[0].path, "tests/testdata/notebooks_ok/01_arith.ipynb");
  deepEqual(m.outputs.map((o) => o.path), ["tables/t.csv"]);
  deepEqual(m.npm, ["d3@7.9.0"]);
  equal(m.tools.deno, Deno.version.deno);
  equal(m.tools.nbclient, "0.7.2");
  const text = formatManifest(m);
  equal(text.includes(out), false, "no absolute output path");
  equal(text.includes(PROJECT_ROOT), false, "no absolute project path");
  equal(formatManifest(await buildManifest(options)), text);
  Deno.removeSync(out, { recursive: true });
});
