import pl from "nodejs-polars";
import * as d3 from "d3";
import { deepEqual, equal, ok } from "node:assert/strict";
import {
  COORD_MODES,
  coordinationNetwork,
  type CoordMode,
  extractActions,
  readCoorTweet,
  type Weighting,
} from "./mod.ts";
import { compareCodePoints } from "./_codepoint.ts";
import {
  COORTWEET_FIXTURE as FIXTURE,
  haveCoorTweetFixture as haveFixture,
} from "./_testing.ts";

if (!haveFixture) {
  console.log(`skipping CooRTweet fixture tests: ${FIXTURE} is absent`);
}

function acts(rows: [string, string, number][]): pl.LazyDataFrame {
  return pl.DataFrame({
    userid: pl.Series("userid", rows.map((r) => r[0]), pl.Utf8),
    object: pl.Series("object", rows.map((r) => r[1]), pl.Utf8),
    t: pl.Series("t", rows.map((r) => r[2]), pl.Float64).cast(pl.Int64),
  }).lazy();
}

function edgeRows(df: pl.DataFrame): [string, string, number][] {
  const u = df.getColumn("u").toArray() as string[];
  const v = df.getColumn("v").toArray() as string[];
  const w = df.getColumn("weight").toArray() as unknown[];
  return u.map((x, i) => [x, v[i], Number(w[i])]);
}

// ---------------------------------------------------------------------------
// Brute-force reference: every pair of actions compared, O(n²).

interface RefAction {
  u: string;
  x: string;
  t: number;
}

/** All pairs with weight ≥ 1: key "u\0v" → {objects, actionPairs}. */
function referencePairs(
  actions: RefAction[],
  window: number,
): Map<string, { objects: Set<string>; actionPairs: number }> {
  const seen = new Set<string>();
  const distinct: RefAction[] = [];
  for (const a of actions) {
    const k = `${a.u}\u0000${a.x}\u0000${a.t}`;
    if (!seen.has(k)) {
      seen.add(k);
      distinct.push(a);
    }
  }
  const out = new Map<string, { objects: Set<string>; actionPairs: number }>();
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) {
      const a = distinct[i], b = distinct[j];
      if (a.x !== b.x || a.u === b.u || Math.abs(a.t - b.t) > window) continue;
      const [lo, hi] = compareCodePoints(a.u, b.u) < 0
        ? [a.u, b.u]
        : [b.u, a.u];
      const key = `${lo}\u0000${hi}`;
      if (!out.has(key)) out.set(key, { objects: new Set(), actionPairs: 0 });
      const e = out.get(key)!;
      e.objects.add(a.x);
      e.actionPairs++;
    }
  }
  return out;
}

function referenceEdges(
  actions: RefAction[],
  window: number,
  minRepeat: number,
  weighting: Weighting,
) {
  const pairs = referencePairs(actions, window);
  const rows: [string, string, number][] = [];
  let maxWeight = 0;
  for (const [key, e] of pairs) {
    const w = weighting === "objects" ? e.objects.size : e.actionPairs;
    maxWeight = Math.max(maxWeight, w);
    if (w >= minRepeat) {
      const [u, v] = key.split("\u0000");
      rows.push([u, v, w]);
    }
  }
  rows.sort((a, b) =>
    compareCodePoints(a[0], b[0]) || compareCodePoints(a[1], b[1])
  );
  return { nPairsAny: pairs.size, rows, maxWeight };
}

// Independent JS re-implementation of the documented normalisations.
function refUrl(raw: string): string | null {
  let s = raw.trim();
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(s)) {
    if (/^[A-Za-z][A-Za-z0-9+.-]*:[^0-9]/.test(s)) return null;
    s = "http://" + s;
  }
  const i = s.indexOf("://");
  const scheme = s.slice(0, i).toLowerCase();
  let rest = s.slice(i + 3);
  const hash = rest.indexOf("#");
  if (hash >= 0) rest = rest.slice(0, hash);
  const cut = rest.search(/[/?]/);
  const authority = (cut < 0 ? rest : rest.slice(0, cut)).toLowerCase();
  if (authority === "") return null;
  const after = cut < 0 ? "" : rest.slice(cut);
  const q = after.indexOf("?");
  const path = (q < 0 ? after : after.slice(0, q)).replace(/\/+$/, "");
  const query = q < 0 ? "" : after.slice(q + 1).split("&")
    .filter((p) => p !== "" && !/^utm_/i.test(p)).join("&");
  return `${scheme}://${authority}${path}${query ? "?" + query : ""}`;
}

