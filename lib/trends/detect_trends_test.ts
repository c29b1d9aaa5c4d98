import pl from "nodejs-polars";
import { deepEqual, equal, throws } from "node:assert/strict";
import { detectTrends } from "./detect_trends.ts";
import { hashtagDailyCounts } from "./hashtag_daily_counts.ts";
import { hashtagTweets } from "./hashtag_tweets.ts";
import { trendEpisodes } from "./trend_episodes.ts";
import { dateSeries, tweetFrame } from "./_testing.ts";

const DAYS = Array.from(
  { length: 12 },
  (_, i) => `2021-01-${String(i + 1).padStart(2, "0")}`,
);

/** Daily rows; days not listed are absent (zero-filled by detectTrends). */
function daily(rows: [string, number, number][]): pl.DataFrame {
  return pl.DataFrame([
    pl.Series("hashtag", rows.map((r) => r[0]), pl.Utf8),
    dateSeries("day", rows.map((r) => DAYS[r[1]])),
    pl.Series("n_tweets", rows.map((r) => r[2]), pl.Float64),
  ]);
}

// w = 3, k = 2, minCount = 5, series 2021-01-01 … 2021-01-12 (12 days).
// b: 0 (absent), 3, 6, 9, 13, 0, 0, 5, 0, 0, 0, 4
//   day 3: baseline 0,3,6  → mean 3, SD 3 → threshold 9;  9 > 9 is false
//   day 4: baseline 3,6,9  → mean 6, SD 3 → threshold 12; 13 → trending
//   day 11: baseline 0,0,0 → threshold 0; 4 > 0 but 4 < minCount → no
// a: 100 on day 0 only: inside the first w days → never trending
// c: 5 on day 3 only: baseline 0,0,0 (zero-filled) → trending
// d: 4 at most (< minCount) → not listed
const ROWS: [string, number, number][] = [
  ["a", 0, 100],
  ["b", 1, 3],
  ["b", 2, 6],
  ["b", 3, 9],
  ["b", 4, 13],
  ["b", 7, 5],
  ["b", 11, 4],
  ["c", 3, 5],
  ["d", 5, 4],
];
const OPTIONS = {
  window: 3,
  k: 2,
  minCount: 5,
  from: "2021-01-01",
  to: "2021-01-12",
};

Deno.test("detectTrends() matches a hand-computed series with zero-filled days", () => {
  const t = detectTrends(daily(ROWS), OPTIONS);
  const b = t.filter(pl.col("hashtag").eq(pl.lit("b")));
  deepEqual(b.getColumn("n_tweets").toArray(), [
    0,
    3,
    6,
    9,
    13,
    0,
    0,
    5,
    0,
    0,
    0,
    4,
  ]);
  deepEqual(b.getColumn("eligible").toArray(), [
    false,
    false,
    false,
    ...Array(9).fill(true),
  ]);
  const mean = b.getColumn("baseline_mean").toArray();
  const sd = b.getColumn("baseline_sd").toArray();
  const thr = b.getColumn("threshold").toArray();
  deepEqual(mean.slice(0, 5), [null, null, null, 3, 6]);
  deepEqual(sd.slice(0, 5), [null, null, null, 3, 3]);
  deepEqual(thr.slice(0, 5), [null, null, null, 9, 12]);
  // day 7: baseline 13, 0, 0 → mean 13/3, SD √(((26/3)² + 2·(13/3)²) / 2)
  const sd7 = Math.sqrt(((26 / 3) ** 2 + 2 * (13 / 3) ** 2) / 2);
  equal(mean[7], 13 / 3);
  equal(Math.abs((sd[7] as number) - sd7) < 1e-12, true);
  deepEqual(mean.slice(8), [5 / 3, 5 / 3, 5 / 3, 0]);
  deepEqual(b.getColumn("trending").toArray(), [
    false,
    false,
    false,
    false, // 9 is not above 9
    true,
    false,
    false,
    false, // 5 < 4.33 + 2·7.51
    false,
    false,
    false,
    false, // 4 < minCount
  ]);
  const trendingOf = (h: string) =>
    t.filter(pl.col("hashtag").eq(pl.lit(h))).getColumn("trending").toArray();
  deepEqual(trendingOf("a"), Array(12).fill(false));
  deepEqual(trendingOf("c"), [
    false,
    false,
    false,
    true,
    ...Array(8).fill(false),
  ]);
  deepEqual(
    [...new Set(t.getColumn("hashtag").toArray())],
    ["a", "b", "c"],
  );
  equal(t.height, 36);
});

