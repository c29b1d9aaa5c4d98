import assert from "node:assert/strict";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ledgerTotals } from "./ledger.ts";
import { detectBaselineFormat, loadBaseline } from "./load_baseline.ts";

const TWARC2 = fileURLToPath(
  new URL("../../data/samples/twarc2/", import.meta.url),
);
const hasTwarc2 = (() => {
  try {
    return Deno.statSync(join(TWARC2, "flat.jsonl")).isFile;
  } catch {
    console.log(`skipping real twarc2 baseline tests: ${TWARC2} is absent`);
    return false;
  }
})();

async function withFiles(
  files: Record<string, string>,
  fn: (dir: string) => Promise<void>,
): Promise<void> {
  const dir = await Deno.makeTempDir();
  try {
    for (const [name, text] of Object.entries(files)) {
      await Deno.writeTextFile(join(dir, name), text);
    }
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

const V2_PAGE = JSON.stringify({
  data: [{
    id: "11",
    author_id: "9",
    text: "hola",
    created_at: "2021-04-08T19:34:16.000Z",
    source: "Twitter for Android",
  }],
  includes: { users: [{ id: "9", username: "ana", name: "Ana" }] },
});
const V2_FLAT = JSON.stringify({ id: "12", text: "x", author_id: "9" });
const V1_TWEET = JSON.stringify({
  id_str: "5",
  text: "hi",
  created_at: "Wed Oct 10 20:19:24 +0000 2018",
  user: { id_str: "7", screen_name: "bo" },
});

Deno.test("detectBaselineFormat() tells folders, names, JSON lines and CSV apart", async () => {
  await withFiles({
    "page.jsonl": `\n\n${V2_PAGE}\n`,
    "flat.ndjson": `${V2_FLAT}\n`,
    "users.json": `${JSON.stringify({ id: "9", username: "ana" })}\n`,
    "v1.jsonl": `${V1_TWEET}\n`,
    "search.json": `${JSON.stringify({ statuses: [] })}\n`,
    "odd.jsonl": `{"hello": 1}\n`,
    "broken.jsonl": `{"data": [\n`,
    "x_tweets_csv_hashed.csv": "tweetid,userid\n",
    "mine.tsv": "a\tb\n",
  }, async (dir) => {
    const f = (name: string, mapping = false) =>
      detectBaselineFormat(join(dir, name), mapping);
    assert.equal(await f(""), "release"); // the folder itself
    assert.equal(await f("no_such_release_name"), "release");
    assert.equal(await f("page.jsonl"), "twarc2");
    assert.equal(await f("flat.ndjson"), "twarc2");
    assert.equal(await f("users.json"), "twarc2");
    assert.equal(await f("v1.jsonl"), "v1");
    assert.equal(await f("search.json"), "v1");
    assert.equal(await f("x_tweets_csv_hashed.csv"), "release");
    assert.equal(await f("x_tweets_csv_hashed.csv", true), "csv");
    assert.equal(await f("mine.tsv", true), "csv");
    await assert.rejects(
      () => f("odd.jsonl"),
      /neither twarc2.*--baseline-format/,
    );
    await assert.rejects(() => f("broken.jsonl"), /neither twarc2/);
    await assert.rejects(() => f("mine.tsv"), /no column mapping was given/);
  });
});

Deno.test("loadBaseline() loads twarc2, v1.1 and mapped CSV baselines with their readers", async () => {
  await withFiles({
    "page.jsonl": `${V2_PAGE}\n`,
    "v1.jsonl": `${V1_TWEET}\n`,
    "mine.tsv": "who\tid\twhen\n9\t1\t2021-01-02 03:04:05\n",
    "mapping.json": JSON.stringify({
      sep: "\t",
      columns: { tweetid: "id", userid: "who", tweet_time: "when" },
      time_format: "%Y-%m-%d %H:%M:%S",
    }),
  }, async (dir) => {
    const v2 = await loadBaseline(join(dir, "page.jsonl"));
    assert.equal(
      v2.tweets.collectSync().getColumn("tweet_client_name").get(0),
      "Twitter for Android",
    );
    const v1 = await loadBaseline(join(dir, "v1.jsonl"));
    assert.equal(v1.users.collectSync().getColumn("userid").get(0), "7");
    const csv = await loadBaseline(join(dir, "mine.tsv"), {
      mapping: join(dir, "mapping.json"),
    });
    const time = csv.tweets.collectSync().getColumn("tweet_time")
      .toArray()[0] as unknown as Date;
    assert.equal(time.toISOString(), "2021-01-02T03:04:05.000Z");
    // An explicit format overrides detection.
    const forced = await loadBaseline(join(dir, "page.jsonl"), {
      format: "twarc2",
    });
    assert.equal(forced.tweets.collectSync().height, 1);
  });
});

Deno.test("loadBaseline() rejects a mapping for another format, a CSV without mapping, mixed formats", async () => {
  await withFiles({
    "page.jsonl": `${V2_PAGE}\n`,
    "v1.jsonl": `${V1_TWEET}\n`,
    "mine.tsv": "a\tb\n",
  }, async (dir) => {
    await assert.rejects(
      () =>
        loadBaseline(join(dir, "page.jsonl"), {
          format: "twarc2",
          mapping: { columns: {} },
        }),
      /applies only to the csv format, not: twarc2/,
    );
    await assert.rejects(
      () => loadBaseline(join(dir, "mine.tsv"), { format: "csv" }),
      /no column mapping given/,
    );
    await assert.rejects(
      () => loadBaseline([join(dir, "page.jsonl"), join(dir, "v1.jsonl")]),
      /different formats: twarc2, v1/,
    );
    await assert.rejects(
      () => loadBaseline(join(dir, "page.jsonl"), { format: "xml" as "csv" }),
      /unknown format: xml/,
    );
  });
});

Deno.test({
  name:
    "loadBaseline() reads a real twarc2 capture (DocNow twarc-csv test data)",
  ignore: !hasTwarc2,
  async fn() {
    const flat = await loadBaseline(join(TWARC2, "flat.jsonl"));
    assert.deepEqual(ledgerTotals(flat.ledger, "tweets"), {
      rowsIn: 100,
      rowsLoaded: 100,
      rowsRejected: 0,
    });
    assert.equal(flat.users.collectSync().height, 96);
    const stream = await loadBaseline(
      join(TWARC2, "streaming_output_with_error.jsonl"),
    );
    assert.deepEqual(ledgerTotals(stream.ledger, "tweets"), {
      rowsIn: 8,
      rowsLoaded: 7,
      rowsRejected: 1,
    });
  },
});
