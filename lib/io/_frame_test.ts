import { deepEqual, equal, throws } from "node:assert/strict";
import {
  fileLedger,
  isoMs,
  readLines,
  shorten,
  TableBuilder,
  UserRegistry,
  utcDay,
} from "./_frame.ts";
import { TWEET_COLUMNS } from "./schema.ts";

async function lines(bytes: Uint8Array): Promise<[number, string][]> {
  const path = await Deno.makeTempFile();
  await Deno.writeFile(path, bytes);
  const out: [number, string][] = [];
  for await (const l of readLines(path)) out.push(l);
  await Deno.remove(path);
  return out;
}

Deno.test("readLines() numbers physical lines, drops BOM and CR", async () => {
  const text = new TextEncoder().encode("\ufeff{}\r\n\nlast");
  deepEqual(await lines(text), [[1, "{}"], [2, ""], [3, "last"]]);
  deepEqual(await lines(new TextEncoder().encode("a\n")), [[1, "a"]]);
  deepEqual(await lines(new Uint8Array()), []);
});

Deno.test("readLines() keeps multi-byte characters split across reads", async () => {
  const long = "é".repeat(700_000); // 1.4 MB, more than one 1 MiB read
  const got = await lines(new TextEncoder().encode(`${long}\nx\n`));
  equal(got[0][1], long);
  deepEqual(got[1], [2, "x"]);
});

Deno.test("TableBuilder() builds typed frames, empty ones too", () => {
  const empty = new TableBuilder(TWEET_COLUMNS).toFrame();
  equal(empty.height, 0);
  deepEqual(empty.columns, [...TWEET_COLUMNS, "_file", "_line"]);
  const b = new TableBuilder(TWEET_COLUMNS, ["withheld"]);
  b.push({
    tweetid: "1",
    tweet_time: Date.UTC(2021, 0, 2, 3, 4, 5, 6),
    account_creation_date: utcDay(Date.UTC(2010, 2, 3, 23, 0)),
    hashtags: [],
    is_retweet: false,
  });
  b.push({ tweetid: "2", hashtags: null, withheld: "{}" });
  const rows = b.toFrame().toRecords();
  deepEqual(rows[0].tweet_time, new Date("2021-01-02T03:04:05.006Z"));
  deepEqual(rows[0].account_creation_date, new Date("2010-03-03T00:00:00Z"));
  deepEqual(rows.map((r) => r.hashtags), [[], null]);
  deepEqual(rows.map((r) => r.is_retweet), [false, null]);
  equal(rows[1].withheld, "{}");
  throws(() => b.push({ nope: 1 }), /unknown column: nope/);
});

Deno.test("isoMs() accepts only zoned ISO 8601 instants", () => {
  equal(isoMs("2021-04-01T15:52:42.000Z"), Date.UTC(2021, 3, 1, 15, 52, 42));
  equal(isoMs("2021-04-01T17:52:42+02:00"), Date.UTC(2021, 3, 1, 15, 52, 42));
  equal(isoMs("2021-04-01T15:52:42"), null);
  equal(isoMs("2021-04-01"), null);
});

Deno.test("shorten() keeps values to 80 characters", () => {
  equal(shorten("x".repeat(80)), "x".repeat(80));
  equal(shorten("x".repeat(81)), "x".repeat(77) + "...");
});

Deno.test("UserRegistry() keeps first-met order and the first profile", () => {
  const a = fileLedger("a.jsonl", "users");
  const reg = new UserRegistry();
  reg.meetAuthor("2", 1, a);
  reg.offerProfile("1", { cells: { user_screen_name: "one" }, problems: [] });
  reg.addRecord("1", 2, a);
  reg.offerProfile("1", { cells: { user_screen_name: "uno" }, problems: [] });
  reg.addRecord("1", 3, a);
  reg.meetAuthor("2", 4, a);
  const rows = reg.toFrame().toRecords();
  deepEqual(rows.map((r) => [r.userid, r.user_screen_name, r._line]), [
    ["2", null, 1],
    ["1", "one", 2],
  ]);
  deepEqual([a.rowsIn, a.rowsLoaded, a.rowsRejected, a.issueCount], [
    3,
    2,
    1,
    1,
  ]);
});
