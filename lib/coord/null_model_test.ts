import pl from "nodejs-polars";
import * as d3 from "d3";
import { deepEqual, equal, ok } from "node:assert/strict";
import { coordinationNetwork, nullModel, readCoorTweet } from "./mod.ts";
import {
  actionFrame as frame,
  type ActionRow as Row,
  COORTWEET_FIXTURE as FIXTURE,
  haveCoorTweetFixture as haveFixture,
} from "./_testing.ts";

/**
 * Five planted accounts retweet the same 30 objects within seconds of each
 * other (plus 20 random retweets each); 30 ordinary accounts retweet 15 of
 * 20 popular objects at uniformly random times over six hours.
 */
function plantedAndRandom(seed: number): Row[] {
  const rng = d3.randomLcg(seed);
  const rows: Row[] = [];
  const day = 86_400;
  for (let o = 0; o < 30; o++) {
    const t0 = Math.floor(rng() * 30 * day);
    for (let g = 0; g < 5; g++) {
      rows.push({
        userid: `g${g}`,
        object: `planted${o}`,
        t: t0 + Math.floor(rng() * 20),
      });
    }
  }
  for (let g = 0; g < 5; g++) {
    for (let i = 0; i < 20; i++) {
      rows.push({
        userid: `g${g}`,
        object: `noise${g}_${i}`,
        t: Math.floor(rng() * 30 * day),
      });
    }
  }
  for (let a = 0; a < 30; a++) {
    const objects = d3.shuffler(rng)(Array.from({ length: 20 }, (_, i) => i))
      .slice(0, 15);
    for (const o of objects) {
      rows.push({
        userid: `r${String(a).padStart(2, "0")}`,
        object: `pop${o}`,
        t: Math.floor(rng() * 6 * 3600),
      });
    }
  }
  return rows;
}

Deno.test("nullModel() keeps a planted synchronised group and drops randomly timed co-retweeters", async () => {
  const actions = frame(plantedAndRandom(11));
  const net = await coordinationNetwork(actions, { window: 60, minRepeat: 1 });
  const res = await nullModel(actions, net, { rounds: 999, seed: 5 });
  equal(res.rounds, 999);
  const rows = res.edges.toRecords() as Record<string, unknown>[];
  const planted = rows.filter((r) =>
    String(r.u).startsWith("g") && String(r.v).startsWith("g")
  );
  const random = rows.filter((r) => String(r.u).startsWith("r"));
  equal(planted.length, 10);
  ok(
    random.length > 0,
    "the random accounts should co-act by chance at least once",
  );
  for (const r of planted) {
    equal(Number(r.weight), 30);
    ok(Number(r.expected_weight) < 3, `expected ${r.expected_weight}`);
    equal(r.p_value, 1 / 1000);
    equal(r.significant, true);
  }
  for (const r of random) {
    equal(r.significant, false, `${r.u}–${r.v} p ${r.p_value}`);
  }
  equal(res.n_significant, 10);
});

Deno.test("nullModel() matches the exact null distribution of a two-account case", async () => {
  // Each account: x at 0 s and y at 1000 s. Each keeps or swaps its times
  // with probability ½; the pair co-acts on both objects when both keep or
  // both swap (probability ½), else on neither. E[weight] = 1, P(w ≥ 2) = ½.
  const actions = frame([
    { userid: "a", object: "x", t: 0 },
    { userid: "a", object: "y", t: 1000 },
    { userid: "b", object: "x", t: 0 },
    { userid: "b", object: "y", t: 1000 },
  ]);
  const net = await coordinationNetwork(actions, { window: 60, minRepeat: 2 });
  const res = await nullModel(actions, net, { rounds: 4000, seed: 3 });
  const e = res.edges.toRecords()[0] as Record<string, unknown>;
  ok(
    Math.abs(Number(e.expected_weight) - 1) < 0.05,
    `E = ${e.expected_weight}`,
  );
  ok(Math.abs(Number(e.p_value) - 0.5) < 0.03, `p = ${e.p_value}`);
  equal(e.significant, false);
});

