import { deepEqual, equal, rejects } from "node:assert/strict";
import { generateDemo } from "../demo/mod.ts";
import { loadRelease } from "../io/mod.ts";
import { checkDemoTruth, demoTruthTable } from "./check_demo_truth.ts";

Deno.test("demoTruthTable() reproduces every number planted in a freshly generated demo bundle", async () => {
  const outDir = await Deno.makeTempDir();
  const cacheDir = await Deno.makeTempDir();
  const truth = await generateDemo({ outDir, seed: 7, scale: 0.1 });
  const rows = await demoTruthTable(outDir, { cacheDir });
  // 3 releases × (4 counts + 7 weekdays) + tweets_with_links of unattributed.
  equal(rows.length, 34);
  deepEqual(rows.filter((r) => r.status !== "match"), []);
  const tweets = rows.filter((r) => r.figure === "tweets").map((r) => [
    r.release,
    r.reproduced,
  ]);
  deepEqual(tweets, truth.releases.map((r) => [r.name, r.tweets]));
  equal(
    rows.find((r) => r.figure === "tweets_with_links")?.reproduced,
    truth.unattributed.tweetsWithUrl,
  );

  // A wrong planted number shows as differs; an unloaded release as absent.
  const wrong = structuredClone(truth);
  wrong.releases[0].tweets += 1;
  const statebacked = await loadRelease(`${outDir}/demo_statebacked`, {
    cacheDir,
  });
  const checked = checkDemoTruth(wrong, [statebacked]);
  const first = checked.find((r) => r.figure === "tweets")!;
  deepEqual([first.difference, first.status], [-1, "differs"]);
  equal(
    checked.filter((r) => r.release !== "demo_statebacked")
      .every((r) => r.status === "release_absent"),
    true,
  );
  await Deno.remove(outDir, { recursive: true });
  await Deno.remove(cacheDir, { recursive: true });
});

Deno.test("demoTruthTable() says how to generate a missing bundle", async () => {
  const dir = await Deno.makeTempDir();
  await rejects(() => demoTruthTable(dir), /deno task demo/);
  await Deno.remove(dir);
});
