import { deepEqual, equal, ok, rejects } from "node:assert/strict";
import { join } from "node:path";
import { loadTable } from "./load_table.ts";
import { TWEET_COLUMNS } from "./schema.ts";

const HEADER = TWEET_COLUMNS.join(",");

const iso = (d: unknown) => (d as Date).toISOString();

/** A tweets row with the given overrides, quote-all. */
function row(
  over: Record<string, string> = {},
  quoteAll = true,
  columns: readonly string[] = TWEET_COLUMNS,
): string {
  const base: Record<string, string> = {
    tweetid: "1084450800000000001",
    userid: "U8pPDvXGs2dwsvrRPbxg9gKh0zYAAIRh2g6Al6bTI1U=",
    tweet_time: "2019-01-13 14:05",
    account_creation_date: "2017-03-01",
    is_retweet: "false",
    latitude: "absent",
    longitude: "absent",
    follower_count: "12",
    following_count: "40",
    hashtags: "['Venezuela', 'FANB']",
    urls: "[]",
    user_mentions: "[2876420003]",
    tweet_text: "hola",
  };
  const values = { ...base, ...over };
  return columns.map((c) => {
    const v = values[c] ?? "";
    const needs = quoteAll || /[",\r\n]/.test(v);
    return needs ? `"${v.replaceAll('"', '""')}"` : v;
  }).join(",");
}

async function tmpFile(name: string, text: string): Promise<string> {
  const dir = await Deno.makeTempDir();
  const path = join(dir, name);
  await Deno.writeTextFile(path, text);
  return path;
}

async function load(text: string, options = {}) {
  const path = await tmpFile("x_tweets_csv_hashed.csv", text);
  const cacheDir = await Deno.makeTempDir();
  const t = await loadTable(path, "tweets", { cacheDir, ...options });
  return { ...t, df: t.frame.collectSync(), path, cacheDir };
}

Deno.test("loadTable() keeps ids as exact strings and types every column", async () => {
  const { df, ledger } = await load(`${HEADER}\n${row()}\n`);
  equal(ledger.rowsIn, 1);
  equal(ledger.rowsLoaded, 1);
  const r = df.toRecords()[0];
  equal(r.tweetid, "1084450800000000001");
  equal(r.userid, "U8pPDvXGs2dwsvrRPbxg9gKh0zYAAIRh2g6Al6bTI1U=");
  equal(iso(r.tweet_time), "2019-01-13T14:05:00.000Z");
  equal(iso(r.account_creation_date).slice(0, 10), "2017-03-01");
  equal(r.is_retweet, false);
  equal(r.latitude, null);
  equal(r.follower_count, 12);
  deepEqual(r.hashtags, ["Venezuela", "FANB"]);
  deepEqual(r.urls, []);
  deepEqual(r.user_mentions, ["2876420003"]);
  equal(r._line, 2);
  equal(r._file, "x_tweets_csv_hashed.csv");
});

Deno.test("loadTable() reads minimal quoting, CRLF, embedded newlines, emoji and RTL text", async () => {
  const text = [
    HEADER,
    row({ tweet_text: 'a "quoted", comma\nand a newline 🇻🇪' }, false),
    row({ tweetid: "2", tweet_text: "مرحبا بالعالم" }, false),
    row({ tweetid: "3", tweet_text: "line1\r\nline2\r\nline3" }, true),
    row({ tweetid: "4" }, false),
  ].join("\r\n") + "\r\n";
  const { df, ledger } = await load(text);
  equal(ledger.rowsIn, 4);
  equal(ledger.rowsRejected, 0);
  const rows = df.toRecords();
  equal(rows[0].tweet_text, 'a "quoted", comma\nand a newline 🇻🇪');
  equal(rows[1].tweet_text, "مرحبا بالعالم");
  equal(rows[2].tweet_text, "line1\r\nline2\r\nline3");
  deepEqual(rows.map((r) => r._line), [2, 4, 5, 8]);
});

Deno.test("loadTable() treats only empty fields as missing", async () => {
  const { df } = await load(
    `${HEADER}\n${
      row({
        tweet_text: "NA",
        tweet_language: "null",
        user_display_name: "None",
        in_reply_to_userid: "",
      })
    }\n`,
  );
  const r = df.toRecords()[0];
  deepEqual(
    [r.tweet_text, r.tweet_language, r.user_display_name, r.in_reply_to_userid],
    ["NA", "null", "None", null],
  );
});

Deno.test("loadTable() parses times with seconds, US dates and any-case is_retweet", async () => {
  const { df, ledger } = await load(
    [
      HEADER,
      row({
        tweet_time: "2019-01-13 14:05:09",
        account_creation_date: "3/7/2016",
        is_retweet: "TRUE",
      }),
      row({
        tweetid: "2",
        tweet_time: "2019-02-30 10:00",
        account_creation_date: "12/31/2018",
        is_retweet: "True",
      }),
    ].join("\n") + "\n",
  );
  const rows = df.toRecords();
  equal(iso(rows[0].tweet_time), "2019-01-13T14:05:09.000Z");
  equal(iso(rows[0].account_creation_date).slice(0, 10), "2016-03-07");
  equal(iso(rows[1].account_creation_date).slice(0, 10), "2018-12-31");
  deepEqual(rows.map((r) => r.is_retweet), [true, true]);
  equal(rows[1].tweet_time, null);
  equal(ledger.issueCount, 1);
  deepEqual(ledger.issues[0], {
    file: "x_tweets_csv_hashed.csv",
    line: 3,
    column: "tweet_time",
    value: "2019-02-30 10:00",
    reason: "tweet_time is not a valid `YYYY-MM-DD HH:MM[:SS]` UTC time",
  });
});

Deno.test("loadTable() reports impossible US dates instead of reading them leniently", async () => {
  const dates = [
    "13/1/2014",
    "2/30/2014",
    "0/5/2014",
    "2/29/2016",
    "2014-13-01",
  ];
  const { df, ledger } = await load(
    [
      HEADER,
      ...dates.map((d, i) =>
        row({ tweetid: String(i + 1), account_creation_date: d })
      ),
    ].join("\n") + "\n",
  );
  const got = df.getColumn("account_creation_date").toArray().map((d) =>
    d === null ? null : iso(d).slice(0, 10)
  );
  deepEqual(got, [null, null, null, "2016-02-29", null]);
  deepEqual(ledger.issues.map((i) => [i.line, i.value]), [
    [2, "13/1/2014"],
    [3, "2/30/2014"],
    [4, "0/5/2014"],
    [6, "2014-13-01"],
  ]);
});

Deno.test("loadTable() rejects a mangled tweetid and nulls a mangled retweet id", async () => {
  const { df, ledger } = await load(
    [
      HEADER,
      row({ tweetid: "1.01421E+18" }),
      row({ tweetid: "5", retweet_tweetid: "1.0842E+18", is_retweet: "true" }),
    ].join("\n") + "\n",
  );
  equal(ledger.rowsIn, 2);
  equal(ledger.rowsLoaded, 1);
  equal(ledger.rowsRejected, 1);
  equal(ledger.rejections[0].line, 2);
  equal(ledger.rejections[0].column, "tweetid");
  ok(ledger.rejections[0].reason.includes("spreadsheet-mangled"));
  equal(df.toRecords()[0].retweet_tweetid, null);
  equal(ledger.issues[0].column, "retweet_tweetid");
  equal(ledger.issues[0].value, "1.0842E+18");
});

Deno.test("loadTable() rejects broken records with their physical line and keeps the rest", async () => {
  const text = [
    HEADER,
    row({ tweet_text: "two\nlines" }),
    row({ tweetid: "2" }) + ',"extra"',
    row({ tweetid: "3", tweet_text: 'stray"quote' }, false).replace(
      '"stray""quote"',
      'stray"quote',
    ),
    row({ tweetid: "4" }),
    "",
    row({ tweetid: "5", tweet_text: "cut off in the middle" }).slice(0, 120),
  ].join("\n");
  const { df, ledger } = await load(text);
  equal(ledger.rowsIn, 6);
  equal(ledger.rowsLoaded + ledger.rowsRejected, ledger.rowsIn);
  deepEqual(df.getColumn("tweetid").toArray(), ["1084450800000000001", "4"]);
  deepEqual(df.getColumn("_line").toArray(), [2, 6]);
  deepEqual(
    ledger.rejections.map((r) => [r.line, r.reason.split(":")[0]]),
    [
      [4, "record has 32 fields, the header has 31"],
      [5, "stray double quote inside an unquoted field"],
      [7, "blank line"],
      [8, "the file ends inside a quoted field"],
    ],
  );
  equal(ledger.rejections[1].column, "tweet_text");
});

Deno.test("loadTable() adds a missing poll_choices as nulls and keeps extra columns", async () => {
  const cols = [...TWEET_COLUMNS.filter((c) => c !== "poll_choices"), "note"];
  const { df, ledger } = await load(
    `${cols.join(",")}\n${row({ note: "kept" }, true, cols)}\n`,
  );
  deepEqual(ledger.absentColumns, ["poll_choices"]);
  equal(df.toRecords()[0].poll_choices, null);
  equal(df.toRecords()[0].note, "kept");
  equal(df.columns.indexOf("note"), 31);
});

Deno.test("loadTable() names the file and line 1 when the header is wrong", async () => {
  const path = await tmpFile("bad_tweets.csv", "a,b,c\n1,2,3\n");
  await rejects(
    () => loadTable(path, "tweets", { cache: false }),
    (e: Error) =>
      e instanceof SyntaxError && e.message.includes("bad_tweets.csv") &&
      e.message.includes("line 1") && e.message.includes("tweetid"),
  );
});

Deno.test("loadTable() gives the same frame and ledger from the cache and without it", async () => {
  const text = `${HEADER}\n${row()}\n${row({ tweetid: "1.2E+18" })}\n`;
  const first = await load(text);
  const again = await loadTable(first.path, "tweets", {
    cacheDir: first.cacheDir,
  });
  const direct = await loadTable(first.path, "tweets", { cache: false });
  deepEqual(again.ledger, first.ledger);
  deepEqual(direct.ledger, first.ledger);
  deepEqual(again.frame.collectSync().toRecords(), first.df.toRecords());
  deepEqual(direct.frame.collectSync().toRecords(), first.df.toRecords());
  const cached = [...Deno.readDirSync(join(first.cacheDir, "tables"))].map((
    e,
  ) => e.name);
  ok(cached.some((n) => n.endsWith(".parquet")));
  ok(!cached.some((n) => n.includes(".tmp-")));
});
