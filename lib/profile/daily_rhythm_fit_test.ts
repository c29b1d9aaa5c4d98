import { deepEqual, equal, ok } from "node:assert/strict";
import pl from "nodejs-polars";
import { REALDATA, realdataExists } from "./_realdata.ts";
import { tweetsFrame } from "./_frames.ts";
import { dailyRhythmFit, OFFICE_DAY_REFERENCE } from "./daily_rhythm_fit.ts";
import { dailyRhythmFitByAccount } from "./daily_rhythm_fit_by_account.ts";
import { inferUtcOffsetByAccount } from "./infer_utc_offset_by_account.ts";

/** A leisure-shaped local-hour profile (evening peak). */
const HUMAN = [
  3,
  2,
  1,
  1,
  1,
  1,
  2,
  4,
  6,
  7,
  8,
  8,
  8,
  8,
  8,
  8,
  8,
  8,
  8,
  9,
  9,
  8,
  6,
  4,
];

/** The UTC-hour view of a local profile for a population at `offset`. */
function toUtc(local: readonly number[], offset: number): number[] {
  return local.map((_, u) => local[(((u + offset) % 24) + 24) % 24]);
}

Deno.test("dailyRhythmFit() finds office hours at UTC−4 that the human reference places elsewhere", () => {
  const utc = toUtc(OFFICE_DAY_REFERENCE.map((w) => 97 * w + 1), -4);
  const fit = dailyRhythmFit(utc, HUMAN)!;
  equal(fit.closest, "office");
  equal(fit.utc_offset, -4);
  equal(fit.office.utc_offset, -4);
  ok(fit.office.distance < fit.human.distance);
  ok(fit.office.distance < fit.flat_distance);
  equal(fit.n_tweets, 97 * 10 + 24);
  deepEqual(OFFICE_DAY_REFERENCE.slice(7, 19), [
    0,
    1,
    1,
    1,
    1,
    1,
    1,
    1,
    1,
    1,
    1,
    0,
  ]);
});

Deno.test("dailyRhythmFit() recovers a human population's offset", () => {
  const fit = dailyRhythmFit(toUtc(HUMAN, 5), HUMAN)!;
  equal(fit.closest, "human");
  equal(fit.utc_offset, 5);
  equal(fit.human.distance, 0);
});

Deno.test("dailyRhythmFit() calls a round-the-clock profile flat, with no offset", () => {
  const utc = Array.from({ length: 24 }, (_, h) => 100 + (h % 3));
  const fit = dailyRhythmFit(utc, HUMAN)!;
  equal(fit.closest, "flat");
  equal(fit.utc_offset, null);
  ok(fit.flat_distance < 1e-3);
  equal(dailyRhythmFit(new Array(24).fill(0), HUMAN), null);
});

Deno.test("dailyRhythmFitByAccount() fits each account with enough tweets", async () => {
  const day = (h: number, d = 1) =>
    `2024-01-${String(d).padStart(2, "0")} ${String(h).padStart(2, "0")}:00`;
  const office = Array.from(
    { length: 20 },
    (_, i) => day(12 + (i % 10), 1 + Math.floor(i / 10)),
  );
  const flat = Array.from({ length: 24 }, (_, h) => day(h));
  const tweets = tweetsFrame({
    userid: [
      ...office.map(() => "o"),
      ...flat.map(() => "f"),
      "few",
      "o",
      null,
    ],
    tweet_time: [...office, ...flat, day(3), null, day(4)],
  });
  const fits = await dailyRhythmFitByAccount(tweets, HUMAN, { minTweets: 20 });
  deepEqual(fits.getColumn("userid").toArray(), ["f", "o"]);
  deepEqual(fits.getColumn("closest").toArray(), ["flat", "office"]);
  deepEqual(fits.getColumn("utc_offset").toArray(), [null, -4]);
  deepEqual(fits.getColumn("n_tweets").toArray(), [24, 20]);
  equal(fits.getColumn("flat_distance").toArray()[0], 0);
  equal(fits.getColumn("office_distance").toArray()[1], 0);
});

Deno.test({
  name:
    "dailyRhythmFitByAccount() on a real release's first 407 tweets agrees with Python and inferUtcOffsetByAccount",
  ignore: !realdataExists("russia_201901_head"),
}, async () => {
  const { loadRelease } = await import("../io/mod.ts");
  const r = await loadRelease(
    `${REALDATA}russia_201901_head/russia_201901_tweets_head407.csv`,
    { cache: false },
  );
  const fits = await dailyRhythmFitByAccount(r.tweets, HUMAN, {
    minTweets: 20,
  });
  // Python (csv module): UTC-hour counts per userid, accounts with >= 20
  // tweets, JSD in bits to a flat profile and the best office-template shift.
  deepEqual(fits.getColumn("userid").toArray(), [
    "2980186012",
    "iZ328VglWrG25qPym1bifLoiwXD9v1+A3G4WU5AThso=",
    "l+5xaB0DjZSlsfrmaT91U2DAIM+2tup5IXcAL1KZH0=",
  ]);
  deepEqual(fits.getColumn("n_tweets").toArray(), [72, 103, 45]);
  const near = (a: unknown[], b: number[]) =>
    b.forEach((x, i) =>
      ok(Math.abs((a[i] as number) - x) < 1e-12, `${a[i]} vs ${x}`)
    );
  near(fits.getColumn("flat_distance").toArray(), [
    0.15990211875118845,
    0.14406883782390764,
    0.2806449783785217,
  ]);
  near(fits.getColumn("office_distance").toArray(), [
    0.19016442081970775,
    0.32935909428942695,
    0.24838306479126737,
  ]);
  deepEqual(fits.getColumn("office_offset").toArray(), [-11, 9, -9]);
  const human = await inferUtcOffsetByAccount(r.tweets, HUMAN, {
    minTweets: 20,
  });
  deepEqual(
    fits.getColumn("human_offset").toArray(),
    human.getColumn("utc_offset").toArray(),
  );
  deepEqual(
    fits.getColumn("human_distance").toArray(),
    human.getColumn("distance").toArray(),
  );
  deepEqual(
    fits.getColumn("human_margin").toArray(),
    human.getColumn("margin").toArray(),
  );
  equal(fits.schema["utc_offset"].equals(pl.Float64), true);
});
