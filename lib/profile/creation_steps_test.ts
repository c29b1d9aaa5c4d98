import { deepEqual, equal, ok } from "node:assert/strict";
import { demoBundlePresent } from "../study/mod.ts";
import { usersFrame } from "./_frames.ts";
import {
  baselineOverlapStep,
  busiestPeriod,
  creationByMonthStep,
  creationCountsStep,
} from "./creation_steps.ts";
import {
  creationRelease,
  creationStudy,
  demoStudy,
} from "./creation_testing.ts";

// Set A: three accounts on Sunday 2020-01-05, one on 2020-03-10.
const setA = creationRelease(
  "A",
  usersFrame({
    userid: ["u1", "u2", "u3", "u4"],
    account_creation_date: [
      "2020-01-05",
      "2020-01-05",
      "2020-01-05",
      "2020-03-10",
    ],
  }),
);
// Baseline B: one account a month or so; it also lists A's u1.
const baseB = creationRelease(
  "B",
  usersFrame({
    userid: ["u1", "b2", "b3", "b4"],
    account_creation_date: [
      "2019-12-31",
      "2020-01-05",
      "2020-02-01",
      "2020-04-01",
    ],
  }),
);
// Set C: no creation dates at all.
const setC = creationRelease(
  "C",
  usersFrame({ userid: ["c1", "c2"], account_creation_date: [null, null] }),
);

Deno.test("baselineOverlapStep() counts the userids a set shares with the baseline", async () => {
  const r = await baselineOverlapStep(creationStudy([setA, setC], baseB));
  deepEqual(r.value, [{ release: "A", shared: 1 }, {
    release: "C",
    shared: 0,
  }]);
  equal(r.text[0], "A: 1 of its userids are also in the baseline.");
});

Deno.test("creationCountsStep() words the busiest day and month against the baseline over the set's span", async () => {
  const r = await creationCountsStep(creationStudy([setA], baseB));
  equal(
    r.text[0],
    "A: 4 accounts with a creation date (0 without), created 2020-01-05 .. " +
      "2020-03-10. Busiest day 2020-01-05 with 3 accounts (75.0% of the " +
      "set); busiest month 2020-01 with 3. Over the same days the baseline " +
      "created 2 of its 4 accounts, at most 1 on one day.",
  );
  equal(r.value.baseline.n_valid, 4);
  equal(r.value.sets.get("A")!.baseline!.n_valid, 2);
});

Deno.test("creationCountsStep() lists days, ISO weeks and months of the set, then the baseline", async () => {
  const r = await creationCountsStep(creationStudy([setA], baseB));
  const table = r.tables[0];
  equal(table.name, "tab02_creation_counts");
  equal(table.show, false);
  const rows = table.rows as { release: string; unit: string }[];
  // A: 2 days, 2 weeks, 2 months; B: 4 days, 3 weeks (2019-12-31 is in
  // 2020-W01, like 2020-01-05), 4 months.
  equal(rows.length, 17);
  deepEqual(
    rows.filter((x) => x.release === "B" && x.unit === "week"),
    [
      { release: "B", unit: "week", period: "2020-W01", count: 2 },
      { release: "B", unit: "week", period: "2020-W05", count: 1 },
      { release: "B", unit: "week", period: "2020-W14", count: 1 },
    ],
  );
  ok(r.text.at(-1)!.endsWith("17 rows."));
});

Deno.test("creationCountsStep() says when a set has no creation dates", async () => {
  const r = await creationCountsStep(creationStudy([setC], baseB));
  equal(
    r.text[0],
    "C: no account creation dates (2 users rows without one); the creation " +
      "sections have nothing to show for it.",
  );
});

Deno.test("creationByMonthStep() zero-fills every month from the sets' first to last creation day", async () => {
  const study = creationStudy([setA, setC], baseB);
  const counts = await creationCountsStep(study);
  const r = creationByMonthStep(study, counts.value);
  deepEqual(r.value, [
    { release: "A", month: "2020-01-01", accounts: 3 },
    { release: "A", month: "2020-02-01", accounts: 0 },
    { release: "A", month: "2020-03-01", accounts: 1 },
    { release: "B (baseline)", month: "2020-01-01", accounts: 1 },
    { release: "B (baseline)", month: "2020-02-01", accounts: 1 },
    { release: "B (baseline)", month: "2020-03-01", accounts: 0 },
  ]);
  deepEqual(r.text, ["No creation dates (no users file?) in: C."]);
  const chart = r.charts[0];
  equal(chart.name, "fig02_creation_by_month");
  const spec = JSON.parse(JSON.stringify(chart.spec));
  equal(spec.title.subtitle, "A, C against the B baseline, 2020-01 to 2020-03");
  deepEqual(spec.encoding.x.axis, { format: "%Y", labelAngle: 0 });
});

Deno.test("creationByMonthStep() falls back to the baseline's span when no set has a date", async () => {
  const study = creationStudy([setC], baseB);
  const r = creationByMonthStep(study, (await creationCountsStep(study)).value);
  deepEqual(r.value.map((x) => x.month), [
    "2019-12-01",
    "2020-01-01",
    "2020-02-01",
    "2020-03-01",
    "2020-04-01",
  ]);
});

Deno.test("busiestPeriod() takes the largest count, the earliest period among ties", () => {
  deepEqual(busiestPeriod({ "2020-01-06": 2, "2020-01-05": 2 }), [
    "2020-01-05",
    2,
  ]);
});

Deno.test({
  name:
    "creationCountsStep() on the demo counts the planted batches on their days",
  ignore: !demoBundlePresent("lib/profile/creation_steps_test.ts"),
  fn: async () => {
    const { study, out } = await demoStudy();
    try {
      const truth = study.truth!;
      const overlap = await baselineOverlapStep(study);
      deepEqual(overlap.value.map((s) => s.shared), [0, 0]);
      const counts = (await creationCountsStep(study)).value;
      const sb = counts.sets.get("demo_statebacked")!.set;
      equal(sb.n_valid, truth.statebacked.accounts);
      for (const d of truth.statebacked.burstDays) {
        equal(sb.by_day[d.date], d.count, d.date);
      }
      const biggest = [...truth.statebacked.burstDays]
        .sort((a, b) => b.count - a.count)[0];
      deepEqual(busiestPeriod(sb.by_day), [biggest.date, biggest.count]);
      const un = counts.sets.get("demo_unattributed")!.set;
      deepEqual(
        un.by_day,
        Object.fromEntries(
          truth.unattributed.creationBatch.map((d) => [d.date, d.count]),
        ),
      );
    } finally {
      await Deno.remove(out, { recursive: true });
    }
  },
});
