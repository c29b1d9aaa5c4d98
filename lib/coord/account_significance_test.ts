import * as d3 from "d3";
import { deepEqual, equal, ok, rejects } from "node:assert/strict";
import { poissonBinomialTail } from "../stats/mod.ts";
import {
  accountSignificance,
  coordinationNetwork,
  readCoorTweet,
} from "./mod.ts";
import {
  actionFrame as frame,
  type ActionRow as Row,
  COORTWEET_FIXTURE as FIXTURE,
  haveCoorTweetFixture as haveFixture,
} from "./_testing.ts";

type Record = {
  userid: string;
  n_actions: number;
  n_objects: number;
  n_shared_objects: number;
  co_objects: number;
  expected_co_objects: number;
  p_value: number;
  p_holm: number;
  significant: boolean;
};

async function test(rows: Row[], window = 60, minRepeat = 2) {
  const actions = frame(rows);
  const net = await coordinationNetwork(actions, { window, minRepeat });
  const res = await accountSignificance(actions, net);
  return { res, records: res.accounts.toRecords() as Record[] };
}

// a and b act on o1–o4; a's times are 0, 60, 600 and 3600 s, b's 0, 600,
// 600 and 10000 s. They co-act on o1 (0 s apart) and o3 (0 s): weight 2.
const HAND: Row[] = [
  { userid: "a", object: "o1", t: 0 },
  { userid: "a", object: "o2", t: 60 },
  { userid: "a", object: "o3", t: 600 },
  { userid: "a", object: "o4", t: 3600 },
  { userid: "b", object: "o1", t: 0 },
  { userid: "b", object: "o2", t: 600 },
  { userid: "b", object: "o3", t: 600 },
  { userid: "b", object: "o4", t: 10000 },
];

Deno.test("accountSignificance() matches a hand-computed two-account case", async () => {
  const { res, records } = await test(HAND);
  // a's times that would land within 60 s of b: on o1 (b at 0) 0 and 60
  // (the boundary counts), π = 2/4; on o2 and o3 (b at 600) 600, π = 1/4;
  // on o4 (b at 10000) none. C = 2; P(C ≥ 2) = 1 − P(C = 0) − P(C = 1)
  // = 1 − 0.28125 − 0.46875 = 0.25. b's π are 1/4 (o1: 0), 1/4 (o2: a at
  // 60, b's 0 is 60 s away), 2/4 (o3: both of b's 600s), 0: the same
  // multiset, so the same p. Holm over 2: 0.5 each.
  deepEqual(
    records,
    ["a", "b"].map((userid) => ({
      userid,
      n_actions: 4,
      n_objects: 4,
      n_shared_objects: 4,
      co_objects: 2,
      expected_co_objects: 1,
      p_value: 0.25,
      p_holm: 0.5,
      significant: false,
    })),
  );
  equal(res.n_significant, 0);
  equal(res.window_s, 60);
});

Deno.test("accountSignificance() counts co-action with accounts outside the network", async () => {
  // c acts only on o4, at a's time: weight 1 with a, so c is not tested,
  // but a's C becomes 3 and o4's π 1/4 (a's 3600 is within 60 s of c).
  const { records } = await test([...HAND, {
    userid: "c",
    object: "o4",
    t: 3600,
  }]);
  deepEqual(records.map((r) => r.userid), ["a", "b"]);
  const a = records[0];
  equal(a.co_objects, 3);
  equal(a.expected_co_objects, 1.25);
  // P(C ≥ 3), π = (1/2, 1/4, 1/4, 1/4): all four 1/128, exactly three
  // 1/128 + 9/128.
  equal(a.p_value, 11 / 128);
});

Deno.test("accountSignificance() takes each account's distinct actions once and ignores self-pairs", async () => {
  const { records } = await test([...HAND, ...HAND, {
    userid: "a",
    object: "o1",
    t: 30,
  }]);
  const a = records[0];
  // (a, o1, 0) repeated counts once; a's own second action on o1 (30 s)
  // is not a partner. n = 5 times (0, 30, 60, 600, 3600); o1 has k = 2
  // actions and three of the five times are within 60 s of b's 0:
  // π = 1 − (1 − 3/5)²; o2 and o3 (b at 600) take only 600: π = 1/5.
  equal(a.n_actions, 5);
  equal(a.n_objects, 4);
  equal(a.co_objects, 2);
  const pi = [1 - (1 - 3 / 5) ** 2, 1 / 5, 1 / 5, 0];
  ok(Math.abs(a.expected_co_objects - d3.sum(pi)) < 1e-12);
  ok(Math.abs(a.p_value - poissonBinomialTail(pi, 2)) < 1e-15);
});

/**
 * A brute-force reference: every of a's times checked against every other
 * account's action on each object.
 */
