import { deepEqual, equal } from "node:assert/strict";
import { join } from "node:path";
import { generateDemo } from "../demo/mod.ts";
import { loadRelease, type Release } from "../io/mod.ts";
import type { Study } from "../study/mod.ts";
import { writeRelease } from "./_testing.ts";
import {
  absentReleasesStep,
  catalogFiguresStep,
  demoTruthStep,
  publishedVsReproducedStep,
  rawReleasesStep,
  studiedReleaseStep,
} from "./published_steps.ts";
import type { Catalog } from "./read_catalog.ts";

const S = "Test source, 2024";

/** `present_1` (3 accounts, 2 tweets each, one retweet each) and an absent one. */
const CATALOG: Catalog = {
  releases: [
    {
      release: "present_1",
      published_figures: [
        { source: S, figure: "accounts", value: 3 },
        { source: S, figure: "tweets", value: 7, note: "quoted" },
        { source: "Other, 2020", figure: "tweets_with_media", value: 1 },
      ],
    },
    {
      release: "absent_1",
      published_figures: [{ source: S, figure: "tweets", value: 9 }],
    },
    { release: "quiet_1", published_figures: [] },
  ],
};

async function rawDir(): Promise<{ dir: string; cacheDir: string }> {
  const dir = await Deno.makeTempDir();
  const cacheDir = await Deno.makeTempDir();
  const users = [0, 1, 2].map((i) => ({ userid: `u${i}` }));
  const tweets = users.flatMap((u, i) =>
    [0, 1].map((k) => ({
      tweetid: `t${i}${k}`,
      userid: u.userid,
      tweet_time: "2019-01-07 10:00",
      is_retweet: k === 0 ? "true" : "false",
      retweet_tweetid: k === 0 ? "1" : "",
    }))
  );
  await writeRelease(dir, "present_1", users, [tweets]);
  return { dir, cacheDir };
}

/** The parts of a study the steps read. */
function fakeStudy(
  name: string,
  releases: Release[],
  truth: Study["truth"] = null,
): Study {
  return {
    target: { name, releases: [] },
    releases,
    truth,
  } as unknown as Study;
}

