import pl from "nodejs-polars";
import { deepEqual, equal, ok } from "node:assert/strict";
import {
  coordinationNetwork,
  detectCommunities,
  readCoorTweet,
  summarizeCommunities,
} from "./mod.ts";
import {
  COORTWEET_FIXTURE as FIXTURE,
  haveCoorTweetFixture as haveFixture,
} from "./_testing.ts";

/** Two groups of four accounts, each retweeting its own 5 objects together. */
function twoGroups(): pl.LazyDataFrame {
  const userid: string[] = [], object: string[] = [], t: number[] = [];
  for (
    const [group, members] of [["p", ["a", "b", "c", "d"]], ["q", [
      "w",
      "x",
      "y",
      "z",
    ]]] as const
  ) {
    for (let o = 0; o < 5; o++) {
      members.forEach((m, i) => {
        userid.push(m);
        object.push(`${group}${o}`);
        t.push(o * 10_000 + i);
      });
    }
  }
  // One weak cross-group co-action: a and w on "bridge" once.
  userid.push("a", "w");
  object.push("bridge", "bridge");
  t.push(99_000, 99_001);
  return pl.DataFrame({
    userid,
    object,
    t: pl.Series("t", t, pl.Float64).cast(pl.Int64),
  }).lazy();
}

Deno.test("detectCommunities() separates two planted groups and numbers them deterministically", async () => {
  const actions = twoGroups();
  const net = await coordinationNetwork(actions, { window: 60, minRepeat: 1 });
  const c1 = detectCommunities(net.edges, { seed: 1 });
  const c2 = detectCommunities(net.edges, { seed: 1 });
  deepEqual(c1.assignment.toRecords(), c2.assignment.toRecords());
  equal(c1.count, 2);
  ok(c1.modularity > 0.4, `modularity ${c1.modularity}`);
  deepEqual(c1.assignment.toRecords(), [
    ..."abcd".split("").map((userid) => ({ userid, community: 0 })),
    ..."wxyz".split("").map((userid) => ({ userid, community: 1 })),
  ]);
});

Deno.test("summarizeCommunities() lists members, top objects and the per-account hooks", async () => {
  const actions = twoGroups();
  const net = await coordinationNetwork(actions, { window: 60, minRepeat: 2 });
  const comms = detectCommunities(net.edges, { seed: 2 });
  const summaries = await summarizeCommunities(comms, net.edges, actions, {
    window: 60,
    topObjects: 3,
    inBurst: pl.DataFrame({
      userid: ["a", "b", "c", "w"],
      in_burst: pl.Series("in_burst", [true, true, null, false], pl.Bool),
    }),
    client: pl.DataFrame({
      userid: ["a", "b", "c", "x"],
      client: [
        "Twitter Web App",
        "Twitter Web App",
        "Bot Kit",
        "Twitter for Android",
      ],
    }),
    windowCounts: pl.DataFrame({
      userid: ["a", "b", "w"],
      n_tweets: [10, 10, 4],
      n_in_window: [5, 0, 4],
    }),
  });
  equal(summaries.length, 2);
  const [p, q] = summaries;
  deepEqual(p.members, ["a", "b", "c", "d"]);
  equal(p.size, 4);
  equal(p.internal_edges, 6);
  equal(p.internal_weight, 30);
  deepEqual(p.top_objects, [
    { object: "p0", accounts: 4 },
    { object: "p1", accounts: 4 },
    { object: "p2", accounts: 4 },
  ]);
  equal(p.burst_share, 1); // a, b true; c null (unknown); d absent
  deepEqual(p.client_mix, [
    { client: "Twitter Web App", accounts: 2 },
    { client: "Bot Kit", accounts: 1 },
  ]);
  equal(p.client_unknown, 1);
  equal(p.window_share, 5 / 20);
  deepEqual(q.members, ["w", "x", "y", "z"]);
  equal(q.burst_share, 0);
  equal(q.window_share, 1);
});

Deno.test("summarizeCommunities() leaves hooks empty without tables", async () => {
  const actions = twoGroups();
  const net = await coordinationNetwork(actions, { window: 60, minRepeat: 2 });
  const [s] = await summarizeCommunities(
    detectCommunities(net.edges),
    net.edges,
    actions,
  );
  equal(s.burst_share, null);
  deepEqual(s.client_mix, []);
  equal(s.client_unknown, 4);
  equal(s.window_share, null);
});

Deno.test("detectCommunities() handles an empty edge table", () => {
  const c = detectCommunities(pl.DataFrame({
    u: pl.Series("u", [], pl.Utf8),
    v: pl.Series("v", [], pl.Utf8),
    weight: pl.Series("weight", [], pl.Int64),
  }));
  equal(c.count, 0);
  equal(c.assignment.height, 0);
});

Deno.test({
  name: "detectCommunities() on the CooRTweet fixture (Δ 600, K 2) is stable",
  ignore: !haveFixture,
  fn: async () => {
    const actions = readCoorTweet(FIXTURE);
    const net = await coordinationNetwork(actions, {
      window: 600,
      minRepeat: 2,
    });
    const a = detectCommunities(net.edges, { seed: 1 });
    const b = detectCommunities(net.edges, { seed: 1 });
    deepEqual(a.assignment.toRecords(), b.assignment.toRecords());
    equal(a.assignment.height, 752);
    const summaries = await summarizeCommunities(a, net.edges, actions, {
      window: 600,
    });
    equal(summaries.reduce((s, c) => s + c.size, 0), 752);
    ok(summaries[0].size >= summaries[summaries.length - 1].size);
    equal(a.count, 102);
    equal(summaries[0].size, 65);
    equal(a.modularity.toFixed(4), "0.7589");
  },
});
