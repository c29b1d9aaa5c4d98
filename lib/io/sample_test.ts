import { deepEqual, equal, throws } from "node:assert/strict";
import pl from "nodejs-polars";
import {
  restrictToLanguages,
  restrictToPeriod,
  sampleAccounts,
  sampleKey,
} from "./sample.ts";
import { loadTwarc2 } from "./twarc2.ts";
import type { Release } from "./release_types.ts";

const WITHHELD = new URL(
  "../../data/samples/twarc2/withheld.jsonl",
  import.meta.url,
).pathname;
const haveReal = (() => {
  try {
    return Deno.statSync(WITHHELD).isFile;
  } catch {
    return false;
  }
})();
if (!haveReal) {
  console.log(`sample_test: ${WITHHELD} is absent; real-data tests skipped`);
}

function release(): Release {
  const tweets = pl.DataFrame({
    tweetid: ["1", "2", "3", "4"],
    userid: ["a", "a", "b", "c"],
    tweet_language: ["en", "es", "en", null],
    tweet_time: [
      new Date("2020-12-31T23:59:59.999Z"),
      new Date("2021-01-01T00:00:00Z"),
      new Date("2021-01-31T23:59:59Z"),
      new Date("2021-02-01T00:00:00Z"),
    ],
  }).withColumns(pl.col("tweet_time").cast(pl.Datetime("ms"))).lazy();
  const users = pl.DataFrame({ userid: ["a", "b", "c", "d"] }).lazy();
  return { name: "t", tweets, users, ledger: { files: [] }, synthetic: false };
}

function ids(frame: pl.LazyDataFrame, col: string): unknown[] {
  return frame.collectSync().getColumn(col).toArray();
}

Deno.test("restrictToPeriod() keeps [start, end) and active users", () => {
  const r = restrictToPeriod(release(), "2021-01-01", "2021-02-01");
  deepEqual(ids(r.tweets, "tweetid"), ["2", "3"]);
  deepEqual(ids(r.users, "userid"), ["a", "b"]);
  equal(r.name, "t");
  const dated = restrictToPeriod(
    release(),
    new Date("2021-01-01T00:00:00Z"),
    "2021-01-31 23:59:59",
  );
  deepEqual(ids(dated.tweets, "tweetid"), ["2"]);
  throws(
    () => restrictToPeriod(release(), "2021-02-01", "2021-01-01"),
    /end is not after start/,
  );
  throws(() => restrictToPeriod(release(), "soon", "2021-01-01"), /not a time/);
});

Deno.test("restrictToLanguages() keeps listed languages, never null", () => {
  const r = restrictToLanguages(release(), ["en"]);
  deepEqual(ids(r.tweets, "tweetid"), ["1", "3"]);
  deepEqual(ids(r.users, "userid"), ["a", "b"]);
  throws(() => restrictToLanguages(release(), []), /the list is empty/);
});

Deno.test("sampleAccounts() draws the n smallest SHA-256 keys", () => {
  // sha256("1:<id>") from Python's hashlib: d 244b…, a 4162…, b 6f05…,
  // c b8a9…; so n = 2 draws a and d.
  equal(
    sampleKey(1, "a"),
    "4162fddd39a3e4225e8e2392eced237fbeb34e6e218b5647d27bd4d2b9c0da24",
  );
  const two = sampleAccounts(release(), 2, 1);
  deepEqual((ids(two.users, "userid") as string[]).sort(), ["a", "d"]);
  deepEqual(ids(two.tweets, "tweetid"), ["1", "2"]);
  // Row order does not matter.
  const reversed = release();
  reversed.users = reversed.users.reverse();
  reversed.tweets = reversed.tweets.reverse();
  deepEqual(
    (ids(sampleAccounts(reversed, 2, 1).users, "userid") as string[]).sort(),
    ["a", "d"],
  );
  // A larger n keeps the smaller draw; n beyond the count keeps everyone.
  const three = ids(sampleAccounts(release(), 3, 1).users, "userid");
  for (const id of ids(two.users, "userid")) equal(three.includes(id), true);
  equal(ids(sampleAccounts(release(), 10, 1).users, "userid").length, 4);
  equal(ids(sampleAccounts(release(), 0, 1).tweets, "tweetid").length, 0);
  throws(() => sampleAccounts(release(), 1.5, 1), /non-negative integer/);
});

Deno.test({
  name: "matching helpers on real withheld.jsonl give Python's counts",
  ignore: !haveReal,
  fn: async () => {
    // Expected values from Python over the file's `data` arrays:
    // created_at in June 2021, lang == "en", and the 10 authors with the
    // smallest hashlib.sha256(f"42:{author_id}") hex digests.
    const r = await loadTwarc2(WITHHELD);
    const june = restrictToPeriod(r, "2021-06-01", "2021-07-01");
    equal(june.tweets.collectSync().height, 112);
    equal(june.users.collectSync().height, 103);
    const en = restrictToLanguages(r, ["en"]);
    equal(en.tweets.collectSync().height, 200);
    equal(en.users.collectSync().height, 98);
    const s = sampleAccounts(r, 10, 42);
    deepEqual((ids(s.users, "userid") as string[]).sort(), [
      "120353687",
      "1229158787283476480",
      "125297124",
      "1377324852902682624",
      "2685020765",
      "291789796",
      "3156218929",
      "425674827",
      "440859631",
      "853929341675229184",
    ]);
    equal(s.tweets.collectSync().height, 10);
  },
});
