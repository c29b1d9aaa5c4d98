import { deepEqual, equal, throws } from "node:assert/strict";
import { join } from "node:path";
import {
  PROJECT_ROOT,
  releaseName,
  resolveRelease,
} from "./resolve_release.ts";

/** A throw-away project folder with the given subfolders. */
function fakeProject(dirs: string[]): string {
  const root = Deno.makeTempDirSync();
  for (const d of dirs) Deno.mkdirSync(join(root, d), { recursive: true });
  return root;
}

Deno.test("PROJECT_ROOT is the folder holding deno.json", () => {
  equal(Deno.statSync(join(PROJECT_ROOT, "deno.json")).isFile, true);
  equal(PROJECT_ROOT.endsWith("/"), false);
});

Deno.test("releaseName() strips Twitter's file-name suffixes", () => {
  equal(
    releaseName("data/raw/russia_201901_1_tweets_csv_hashed_1.csv"),
    "russia_201901_1",
  );
  equal(releaseName("/a/b/iran_201906.zip"), "iran_201906");
  equal(releaseName("/a/b/folder.with.dots"), "folder.with.dots");
});

Deno.test("resolveRelease() maps demo to the three demo folders", () => {
  const root = fakeProject([
    "data/demo/releases/demo_statebacked",
    "data/demo/releases/demo_unattributed",
    "data/demo/releases/demo_organic",
  ]);
  const r = resolveRelease("demo", { root });
  equal(r.name, "demo");
  deepEqual(r.releases.map((x) => x.name), [
    "demo_statebacked",
    "demo_unattributed",
    "demo_organic",
  ]);
  equal(r.releases[2].path, join(root, "data/demo/releases/demo_organic"));
  deepEqual(resolveRelease("demo_organic", { root }).releases, [
    r.releases[2],
  ]);
  Deno.removeSync(root, { recursive: true });
});

Deno.test("resolveRelease() says how to generate a missing demo bundle", () => {
  const root = fakeProject(["data/demo/releases/demo_statebacked"]);
  throws(
    () => resolveRelease("demo", { root }),
    (e: Error) =>
      e instanceof Deno.errors.NotFound &&
      e.message.includes("demo_unattributed") &&
      e.message.includes("./lab demo"),
  );
  Deno.removeSync(root, { recursive: true });
});

Deno.test("resolveRelease() prefers data/raw/<name>, then takes paths relative to the project", () => {
  const root = fakeProject([
    "data/raw/ira",
    "data/demo/releases/ira",
    "elsewhere/iran",
  ]);
  deepEqual(resolveRelease("ira", { root }), {
    name: "ira",
    releases: [{ name: "ira", path: join(root, "data/raw/ira") }],
  });
  deepEqual(resolveRelease("elsewhere/iran/", { root }), {
    name: "iran",
    releases: [{ name: "iran", path: join(root, "elsewhere/iran") }],
  });
  throws(
    () => resolveRelease("nope", { root }),
    (e: Error) =>
      e instanceof Deno.errors.NotFound &&
      e.message.includes("no such release name or path: nope."),
  );
  Deno.removeSync(root, { recursive: true });
});

Deno.test("resolveRelease() takes a path relative to the working folder first", () => {
  const root = fakeProject(["data/raw"]);
  const cwd = fakeProject(["mine/ira"]);
  deepEqual(resolveRelease("mine/ira", { root, cwd }), {
    name: "ira",
    releases: [{ name: "ira", path: join(cwd, "mine/ira") }],
  });
  Deno.removeSync(root, { recursive: true });
  Deno.removeSync(cwd, { recursive: true });
});
