import { deepEqual, equal, match, rejects } from "node:assert/strict";
import pl from "nodejs-polars";
import { type CsvMapping, loadMappedCsv } from "./mapped_csv.ts";
import { ledgerTotals } from "./ledger.ts";
import { columnType, TWEET_COLUMNS, USER_COLUMNS } from "./schema.ts";
import type { Release } from "./release_types.ts";

const BASELINES = new URL("../../data/baselines/", import.meta.url).pathname;
const HONEYPOT = new URL(
  "../../../shared/realdata/social_honeypot/legitimate_users.tsv",
  import.meta.url,
).pathname;
const haveHoneypot = (() => {
  try {
    return Deno.statSync(HONEYPOT).isFile;
  } catch {
    return false;
  }
})();
if (!haveHoneypot) {
  console.log(
    `mapped_csv_test: ${HONEYPOT} is absent; the social-honeypot test is ` +
      "skipped",
  );
}

/** A dtype's name, with polars' two spellings of text made one. */
function typeName(t: pl.DataType): string {
  return String(t).replaceAll("Utf8", "String");
}

/** Writes `csv` to a temp file and loads it with `mapping`. */
async function load(csv: string, mapping: CsvMapping): Promise<Release> {
  const path = await Deno.makeTempFile({ suffix: ".csv" });
  await Deno.writeTextFile(path, csv);
  try {
    return await loadMappedCsv(path, mapping);
  } finally {
    await Deno.remove(path);
  }
}

const BASIC: CsvMapping = {
  columns: { tweetid: "id", userid: "who", tweet_time: "at" },
  time_format: "%Y-%m-%d %H:%M:%S",
};

Deno.test("loadMappedCsv() loads the example CSV with its mapping file", async () => {
  const r = await loadMappedCsv(
    BASELINES + "example_tweets.csv",
    BASELINES + "example_mapping.json",
  );
  const t = r.tweets.collectSync();
  deepEqual(t.columns, [...TWEET_COLUMNS, "Collection", "_file", "_line"]);
  for (const c of t.columns) {
    equal(typeName(t.getColumn(c).dtype), typeName(columnType(c)), c);
  }
  const rows = t.toRecords();
  deepEqual(rows.map((x) => [x.tweetid, x._line]), [
    ["1380242611781386245", 2],
    ["1380242597881409537", 3],
    ["1380242590000000000", 5],
  ]);
  deepEqual(rows[0].tweet_time, new Date("2021-04-08T19:34:16Z"));
  equal(rows[0].is_retweet, true);
  equal(rows[0].retweet_tweetid, "1380175475545362437");
  equal(rows[0].hashtags, null);
  equal(rows[1].tweet_text, "A tweet\non two lines");
  deepEqual(rows[1].hashtags, ["news", "nasa"]);
  deepEqual(rows[2].hashtags, []);
  equal(rows[1].like_count, 12);
  equal(rows[1].follower_count, null);
  equal(rows[1].Collection, "vz-sample");
  const u = r.users.collectSync();
  deepEqual(u.columns, [...USER_COLUMNS, "_file", "_line"]);
  deepEqual(u.toRecords().map((x) => [x.userid, x._line]), [
    ["1352661060663336960", 2],
    ["1100629650017939456", 3],
  ]);
  deepEqual(ledgerTotals(r.ledger, "tweets"), {
    rowsIn: 3,
    rowsLoaded: 3,
    rowsRejected: 0,
  });
  equal(r.name, "example_tweets");
  equal(r.synthetic, false);
});

Deno.test("loadMappedCsv() rejects keyless, blank and repeated records", async () => {
  const r = await load(
    "id,who,at\n1,9,2021-01-02 03:04:05\n,9,2021-01-02 03:04:05\n\n" +
      "1,8,2021-01-02 03:04:06\n2,,2021-01-02 03:04:07\n3,9,x\n",
    BASIC,
  );
  deepEqual(
    r.tweets.collectSync().toRecords().map((x) => [x.tweetid, x._line]),
    [["1", 2], ["3", 7]],
  );
  const [tl] = r.ledger.files;
  deepEqual([tl.rowsIn, tl.rowsLoaded, tl.rowsRejected], [6, 2, 4]);
  deepEqual(tl.rejections.map((x) => [x.line, x.column]), [
    [3, "tweetid"],
    [4, null],
    [5, "tweetid"],
    [6, "userid"],
  ]);
  equal(tl.rejections[2].reason, "duplicate of line 2; the first copy is kept");
  deepEqual(
    tl.issues.map((i) => [i.line, i.column, i.value]),
    [[7, "tweet_time", "x"]],
  );
});

