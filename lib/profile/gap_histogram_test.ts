import { deepEqual, equal, rejects } from "node:assert/strict";
import pl from "nodejs-polars";
import { REALDATA, realdataExists } from "./_realdata.ts";
import { tweetsFrame } from "./_frames.ts";
import { gapHistogram } from "./gap_histogram.ts";
import { intervalStats } from "./interval_stats.ts";

Deno.test("gapHistogram() bins gaps per account and leaves out null ids and times", async () => {
  const h = await gapHistogram(
    tweetsFrame({
      userid: ["a", "a", "a", "b", "b", "c", null, "a"],
      tweet_time: [
        "2020-01-01 00:05",
        "2020-01-01 00:00",
        "2020-01-01 00:00",
        "2020-01-01 00:01",
        "2020-01-01 00:03",
        "2020-01-01 00:00",
        "2020-01-01 00:04",
        null,
      ],
    }),
    { maxMinutes: 3 },
  );
  equal(h.n_accounts, 2);
  equal(h.n_gaps, 3);
  equal(h.n_zero_gaps, 1);
  equal(h.n_longer, 1);
  equal(h.n_times_with_seconds, 0);
  deepEqual(h.rows, [
    { gap_minutes: 0, gaps: 1, share: 1 / 3 },
    { gap_minutes: 1, gaps: 0, share: 0 },
    { gap_minutes: 2, gaps: 1, share: 1 / 3 },
    { gap_minutes: 3, gaps: 0, share: 0 },
  ]);
});

Deno.test("gapHistogram() floors gaps with seconds to whole minutes and counts such times", async () => {
  const tweets = pl.DataFrame({
    userid: ["a", "a", "a"],
    tweet_time: pl.Series([
      new Date("2020-01-01T00:00:30Z"),
      new Date("2020-01-01T00:01:29Z"),
      new Date("2020-01-01T00:02:30Z"),
    ]).cast(pl.Datetime("ms")),
  }).lazy();
  const h = await gapHistogram(tweets, { maxMinutes: 1 });
  deepEqual(h.rows.map((r) => r.gaps), [1, 1]);
  equal(h.n_times_with_seconds, 3);
  await rejects(
    () => gapHistogram(tweets, { maxMinutes: -1 }),
    /maxMinutes .*: -1/,
  );
});

Deno.test({
  name:
    "gapHistogram() on a real release's first 407 tweets agrees with Python and intervalStats",
  ignore: !realdataExists("russia_201901_head"),
}, async () => {
  const { loadRelease } = await import("../io/mod.ts");
  const r = await loadRelease(
    `${REALDATA}russia_201901_head/russia_201901_tweets_head407.csv`,
    { cache: false },
  );
  const h = await gapHistogram(r.tweets, { maxMinutes: 10 });
  // Python (csv, datetime): 38 accounts with >= 2 tweets, 321 gaps; gaps of
  // 0..10 minutes: {0: 4, 1: 2, 4: 2, 5: 3, 6: 4, 7: 1}; 305 longer.
  equal(h.n_accounts, 38);
  equal(h.n_gaps, 321);
  equal(h.n_longer, 305);
  deepEqual(h.rows.map((x) => x.gaps), [4, 2, 0, 0, 2, 3, 4, 1, 0, 0, 0]);
  const iv = await intervalStats(r.tweets, { minTweets: 2 });
  const sum = (c: string) =>
    (iv.accounts.getColumn(c).toArray() as number[]).reduce((a, b) => a + b, 0);
  equal(sum("n_gaps"), h.n_gaps);
  equal(sum("n_zero_gaps"), h.n_zero_gaps);
});