function refDomain(raw: string): string | null {
  const url = refUrl(raw);
  if (url === null) return null;
  const host = url.slice(url.indexOf("://") + 3).split(/[/?]/)[0]
    .replace(/^.*@/, "").replace(/:[0-9]*$/, "").replace(/^www\./, "");
  return host === "" ? null : host;
}

function refText(raw: string): string | null {
  const s = raw.toLowerCase().replace(/^(\s*rt\s+@\w+:?)+/, "")
    .replace(/https?:\/\/\S*/g, "").replace(/\s+/g, " ").trim();
  return s === "" ? null : s;
}

interface RandomTweet {
  tweetid: string;
  userid: string;
  tweet_time: Date;
  retweet_tweetid: string | null;
  in_reply_to_tweetid: string | null;
  hashtags: string[] | null;
  urls: string[] | null;
  tweet_text: string;
}

const USERS = [
  ...Array.from({ length: 30 }, (_, i) => `u${String(i).padStart(2, "0")}`),
  "\u{1D49C}stral", // astral: code-point order differs from UTF-16 order
  "\uFFFDbmp",
  "Ünï",
];
const HASHTAGS = ["Vote", "vote", "#VOTE", "news", "#News", "Élan", "élan"];
const URLS = [
  "https://Example.com/a/",
  "https://example.com/a?utm_source=tw",
  "https://example.com/a#frag",
  "http://example.com/a",
  "example.com/a",
  "https://www.Example.com/b?id=1&utm_medium=x",
  "https://www.example.com/b/?id=1",
  "https://sub.example.org:8080/c?utm_a=1&&z=2",
  "mailto:someone",
  "  https://t.co/XyZ  ",
];
const TEXTS = [
  "Vote NOW https://t.co/abc",
  "RT @bot_1: vote now",
  "vote   now\nhttps://t.co/zzz",
  "Élan VITAL",
  "élan vital ",
  "https://t.co/only",
  "rt @a rt @b: Élan vital",
];

function randomTweets(seed: number, n: number, minute: boolean): RandomTweet[] {
  const rng = d3.randomLcg(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rng() * xs.length)];
  const base = Date.UTC(2020, 0, 1);
  return Array.from({ length: n }, (_, i) => {
    const seconds = Math.floor(rng() * 1800);
    const t = minute ? seconds - (seconds % 60) : seconds;
    const list = <T>(xs: T[]) =>
      rng() < 0.2
        ? null
        : Array.from({ length: Math.floor(rng() * 3) }, () => pick(xs));
    return {
      tweetid: `t${i}`,
      userid: pick(USERS),
      tweet_time: new Date(base + t * 1000),
      retweet_tweetid: rng() < 0.6
        ? pick(["r1", "r2", "r3", "r4", "r5"])
        : null,
      in_reply_to_tweetid: rng() < 0.5 ? pick(["p1", "p2", "p3"]) : null,
      hashtags: list(HASHTAGS),
      urls: list(URLS),
      tweet_text: pick(TEXTS),
    };
  });
}

