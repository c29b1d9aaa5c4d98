import { deepEqual, equal, ok, rejects } from "node:assert/strict";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { zipSync } from "fflate";
import pl from "nodejs-polars";
import { loadRelease } from "./load_release.ts";
import { ledgerTotals } from "./ledger.ts";
import { TWEET_COLUMNS, USER_COLUMNS } from "./schema.ts";

const REAL = new URL("../../../shared/realdata/", import.meta.url).pathname;
const haveReal = (() => {
  try {
    Deno.statSync(REAL);
    return true;
  } catch {
    console.log(
      `../shared/realdata is absent: skipping real-data tests (${REAL})`,
    );
    return false;
  }
})();

const enc = new TextEncoder();
const day = (d: unknown) => (d as Date).toISOString().slice(0, 10);

function tweetsCsv(ids: string[]): string {
  const lines = [TWEET_COLUMNS.join(",")];
  for (const id of ids) {
    lines.push(
      TWEET_COLUMNS.map((c) =>
        c === "tweetid"
          ? id
          : c === "userid"
          ? "u1"
          : c === "tweet_time"
          ? "2019-01-01 00:00"
          : ""
      ).join(","),
    );
  }
  return lines.join("\n") + "\n";
}

const usersCsv = `${USER_COLUMNS.join(",")}\nu1,,,,,,1,2,2015-01-02,es\n`;

Deno.test("loadRelease() orders tweet parts by number and reads .gz and .zip", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.writeTextFile(join(dir, "rel_users_csv_hashed.csv"), usersCsv);
  await Deno.writeTextFile(
    join(dir, "rel_tweets_csv_hashed_2.csv"),
    tweetsCsv(["2"]),
  );
  await Deno.writeTextFile(
    join(dir, "rel_tweets_csv_hashed_10.csv"),
    tweetsCsv(["10"]),
  );
  await Deno.writeFile(
    join(dir, "rel_tweets_csv_hashed_1.csv.gz"),
    gzipSync(enc.encode(tweetsCsv(["1"]))),
  );
  await Deno.writeFile(
    join(dir, "rel_tweets_csv_hashed_3.zip"),
    zipSync({ "rel_tweets_csv_hashed_3.csv": enc.encode(tweetsCsv(["3"])) }),
  );
  const r = await loadRelease(dir, { cacheDir: await Deno.makeTempDir() });
  equal(r.name, dir.split("/").pop());
  deepEqual(
    r.tweets.select("tweetid").collectSync().getColumn("tweetid").toArray(),
    ["1", "2", "3", "10"],
  );
  equal(r.users.collectSync().height, 1);
  equal(r.synthetic, false);
  deepEqual(ledgerTotals(r.ledger, "tweets"), {
    rowsIn: 4,
    rowsLoaded: 4,
    rowsRejected: 0,
  });
});

Deno.test("loadRelease() refuses a zip entry that escapes its folder", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.writeFile(
    join(dir, "evil_tweets.zip"),
    zipSync({ "../../evil_tweets.csv": enc.encode(tweetsCsv(["1"])) }),
  );
  await rejects(
    async () => loadRelease(dir, { cacheDir: await Deno.makeTempDir() }),
    (e: Error) => e instanceof RangeError && e.message.includes("../../evil"),
  );
});

Deno.test({
  name: "loadRelease() loads the real Russia head: 407 records, 86 accounts",
  ignore: !haveReal,
  fn: async () => {
    const r = await loadRelease(
      join(REAL, "russia_201901_head/russia_201901_tweets_head407.csv"),
      { cacheDir: await Deno.makeTempDir() },
    );
    const df = r.tweets.collectSync();
    equal(df.height, 407);
    equal(df.getColumn("userid").nUnique(), 86);
    equal(r.ledger.files[0].rowsRejected, 0);
    equal(r.ledger.files[0].issueCount, 0);
    const span = df.select(
      pl.col("tweet_time").min().alias("lo"),
      pl.col("tweet_time").max().alias("hi"),
      pl.col("account_creation_date").min().alias("c_lo"),
      pl.col("account_creation_date").max().alias("c_hi"),
    ).toRecords()[0];
    equal(day(span.lo), "2011-08-07");
    equal(day(span.hi), "2018-11-02");
    equal(day(span.c_lo), "2010-03-02");
    equal(day(span.c_hi), "2018-04-09");
    // Ids stay exact: every tweetid is the 18-19 digit string of the file.
    ok(
      df.getColumn("tweetid").toArray().every((id) =>
        /^\d{9,19}$/.test(String(id))
      ),
    );
  },
});

Deno.test({
  name:
    "loadRelease() reports the real truncated download's cut record by line",
  ignore: !haveReal,
  fn: async () => {
    const r = await loadRelease(
      join(
        REAL,
        "russia_201901_head/russia_201901_tweets_head408_truncated.csv",
      ),
      { cacheDir: await Deno.makeTempDir() },
    );
    const f = r.ledger.files[0];
    deepEqual([f.rowsIn, f.rowsLoaded, f.rowsRejected], [408, 407, 1]);
    equal(f.rejections[0].line, 998);
    ok(f.rejections[0].reason.includes("truncated download"));
    equal(r.tweets.collectSync().height, 407);
  },
});

Deno.test({
  name:
    "loadRelease() loads the real venezuela_201906_1 users file with its extra column",
  ignore: !haveReal,
  fn: async () => {
    const r = await loadRelease(
      [join(REAL, "venezuela_201906_1/users_33rows.csv")],
      { cacheDir: await Deno.makeTempDir() },
    );
    const users = r.users.collectSync();
    equal(users.height, 33);
    ok(users.columns.includes("pandas_row_index"));
    equal(users.getColumn("account_creation_date").nullCount(), 0);
  },
});
