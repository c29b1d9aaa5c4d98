import { deepEqual, equal } from "node:assert/strict";
import { usersFrame } from "./_frames.ts";
import { creationCounts } from "./creation_counts.ts";

Deno.test("creationCounts() counts by day, ISO week and month, leaving out missing dates", async () => {
  const users = usersFrame({
    userid: ["1", "2", "3", "4", "5", "6"],
    // 2016-01-03 is a Sunday of ISO week 2015-W53; 2018-12-31 is in 2019-W01.
    account_creation_date: [
      "2016-01-03",
      "2016-01-04",
      "2016-01-04",
      "2018-12-31",
      null,
      "2016-02-29",
    ],
  });
  const c = await creationCounts(users);
  equal(c.baseline, null);
  equal(c.set.n_valid, 5);
  equal(c.set.n_missing, 1);
  equal(c.set.first_day, "2016-01-03");
  equal(c.set.last_day, "2018-12-31");
  deepEqual(c.set.by_day, {
    "2016-01-03": 1,
    "2016-01-04": 2,
    "2016-02-29": 1,
    "2018-12-31": 1,
  });
  deepEqual(c.set.by_week, {
    "2015-W53": 1,
    "2016-W01": 2,
    "2016-W09": 1,
    "2019-W01": 1,
  });
  deepEqual(c.set.by_month, { "2016-01": 3, "2016-02": 1, "2018-12": 1 });
  deepEqual(Object.keys(c.set.by_week), Object.keys(c.set.by_week).sort());
});

Deno.test("creationCounts() counts the baseline over the set's calendar span only", async () => {
  const users = usersFrame({
    userid: ["1", "2"],
    account_creation_date: ["2017-02-01", "2017-03-15"],
  });
  const baseline = usersFrame({
    userid: ["a", "b", "c", "d", "e"],
    account_creation_date: [
      "2017-01-31",
      "2017-02-01",
      "2017-03-15",
      "2017-03-16",
      null,
    ],
  });
  const c = await creationCounts(users, { baseline });
  deepEqual(c.baseline?.by_day, { "2017-02-01": 1, "2017-03-15": 1 });
  deepEqual(c.baseline?.by_month, { "2017-02": 1, "2017-03": 1 });
  equal(c.baseline?.n_valid, 2);
  equal(c.baseline?.n_missing, 1);
});
