import { deepEqual, equal, throws } from "node:assert/strict";
import pl from "nodejs-polars";
import {
  checkUtcOffset,
  countWeekdays,
  dayToIso,
  isoToDay,
  localDay,
  localHour,
  localWeekday,
} from "./_time.ts";
import { times } from "./_frames.ts";

Deno.test("localHour()/localWeekday()/localDay() use exact floor arithmetic", () => {
  const df = pl.DataFrame([
    times("t", ["1969-12-31 23:59", "2024-01-07 23:30", "2024-01-01 09:00"]),
  ]);
  const at = (o: number) =>
    df.select(
      localDay("t", o).alias("d"),
      localHour("t", o).alias("h"),
      localWeekday("t", o).alias("w"),
    ).toRecords();
  deepEqual(at(0), [
    { d: -1, h: 23, w: 2 }, // Wednesday 1969-12-31
    { d: 19729, h: 23, w: 6 }, // Sunday
    { d: 19723, h: 9, w: 0 }, // Monday
  ]);
  // +0.5 h: Sunday 23:30 becomes Monday 00:00; 1969-12-31 23:59 becomes Thursday 1970-01-01 00:29.
  deepEqual(at(0.5).map((r) => [r.d, r.h, r.w]), [
    [0, 0, 3],
    [19730, 0, 0],
    [19723, 9, 0],
  ]);
});

Deno.test("countWeekdays() counts Saturdays and Sundays in an inclusive range", () => {
  const mon = isoToDay("2024-01-01");
  deepEqual(countWeekdays(mon, mon + 6), { weekendDays: 2, weekdayDays: 5 });
  deepEqual(countWeekdays(mon + 5, mon + 5), {
    weekendDays: 1,
    weekdayDays: 0,
  });
  deepEqual(countWeekdays(mon + 6, mon + 7), {
    weekendDays: 1,
    weekdayDays: 1,
  });
  deepEqual(countWeekdays(mon, mon + 13), { weekendDays: 4, weekdayDays: 10 });
  deepEqual(countWeekdays(mon, mon - 1), { weekendDays: 0, weekdayDays: 0 });
  equal(dayToIso(mon), "2024-01-01");
});

Deno.test("checkUtcOffset() accepts whole and half hours in -12..14 only", () => {
  for (const o of [-12, -4.5, 0, 5.5, 14]) checkUtcOffset(o);
  for (const o of [-12.5, 14.5, 5.25, NaN]) {
    throws(() => checkUtcOffset(o), RangeError);
  }
});
