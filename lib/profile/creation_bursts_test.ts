import { deepEqual, equal, ok, rejects } from "node:assert/strict";
import { usersFrame } from "./_frames.ts";
import { creationBursts } from "./creation_bursts.ts";
import { creationCounts } from "./creation_counts.ts";
import { REALDATA, realdataExists } from "./_realdata.ts";

const close = (a: number, b: number, tol = 1e-12) =>
  ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} vs ${b}`);

function users(byDay: Record<string, number>, prefix = "u") {
  const ids: string[] = [];
  const dates: string[] = [];
  for (const [d, n] of Object.entries(byDay)) {
    for (let i = 0; i < n; i++) {
      ids.push(`${prefix}${ids.length}`);
      dates.push(d);
    }
  }
  return usersFrame({ userid: ids, account_creation_date: dates });
}

Deno.test("creationBursts() with a baseline: smoothed window share, Poisson p, BH q (values from R)", async () => {
  const set = users({ "2020-01-01": 1, "2020-01-03": 4, "2020-01-05": 1 });
  const baseline = users({
    "2019-12-31": 2,
    "2020-01-01": 2,
    "2020-01-02": 2,
    "2020-01-04": 2,
    "2020-01-05": 2,
  }, "b");
  const r = await creationBursts(set, {
    baseline,
    windowDays: 1,
    pseudocount: 1,
    minCount: 3,
    alpha: 0.1,
  });
  equal(r.method, "baseline");
  equal(r.n_accounts, 6);
  equal(r.n_days_span, 5);
  // w = (window count + 1)/3: 7/3, 5/3, 5/3, 5/3, 5/3 (sum 9); λ = 6·w/9
  const lambda = [14 / 9, 10 / 9, 10 / 9];
  r.days.forEach((d, i) => close(d.expected, lambda[i]));
  // R: p <- c(1-exp(-14/9), ppois(3, 10/9, lower.tail=FALSE), 1-exp(-10/9))
  const p = [0.788927912208909787, 0.026570163624268228, 0.670807012192094376];
  // R: p.adjust(p, "BH")
  const q = [0.788927912208909787, 0.079710490872804685, 0.788927912208909787];
  r.days.forEach((d, i) => {
    close(d.p, p[i], 1e-12);
    close(d.q, q[i], 1e-12);
  });
  deepEqual(r.bursts.map((b) => [b.date, b.count, b.userids]), [
    ["2020-01-03", 4, ["u1", "u2", "u3", "u4"]],
  ]);
  equal(r.n_in_bursts, 4);
  equal(r.share_in_bursts, 4 / 6);
});

Deno.test("creationBursts() without a baseline uses a uniform rate over the set's span", async () => {
  // 30 singletons every 3rd day from 2017-01-01 and 10 more on 2017-02-06
  const byDay: Record<string, number> = {};
  for (let i = 0; i < 30; i++) {
    const d = new Date(Date.UTC(2017, 0, 1 + 3 * i)).toISOString().slice(0, 10);
    byDay[d] = 1;
  }
  byDay["2017-02-06"] += 10;
  const r = await creationBursts(users(byDay));
  equal(r.method, "uniform");
  equal(r.n_days_span, 88);
  const burst = r.bursts[0];
  equal(r.bursts.length, 1);
  equal(burst.date, "2017-02-06");
  equal(burst.count, 11);
  close(burst.expected, 40 / 88);
  // R: ppois(10, 40/88, lower.tail = FALSE)
  close(burst.p, 2.8281811613815892e-12, 1e-12);
  equal(r.days.length, 30);
  equal(r.share_in_bursts, 11 / 40);
});

Deno.test("creationBursts() needs the minimum count and handles empty sets", async () => {
  // 2 accounts on one day in a 365-day span: tiny p but below minCount 3
  const r = await creationBursts(
    users({ "2020-01-01": 1, "2020-06-01": 2, "2020-12-31": 1 }),
  );
  ok(r.days[1].q < 0.05);
  equal(r.bursts.length, 0);
  equal(r.share_in_bursts, 0);
  const empty = await creationBursts(
    usersFrame({ userid: ["a"], account_creation_date: [null] }),
  );
  equal(empty.n_accounts, 0);
  equal(empty.n_missing, 1);
  equal(empty.share_in_bursts, null);
  deepEqual(empty.days, []);
  await rejects(
    () => creationBursts(users({ "2020-01-01": 1 }), { pseudocount: 0 }),
    RangeError,
  );
});

Deno.test("creationBursts() gives days without baseline creations a non-zero expectation", async () => {
  const set = users({ "2020-01-01": 1, "2020-01-10": 5 });
  const baseline = users({ "2020-01-01": 50 }, "b");
  const r = await creationBursts(set, { baseline, windowDays: 0 });
  // w = 51 on the 1st, 1 on the 9 other days (sum 60): λ = 6/60 = 0.1 on the 10th
  close(r.days[1].expected, 0.1);
  ok(r.days[1].p > 0 && r.days[1].p < 1e-5);
});

Deno.test(
  "creationBursts() and creationCounts() on the Venezuela 2019-06 users file",
  {
    ignore: !realdataExists("venezuela_201906_1"),
  },
  async () => {
    const { loadRelease } = await import("../io/mod.ts");
    const r = await loadRelease(
      [`${REALDATA}venezuela_201906_1/users_33rows.csv`],
      { cache: false },
    );
    // Independent counts with Python's csv module.
    const c = await creationCounts(r.users);
    deepEqual(c.set.by_month, {
      "2012-04": 1,
      "2012-05": 1,
      "2016-06": 2,
      "2016-07": 2,
      "2016-08": 3,
      "2016-09": 2,
      "2016-11": 9,
      "2017-02": 4,
      "2017-05": 1,
      "2017-07": 2,
      "2017-08": 1,
      "2017-11": 2,
      "2017-12": 2,
      "2018-01": 1,
    });
    const b = await creationBursts(r.users);
    equal(b.n_accounts, 33);
    equal(b.n_days_span, 2086); // 2012-04-25 .. 2018-01-09
    deepEqual(b.bursts.map((d) => [d.date, d.count]), [
      ["2016-11-23", 7],
      ["2017-02-06", 3],
    ]);
    // R: ppois(6, 33/2086, lower.tail=FALSE); ppois(2, 33/2086, lower.tail=FALSE)
    close(b.bursts[0].p, 4.8523927858840752e-17, 1e-10);
    close(b.bursts[1].p, 6.5207398471636376e-07, 1e-10);
    deepEqual(b.bursts[0].userids, [
      "801221525718335488",
      "801442896041873409",
      "801463213833547776",
      "801485278858854401",
      "801544458777063424",
      "801555575687495681",
      "801569072618029056",
    ]);
    equal(b.share_in_bursts, 10 / 33);
  },
);
