import { deepEqual, equal, match, ok } from "node:assert/strict";
import pl from "nodejs-polars";
import { loadTwarc2 } from "./twarc2.ts";
import { ledgerTotals } from "./ledger.ts";
import { columnType, TWEET_COLUMNS, USER_COLUMNS } from "./schema.ts";
import type { Release } from "./release_types.ts";

const REAL = new URL("../../data/samples/twarc2/", import.meta.url)
  .pathname;
const haveReal = (() => {
  try {
    return Deno.statSync(REAL).isDirectory;
  } catch {
    return false;
  }
})();
if (!haveReal) {
  console.log(
    `twarc2_test: ${REAL} is absent; tests on real twarc2 files are skipped`,
  );
}

/** Writes `lines` (objects are JSON-encoded) to a temp file and loads it. */
async function load(lines: (object | string)[]): Promise<Release> {
  const path = await Deno.makeTempFile({ suffix: ".jsonl" });
  await Deno.writeTextFile(
    path,
    lines.map((l) => typeof l === "string" ? l : JSON.stringify(l)).join(
      "\n",
    ) + "\n",
  );
  const release = await loadTwarc2(path);
  await Deno.remove(path);
  return release;
}

/** A dtype's name, with polars' two spellings of text made one. */
function typeName(t: pl.DataType): string {
  return String(t).replaceAll("Utf8", "String");
}

function rows(release: Release): Record<string, unknown>[] {
  return release.tweets.collectSync().toRecords();
}

const ANN = {
  id: "9",
  username: "ann",
  name: "Ann",
  location: "Oslo",
  description: "hello",
  url: "",
  created_at: "2010-03-03T23:49:24.000Z",
  public_metrics: { followers_count: 580, following_count: 518 },
};

const TWEET = {
  id: "100",
  author_id: "9",
  text: "RT @bob: hi #Tag https://t.co/x",
  created_at: "2021-04-01T15:52:42.123Z",
  lang: "en",
  source: "Twitter for Android",
  referenced_tweets: [{ type: "retweeted", id: "50" }],
  entities: {
    hashtags: [{ start: 12, end: 16, tag: "Tag" }],
    urls: [{ url: "https://t.co/x", expanded_url: "https://example.org/a" }],
    mentions: [{ start: 3, end: 7, username: "bob", id: "7" }],
  },
  public_metrics: {
    retweet_count: 4,
    reply_count: 3,
    like_count: 2,
    quote_count: 1,
  },
};

Deno.test("loadTwarc2() maps every field of a response page", async () => {
  const r = await load([{
    data: [TWEET],
    includes: {
      users: [ANN, { id: "7", username: "bob" }],
      tweets: [{ id: "50", author_id: "7", text: "hi" }],
    },
    __twarc: { url: "https://api.twitter.com/2/tweets/search/recent" },
  }]);
  const t = rows(r)[0];
  equal(t.tweetid, "100");
  equal(t.userid, "9");
  equal(t.user_display_name, "Ann");
  equal(t.user_screen_name, "ann");
  equal(t.user_reported_location, "Oslo");
  equal(t.user_profile_description, "hello");
  equal(t.user_profile_url, null);
  equal(t.follower_count, 580);
  equal(t.following_count, 518);
  deepEqual(t.account_creation_date, new Date("2010-03-03T00:00:00Z"));
  equal(t.account_language, null);
  equal(t.tweet_language, "en");
  equal(t.tweet_text, "RT @bob: hi #Tag https://t.co/x");
  deepEqual(t.tweet_time, new Date("2021-04-01T15:52:42.123Z"));
  equal(t.tweet_client_name, "Twitter for Android");
  equal(t.is_retweet, true);
  equal(t.retweet_tweetid, "50");
  equal(t.retweet_userid, "7");
  equal(t.in_reply_to_tweetid, null);
  equal(t.quoted_tweet_tweetid, null);
  equal(t.latitude, null);
  equal(t.quote_count, 1);
  equal(t.reply_count, 3);
  equal(t.like_count, 2);
  equal(t.retweet_count, 4);
  deepEqual(t.hashtags, ["Tag"]);
  deepEqual(t.urls, ["https://example.org/a"]);
  deepEqual(t.user_mentions, ["7"]);
  equal(t.poll_choices, null);
  equal(t.withheld, null);
  equal(t._line, 1);
  // The referenced tweet 50 is in includes.tweets but is not loaded.
  equal(rows(r).length, 1);
  // Users: only the author, not the mentioned or retweeted user.
  const u = r.users.collectSync().toRecords();
  deepEqual(u.map((x) => x.userid), ["9"]);
  equal(u[0].user_screen_name, "ann");
});

