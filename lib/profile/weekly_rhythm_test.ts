import { deepEqual, equal, ok } from "node:assert/strict";
import { REALDATA, realdataExists } from "./_realdata.ts";
import { tweetsFrame } from "./_frames.ts";
import { weeklyRhythm } from "./weekly_rhythm.ts";
import { weeklyRhythmByAccount } from "./weekly_rhythm_by_account.ts";

// 2024-01-01 is a Monday.
const tweets = tweetsFrame({
  userid: ["a", "a", "a", "a", "b", "b"],
  tweet_time: [
    "2024-01-01 08:00", // Mon 08:00: working
    "2024-01-01 17:59", // Mon 17:59: working
    "2024-01-01 18:00", // Mon 18:00: not working
    "2024-01-06 12:00", // Sat: weekend
    "2024-01-12 07:59", // Fri 07:59
    null,
  ],
});

Deno.test("weeklyRhythm() working hours are local Mon-Fri [08:00, 18:00)", async () => {
  const r = await weeklyRhythm(tweets);
  equal(r.n_tweets, 5);
  equal(r.working_hours_share, 2 / 5);
  // span Mon 1st .. Fri 12th: 12 days, 2 weekend days, 10 weekdays
  deepEqual([
    r.weekend_tweets,
    r.weekday_tweets,
    r.weekend_days,
    r.weekday_days,
  ], [1, 4, 2, 10]);
  equal(r.weekend_ratio, (1 / 2) / (4 / 10));
  // At -8 h: Mon 08:00 -> Mon 00:00, 17:59 -> 09:59 (working), 18:00 -> 10:00 (working),
  // Sat 12:00 -> Sat 04:00, Fri 07:59 -> Thu 23:59; span Mon 1st .. Thu 11th.
  const west = await weeklyRhythm(tweets, -8);
  equal(west.working_hours_share, 2 / 5);
  deepEqual([west.weekend_days, west.weekday_days], [2, 9]);
});

Deno.test("weeklyRhythmByAccount() gives each account its own span; null ratios when undefined", async () => {
  const r = await weeklyRhythmByAccount(tweets);
  deepEqual(r.rows(), [
    ["a", 4, 2 / 4, (1 / 1) / (3 / 5)], // span Mon..Sat: 1 weekend day, 5 weekdays
    ["b", 1, 0, null], // a one-day span on Friday has no weekend day
  ]);
  const empty = await weeklyRhythm(
    tweetsFrame({ userid: ["x"], tweet_time: [null] }),
  );
  equal(empty.working_hours_share, null);
  equal(empty.weekend_ratio, null);
});

Deno.test("weeklyRhythm() matches Python on the Russia 2019-01 head file", {
  ignore: !realdataExists("russia_201901_head"),
}, async () => {
  const { loadRelease } = await import("../io/mod.ts");
  const r = await loadRelease(
    `${REALDATA}russia_201901_head/russia_201901_tweets_head407.csv`,
    { cache: false },
  );
  const w = await weeklyRhythm(r.tweets);
  // Python: datetime.weekday() < 5 and 8 <= hour < 18; weekend days counted
  // over first..last tweet date.
  equal(w.working_hours_share, 0.32678132678132676);
  ok(Math.abs(w.weekend_ratio! - 0.6706690598502197) < 1e-12);
});
