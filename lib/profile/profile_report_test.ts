import { deepEqual, equal, ok } from "node:assert/strict";
import { loadRelease } from "../io/mod.ts";
import { DEMO_DIR, demoBundlePresent } from "../study/mod.ts";
import { loadClientTaxonomy } from "./client_taxonomy.ts";
import { tweetsFrame, usersFrame } from "./_frames.ts";
import { parseClientTaxonomy } from "./client_taxonomy.ts";
import { profileReport } from "./profile_report.ts";

const taxonomy = parseClientTaxonomy(
  "client_name,category,note\nPatria Publisher,automation,synthetic\n",
);

/** Tweets every `step` minutes from `start` (UTC) for `n` tweets. */
function series(userid: string, start: number, n: number, step: number) {
  return Array.from({ length: n }, (_, i) => {
    const t = new Date(start + i * step * 60_000).toISOString();
    return [userid, t.slice(0, 16).replace("T", " ")] as const;
  });
}

// Set: two accounts posting 13:00-21:59 UTC (09:00-17:59 at UTC-4) on weekdays.
const setRows = ["s1", "s2"].flatMap((u, k) =>
  [6, 7, 8, 9, 10].flatMap((day) =>
    series(u, Date.UTC(2020, 0, day, 13, k), 18, 30)
  )
);
// Baseline (known UTC+0): the same office pattern at 09:00-17:59 UTC.
const baseRows = ["b1", "b2"].flatMap((u, k) =>
  [6, 7, 8, 9, 10].flatMap((day) =>
    series(u, Date.UTC(2020, 0, day, 9, k), 18, 30)
  )
);
const release = {
  name: "set",
  users: usersFrame({
    userid: ["s1", "s2", "s3", "s4"],
    account_creation_date: [
      "2019-12-30",
      "2019-12-30",
      "2019-12-30",
      "2019-11-01",
    ],
  }),
  tweets: tweetsFrame({
    userid: setRows.map((r) => r[0]),
    tweet_time: setRows.map((r) => r[1]),
    tweet_client_name: setRows.map(() => "Patria Publisher"),
  }),
};
const baseline = {
  name: "base",
  users: usersFrame({
    userid: ["b1", "b2"],
    account_creation_date: ["2015-01-01", "2016-01-01"],
  }),
  tweets: tweetsFrame({
    userid: baseRows.map((r) => r[0]),
    tweet_time: baseRows.map((r) => r[1]),
  }),
};

Deno.test("profileReport() has the stable fields, infers -4 and uses it for working hours", async () => {
  const { report, accounts } = await profileReport(release, {
    taxonomy,
    baseline,
    baselineUtcOffset: 0,
  });
  deepEqual(Object.keys(report), [
    "release",
    "synthetic",
    "baseline",
    "creation",
    "profile",
    "dormancy",
    "cadence",
    "intervals",
    "clients",
    "behaviour",
  ]);
  // deno-lint-ignore no-explicit-any
  const r = report as any;
  deepEqual(r.creation.by_month, { "2019-11": 1, "2019-12": 3 });
  deepEqual(r.creation.top_days, [["2019-12-30", 3], ["2019-11-01", 1]]);
  // The baseline created nothing near the span, so the rate is the
  // pseudocount's (uniform): 3 of 4 on one day of a 60-day span is a burst.
  deepEqual(
    r.creation.bursts.map((
      b: { date: string; count: number },
    ) => [b.date, b.count]),
    [
      ["2019-12-30", 3],
    ],
  );
  equal(r.cadence.weekday_hour.length, 7);
  equal(r.cadence.weekday_hour[0].length, 24);
  equal(r.cadence.by_hour.reduce((a: number, b: number) => a + b, 0), 180);
  deepEqual(r.cadence.by_weekday, [36, 36, 36, 36, 36, 0, 0]);
  equal(r.cadence.inferred_utc_offset, -4);
  ok(r.cadence.offset_fit.distance < 1e-12);
  equal(r.cadence.local_utc_offset, -4);
  equal(r.cadence.local_offset_source, "inferred");
  equal(r.cadence.working_hours_share, 1);
  deepEqual(r.cadence.account_offsets, [[-4, 2]]);
  equal(r.intervals.n_accounts, 2);
  equal(r.intervals.median_of_median_interval_s, 1800);
  deepEqual(r.clients.by_category, {
    official: 0,
    scheduler: 0,
    automation: 180,
    unknown: 0,
  });
  equal(accounts.height, 4);
  ok(JSON.stringify(report).length > 0);
});

