import pl from "nodejs-polars";
import { deepEqual, equal, ok, throws } from "node:assert/strict";
import {
  extractActions,
  normalizeTextExpr,
  normalizeUrlExpr,
  urlDomainExpr,
} from "./mod.ts";

function apply(expr: (e: pl.Expr) => pl.Expr, values: string[]): unknown[] {
  return pl.DataFrame({ s: values }).select(expr(pl.col("s")).alias("s"))
    .getColumn("s").toArray();
}

Deno.test("normalizeUrlExpr() applies each documented step", () => {
  deepEqual(
    apply(normalizeUrlExpr, [
      "HTTPS://Example.COM/Path/",
      "https://example.com/Path#section",
      "https://example.com/Path?utm_source=a&UTM_Medium=b",
      "https://example.com/Path?a=1&utm_x=2&b=3",
      "https://example.com/Path?&&a=1&&",
      "example.com/Path",
      "  http://x.org  ",
      "http://x.org/?",
      "mailto:someone@example.com",
      "http:///nohost",
      "https://example.com:8443/a//",
    ]),
    [
      "https://example.com/Path",
      "https://example.com/Path",
      "https://example.com/Path",
      "https://example.com/Path?a=1&b=3",
      "https://example.com/Path?a=1",
      "http://example.com/Path",
      "http://x.org",
      "http://x.org",
      null,
      null,
      "https://example.com:8443/a",
    ],
  );
});

Deno.test("urlDomainExpr() strips user info, port and one leading www.", () => {
  deepEqual(
    apply(urlDomainExpr, [
      "https://www.Example.com/a",
      "http://user:pw@WWW.example.com:8080/",
      "example.org",
      "https://www.www.example.net",
      "mailto:x@y.z",
    ]),
    ["example.com", "example.com", "example.org", "www.example.net", null],
  );
});

Deno.test("normalizeTextExpr() lower-cases, strips RT prefixes and URLs, collapses whitespace", () => {
  deepEqual(
    apply(normalizeTextExpr, [
      "RT @Some_One: Hello   World https://t.co/abc",
      "hello world",
      "rt @a rt @b: HELLO\n\tworld",
      "https://t.co/only   ",
      "Héllo ÉCOLE",
    ]),
    ["hello world", "hello world", "hello world", null, "héllo école"],
  );
});

Deno.test("extractActions() reads each mode's object and floors time to seconds", async () => {
  const tweets = pl.DataFrame({
    tweetid: ["1", "2", "3"],
    userid: ["a", "b", null],
    tweet_time: pl.Series("tweet_time", [
      new Date("2020-01-01T00:00:00.900Z"),
      new Date("2020-01-01T00:01:00Z"),
      new Date("2020-01-01T00:02:00Z"),
    ]).cast(pl.Datetime("ms")),
    retweet_tweetid: pl.Series("retweet_tweetid", ["9", null, "9"], pl.Utf8),
    in_reply_to_tweetid: pl.Series(
      "in_reply_to_tweetid",
      [null, "5", "5"],
      pl.Utf8,
    ),
    hashtags: pl.Series("hashtags", [["#A", "a"], [], null], pl.List(pl.Utf8)),
    urls: pl.Series("urls", [null, ["https://x.org/?utm_a=1"], [
      "https://y.org",
    ]], pl.List(pl.Utf8)),
    tweet_text: ["RT @z: same text", "Same  text", "same text"],
    _file: ["f.csv", "f.csv", "f.csv"],
    _line: [2, 3, 4],
  }).lazy();
  const get = async (mode: Parameters<typeof extractActions>[1]) =>
    (await extractActions(tweets, mode).collect()).toRecords();
  deepEqual(await get("retweet"), [
    {
      userid: "a",
      object: "9",
      t: 1577836800n,
      tweetid: "1",
      _file: "f.csv",
      _line: 2,
    },
  ]);
  deepEqual((await get("reply")).map((r) => r.object), ["5"]);
  deepEqual((await get("hashtag")).map((r) => r.object), ["a", "a"]);
  deepEqual((await get("url")).map((r) => r.object), ["https://x.org"]);
  deepEqual((await get("domain")).map((r) => r.object), ["x.org"]);
  // The retweet (tweet 1) is no text action; row 3 has no userid.
  deepEqual((await get("text")).map((r) => [r.userid, r.object]), [[
    "b",
    "same text",
  ]]);
});

Deno.test("extractActions() fills missing provenance columns with nulls", async () => {
  const tweets = pl.DataFrame({
    tweetid: ["1"],
    userid: ["a"],
    tweet_time: pl.Series("tweet_time", [new Date(0)]).cast(pl.Datetime("ms")),
    retweet_tweetid: ["9"],
  }).lazy();
  const df = await extractActions(tweets, "retweet").collect();
  deepEqual(df.columns, ["userid", "object", "t", "tweetid", "_file", "_line"]);
  equal(df.getColumn("_file").get(0), null);
});

Deno.test("extractActions() names a missing column and an unknown mode", () => {
  const tweets = pl.DataFrame({ tweetid: ["1"], userid: ["a"] }).lazy();
  throws(
    () => extractActions(tweets, "retweet"),
    (err: Error) =>
      err instanceof TypeError &&
      err.message.includes("tweet_time, retweet_tweetid"),
  );
  throws(
    // deno-lint-ignore no-explicit-any
    () => extractActions(tweets, "likes" as any),
    (err: Error) =>
      err instanceof RangeError && err.message.includes(": likes"),
  );
  ok(true);
});
