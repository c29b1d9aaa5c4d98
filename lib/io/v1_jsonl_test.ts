import { deepEqual, equal, match } from "node:assert/strict";
import pl from "nodejs-polars";
import { loadV1Jsonl, parseV1Time } from "./v1_jsonl.ts";
import { columnType, TWEET_COLUMNS, USER_COLUMNS } from "./schema.ts";
import type { Release } from "./release_types.ts";

/** Writes `lines` (objects are JSON-encoded) to a temp file and loads it. */
async function load(lines: (object | string)[]): Promise<Release> {
  const path = await Deno.makeTempFile({ suffix: ".jsonl" });
  await Deno.writeTextFile(
    path,
    lines.map((l) => typeof l === "string" ? l : JSON.stringify(l)).join(
      "\n",
    ),
  );
  const release = await loadV1Jsonl(path);
  await Deno.remove(path);
  return release;
}

function rows(release: Release): Record<string, unknown>[] {
  return release.tweets.collectSync().toRecords();
}

/** A dtype's name, with polars' two spellings of text made one. */
function typeName(t: pl.DataType): string {
  return String(t).replaceAll("Utf8", "String");
}

const USER = {
  id: 2718660392,
  id_str: "2718660392",
  name: "Ann",
  screen_name: "ann",
  location: "Oslo",
  description: "",
  url: "https://t.co/u",
  followers_count: 28341,
  friends_count: 600,
  created_at: "Sat Aug 09 05:17:14 +0000 2014",
  lang: "es",
};

const TWEET = {
  created_at: "Wed Oct 10 20:19:24 +0000 2018",
  id: 1050118621198921700,
  id_str: "1050118621198921728",
  text: "short text… https://t.co/a",
  truncated: true,
  source:
    '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone &amp; co</a>',
  in_reply_to_status_id_str: "1050118621198921000",
  in_reply_to_user_id_str: "12",
  quoted_status_id_str: "1050000000000000000",
  user: USER,
  coordinates: { type: "Point", coordinates: [-75.14310264, 40.05701649] },
  extended_tweet: {
    full_text: "the full long text #One #two @bob",
    entities: {
      hashtags: [{ text: "One" }, { text: "two" }],
      urls: [],
      user_mentions: [{ id: 7, id_str: "7", screen_name: "bob" }],
    },
  },
  entities: { hashtags: [], urls: [], user_mentions: [] },
  quote_count: 1,
  reply_count: 2,
  retweet_count: 3,
  favorite_count: 4,
  lang: "en",
};

Deno.test("parseV1Time() reads v1.1 times with offsets", () => {
  equal(
    parseV1Time("Wed Oct 10 20:19:24 +0000 2018"),
    Date.UTC(2018, 9, 10, 20, 19, 24),
  );
  equal(
    parseV1Time("Wed Oct 10 22:19:24 +0200 2018"),
    Date.UTC(2018, 9, 10, 20, 19, 24),
  );
  equal(parseV1Time("Fri Feb 30 20:19:24 +0000 2018"), null);
  equal(parseV1Time("2018-10-10T20:19:24Z"), null);
});

Deno.test("loadV1Jsonl() maps every field of a v1.1 tweet", async () => {
  const r = await load([TWEET]);
  const t = rows(r)[0];
  equal(t.tweetid, "1050118621198921728");
  equal(t.userid, "2718660392");
  equal(t.user_display_name, "Ann");
  equal(t.user_screen_name, "ann");
  equal(t.user_reported_location, "Oslo");
  equal(t.user_profile_description, null);
  equal(t.user_profile_url, "https://t.co/u");
  equal(t.follower_count, 28341);
  equal(t.following_count, 600);
  deepEqual(t.account_creation_date, new Date("2014-08-09T00:00:00Z"));
  equal(t.account_language, "es");
  equal(t.tweet_language, "en");
  equal(t.tweet_text, "the full long text #One #two @bob");
  deepEqual(t.tweet_time, new Date("2018-10-10T20:19:24Z"));
  equal(t.tweet_client_name, "Twitter for iPhone & co");
  equal(t.in_reply_to_userid, "12");
  equal(t.in_reply_to_tweetid, "1050118621198921000");
  equal(t.quoted_tweet_tweetid, "1050000000000000000");
  equal(t.is_retweet, false);
  equal(t.retweet_tweetid, null);
  equal(t.latitude, 40.05701649);
  equal(t.longitude, -75.14310264);
  deepEqual(
    [t.quote_count, t.reply_count, t.like_count, t.retweet_count],
    [1, 2, 4, 3],
  );
  deepEqual(t.hashtags, ["One", "two"]);
  deepEqual(t.urls, []);
  deepEqual(t.user_mentions, ["7"]);
  equal(t.withheld, null);

  const tweets = r.tweets.collectSync();
  deepEqual(tweets.columns, [...TWEET_COLUMNS, "withheld", "_file", "_line"]);
  for (const c of tweets.columns) {
    equal(typeName(tweets.getColumn(c).dtype), typeName(columnType(c)), c);
  }
  const users = r.users.collectSync();
  deepEqual(users.columns, [...USER_COLUMNS, "_file", "_line"]);
  equal(users.toRecords()[0].following_count, 600);
});