Deno.test("profileReport() honours a given offset and is deterministic", async () => {
  const one = await profileReport(release, {
    taxonomy,
    baseline,
    baselineUtcOffset: 0,
    utcOffset: 0,
  });
  const two = await profileReport(release, {
    taxonomy,
    baseline,
    baselineUtcOffset: 0,
    utcOffset: 0,
  });
  equal(JSON.stringify(one.report), JSON.stringify(two.report));
  // deno-lint-ignore no-explicit-any
  const c = (one.report as any).cadence;
  equal(c.local_offset_source, "given");
  equal(c.local_utc_offset, 0);
  equal(c.working_hours_share, 10 / 18); // 13:00-17:30 of 13:00-21:30, every 30 min
  const alone = await profileReport(release, { taxonomy });
  // deno-lint-ignore no-explicit-any
  const a = (alone.report as any).cadence;
  equal(a.inferred_utc_offset, null);
  equal(a.local_offset_source, "utc_default");
});

Deno.test("profileReport() takes the baseline offset default from the study parameters (-4)", async () => {
  // Without baselineUtcOffset the baseline is read at UTC-4: its 09:00-17:59
  // UTC is a 05:00-13:59 local day, which the set's 13:00-21:59 UTC matches
  // exactly at UTC-8 (a human-day fit, distance 0).
  const { report } = await profileReport(release, { taxonomy, baseline });
  // deno-lint-ignore no-explicit-any
  const c = (report as any).cadence;
  equal(c.reference.utc_offset, -4);
  equal(c.inferred_utc_offset, -8);
  ok(c.offset_fit.distance < 1e-12);
  equal(c.local_offset_source, "inferred");
});

Deno.test("profileReport() gives a round-the-clock set the baseline's offset (no_rhythm)", async () => {
  // One tweet in every hour of two days: flat.
  const flatRows = Array.from({ length: 48 }, (_, h) => {
    const t = new Date(Date.UTC(2020, 0, 6, h)).toISOString();
    return t.slice(0, 16).replace("T", " ");
  });
  const flat = {
    name: "flat",
    users: usersFrame({ userid: ["f"], account_creation_date: ["2019-01-01"] }),
    tweets: tweetsFrame({
      userid: flatRows.map(() => "f"),
      tweet_time: flatRows,
    }),
  };
  const { report } = await profileReport(flat, {
    taxonomy,
    baseline,
    baselineUtcOffset: -3,
  });
  // deno-lint-ignore no-explicit-any
  const c = (report as any).cadence;
  equal(c.inferred_utc_offset, null);
  equal(c.offset_fit, null);
  equal(c.local_utc_offset, -3);
  equal(c.local_offset_source, "no_rhythm");
});

Deno.test({
  name:
    "profileReport() of demo_statebacked against demo_organic finds the planted office day at UTC-4, as notebook 03",
  ignore: !demoBundlePresent("lib/profile/profile_report_test.ts"),
  async fn() {
    const truth = JSON.parse(
      await Deno.readTextFile(`${DEMO_DIR}/TRUTH.json`),
    );
    const planted = truth.statebacked.officeHours;
    const { report } = await profileReport(
      await loadRelease(`${DEMO_DIR}/demo_statebacked`),
      {
        taxonomy: await loadClientTaxonomy(),
        baseline: await loadRelease(`${DEMO_DIR}/demo_organic`),
      },
    );
    // deno-lint-ignore no-explicit-any
    const c = (report as any).cadence;
    equal(c.inferred_utc_offset, planted.utcOffsetHours);
    equal(c.local_utc_offset, planted.utcOffsetHours);
    equal(
      Math.round(c.working_hours_share * c.n_tweets),
      planted.tweetsInOfficeHours,
    );
    equal(c.offset_fit.distance.toFixed(3), "0.012");
    deepEqual(c.account_offsets, [[-4, 254], [-3, 3]]);
  },
});