Deno.test("loadTwarc2() yields exactly the archive schema plus withheld", async () => {
  const r = await load([{ data: [TWEET], includes: { users: [ANN] } }]);
  const t = r.tweets.collectSync();
  deepEqual(t.columns, [...TWEET_COLUMNS, "withheld", "_file", "_line"]);
  for (const c of t.columns) {
    equal(typeName(t.getColumn(c).dtype), typeName(columnType(c)), c);
  }
  const u = r.users.collectSync();
  deepEqual(u.columns, [...USER_COLUMNS, "_file", "_line"]);
  for (const c of u.columns) {
    equal(typeName(u.getColumn(c).dtype), typeName(columnType(c)), c);
  }
  equal(r.synthetic, false);
});

Deno.test("loadTwarc2() reads replies, quotes and exact points", async () => {
  const r = await load([{
    data: {
      id: "2",
      author_id: "9",
      text: "@bob yes",
      created_at: "2021-04-01T15:53:16.000Z",
      in_reply_to_user_id: "7",
      referenced_tweets: [
        { type: "replied_to", id: "1" },
        { type: "quoted", id: "3" },
      ],
      geo: {
        coordinates: { type: "Point", coordinates: [-86.58, 34.75] },
        place_id: "x",
      },
    },
    includes: { users: [ANN] },
  }, {
    data: {
      id: "4",
      author_id: "9",
      text: "somewhere",
      created_at: "2021-04-01T15:53:16.000Z",
      geo: { place_id: "x" },
    },
    includes: { users: [ANN] },
  }]);
  const [a, b] = rows(r);
  equal(a.in_reply_to_userid, "7");
  equal(a.in_reply_to_tweetid, "1");
  equal(a.quoted_tweet_tweetid, "3");
  equal(a.is_retweet, false);
  equal(a.latitude, 34.75);
  equal(a.longitude, -86.58);
  equal(a.tweet_client_name, null);
  deepEqual(a.hashtags, []);
  equal(b.latitude, null);
  equal(b.longitude, null);
  equal(b._line, 2);
});

Deno.test("loadTwarc2() resolves mention usernames through includes.users", async () => {
  const r = await load([{
    data: [{
      ...TWEET,
      referenced_tweets: undefined,
      entities: {
        mentions: [{ username: "Bob" }, { username: "gone" }],
      },
    }],
    includes: { users: [ANN, { id: "7", username: "bob" }] },
  }]);
  deepEqual(rows(r)[0].user_mentions, ["7", "gone"]);
});

Deno.test("loadTwarc2() nulls a missing retweet author with a field issue", async () => {
  const r = await load([{
    data: [TWEET],
    includes: { users: [ANN] },
    errors: [{
      resource_id: "50",
      detail: "Could not find tweet with referenced_tweets.id: [50].",
      title: "Not Found Error",
    }],
  }]);
  equal(rows(r)[0].retweet_userid, null);
  equal(rows(r)[0].retweet_tweetid, "50");
  const tl = r.ledger.files[0];
  equal(tl.issueCount, 1);
  equal(tl.issues[0].column, "retweet_userid");
  equal(tl.issues[0].value, "50");
  match(tl.issues[0].reason, /Could not find tweet/);
});

Deno.test("loadTwarc2() rejects duplicates, error lines and broken JSON", async () => {
  const r = await load([
    { data: [TWEET], includes: { users: [ANN] } },
    "",
    { data: [TWEET, { ...TWEET, id: "101" }], includes: { users: [ANN] } },
    {
      errors: [{
        title: "operational-disconnect",
        detail: "This stream has been disconnected upstream.",
      }],
    },
    { meta: { result_count: 0 }, __twarc: {} },
    { data: [{ ...TWEET, id: undefined }, { ...TWEET, id: "102" }] },
    { data: [{ ...TWEET, id: "103", author_id: undefined }] },
    '{"data": {"author_id": "1021159080151404544"',
  ]);
  deepEqual(rows(r).map((t) => t.tweetid), ["100", "101", "102"]);
  deepEqual(rows(r).map((t) => t._line), [1, 3, 6]);
  const tl = r.ledger.files[0];
  deepEqual(
    { rowsIn: tl.rowsIn, rowsLoaded: tl.rowsLoaded, rejected: tl.rowsRejected },
    { rowsIn: 8, rowsLoaded: 3, rejected: 5 },
  );
  const rej = tl.rejections;
  deepEqual(rej.map((x) => [x.line, x.column]), [
    [3, "tweetid"],
    [4, null],
    [6, "tweetid"],
    [7, "userid"],
    [8, null],
  ]);
  equal(rej[0].reason, "duplicate of line 1; the first copy is kept");
  match(rej[1].reason, /operational-disconnect: This stream/);
  match(rej[4].reason, /not valid JSON/);
});