Deno.test("detectTrends() spans the earliest to the latest day of any hashtag by default", () => {
  const t = detectTrends(daily(ROWS), { window: 3, k: 2, minCount: 5 });
  // a starts on day 0 and b ends on day 11: the same 12 days.
  equal(t.height, 36);
  const late = detectTrends(daily(ROWS.filter((r) => r[0] !== "a")), {
    window: 3,
    k: 2,
    minCount: 5,
  });
  // without a, the series starts on day 1, so day 4 of b has baseline 3, 6, 9
  // and day 3 (9 tweets) is now among the first w days.
  const b = late.filter(pl.col("hashtag").eq(pl.lit("b")));
  deepEqual(b.getColumn("trending").toArray().slice(0, 4), [
    false,
    false,
    false,
    true,
  ]);
  equal(b.height, 11);
});

Deno.test("detectTrends() rejects a window below 2 and bad days", () => {
  throws(() => detectTrends(daily(ROWS), { window: 1 }), RangeError);
  throws(() => detectTrends(daily(ROWS), { from: "2021-02-30" }), RangeError);
});

Deno.test("detectTrends() after hashtagDailyCounts() uses local days", async () => {
  // 03:00 UTC on Jan 8 is Jan 7 at UTC−4.
  const rows = [
    { tweetid: "0", userid: "u", time: "2021-01-01 12:00", tags: ["#Voto"] },
    ...Array.from({ length: 4 }, (_, i) => ({
      tweetid: `n${i}`,
      userid: `u${i}`,
      time: "2021-01-08 03:00",
      tags: ["VOTO", "voto"],
    })),
  ];
  const utc = detectTrends(
    await hashtagDailyCounts(hashtagTweets(tweetFrame(rows))),
    { minCount: 4 },
  );
  deepEqual(
    utc.filter(pl.col("trending")).getColumn("day").cast(pl.Utf8).toArray(),
    [
      "2021-01-08",
    ],
  );
  const local = detectTrends(
    await hashtagDailyCounts(
      hashtagTweets(tweetFrame(rows), { utcOffset: -4 }),
    ),
    { minCount: 4 },
  );
  // local series 2021-01-01 … 2021-01-07: day 7 is the 7th day (index 6),
  // inside the first w = 7 days, so it cannot trend.
  equal(local.height, 7);
  equal(local.filter(pl.col("trending")).height, 0);
});

Deno.test("trendEpisodes() merges consecutive trending days per hashtag", () => {
  const t = pl.DataFrame([
    pl.Series("hashtag", ["x", "x", "x", "y", "y"]),
    dateSeries("day", [DAYS[0], DAYS[1], DAYS[3], DAYS[1], DAYS[2]]),
    pl.Series("n_tweets", [30, 50, 40, 25, 25], pl.Float64),
    pl.Series("trending", [true, true, true, true, true]),
  ]);
  const e = trendEpisodes(t);
  deepEqual(e.getColumn("trend_id").toArray(), [
    "x@2021-01-01",
    "y@2021-01-02",
    "x@2021-01-04",
  ]);
  deepEqual(e.getColumn("n_days").toArray(), [2, 2, 1]);
  deepEqual(e.getColumn("n_tweets").toArray(), [80, 50, 40]);
  deepEqual(e.getColumn("peak_day").cast(pl.Utf8).toArray(), [
    "2021-01-02",
    "2021-01-02",
    "2021-01-04",
  ]);
});
