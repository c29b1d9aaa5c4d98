import { deepEqual, equal } from "node:assert/strict";
import type { DemoTruth } from "../demo/mod.ts";
import { demoBundlePresent } from "../study/mod.ts";
import { usersFrame } from "./_frames.ts";
import { creationBurstsStep } from "./creation_burst_steps.ts";
import { creationBurstChecks } from "./creation_checks.ts";
import {
  creationRelease,
  creationStudy,
  demoStudy,
} from "./creation_testing.ts";

const ids = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${i}`);

// demo_statebacked: 10 accounts on 2020-01-01, 1 on 2020-01-03; the
// baseline spreads evenly, so 2020-01-01 is the one burst day.
const statebacked = creationRelease(
  "demo_statebacked",
  usersFrame({
    userid: [...ids("s", 10), "s10"],
    account_creation_date: [...Array(10).fill("2020-01-01"), "2020-01-03"],
  }),
);
const baseline = creationRelease(
  "demo_organic",
  usersFrame({
    userid: ["b0", "b1", "b2"],
    account_creation_date: ["2020-01-01", "2020-01-02", "2020-01-03"],
  }),
);

/** A truth that plants `days` in demo_statebacked (11 accounts). */
function truth(days: { date: string; userids: string[] }[]): DemoTruth {
  return {
    statebacked: {
      accounts: 11,
      burstDays: days.map((d) => ({ ...d, count: d.userids.length })),
    },
    unattributed: { accounts: 0, creationBatch: [] },
  } as unknown as DemoTruth;
}

Deno.test("creationBurstChecks() says there is nothing to check off the demo", async () => {
  const study = creationStudy([statebacked], baseline);
  const r = creationBurstChecks(study, (await creationBurstsStep(study)).value);
  deepEqual(r.value, []);
  deepEqual(r.text, ["Not the demo bundle: no planted truth to check."]);
  deepEqual(r.tables, []);
});

Deno.test("creationBurstChecks() meets every check when the planted day is found with its accounts", async () => {
  const study = creationStudy(
    [statebacked],
    baseline,
    truth([{ date: "2020-01-01", userids: ids("s", 10) }]),
  );
  const r = creationBurstChecks(study, (await creationBurstsStep(study)).value);
  deepEqual(r.value.map((c) => [c.check, c.verdict]), [
    ["demo_statebacked: burst day 2020-01-01", "MET"],
    ["demo_statebacked: no other burst day", "MET"],
    ["demo_statebacked: share created on burst days", "MET"],
    ["demo_unattributed is studied", "NOT MET"],
  ]);
  equal(r.value[2].expected, "90.9% (10 of 11)");
  equal(r.value[2].observed, "90.9% (10 of 11)");
  deepEqual(Object.keys(r.value[0]), [
    "check",
    "expected",
    "observed",
    "verdict",
  ]);
  equal(
    r.text[0],
    "demo_statebacked: 1 of 1 planted burst days recovered, no other burst " +
      "day: yes; share in bursts 90.9% (planted 10 of 11 = 90.9%).",
  );
  equal(r.text.at(-1), "3 of 4 checks met.");
});

Deno.test("creationBurstChecks() fails a planted day that is missed or holds other accounts", async () => {
  const study = creationStudy(
    [statebacked],
    baseline,
    truth([
      { date: "2020-01-01", userids: [...ids("s", 9), "x"] },
      { date: "2020-01-02", userids: ["y", "z", "w"] },
    ]),
  );
  const r = creationBurstChecks(study, (await creationBurstsStep(study)).value);
  deepEqual(r.value.map((c) => c.verdict), [
    "NOT MET",
    "NOT MET",
    "MET", // 2020-01-01 is one of the planted days
    "NOT MET",
    "NOT MET",
  ]);
  equal(r.value[1].observed, "not a burst day");
  equal(
    r.value[0].observed.endsWith("same accounts: NO"),
    true,
    r.value[0].observed,
  );
});

Deno.test({
  name: "creationBurstChecks() on the demo: every planted batch is recovered",
  ignore: !demoBundlePresent("lib/profile/creation_checks_test.ts"),
  fn: async () => {
    const { study, out } = await demoStudy();
    try {
      const r = creationBurstChecks(
        study,
        (await creationBurstsStep(study)).value,
      );
      const t = study.truth!;
      equal(
        r.value.length,
        t.statebacked.burstDays.length + 2 +
          t.unattributed.creationBatch.length + 1,
      );
      deepEqual(
        r.value.filter((c) => c.verdict !== "MET"),
        [],
      );
    } finally {
      await Deno.remove(out, { recursive: true });
    }
  },
});