Deno.test("loadTwarc2() keeps withheld tweets and says so", async () => {
  const withheld = { copyright: false, country_codes: ["DE", "FR"] };
  const r = await load([{
    data: [{ ...TWEET, withheld }],
    includes: { users: [ANN] },
  }]);
  equal(rows(r)[0].withheld, '{"copyright":false,"country_codes":["DE","FR"]}');
});

Deno.test("loadTwarc2() reports an unreadable time and keeps the tweet", async () => {
  const r = await load([{
    data: [{ ...TWEET, created_at: "April 1st" }],
    includes: { users: [ANN] },
  }]);
  equal(rows(r)[0].tweet_time, null);
  const issue = r.ledger.files[0].issues[0];
  deepEqual([issue.line, issue.column, issue.value], [
    1,
    "tweet_time",
    "April 1st",
  ]);
});

Deno.test("loadTwarc2() loads users lookups and flags authors without profile", async () => {
  const r = await load([
    { data: [ANN, { id: "7", username: "bob" }, ANN] },
    { data: [{ ...TWEET, author_id: "8" }] },
  ]);
  const u = r.users.collectSync().toRecords();
  deepEqual(u.map((x) => [x.userid, x.user_screen_name, x._line]), [
    ["9", "ann", 1],
    ["7", "bob", 1],
    ["8", null, 2],
  ]);
  const ul = r.ledger.files[1];
  deepEqual([ul.rowsIn, ul.rowsLoaded, ul.rowsRejected], [4, 3, 1]);
  equal(ul.rejections[0].reason, "duplicate of line 1; the first copy is kept");
  equal(ul.issues[0].column, "user_screen_name");
  equal(ul.issues[0].value, "8");
  equal(ledgerTotals(r.ledger, "tweets").rowsLoaded, 1);
});

Deno.test("loadTwarc2() reads flattened tweets with inlined expansions", async () => {
  const r = await load([{
    ...TWEET,
    author: ANN,
    referenced_tweets: [{
      type: "retweeted",
      id: "50",
      author_id: "7",
      author: { id: "7", username: "bob" },
    }],
    __twarc: {},
  }]);
  const t = rows(r)[0];
  equal(t.user_screen_name, "ann");
  equal(t.retweet_userid, "7");
  equal(r.users.collectSync().height, 1);
});

// Real twarc2 output (DocNow/twarc-csv test data). Expected values were
// counted independently with Python's json module over the `data` arrays.
const REAL_COUNTS: [string, number, number, number][] = [
  // file, tweets loaded, tweets rejected, users loaded
  ["2sets.jsonl", 200, 0, 185],
  ["brexit.jsonl", 100, 0, 98],
  ["flat.jsonl", 100, 0, 96],
  ["kpop.jsonl", 100, 0, 87],
  ["media_policy_violation_off.jsonl", 100, 0, 1],
  ["noflat.jsonl", 100, 0, 96],
  ["streaming_output_with_error.jsonl", 7, 1, 7],
  ["users.jsonl", 0, 0, 91],
  ["withheld.jsonl", 215, 0, 107],
];

for (const [file, loaded, rejected, users] of REAL_COUNTS) {
  Deno.test({
    name: `loadTwarc2() loads real ${file} with exact counts`,
    ignore: !haveReal,
    fn: async () => {
      const r = await loadTwarc2(REAL + file);
      const t = r.tweets.collectSync();
      equal(t.height, loaded);
      equal(t.getColumn("tweetid").nUnique(), loaded);
      deepEqual(ledgerTotals(r.ledger, "tweets"), {
        rowsIn: loaded + rejected,
        rowsLoaded: loaded,
        rowsRejected: rejected,
      });
      equal(r.users.collectSync().height, users);
      equal(ledgerTotals(r.ledger, "users").rowsLoaded, users);
    },
  });
}

Deno.test({
  name: "loadTwarc2() real 2sets.jsonl: retweets, replies, quotes, entities",
  ignore: !haveReal,
  fn: async () => {
    const t = (await loadTwarc2(REAL + "2sets.jsonl")).tweets.select(
      pl.col("is_retweet").sum().alias("rt"),
      pl.col("in_reply_to_tweetid").count().alias("rep"),
      pl.col("quoted_tweet_tweetid").count().alias("quo"),
      pl.col("retweet_userid").count().alias("rtu"),
      pl.col("hashtags").list.lengths().sum().alias("tags"),
      pl.col("user_mentions").list.lengths().sum().alias("mentions"),
      pl.col("tweet_time").min().alias("first"),
      pl.col("tweet_time").max().alias("last"),
    ).collectSync().toRecords()[0];
    deepEqual(t, {
      rt: 145,
      rep: 10,
      quo: 11,
      rtu: 145,
      tags: 653,
      mentions: 228,
      first: new Date("2021-09-22T16:25:51Z"),
      last: new Date("2021-09-22T16:38:35Z"),
    });
  },
});