Deno.test("loadMappedCsv() demands whole-field time matches", async () => {
  const r = await load(
    "id,who,at\n1,9,2021-01-02 03:04:05\n2,9,2021-01-02 03:04:05 junk\n" +
      "3,9,2021-02-30 00:00:00\n",
    BASIC,
  );
  const t = r.tweets.collectSync().toRecords();
  deepEqual(t[0].tweet_time, new Date("2021-01-02T03:04:05Z"));
  equal(t[1].tweet_time, null);
  equal(t[2].tweet_time, null);
  deepEqual(r.ledger.files[0].issues.map((i) => i.line), [3, 4]);
});

Deno.test("loadMappedCsv() converts offsets and epoch times to UTC", async () => {
  const zoned = await load("id,who,at\n1,9,2021-01-01T10:00:00+0200\n", {
    ...BASIC,
    time_format: "%Y-%m-%dT%H:%M:%S%z",
  });
  deepEqual(
    zoned.tweets.collectSync().toRecords()[0].tweet_time,
    new Date("2021-01-01T08:00:00Z"),
  );
  const epoch = await load("id,who,at\n1,9,1610900000\n", {
    ...BASIC,
    time_format: "unix_s",
  });
  deepEqual(
    epoch.tweets.collectSync().toRecords()[0].tweet_time,
    new Date("2021-01-17T16:13:20Z"),
  );
});

Deno.test("loadMappedCsv() parses booleans, numbers and list fields", async () => {
  const r = await load(
    "id,who,rt,n,tags\n1,9,TRUE,12,\"['a', 'b']\"\n2,9,no,1.5e3,[]\n" +
      "3,9,maybe,lots,x\n",
    {
      columns: {
        tweetid: "id",
        userid: "who",
        is_retweet: "rt",
        like_count: "n",
        hashtags: "tags",
      },
    },
  );
  const t = r.tweets.collectSync().toRecords();
  deepEqual(t.map((x) => x.is_retweet), [true, false, null]);
  deepEqual(t.map((x) => x.like_count), [12, 1500, null]);
  deepEqual(t.map((x) => x.hashtags), [["a", "b"], [], ["x"]]);
  deepEqual(
    r.ledger.files[0].issues.map((i) => [i.line, i.column, i.value]),
    [[4, "is_retweet", "maybe"], [4, "like_count", "lots"]],
  );
});

Deno.test("loadMappedCsv() explains a bad mapping", async () => {
  await rejects(
    load("id,who\n1,9\n", { columns: { tweetid: "id", userid: "whom" } }),
    /Cannot map .*: column userid is mapped to a source column the file lacks: whom/,
  );
  await rejects(
    load("id,who\n1,9\n", { columns: { tweetid: "id", userId: "who" } }),
    /not a column of the tweets table: userId/,
  );
  await rejects(
    load("id,who,at\n1,9,x\n", {
      columns: { tweetid: "id", userid: "who", tweet_time: "at" },
    }),
    /tweet_time is mapped but time_format is not given/,
  );
  await rejects(
    load("id,who,at\n1,9,x\n", { ...BASIC, time_format: "%Y %Q" }),
    /unsupported directive in "%Y %Q": %Q/,
  );
  await rejects(
    load("id,who\n1,9\n", {
      columns: { tweetid: "id", userid: "who" },
      seperator: ";",
    } as CsvMapping),
    /unknown mapping key: seperator/,
  );
});

Deno.test({
  name: "loadMappedCsv() loads the real social-honeypot users as a baseline",
  ignore: !haveHoneypot,
  fn: async () => {
    const r = await loadMappedCsv(
      HONEYPOT,
      BASELINES + "social_honeypot_mapping.json",
    );
    const u = r.users.collectSync();
    equal(u.height, 19276);
    equal(u.getColumn("userid").nUnique(), 19276);
    deepEqual(
      u.select(
        pl.col("account_creation_date").min().alias("first"),
        pl.col("account_creation_date").max().alias("last"),
        pl.col("follower_count").sum().alias("followers"),
        pl.col("following_count").sum().alias("following"),
      ).toRecords()[0],
      {
        first: new Date("2006-07-13T00:00:00Z"),
        last: new Date("2009-11-29T00:00:00Z"),
        followers: 10544450,
        following: 6317982,
      },
    );
    const last = u.tail(1).toRecords()[0];
    deepEqual([last.userid, last._line, last.NumberOfTweets], [
      "93442002",
      19277,
      "1",
    ]);
    const tweets = r.tweets.collectSync();
    equal(tweets.height, 0);
    deepEqual(tweets.columns, [...TWEET_COLUMNS, "_file", "_line"]);
    deepEqual(ledgerTotals(r.ledger, "users"), {
      rowsIn: 19276,
      rowsLoaded: 19276,
      rowsRejected: 0,
    });
    equal(r.ledger.files[0].issueCount, 0);
    match(r.name, /legitimate_users/);
  },
});