Deno.test("catalogFiguresStep() counts figures, releases and sources of the catalog", async () => {
  const dir = await Deno.makeTempDir();
  const path = join(dir, "catalog.json");
  await Deno.writeTextFile(path, JSON.stringify(CATALOG));
  const step = await catalogFiguresStep(path);
  deepEqual(step.value, CATALOG);
  deepEqual(step.text, [
    "The catalog has 3 entries. It records 4 published figures about 2 " +
    "releases or release groups, from 2 sources; 1 catalogued releases " +
    "have no figure recorded yet (quiet_1).",
  ]);
  deepEqual(step.tables[0].rows, [
    {
      release: "present_1",
      combines: "",
      figure: "accounts",
      value: "3",
      qualifier: "exactly",
      source: S,
    },
    {
      release: "present_1",
      combines: "",
      figure: "tweets",
      value: "7",
      qualifier: "exactly",
      source: S,
    },
    {
      release: "present_1",
      combines: "",
      figure: "tweets_with_media",
      value: "1",
      qualifier: "exactly",
      source: "Other, 2020",
    },
    {
      release: "absent_1",
      combines: "",
      figure: "tweets",
      value: "9",
      qualifier: "exactly",
      source: S,
    },
  ]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("rawReleasesStep() and absentReleasesStep() word what data/raw gives", async () => {
  const { dir, cacheDir } = await rawDir();
  Deno.env.set("TAKEDOWN_CACHE", cacheDir);
  try {
    const raw = await rawReleasesStep(CATALOG, dir);
    deepEqual(raw.text, [
      "1 catalogued release(s) found in data/raw/ (present_1): of 3 " +
      "published numbers, 1 reproduced, 1 differ, 1 cannot be computed " +
      "from the archive files.",
    ]);
    deepEqual(
      raw.value.map((r) => [r.release, r.figure, r.reproduced, r.status]),
      [
        ["present_1", "accounts", 3, "match"],
        ["present_1", "tweets", 6, "differs"],
        ["present_1", "tweets_with_media", null, "not_reproducible"],
        ["absent_1", "tweets", null, "release_absent"],
      ],
    );
    deepEqual((raw.tables[0].rows as object[])[1], {
      release: "present_1",
      figure: "tweets",
      published: 7,
      qualifier: "exactly",
      reproduced: 6,
      difference: -1,
      relative_difference: -0.142857,
      status: "differs",
    });
    const absent = absentReleasesStep(raw.value);
    deepEqual(absent.text, [
      "1 catalogued releases or groups are absent, holding 1 published numbers.",
    ]);
    equal(absent.value[0].release, "absent_1");
    equal(absent.tables[0].rows, absent.value);
  } finally {
    Deno.env.delete("TAKEDOWN_CACHE");
    await Deno.remove(dir, { recursive: true });
    await Deno.remove(cacheDir, { recursive: true });
  }
});

Deno.test("rawReleasesStep() on an empty data/raw says nothing could be recomputed", async () => {
  const dir = await Deno.makeTempDir();
  const raw = await rawReleasesStep(CATALOG, dir);
  equal(raw.value.length, 4);
  equal(raw.tables.length, 0);
  equal(raw.text[0].startsWith("No catalogued release is in data/raw/"), true);
  deepEqual(absentReleasesStep([]).text, [
    "Every catalogued release with published figures is present.",
  ]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("studiedReleaseStep() checks a real release against its catalog entry", async () => {
  const { dir, cacheDir } = await rawDir();
  const release = await loadRelease(join(dir, "present_1"), { cacheDir });
  const step = studiedReleaseStep(
    fakeStudy("PRESENT_1", [release]),
    CATALOG,
  );
  deepEqual(step.text, [
    "PRESENT_1: 1 of 3 published numbers reproduced, 1 differ, 1 not " +
    "computable.",
  ]);
  deepEqual(step.value.map((r) => r.reproduced), [3, 6, null]);
  const none = studiedReleaseStep(fakeStudy("elsewhere_1", []), CATALOG);
  deepEqual(none.value, []);
  deepEqual(none.text, [
    "elsewhere_1 has no single-release entry in data/catalog.json: add its " +
    "published figures there to check them.",
  ]);
  deepEqual(demoTruthStep(fakeStudy("elsewhere_1", [])).text, [
    "elsewhere_1 is not the demo bundle: there is no planted truth to check.",
  ]);
  await Deno.remove(dir, { recursive: true });
  await Deno.remove(cacheDir, { recursive: true });
});

Deno.test("studiedReleaseStep() on the demo checks every planted number", async () => {
  const outDir = await Deno.makeTempDir();
  const cacheDir = await Deno.makeTempDir();
  const truth = await generateDemo({ outDir, seed: 7, scale: 0.1 });
  const releases: Release[] = [];
  for (const r of truth.releases) {
    releases.push(await loadRelease(join(outDir, r.name), { cacheDir }));
  }
  const step = studiedReleaseStep(fakeStudy("demo", releases, truth), CATALOG);
  deepEqual(step.text, [
    "All 34 numbers planted in the demo bundle (seed 7) were reproduced " +
    "exactly.",
  ]);
  const checks = step.tables[0].rows as Record<string, unknown>[];
  equal(checks.length, 34);
  deepEqual(checks[1], {
    check: "demo_statebacked tweets",
    expected: truth.releases[0].tweets,
    observed: truth.releases[0].tweets,
    difference: 0,
    verdict: "MET",
  });
  equal(checks.every((c) => c.verdict === "MET"), true);

  // The saved table: the absent catalogued rows, then the demo rows.
  const raw = await rawReleasesStep(CATALOG, outDir);
  const saved = publishedVsReproducedStep(raw.value, step.value);
  equal(saved.value.length, 4 + 34);
  equal(saved.tables[0].name, "tab07_published_vs_reproduced");
  equal(saved.charts[0].name, "fig07_published_vs_reproduced");
  equal((saved.charts[0].rows as unknown[]).length, 34);
  deepEqual(saved.text, ["The saved table holds 38 rows, each with its note."]);
  await Deno.remove(outDir, { recursive: true });
  await Deno.remove(cacheDir, { recursive: true });
});

Deno.test("publishedVsReproducedStep() saves the table but draws no chart without computed rows", () => {
  const rows = [{
    release: "absent_1",
    figure: "tweets",
    source: S,
    published: 9,
    qualifier: "exactly" as const,
    reproduced: null,
    difference: null,
    relative_difference: null,
    status: "release_absent" as const,
    note: "computed: get it",
  }];
  const step = publishedVsReproducedStep(rows, []);
  deepEqual(step.text, [
    "The saved table holds 1 rows, each with its note.",
    "Nothing to chart: no published number could be recomputed.",
  ]);
  equal(step.charts.length, 0);
  equal(step.tables[0].show, false);
});