Deno.test({
  name: "loadTwarc2() real kpop.jsonl + 2sets.jsonl: overlap is rejected",
  ignore: !haveReal,
  fn: async () => {
    const r = await loadTwarc2([REAL + "kpop.jsonl", REAL + "2sets.jsonl"]);
    deepEqual(ledgerTotals(r.ledger, "tweets"), {
      rowsIn: 300,
      rowsLoaded: 200,
      rowsRejected: 100,
    });
    const rej = r.ledger.files[2].rejections;
    equal(rej.length, 100);
    ok(rej.every((x) => x.line === 1 && x.column === "tweetid"));
    equal(
      rej[0].reason,
      "duplicate of kpop.jsonl line 1; the first copy is kept",
    );
  },
});

Deno.test({
  name: "loadTwarc2() real flat.jsonl and noflat.jsonl give the same rows",
  ignore: !haveReal,
  fn: async () => {
    const cols = [...TWEET_COLUMNS, "withheld", "_line"];
    const a = (await loadTwarc2(REAL + "flat.jsonl")).tweets;
    const b = (await loadTwarc2(REAL + "noflat.jsonl")).tweets;
    const line = pl.col("_line");
    // noflat is one page (line 1); flat has one tweet per line.
    const fa = a.select(...cols).withColumns(line.mul(0).add(1))
      .collectSync();
    const fb = b.select(...cols).collectSync();
    ok(fa.frameEqual(fb));
  },
});

Deno.test({
  name: "loadTwarc2() real streaming output: cut-off line, points, clients",
  ignore: !haveReal,
  fn: async () => {
    const r = await loadTwarc2(REAL + "streaming_output_with_error.jsonl");
    const rej = r.ledger.files[0].rejections;
    deepEqual(rej.map((x) => [x.line, x.column]), [[8, null]]);
    match(rej[0].reason, /not valid JSON/);
    const pts = r.tweets.filter(pl.col("latitude").isNotNull())
      .select("tweetid", "latitude", "longitude", "tweet_client_name", "_line")
      .collectSync().toRecords();
    deepEqual(pts, [
      {
        tweetid: "1377650277642338305",
        latitude: 34.75192228,
        longitude: -86.58216981,
        tweet_client_name: "Instagram",
        _line: 3,
      },
      {
        tweetid: "1377650529766154240",
        latitude: 36.08795,
        longitude: -79.91655,
        tweet_client_name: "Instagram",
        _line: 7,
      },
    ]);
    const first = r.tweets.head(1).collectSync().toRecords()[0];
    equal(first.user_screen_name, "blackheart_265");
    equal(first.follower_count, 881);
    deepEqual(first.account_creation_date, new Date("2015-12-25T00:00:00Z"));
    equal(first.quoted_tweet_tweetid, "1377640162566496258");
  },
});

Deno.test({
  name: "loadTwarc2() real withheld.jsonl: withheld flags and missing authors",
  ignore: !haveReal,
  fn: async () => {
    const r = await loadTwarc2(REAL + "withheld.jsonl");
    const t = r.tweets;
    equal(
      t.filter(pl.col("withheld").isNotNull()).collectSync().height,
      13,
    );
    const first = t.filter(pl.col("tweetid").eq(pl.lit("25712847277")))
      .collectSync().toRecords()[0];
    equal(first.withheld, '{"copyright":false,"country_codes":["DE","FR"]}');
    const [tl, ul] = r.ledger.files;
    equal(tl.issueCount, 38); // retweets whose original is not in includes
    ok(tl.issues.every((i) => i.column === "retweet_userid"));
    equal(ul.issueCount, 6); // authors absent from includes.users
    equal(t.filter(pl.col("latitude").isNotNull()).collectSync().height, 3);
  },
});

Deno.test({
  name: "loadTwarc2() real users.jsonl: a users lookup, 5 repeated ids",
  ignore: !haveReal,
  fn: async () => {
    const r = await loadTwarc2(REAL + "users.jsonl");
    const ul = r.ledger.files[1];
    deepEqual([ul.rowsIn, ul.rowsLoaded, ul.rowsRejected], [96, 91, 5]);
    const u = r.users.head(1).collectSync().toRecords()[0];
    equal(u.userid, "119369819");
    equal(u.user_screen_name, "DoDirty78");
    equal(u.follower_count, 580);
    deepEqual(u.account_creation_date, new Date("2010-03-03T00:00:00Z"));
  },
});

Deno.test("loadTwarc2() rejects a page with errors and no data", async () => {
  const r = await load([{
    data: [],
    errors: [{ title: "Not Found Error", detail: "Could not find user." }],
  }]);
  const tl = r.ledger.files[0];
  deepEqual([tl.rowsIn, tl.rowsRejected], [1, 1]);
  match(tl.rejections[0].reason, /Not Found Error: Could not find user\./);
});