Deno.test("loadV1Jsonl() reads retweets, full_text, geo and plain sources", async () => {
  const r = await load([{
    id_str: "2",
    full_text: "RT @bob: hello",
    created_at: "Wed Oct 10 20:19:24 +0000 2018",
    source: "web",
    user: USER,
    geo: { type: "Point", coordinates: [40.5, -75.5] },
    retweeted_status: {
      id_str: "1",
      user: { id_str: "7", screen_name: "bob" },
      text: "hello",
    },
    entities: {
      hashtags: [],
      urls: [{ url: "https://t.co/x", expanded_url: "https://example.org" }],
      user_mentions: [{ id_str: "7" }],
    },
    withheld_in_countries: ["DE"],
  }]);
  const t = rows(r)[0];
  equal(t.tweet_text, "RT @bob: hello");
  equal(t.tweet_client_name, "web");
  equal(t.is_retweet, true);
  equal(t.retweet_tweetid, "1");
  equal(t.retweet_userid, "7");
  equal(t.latitude, 40.5);
  equal(t.longitude, -75.5);
  deepEqual(t.urls, ["https://example.org"]);
  equal(t.quote_count, null);
  equal(t.withheld, '{"country_codes":["DE"]}');
});

Deno.test("loadV1Jsonl() never trusts a numeric id above 2^53", async () => {
  const user = '"user": {"id": 12, "screen_name": "a"}';
  const time = '"created_at": "Wed Oct 10 20:19:24 +0000 2018"';
  const r = await load([
    `{"id": 1050118621198921728, "text": "x", ${time}, ${user}}`,
    `{"id": 42, "text": "y", ${time}, ${user}, ` +
    '"in_reply_to_status_id": 1050118621198921728}',
  ]);
  deepEqual(rows(r).map((t) => [t.tweetid, t.userid]), [["42", "12"]]);
  equal(rows(r)[0].in_reply_to_tweetid, null);
  const tl = r.ledger.files[0];
  deepEqual([tl.rowsIn, tl.rowsLoaded, tl.rowsRejected], [2, 1, 1]);
  equal(tl.rejections[0].column, "tweetid");
  match(tl.rejections[0].reason, /above 2\^53.*re-export with id_str/);
  equal(tl.issues[0].column, "in_reply_to_tweetid");
  equal(tl.issues[0].line, 2);
});

Deno.test("loadV1Jsonl() accounts for stream messages, pages and users", async () => {
  const r = await load([
    TWEET,
    { delete: { status: { id_str: "1" } } },
    { limit: { track: 12 } },
    "",
    { statuses: [TWEET, { ...TWEET, id_str: "5" }], search_metadata: {} },
    { ...USER, id_str: "99", screen_name: "zed" },
    "not json",
    { ...TWEET, id_str: "6", created_at: "2018-10-10" },
  ]);
  deepEqual(rows(r).map((t) => [t.tweetid, t._line]), [
    ["1050118621198921728", 1],
    ["5", 5],
    ["6", 8],
  ]);
  const [tl, ul] = r.ledger.files;
  deepEqual([tl.rowsIn, tl.rowsLoaded, tl.rowsRejected], [7, 3, 4]);
  deepEqual(tl.rejections.map((x) => [x.line, x.column]), [
    [2, null],
    [3, null],
    [5, "tweetid"],
    [7, null],
  ]);
  match(tl.rejections[0].reason, /"delete" message/);
  equal(tl.rejections[2].reason, "duplicate of line 1; the first copy is kept");
  equal(tl.issues[0].column, "tweet_time");
  equal(tl.issues[0].line, 8);
  equal(rows(r)[2].tweet_time, null);
  deepEqual([ul.rowsIn, ul.rowsLoaded], [2, 2]);
  deepEqual(
    r.users.collectSync().toRecords().map((u) => [u.userid, u._line]),
    [["2718660392", 1], ["99", 6]],
  );
});
