import { deepEqual, equal, ok, rejects, throws } from "node:assert/strict";
import pl from "nodejs-polars";
import {
  CLIENT_CATEGORIES,
  clientCategory,
  loadClientTaxonomy,
  parseClientTaxonomy,
} from "./client_taxonomy.ts";

Deno.test("loadClientTaxonomy() reads data/client_taxonomy.csv", async () => {
  const t = await loadClientTaxonomy();
  ok(t.source.endsWith("data/client_taxonomy.csv"));
  const by = new Map(t.entries.map((e) => [e.client_name, e]));
  equal(by.get("Twitter for iPhone")?.category, "official");
  equal(by.get("TweetDeck")?.category, "scheduler");
  equal(by.get("Hootsuite Inc.")?.category, "scheduler");
  equal(by.get("IFTTT")?.category, "automation");
  equal(by.get("dlvr.it")?.category, "automation");
  equal(by.get("twittbot.net")?.category, "automation");
  equal(by.get("Patria Publisher")?.category, "automation");
  ok(by.get("Patria Publisher")?.note.includes("SYNTHETIC"));
  for (const e of t.entries) ok(CLIENT_CATEGORIES.includes(e.category));
});

Deno.test("parseClientTaxonomy() reports bad files with the line", () => {
  throws(
    () => parseClientTaxonomy("name,category\nA,official\n", "t.csv"),
    /t\.csv, line 1: the header/,
  );
  throws(
    () =>
      parseClientTaxonomy(
        "client_name,category,note\nA,official,\nB,bot,\n",
        "t.csv",
      ),
    /t\.csv, line 3: unknown category: bot/,
  );
  throws(
    () =>
      parseClientTaxonomy(
        "client_name,category,note\nA,official,\n a ,official,\n",
        "t.csv",
      ),
    /line 3: client_name repeats line 2/,
  );
  throws(
    () =>
      parseClientTaxonomy('client_name,category,note\n"",official,\n', "t.csv"),
    /line 2: client_name is empty/,
  );
  const quoted = parseClientTaxonomy(
    'client_name,category,note\n"Cheap Bots, Done Quick!",automation,"a, b"\n',
  );
  deepEqual(quoted.entries, [{
    client_name: "Cheap Bots, Done Quick!",
    category: "automation",
    note: "a, b",
  }]);
});

Deno.test("loadClientTaxonomy() names a missing file", async () => {
  await rejects(
    () => loadClientTaxonomy("/nonexistent/t.csv"),
    /\/nonexistent\/t\.csv/,
  );
});

Deno.test("clientCategory() matches trimmed, case-insensitive names; the rest is unknown", () => {
  const t = parseClientTaxonomy(
    "client_name,category,note\nTwitter for iPhone,official,\nBuffer,scheduler,\n",
  );
  const df = pl.DataFrame({
    tweet_client_name: ["twitter FOR iphone ", "Buffer", "Bufferr", null],
  });
  deepEqual(
    df.select(clientCategory(t)).getColumn("client_category").toArray(),
    [
      "official",
      "scheduler",
      "unknown",
      "unknown",
    ],
  );
  const none = parseClientTaxonomy("client_name,category,note\n");
  deepEqual(
    df.select(clientCategory(none)).getColumn("client_category").toArray(),
    ["unknown", "unknown", "unknown", "unknown"],
  );
});
