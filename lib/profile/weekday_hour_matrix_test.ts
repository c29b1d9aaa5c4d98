import { deepEqual, equal } from "node:assert/strict";
import { tweetsFrame } from "./_frames.ts";
import { REALDATA, realdataExists } from "./_realdata.ts";
import { weekdayHourMatrix } from "./weekday_hour_matrix.ts";

// 2024-01-07 is a Sunday, 2024-01-08 a Monday.
const tweets = tweetsFrame({
  userid: ["a", "a", "b", "b"],
  tweet_time: [
    "2024-01-07 23:30",
    "2024-01-08 02:00",
    "2024-01-10 12:59",
    null,
  ],
});

function cells(counts: number[][]): [number, number, number][] {
  const out: [number, number, number][] = [];
  counts.forEach((row, w) =>
    row.forEach((n, h) => {
      if (n) out.push([w, h, n]);
    })
  );
  return out;
}

Deno.test("weekdayHourMatrix() counts UTC weekday x hour and leaves out missing times", async () => {
  const m = await weekdayHourMatrix(tweets);
  equal(m.n_tweets, 3);
  equal(m.n_missing_time, 1);
  deepEqual(cells(m.counts), [[0, 2, 1], [2, 12, 1], [6, 23, 1]]);
  equal(m.by_hour.length, 24);
  deepEqual(m.by_weekday, [1, 0, 1, 0, 0, 0, 1]);
  equal(m.by_hour[23], 1);
});

Deno.test("weekdayHourMatrix() shifts Sunday to Monday across offsets", async () => {
  // +1: Sun 23:30 -> Mon 00:30; Mon 02:00 -> Mon 03:00; Wed 12:59 -> Wed 13:59
  deepEqual(cells((await weekdayHourMatrix(tweets, 1)).counts), [
    [0, 0, 1],
    [0, 3, 1],
    [2, 13, 1],
  ]);
  // +5.5: Sun 23:30 -> Mon 05:00; Mon 02:00 -> Mon 07:30; Wed 12:59 -> Wed 18:29
  deepEqual(cells((await weekdayHourMatrix(tweets, 5.5)).counts), [
    [0, 5, 1],
    [0, 7, 1],
    [2, 18, 1],
  ]);
  // -4: Sun 23:30 -> Sun 19:30; Mon 02:00 -> Sun 22:00; Wed 12:59 -> Wed 08:59
  deepEqual(cells((await weekdayHourMatrix(tweets, -4)).counts), [
    [2, 8, 1],
    [6, 19, 1],
    [6, 22, 1],
  ]);
  // -4.5: Mon 02:00 -> Sun 21:30
  deepEqual(cells((await weekdayHourMatrix(tweets, -4.5)).counts), [
    [2, 8, 1],
    [6, 19, 1],
    [6, 21, 1],
  ]);
});

Deno.test(
  "weekdayHourMatrix() matches the Russia 2019-01 head file (Python csv/datetime)",
  {
    ignore: !realdataExists("russia_201901_head"),
  },
  async () => {
    const { loadRelease } = await import("../io/mod.ts");
    const r = await loadRelease(
      `${REALDATA}russia_201901_head/russia_201901_tweets_head407.csv`,
      { cache: false },
    );
    const m = await weekdayHourMatrix(r.tweets);
    // Independent count with Python's csv + datetime.weekday()/hour.
    deepEqual(m.by_weekday, [51, 66, 81, 50, 73, 40, 46]);
    deepEqual(m.by_hour, [
      17,
      30,
      23,
      15,
      12,
      10,
      10,
      22,
      30,
      9,
      5,
      18,
      11,
      10,
      8,
      22,
      16,
      31,
      14,
      13,
      19,
      18,
      24,
      20,
    ]);
  },
);
