import { equal } from "node:assert/strict";
import { rngFor } from "./_rng.ts";
import {
  DiurnalSampler,
  formatMinute,
  isOfficeMinute,
  officeMinute,
  SPAN_END,
  SPAN_START,
  utcWeekday,
} from "./_calendar.ts";

const at = (iso: string) => Date.parse(iso) / 60000;

Deno.test("formatMinute() writes the archive's tweet_time", () => {
  equal(formatMinute(SPAN_START), "2018-06-01 00:00");
  equal(formatMinute(SPAN_END - 1), "2019-01-31 23:59");
  equal(formatMinute(at("2018-12-24T07:05:00Z")), "2018-12-24 07:05");
});

Deno.test("utcWeekday() counts Monday as 0", () => {
  equal(utcWeekday(at("2018-06-04T00:00:00Z")), 0); // a Monday
  equal(utcWeekday(at("2018-06-03T23:59:00Z")), 6); // a Sunday
});

Deno.test("isOfficeMinute() is local (UTC-4) Mon-Fri 08:00-17:59", () => {
  equal(isOfficeMinute(at("2018-06-04T12:00:00Z")), true); // Mon 08:00 local
  equal(isOfficeMinute(at("2018-06-04T11:59:00Z")), false); // Mon 07:59
  equal(isOfficeMinute(at("2018-06-04T21:59:00Z")), true); // Mon 17:59
  equal(isOfficeMinute(at("2018-06-04T22:00:00Z")), false); // Mon 18:00
  equal(isOfficeMinute(at("2018-06-09T15:00:00Z")), false); // Saturday
  equal(isOfficeMinute(at("2018-06-09T02:00:00Z")), false); // Fri 22:00 local
});

Deno.test("officeMinute() only returns office minutes on or after the start", () => {
  const rng = rngFor(1, 2);
  const from = at("2018-10-10T00:00:00Z");
  for (let i = 0; i < 2000; i++) {
    const m = officeMinute(rng, from);
    equal(isOfficeMinute(m) && m >= from, true);
  }
});

Deno.test("DiurnalSampler.sample() follows the local-hour weights", () => {
  const w = Array(24).fill(0);
  w[20] = 1; // only 20:00-20:59 local = 00:00-00:59 UTC
  const s = new DiurnalSampler(w, 1);
  const rng = rngFor(3);
  for (let i = 0; i < 500; i++) {
    const m = s.sample(rng, SPAN_START);
    equal(Math.floor((m % 1440) / 60), 0);
  }
});
