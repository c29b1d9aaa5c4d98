import { deepEqual, equal, ok } from "node:assert/strict";
import pl from "nodejs-polars";
import { tweetsFrame } from "./_frames.ts";
import { REALDATA, realdataExists } from "./_realdata.ts";
import { intervalStats } from "./interval_stats.ts";

const close = (a: unknown, b: number, tol = 1e-12) =>
  ok(
    typeof a === "number" && Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)),
    `${a} vs ${b}`,
  );

/** Minutes after 2020-01-01 00:00 UTC as `YYYY-MM-DD HH:MM`. */
const at = (m: number) =>
  new Date(Date.UTC(2020, 0, 1, 0, m)).toISOString().slice(0, 16).replace(
    "T",
    " ",
  );

function row(df: pl.DataFrame, userid: string): Record<string, unknown> {
  return df.filter(pl.col("userid").eq(pl.lit(userid))).toRecords()[0];
}

Deno.test("polars quantile(p, 'linear') is R's quantile type 7", () => {
  // R: quantile(c(7, 1, 3, 10, 2, 8, 5, 4), c(.1, .25, .5, .9), type = 7)
  const r = [1.7000000000000002, 2.75, 4.5, 8.5999999999999996];
  const s = pl.DataFrame({ x: [7, 1, 3, 10, 2, 8, 5, 4] });
  [0.1, 0.25, 0.5, 0.9].forEach((p, i) =>
    close(
      s.select(pl.col("x").quantile(p, "linear")).getColumn("x").toArray()[0],
      r[i],
      1e-15,
    )
  );
});

Deno.test("intervalStats() gives hand-computed burstiness, memory, median, regularity", async () => {
  // gaps 60, 120, 60, 180 s
  const tweets = tweetsFrame({
    userid: Array(5).fill("a"),
    tweet_time: [7, 0, 3, 1, 4].map(at), // unsorted on purpose
  });
  const s = await intervalStats(tweets, { minTweets: 5 });
  const a = row(s.accounts, "a");
  equal(a.n_gaps, 4);
  equal(a.median_gap_s, 90); // type 7 of 60, 60, 120, 180
  equal(a.mean_gap_s, 105);
  close(a.sd_gap_s, Math.sqrt(2475)); // population SD
  // B = (σ − μ)/(σ + μ) = (√11 − 7)/(√11 + 7) with σ = 15√11
  close(a.burstiness, (Math.sqrt(11) - 7) / (Math.sqrt(11) + 7));
  // τ1..3 = 60,120,60 and τ2..4 = 120,60,180: cov −1200, σ1 = √800, σ2 = √2400
  close(a.memory, -Math.sqrt(3) / 2);
  equal(a.modal_gap_s, 60);
  equal(a.regularity, 0.5);
  equal(s.median_of_median_gap_s, 90);
});

Deno.test("intervalStats() keeps zero gaps; all-zero gaps give null B, M and regularity", async () => {
  const tweets = tweetsFrame({
    userid: [...Array(10).fill("z"), ...Array(6).fill("t")],
    tweet_time: [
      ...Array(10).fill(at(5)),
      // gaps 0, 60, 120, 60, 120 → modal non-zero gap tied 60/120 → 60
      ...[0, 0, 1, 3, 4, 6].map(at),
    ],
  });
  const s = await intervalStats(tweets, { minTweets: 6 });
  const z = row(s.accounts, "z");
  equal(z.n_zero_gaps, 9);
  equal(z.median_gap_s, 0);
  equal(z.burstiness, null);
  equal(z.memory, null);
  equal(z.modal_gap_s, null);
  equal(z.regularity, null);
  const t = row(s.accounts, "t");
  equal(t.n_zero_gaps, 1);
  equal(t.modal_gap_s, 60);
  equal(t.regularity, 2 / 5);
  equal(s.median_burstiness, t.burstiness); // z has no B
});

Deno.test("intervalStats() excludes short and single-tweet accounts and counts missing times", async () => {
  const tweets = tweetsFrame({
    userid: [...Array(10).fill("a"), "single", "b", "b", "b", null],
    tweet_time: [
      ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(at),
      at(3),
      at(1),
      null,
      null,
      at(2),
    ],
  });
  const s = await intervalStats(tweets);
  deepEqual(s.accounts.getColumn("userid").toArray(), ["a"]);
  equal(s.n_accounts, 1);
  equal(s.n_accounts_too_few, 2); // "single" and "b" (1 valid time)
  equal(s.n_tweets_missing_time, 2);
  const a = row(s.accounts, "a");
  equal(a.burstiness, -1); // σ = 0, μ = 60
  equal(a.memory, null); // constant gaps
  equal(a.regularity, 1);
});

Deno.test("intervalStats() matches numpy on the Russia 2019-01 head file", {
  ignore: !realdataExists("russia_201901_head"),
}, async () => {
  const { loadRelease } = await import("../io/mod.ts");
  const r = await loadRelease(
    `${REALDATA}russia_201901_head/russia_201901_tweets_head407.csv`,
    { cache: false },
  );
  const s = await intervalStats(r.tweets);
  // Independent values: Python csv + numpy (np.diff of sorted epoch
  // seconds; np.median; population std; np.corrcoef of gaps[:-1], gaps[1:]).
  const expected: [string, number, number, number, number, number][] = [
    [
      "2980186012",
      72,
      418680,
      876466.4788732395,
      0.17919113450667576,
      0.1416689853036675,
    ],
    [
      "4125840934",
      17,
      2886360,
      4008723.75,
      0.0638911511809997,
      0.2844391364600176,
    ],
    [
      "YonB7sDqf9+ts0T3nZcFTCwI+9xx3nCoR7APykRtAE=",
      16,
      958440,
      1286968,
      -0.0159882154429636,
      -0.13381706102979304,
    ],
    [
      "iZ328VglWrG25qPym1bifLoiwXD9v1+A3G4WU5AThso=",
      103,
      151560,
      425671.17647058825,
      0.38071295338085315,
      0.25091591409897296,
    ],
    [
      "l+5xaB0DjZSlsfrmaT91U2DAIM+2tup5IXcAL1KZH0=",
      45,
      163590,
      379640.45454545453,
      0.12014171128457042,
      -0.10860008516358509,
    ],
  ];
  equal(s.n_accounts, 5);
  for (const [id, n, median, mean, b, m] of expected) {
    const a = row(s.accounts, id);
    equal(a.n_tweets, n);
    equal(a.median_gap_s, median);
    close(a.mean_gap_s, mean, 1e-12);
    close(a.burstiness, b, 1e-9);
    close(a.memory, m, 1e-9);
  }
  equal(s.median_of_median_gap_s, 418680);
  close(s.median_burstiness, 0.12014171128457042, 1e-9);
});
