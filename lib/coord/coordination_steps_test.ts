import { deepEqual, equal, match, ok } from "node:assert/strict";
import pl from "nodejs-polars";
import { demoBundlePresent } from "../study/mod.ts";
import { demoPipeline } from "./_steps_testing.ts";
import {
  MIN_PARTNERS,
  networkSweepStep,
  NULL_ROUNDS,
  nullModelChartStep,
  shortId,
} from "./coordination_steps.ts";

const present = demoBundlePresent("lib/coord/coordination_steps_test.ts");

Deno.test("the notebook's method constants and short ids", () => {
  deepEqual([NULL_ROUNDS, MIN_PARTNERS], [100, 2]);
  equal(shortId("abcdefghijklmnop"), "abcdefghij…");
  equal(shortId("short"), "short");
});

Deno.test({
  name: "coRetweetNetworkStep() builds the demo's Δ = 60 s, K = 2 network",
  ignore: !present,
  fn: async () => {
    const { retweets } = await demoPipeline();
    const n = retweets.value.network;
    deepEqual(
      [n.window_s, n.min_repeat, n.n_pairs_any, n.n_pairs, n.n_accounts],
      [60, 2, 8902, 3663, 174],
    );
    deepEqual([n.sum_weight, n.max_weight, n.minute_resolution], [
      310423,
      419,
      true,
    ]);
    equal(
      retweets.value.release_of.get(n.edges.getColumn("u").get(0)) !==
        undefined,
      true,
    );
    match(retweets.text[1], /^Δ = 60 s, K = 2: 8,902 pairs .* 3,663 edges/);
    ok(retweets.text.some((t) => t.startsWith("Warning (Δ = 30 s): ")));
    match(
      retweets.text.at(-1)!,
      /^Δ = 30 s and Δ = 0 s give the same edges: true/,
    );
  },
});

Deno.test({
  name: "networkSweepStep() rebuilds the network for every Δ and K",
  ignore: !present,
  fn: async () => {
    const { study, retweets } = await demoPipeline();
    const res = await networkSweepStep(study, retweets.value);
    equal(res.tables[0].name, "tab05_sweep");
    equal(res.charts[0].name, "fig05_sweep");
    deepEqual(
      res.value.map((r) => [r.window_s, r.min_repeat, r.edges, r.accounts]),
      [
        [60, 2, 3663, 174],
        [60, 3, 2932, 101],
        [60, 5, 2765, 76],
        [300, 2, 8046, 291],
        [300, 3, 4605, 196],
        [300, 5, 3016, 104],
        [3600, 2, 26542, 413],
        [3600, 3, 19962, 355],
        [3600, 5, 12915, 296],
      ],
    );
    equal((res.charts[0].rows as unknown[]).length, 18);
  },
});

Deno.test({
  name:
    "nullModelsStep() keeps every edge on shuffled times, 1,009 on reaction times one account at a time",
  ignore: !present,
  fn: async () => {
    const { nulls } = await demoPipeline();
    const { shuffled, reacted } = nulls.value;
    deepEqual([shuffled.n_significant, reacted.n_significant], [3663, 1009]);
    deepEqual([shuffled.rounds, reacted.shuffle], [100, "each"]);
    equal(nulls.tables[0].name, "tab05_null_models");
    deepEqual(
      (nulls.tables[0].rows as Record<string, unknown>[]).map((r) => [
        r.edges_surviving,
        r.accounts_in_surviving_edges,
        r.median_weight,
        r.median_expected_weight,
      ]),
      [[3663, 174, 18, 0.01], [1009, 90, 18, 17.83]],
    );
    equal(
      nulls.text.at(-1),
      "shuffled reaction times, one account at a time: 1,009 of 3,663 edges have q ≤ 0.05 (100 rounds).",
    );
  },
});

Deno.test({
  name: "nullModelChartStep() bins every tested edge of both null models",
  ignore: !present,
  fn: async () => {
    const { study, nulls } = await demoPipeline();
    const res = nullModelChartStep(study, nulls.value);
    equal(res.charts[0].name, "fig05_null_models");
    const rows = res.charts[0].rows as { edges: number; kept: string }[];
    equal(rows.reduce((s, r) => s + r.edges, 0), 2 * 3663);
    deepEqual([...new Set(rows.map((r) => r.kept))].sort(), [
      "q > 0.05",
      "q ≤ 0.05",
    ]);
  },
});

Deno.test({
  name: "accountTestStep() passes 75 of the 174 accounts in the network",
  ignore: !present,
  fn: async () => {
    const { accounts } = await demoPipeline();
    deepEqual(
      [accounts.value.test.n_significant, accounts.value.passed.size],
      [75, 75],
    );
    const table = accounts.tables[0];
    equal(table.name, "tab05_accounts");
    const rows = table.rows as pl.DataFrame;
    equal(rows.height, 174);
    equal(rows.columns.at(-1), "release");
    equal((table.display as unknown[]).length, 10);
    equal(
      accounts.text[0],
      "Account test on reaction times: 75 of 174 accounts in the network pass Holm at 0.05.",
    );
  },
});
