import { deepEqual, equal, rejects, throws } from "node:assert/strict";
import { join } from "node:path";
import { findCatalogEntry, readCatalog } from "./read_catalog.ts";

Deno.test("readCatalog() reads the project's catalog with the published figures", async () => {
  const catalog = await readCatalog();
  const vz = findCatalogEntry(catalog, "venezuela_201906_1");
  deepEqual(
    vz.published_figures.map((f) => [f.figure, f.value]).slice(0, 4),
    [
      ["accounts", 33],
      ["tweets", 569455],
      ["tweets_with_retweet_tweetid", 28961],
      ["largest_account_tweets", 43231],
    ],
  );
  deepEqual(findCatalogEntry(catalog, "venezuela_2019_all").combines, [
    "venezuela_201901_1",
    "venezuela_201901_2",
    "venezuela_201906_1",
  ]);
});

Deno.test("readCatalog() names the file and the bad entry", async () => {
  const dir = await Deno.makeTempDir();
  const path = join(dir, "c.json");
  await Deno.writeTextFile(path, "{");
  await rejects(
    () => readCatalog(path),
    /Read catalog .*c\.json: not valid JSON/,
  );
  await Deno.writeTextFile(
    path,
    JSON.stringify({
      releases: [{
        release: "r",
        published_figures: [{ source: "s", figure: "tweets", value: "many" }],
      }],
    }),
  );
  await rejects(
    () => readCatalog(path),
    /releases\[0\] \(r\) published_figures\[0\]: needs "source", "figure" and a numeric "value"/,
  );
  await Deno.remove(dir, { recursive: true });
});

Deno.test("findCatalogEntry() falls back to a case-insensitive match and lists known names", () => {
  const catalog = {
    releases: [{ release: "Venezuela_0621", published_figures: [] }],
  };
  equal(findCatalogEntry(catalog, "venezuela_0621").release, "Venezuela_0621");
  throws(
    () => findCatalogEntry(catalog, "iran"),
    /no release named: iran\. Known: Venezuela_0621/,
  );
});