Deno.test("nullModel() is reproducible and independent of batching", async () => {
  const actions = frame(plantedAndRandom(4));
  const net = await coordinationNetwork(actions, { window: 60, minRepeat: 1 });
  const a = await nullModel(actions, net, { rounds: 200, seed: 9 });
  const b = await nullModel(actions, net, {
    rounds: 200,
    seed: 9,
    batchRows: 1000,
  });
  deepEqual(a.edges.toRecords(), b.edges.toRecords());
  const c = await nullModel(actions, net, { rounds: 200, seed: 10 });
  ok(
    JSON.stringify(c.edges.getColumn("n_ge").toArray().map(Number)) !==
      JSON.stringify(a.edges.getColumn("n_ge").toArray().map(Number)),
    "another seed should give other null counts",
  );
});

Deno.test("nullModel() lowers R above the feasibility limit and says so", async () => {
  const actions = frame(plantedAndRandom(2));
  const net = await coordinationNetwork(actions, { window: 60, minRepeat: 2 });
  const res = await nullModel(actions, net, {
    rounds: 1000,
    maxActionRounds: 5000,
  });
  ok(res.n_actions > 0);
  equal(res.rounds, Math.max(1, Math.floor(5000 / res.n_actions)));
  equal(res.rounds_requested, 1000);
  equal(res.warnings.length, 1);
  ok(res.warnings[0].includes("feasibility limit"));
});

Deno.test("nullModel() returns an empty table for a network without edges", async () => {
  const actions = frame([{ userid: "a", object: "x", t: 0 }, {
    userid: "b",
    object: "y",
    t: 0,
  }]);
  const net = await coordinationNetwork(actions);
  const res = await nullModel(actions, net, { rounds: 10 });
  equal(res.edges.height, 0);
  equal(res.n_significant, 0);
});

Deno.test("nullModel() rejects rounds < 1", async () => {
  const actions = frame([]);
  const net = await coordinationNetwork(actions);
  let message = "";
  try {
    await nullModel(actions, net, { rounds: 0 });
  } catch (err) {
    message = (err as Error).message;
  }
  ok(message.startsWith("Running the co-action null model:"), message);
});

Deno.test({
  name:
    "nullModel() on the CooRTweet fixture (Δ 60, K 2, 1000 rounds) keeps stable survivors",
  ignore: !haveFixture,
  fn: async () => {
    const actions = readCoorTweet(FIXTURE);
    const net = await coordinationNetwork(actions, {
      window: 60,
      minRepeat: 2,
    });
    const started = performance.now();
    const res = await nullModel(actions, net, { rounds: 1000, seed: 1 });
    const elapsed = performance.now() - started;
    equal(res.n_actions, 1431);
    equal(res.edges.height, 32);
    equal(res.n_significant, 30);
    ok(elapsed < 20_000, `took ${elapsed} ms`);
  },
});

Deno.test('nullModel({ shuffle: "each" }) keeps a lockstep pair and takes the larger one-sided p', async () => {
  // a and b act on o0..o29 at the same moments, far apart: every shuffle of
  // one side breaks the lockstep, so n_ge = 0 on both sides.
  const rows = [];
  for (let i = 0; i < 30; i++) {
    for (const u of ["a", "b"]) {
      rows.push({ userid: u, object: `o${i}`, t: i * 1000 });
    }
  }
  const actions = pl.readRecords(rows).lazy();
  const net = await coordinationNetwork(actions, { window: 60 });
  const res = await nullModel(actions, net, {
    rounds: 99,
    seed: 7,
    shuffle: "each",
  });
  equal(res.shuffle, "each");
  const e = res.edges.toRecords()[0];
  equal(e.weight, 30);
  equal(e.n_ge, 0);
  equal(e.p_value, 0.01);
  ok((e.expected_weight as number) < 30);
});