function bruteForce(rows: Row[], account: string, window: number) {
  const mine = rows.filter((r) => r.userid === account);
  const times = mine.map((r) => r.t);
  const objects = d3.group(mine, (r: Row) => r.object);
  const pi: number[] = [];
  let co = 0;
  for (const [x, own] of objects) {
    const others = rows.filter((r) => r.object === x && r.userid !== account)
      .map((r) => r.t);
    if (others.length === 0) continue;
    const near = (s: number) => others.some((o) => Math.abs(o - s) <= window);
    if (own.some((r: Row) => near(r.t))) co++;
    const h = times.filter(near).length;
    pi.push(1 - (1 - h / times.length) ** own.length);
  }
  return { co, expected: d3.sum(pi), p: poissonBinomialTail(pi, co) };
}

Deno.test("accountSignificance() agrees with a brute-force count on both of its counting paths", async () => {
  // Heavy accounts (200 actions) on small objects take the merged-window
  // path; light accounts (3–10 actions) on popular objects (400 actions)
  // check each of their times.
  const rng = d3.randomLcg(11);
  const rows: Row[] = [];
  const seen = new Set<string>();
  const add = (userid: string, object: string, t: number) => {
    const key = `${userid} ${object} ${t}`;
    if (!seen.has(key)) rows.push({ userid, object, t }), seen.add(key);
  };
  for (let o = 0; o < 40; o++) {
    const base = Math.floor(rng() * 600) * 60;
    for (const g of ["g1", "g2", "g3"]) add(g, `p${o}`, base + 60 * (o % 2));
  }
  for (const g of ["g1", "g2", "g3"]) {
    for (let i = 0; i < 160; i++) {
      add(g, `s${Math.floor(rng() * 300)}`, Math.floor(rng() * 3000) * 60);
    }
  }
  for (let i = 0; i < 40; i++) {
    for (let k = 0; k < 3 + (i % 8); k++) {
      add(`l${i}`, `p${Math.floor(rng() * 40)}`, Math.floor(rng() * 400) * 60);
    }
  }
  for (let o = 0; o < 40; o++) {
    for (let k = 0; k < 300; k++) {
      add(`crowd${k}`, `p${o}`, Math.floor(rng() * 40_000) * 60);
    }
  }
  const { records } = await test(rows, 120, 1);
  ok(records.length > 40, `${records.length} accounts tested`);
  for (const r of records) {
    const ref = bruteForce(rows, r.userid, 120);
    equal(r.co_objects, ref.co, r.userid);
    ok(Math.abs(r.expected_co_objects - ref.expected) < 1e-9, r.userid);
    ok(
      Math.abs(r.p_value - ref.p) <= 1e-12 * ref.p || r.p_value === ref.p,
      `${r.userid}: ${r.p_value} vs ${ref.p}`,
    );
  }
  const flagged = records.filter((r) => r.significant).map((r) => r.userid);
  deepEqual(flagged, ["g1", "g2", "g3"]);
});

Deno.test("accountSignificance() returns an empty table for a network without edges", async () => {
  const { res } = await test(HAND, 60, 3);
  equal(res.accounts.height, 0);
  equal(res.n_significant, 0);
  deepEqual(res.accounts.columns, [
    "userid",
    "n_actions",
    "n_objects",
    "n_shared_objects",
    "co_objects",
    "expected_co_objects",
    "p_value",
    "p_holm",
    "significant",
  ]);
});

Deno.test("accountSignificance() rejects alpha outside (0, 1)", async () => {
  const actions = frame(HAND);
  const net = await coordinationNetwork(actions);
  await rejects(
    () => accountSignificance(actions, net, { alpha: 1 }),
    /alpha must be in \(0, 1\): 1/,
  );
});

Deno.test({
  name:
    "accountSignificance() on the CooRTweet fixture (Δ 60, K 2): 42 of the 58 edge accounts pass Holm",
  ignore: !haveFixture,
  fn: async () => {
    const actions = readCoorTweet(FIXTURE);
    const net = await coordinationNetwork(actions, { window: 60 });
    const res = await accountSignificance(actions, net);
    equal(res.accounts.height, net.n_accounts);
    deepEqual([net.n_pairs, res.accounts.height, res.n_significant], [
      32,
      58,
      42,
    ]);
    for (const r of res.accounts.toRecords() as Record[]) {
      ok(r.co_objects <= r.n_shared_objects, r.userid);
      ok(r.p_value <= r.p_holm, r.userid);
      equal(r.significant, r.p_holm <= 0.05, r.userid);
    }
  },
});
if (!haveFixture) {
  console.warn(
    `account_significance_test.ts: skipping the CooRTweet test: ${FIXTURE} not found (it ships in data/samples/coortweet/).`,
  );
}
