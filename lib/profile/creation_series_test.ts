import { deepEqual, equal, throws } from "node:assert/strict";
import { creationCounts } from "./creation_counts.ts";
import { creationSeries } from "./creation_series.ts";
import { usersFrame } from "./_frames.ts";

Deno.test("creationSeries() zero-fills days and keeps counts", () => {
  deepEqual(
    creationSeries(
      { "2018-03-21": 52, "2018-03-23": 1 },
      "day",
      "2018-03-21",
      "2018-03-23",
    ),
    [
      { period: "2018-03-21", period_start: "2018-03-21", count: 52 },
      { period: "2018-03-22", period_start: "2018-03-22", count: 0 },
      { period: "2018-03-23", period_start: "2018-03-23", count: 1 },
    ],
  );
});

Deno.test("creationSeries() labels ISO weeks across a year end as creationCounts does", async () => {
  // 2015-12-31 is a Thursday: ISO week 2015-W53 runs Mon 2015-12-28 .. Sun 2016-01-03.
  const days = [
    "2015-12-27",
    "2015-12-31",
    "2016-01-03",
    "2016-01-04",
    "2016-01-11",
  ];
  const c = await creationCounts(usersFrame({
    userid: days.map((_, i) => String(i)),
    account_creation_date: days,
  }));
  deepEqual(c.set.by_week, {
    "2015-W52": 1,
    "2015-W53": 2,
    "2016-W01": 1,
    "2016-W02": 1,
  });
  const s = creationSeries(c.set.by_week, "week", "2015-12-27", "2016-01-11");
  deepEqual(s, [
    { period: "2015-W52", period_start: "2015-12-21", count: 1 },
    { period: "2015-W53", period_start: "2015-12-28", count: 2 },
    { period: "2016-W01", period_start: "2016-01-04", count: 1 },
    { period: "2016-W02", period_start: "2016-01-11", count: 1 },
  ]);
  equal(s.reduce((a, r) => a + r.count, 0), c.set.n_valid);
});

Deno.test("creationSeries() drops periods outside the range and crosses year ends in months", () => {
  deepEqual(
    creationSeries(
      { "2014-08": 5, "2014-09": 200, "2015-01": 3 },
      "month",
      "2014-09-17",
      "2014-12-18",
    ),
    [
      { period: "2014-09", period_start: "2014-09-01", count: 200 },
      { period: "2014-10", period_start: "2014-10-01", count: 0 },
      { period: "2014-11", period_start: "2014-11-01", count: 0 },
      { period: "2014-12", period_start: "2014-12-01", count: 0 },
    ],
  );
  equal(creationSeries({}, "month", "2011-04-04", "2018-10-17").length, 91);
});

Deno.test("creationSeries() rejects a reversed or malformed range", () => {
  throws(
    () => creationSeries({}, "day", "2018-01-02", "2018-01-01"),
    /2018-01-02 \.\. 2018-01-01/,
  );
  throws(
    () => creationSeries({}, "day", "2018-1-2", "2018-01-03"),
    /YYYY-MM-DD/,
  );
  throws(
    () => creationSeries({}, "year" as "day", "2018-01-01", "2018-01-03"),
    /unknown unit: year/,
  );
});
