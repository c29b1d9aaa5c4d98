import { deepEqual, equal, ok, throws } from "node:assert/strict";
import * as d3 from "d3";
import pl from "nodejs-polars";
import { diurnalReference } from "./diurnal_reference.ts";
import { inferUtcOffset } from "./infer_utc_offset.ts";
import { inferUtcOffsetByAccount } from "./infer_utc_offset_by_account.ts";
import { weekdayHourMatrix } from "./weekday_hour_matrix.ts";

/** A human-like local-time hourly activity profile (weights). */
const LOCAL = [
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

/**
 * Synthetic tweets: `n` local times drawn from LOCAL (hour by inverse CDF,
 * minute uniform, day uniform over 60 days), converted to UTC for a
 * population at `offset` (UTC = local − offset).
 */
function synthetic(
  n: number,
  offset: number,
  seed: number,
  userid = "u",
): pl.DataFrame {
  const rng = d3.randomLcg(seed);
  const total = LOCAL.reduce((a, b) => a + b, 0);
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    let u = rng() * total;
    let h = 0;
    while (u >= LOCAL[h]) u -= LOCAL[h++];
    const day = Math.floor(rng() * 60);
    const minute = Math.floor(rng() * 60);
    const local = Date.UTC(2020, 0, 1 + day, h, minute);
    ms.push(local - offset * 3_600_000);
  }
  return pl.DataFrame({
    userid: pl.Series("userid", ms.map(() => userid), pl.Utf8),
    tweet_time: pl.Series("tweet_time", ms.map((t) => new Date(t)))
      .cast(pl.Datetime("ms")),
  });
}

Deno.test("inferUtcOffset() recovers a planted -4 offset against a UTC+0 baseline", async () => {
  const baseline = synthetic(20_000, 0, 1).lazy();
  const set = synthetic(3_000, -4, 2).lazy();
  const reference = (await diurnalReference(baseline, 0))!;
  const fit = inferUtcOffset(
    (await weekdayHourMatrix(set)).by_hour,
    reference,
  )!;
  equal(fit.utc_offset, -4);
  equal(fit.n_tweets, 3_000);
  ok(fit.margin > 0.005, `margin ${fit.margin}`);
  ok([-5, -3].includes(fit.second_offset), `second ${fit.second_offset}`);
  equal(fit.curve.length, 27);
  deepEqual(
    fit.curve.map((c) => c.utc_offset),
    [...Array(27).keys()].map((i) => i - 12),
  );
  // Offsets 24 h apart are the same shift.
  equal(fit.curve[0].distance, fit.curve[24].distance); // -12 and +12
  equal(fit.curve[26].distance, fit.curve[2].distance); // +14 and -10
  const best = Math.min(...fit.curve.map((c) => c.distance));
  equal(fit.distance, best);
});

Deno.test("inferUtcOffset() recovers -4 against a baseline observed at +3", async () => {
  const baseline = synthetic(20_000, 3, 3).lazy();
  const set = synthetic(3_000, -4, 4).lazy();
  const reference = (await diurnalReference(baseline, 3))!;
  const fit = inferUtcOffset(
    (await weekdayHourMatrix(set)).by_hour,
    reference,
  )!;
  equal(fit.utc_offset, -4);
});

Deno.test("inferUtcOffset() is exact on noiseless profiles and breaks ties by |offset|", () => {
  const utcAt = (o: number) =>
    LOCAL.map((_, u) => LOCAL[(((u + o) % 24) + 24) % 24]);
  for (const o of [-11, -4, 0, 5, 12]) {
    const fit = inferUtcOffset(utcAt(o), LOCAL)!;
    equal(fit.utc_offset, o);
    equal(fit.distance, 0);
  }
  // A flat profile fits every offset equally: the tie goes to 0, then -1.
  const flat = inferUtcOffset(Array(24).fill(5), LOCAL)!;
  equal(flat.utc_offset, 0);
  equal(flat.second_offset, -1);
  equal(flat.margin, 0);
  equal(inferUtcOffset(Array(24).fill(0), LOCAL), null);
  throws(() => inferUtcOffset([1, 2], LOCAL), RangeError);
});

Deno.test("inferUtcOffsetByAccount() fits each account with enough tweets", async () => {
  const tweets = pl.concat([
    synthetic(2_000, -4, 5, "a"),
    synthetic(2_000, 3, 6, "b"),
    synthetic(20, 9, 7, "c"),
  ]).lazy();
  const baseline = synthetic(20_000, 0, 8).lazy();
  const reference = (await diurnalReference(baseline, 0))!;
  const fits = await inferUtcOffsetByAccount(tweets, reference, {
    minTweets: 50,
  });
  deepEqual(fits.getColumn("userid").toArray(), ["a", "b"]);
  deepEqual(fits.getColumn("utc_offset").toArray(), [-4, 3]);
  deepEqual(fits.getColumn("n_tweets").toArray(), [2_000, 2_000]);
  equal(
    (fits.getColumn("fit_curve").toArray()[0] as unknown as number[]).length,
    27,
  );
});