function referenceActions(tweets: RandomTweet[], mode: CoordMode): RefAction[] {
  const out: RefAction[] = [];
  for (const tw of tweets) {
    const t = tw.tweet_time.getTime() / 1000;
    const objects: (string | null)[] = mode === "retweet"
      ? [tw.retweet_tweetid]
      : mode === "reply"
      ? [tw.in_reply_to_tweetid]
      : mode === "hashtag"
      ? (tw.hashtags ?? []).map((h) => h.toLowerCase().replace(/^#+/, ""))
      : mode === "url"
      ? (tw.urls ?? []).map(refUrl)
      : mode === "domain"
      ? (tw.urls ?? []).map(refDomain)
      : [tw.retweet_tweetid === null ? refText(tw.tweet_text) : null];
    for (const x of objects) {
      if (x !== null && x !== "") out.push({ u: tw.userid, x, t });
    }
  }
  return out;
}

function tweetFrame(tweets: RandomTweet[]): pl.LazyDataFrame {
  return pl.DataFrame({
    tweetid: tweets.map((t) => t.tweetid),
    userid: tweets.map((t) => t.userid),
    tweet_time: pl.Series("tweet_time", tweets.map((t) => t.tweet_time))
      .cast(pl.Datetime("ms")),
    retweet_tweetid: pl.Series(
      "retweet_tweetid",
      tweets.map((t) => t.retweet_tweetid),
      pl.Utf8,
    ),
    in_reply_to_tweetid: pl.Series(
      "in_reply_to_tweetid",
      tweets.map((t) => t.in_reply_to_tweetid),
      pl.Utf8,
    ),
    hashtags: pl.Series(
      "hashtags",
      tweets.map((t) => t.hashtags),
      pl.List(pl.Utf8),
    ),
    urls: pl.Series("urls", tweets.map((t) => t.urls), pl.List(pl.Utf8)),
    tweet_text: tweets.map((t) => t.tweet_text),
  }).lazy();
}

// ---------------------------------------------------------------------------

Deno.test("coordinationNetwork() counts pairs exactly Δ apart and not Δ + 1", async () => {
  const net = await coordinationNetwork(
    acts([
      ["a", "x", 1000],
      ["b", "x", 1060], // exactly 60 s after a
      ["c", "x", 1121], // 61 s after b, 121 s after a
    ]),
    { window: 60, minRepeat: 1 },
  );
  deepEqual(edgeRows(net.edges), [["a", "b", 1]]);
  equal(net.n_pairs_any, 1);
});

Deno.test("coordinationNetwork() pairs across bucket edges and within one bucket", async () => {
  // Window 60: buckets [0,60), [60,120), [120,180). 0↔59 same bucket;
  // 59↔60 and 0↔60 adjacent buckets; 60↔120 exactly Δ across a bucket
  // edge; 59↔120 adjacent buckets but 61 s apart; 0↔120 two buckets apart.
  const net = await coordinationNetwork(
    acts([
      ["a", "x", 0],
      ["b", "x", 59],
      ["c", "x", 60],
      ["d", "x", 120],
    ]),
    { window: 60, minRepeat: 1 },
  );
  deepEqual(edgeRows(net.edges), [
    ["a", "b", 1],
    ["a", "c", 1],
    ["b", "c", 1],
    ["c", "d", 1],
  ]);
});

Deno.test("coordinationNetwork() with window 0 pairs only equal times", async () => {
  const net = await coordinationNetwork(
    acts([["a", "x", 5], ["b", "x", 5], ["c", "x", 6]]),
    { window: 0, minRepeat: 1 },
  );
  deepEqual(edgeRows(net.edges), [["a", "b", 1]]);
});

Deno.test("coordinationNetwork() counts a repeated triple once and an object once per pair", async () => {
  const net = await coordinationNetwork(
    acts([
      ["a", "x", 100],
      ["a", "x", 100], // same triple twice
      ["a", "x", 130], // same object again at another time
      ["b", "x", 110],
      ["a", "y", 500],
      ["b", "y", 520],
    ]),
    { window: 60, minRepeat: 2 },
  );
  deepEqual(edgeRows(net.edges), [["a", "b", 2]]);
  equal(net.n_actions, 5);
  const ct = await coordinationNetwork(
    acts([
      ["a", "x", 100],
      ["a", "x", 100],
      ["a", "x", 130],
      ["b", "x", 110],
      ["a", "y", 500],
      ["b", "y", 520],
    ]),
    { window: 60, minRepeat: 2, weighting: "coortweet" },
  );
  // (a,x,100)-(b,x,110), (a,x,130)-(b,x,110), (a,y,500)-(b,y,520)
  deepEqual(edgeRows(ct.edges), [["a", "b", 3]]);
  equal(ct.edges.getColumn("mean_delta_s").get(0), (10 + 20 + 20) / 3);
});

Deno.test("coordinationNetwork() never pairs an account with itself", async () => {
  const net = await coordinationNetwork(
    acts([["a", "x", 0], ["a", "x", 1], ["a", "y", 0], ["a", "y", 1]]),
    { window: 60, minRepeat: 1 },
  );
  equal(net.n_pairs_any, 0);
  equal(net.edges.height, 0);
  equal(net.max_weight, 0);
});

Deno.test("coordinationNetwork() warns when Δ < 60 on minute-resolution times", async () => {
  const minute = await coordinationNetwork(
    acts([["a", "x", 60], ["b", "x", 120]]),
    { window: 30 },
  );
  equal(minute.minute_resolution, true);
  equal(minute.warnings.length, 1);
  ok(minute.warnings[0].includes("30 s"));
  const ok60 = await coordinationNetwork(
    acts([["a", "x", 60], ["b", "x", 120]]),
    { window: 60 },
  );
  equal(ok60.warnings.length, 0);
  const seconds = await coordinationNetwork(
    acts([["a", "x", 61], ["b", "x", 120]]),
    { window: 30 },
  );
  equal(seconds.minute_resolution, false);
  equal(seconds.warnings.length, 0);
});

Deno.test("coordinationNetwork() rejects a negative or fractional window and K < 1", async () => {
  for (const options of [{ window: -1 }, { window: 1.5 }, { minRepeat: 0 }]) {
    let message = "";
    try {
      await coordinationNetwork(acts([]), options);
    } catch (err) {
      message = (err as Error).message;
    }
    ok(message.startsWith("Building a coordination network:"), message);
  }
});

Deno.test("coordinationNetwork() handles 3,000 accounts acting on one object at once", async () => {
  // 3,000 accounts on x within Δ: 3000·2999/2 pairs of weight 1; the first
  // 100 also act together on y, so 100·99/2 pairs reach weight 2.
  const n = 3000;
  const rows: [string, string, number][] = Array.from(
    { length: n },
    (_, i) => [`a${String(i).padStart(4, "0")}`, "x", 1000 + (i % 50)],
  );
  for (let i = 0; i < 100; i++) {
    rows.push([`a${String(i).padStart(4, "0")}`, "y", 5000]);
  }
  const net = await coordinationNetwork(acts(rows), {
    window: 60,
    minRepeat: 2,
  });
  equal(net.n_pairs_any, n * (n - 1) / 2);
  equal(net.n_pairs, 100 * 99 / 2);
  equal(net.n_accounts, 100);
  equal(net.max_weight, 2);
});

Deno.test("coordinationNetwork() does work proportional to neighbours, not audience², for 50,000 accounts", async () => {
  // 50,000 accounts act on one object 10 s apart over ~139 hours; with
  // Δ = 60 only accounts ≤ 6 steps apart co-act: Σ_{d=1..6} (50000 − d).
  // All-pairs would be 1.25 billion pairs; this finishes in seconds.
  const n = 50_000;
  const rows: [string, string, number][] = Array.from(
    { length: n },
    (_, i) => [`a${String(i).padStart(5, "0")}`, "x", i * 10],
  );
  const started = performance.now();
  const net = await coordinationNetwork(acts(rows), {
    window: 60,
    minRepeat: 1,
  });
  const elapsed = performance.now() - started;
  equal(net.n_pairs_any, 6 * n - 21);
  equal(net.sum_weight, 6 * n - 21);
  ok(elapsed < 30_000, `took ${elapsed} ms`);
});

for (const mode of COORD_MODES) {
  Deno.test(`coordinationNetwork() matches the O(n²) reference in ${mode} mode on random data`, async () => {
    for (
      const [seed, window, minute] of [
        [1, 60, false],
        [2, 0, false],
        [3, 137, false],
        [4, 60, true],
        [5, 30, true],
      ] as const
    ) {
      const tweets = randomTweets(seed * 7 + mode.length, 500, minute);
      const actions = extractActions(tweetFrame(tweets), mode);
      const reference = referenceActions(tweets, mode);
      for (const weighting of ["objects", "coortweet"] as const) {
        for (const minRepeat of [1, 2, 3]) {
          const net = await coordinationNetwork(actions, {
            window,
            minRepeat,
            weighting,
          });
          const ref = referenceEdges(reference, window, minRepeat, weighting);
          const label =
            `${mode} seed ${seed} Δ ${window} K ${minRepeat} ${weighting}`;
          equal(net.n_pairs_any, ref.nPairsAny, label);
          equal(net.max_weight, ref.maxWeight, label);
          deepEqual(edgeRows(net.edges), ref.rows, label);
        }
      }
    }
  });
}

Deno.test({
  name: "coordinationNetwork() on the CooRTweet fixture gives stable counts",
  ignore: !haveFixture,
  fn: async () => {
    const actions = readCoorTweet(FIXTURE);
    const expect: [number, number, Weighting, number[]][] = [
      // window, K, weighting, [nPairsAny, nPairs, nAccounts, sumWeight, maxWeight]
      [60, 2, "objects", [6206, 32, 58, 68, 4]],
      [10, 2, "objects", [1092, 2, 4, 5, 3]],
      [600, 2, "objects", [57421, 998, 752, 2236, 9]],
      [60, 1, "objects", [6206, 6206, 3954, 6242, 4]],
      [60, 3, "objects", [6206, 3, 6, 10, 4]],
      [0, 2, "objects", [35, 0, 0, 0, 1]],
      [60, 2, "coortweet", [6206, 63, 97, 138, 4]],
      [600, 2, "coortweet", [57421, 1285, 957, 2901, 9]],
    ];
    for (const [window, minRepeat, weighting, counts] of expect) {
      const net = await coordinationNetwork(actions, {
        window,
        minRepeat,
        weighting,
      });
      equal(net.n_actions, 35124);
      deepEqual(
        [
          net.n_pairs_any,
          net.n_pairs,
          net.n_accounts,
          net.sum_weight,
          net.max_weight,
        ],
        counts,
        `window ${window} K ${minRepeat} ${weighting}`,
      );
    }
  },
});

Deno.test({
  name:
    "coordinationNetwork() on the CooRTweet fixture matches the O(n²) reference",
  ignore: !haveFixture,
  fn: async () => {
    const actions = readCoorTweet(FIXTURE);
    const df = await actions.collect();
    const us = df.getColumn("userid").toArray() as string[];
    const xs = df.getColumn("object").toArray() as string[];
    const ts = (df.getColumn("t").toArray() as unknown[]).map(Number);
    // Group by object first so the all-pairs comparison stays affordable.
    const byObject = new Map<string, RefAction[]>();
    us.forEach((u, i) => {
      if (!byObject.has(xs[i])) byObject.set(xs[i], []);
      byObject.get(xs[i])!.push({ u, x: xs[i], t: ts[i] });
    });
    for (const [window, minRepeat] of [[60, 2], [600, 2], [10, 1]]) {
      const merged = new Map<
        string,
        { objects: Set<string>; actionPairs: number }
      >();
      for (const group of byObject.values()) {
        for (const [k, e] of referencePairs(group, window)) {
          if (!merged.has(k)) {
            merged.set(k, { objects: new Set(), actionPairs: 0 });
          }
          const m = merged.get(k)!;
          for (const o of e.objects) m.objects.add(o);
          m.actionPairs += e.actionPairs;
        }
      }
      const rows = [...merged].filter(([, e]) => e.objects.size >= minRepeat)
        .map(([k, e]) =>
          [...k.split("\u0000"), e.objects.size] as [string, string, number]
        )
        .sort((a, b) =>
          compareCodePoints(a[0], b[0]) || compareCodePoints(a[1], b[1])
        );
      const net = await coordinationNetwork(actions, { window, minRepeat });
      equal(net.n_pairs_any, merged.size);
      deepEqual(edgeRows(net.edges), rows);
    }
  },
});
