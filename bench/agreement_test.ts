/**
 * The benchmark as an agreement check: on a small synthetic release every
 * implementation (Takedown Lab from CSV and from the Parquet cache, DuckDB,
 * pandas) must compute the same metrics. No timing is asserted.
 * DuckDB or pandas missing here are skipped with a message.
 */
import { deepEqual, equal, ok } from "node:assert/strict";
import { join } from "node:path";
import { DEFAULT_SEED } from "../lib/demo/mod.ts";
import { plan, prepareData } from "./_data.ts";
import { measure } from "./_measure.ts";
import { type BenchMetrics, compareMetrics, floatsAgree } from "./_metrics.ts";
import { checkAgreement, label, runPhases } from "./_phases.ts";

Deno.test("runPhases() gives the same metrics from every implementation on 20k tweets", async () => {
  const root = await Deno.makeTempDir({ prefix: "takedown-bench-test-" });
  try {
    const data = await prepareData({
      tweets: 20_000,
      accounts: 2000,
      seed: DEFAULT_SEED,
      root,
    });
    ok(data.nTweets > 15_000 && data.nTweets < 25_000, String(data.nTweets));
    const { results, skipped } = await runPhases({
      users: data.users,
      tweets: data.tweets,
      work: join(root, "work"),
    });
    for (const [impl, why] of skipped) {
      console.warn(`agreement_test: skipping ${impl}: ${why}`);
    }
    for (const r of results) equal(r.exit, 0, `${label(r)}: ${r.error}`);
    deepEqual(
      results.filter((r) => r.impl === "takedown-lab").map((r) => r.phase),
      ["from CSV (cold cache)", "from Parquet cache"],
    );
    const { reference, differences } = await checkAgreement(results);
    equal(reference, "takedown-lab from CSV (cold cache)");
    for (const [name, diffs] of Object.entries(differences)) {
      deepEqual(diffs, [], name);
    }
    const metrics: BenchMetrics = JSON.parse(
      await Deno.readTextFile(results[0].metrics),
    );
    equal(metrics.tweets, data.nTweets);
    equal(metrics.users, 2000);
    ok(metrics.intervals.n_accounts > 100);
    ok(metrics.coretweet.n_pairs > 0, "some co-retweet pairs reach weight 3");
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("prepareData() reuses a matching folder and regenerates a changed one", async () => {
  const root = await Deno.makeTempDir({ prefix: "takedown-bench-test-" });
  try {
    const request = { tweets: 2000, accounts: 2000, seed: 7, root };
    const first = await prepareData(request);
    equal(first.reused, false);
    equal(first.users.length, 3);
    equal(first.tweets.length, 4);
    const again = await prepareData(request);
    equal(again.reused, true);
    await Deno.writeTextFile(first.tweets[0], "x\n", { append: true });
    const fixed = await prepareData(request);
    equal(fixed.reused, false);
    equal(fixed.nTweets, first.nTweets);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("plan() rounds accounts to whole 2,000-account bundles", () => {
  deepEqual(plan(1_057_040, 2000), { bundles: 1, scale: 10 });
  deepEqual(plan(1_057_040, 5000), { bundles: 3, scale: 3.333333 });
  deepEqual(plan(20_000, 1), { bundles: 1, scale: 0.189208 });
});

Deno.test("measure() reads peak RSS by time -v and by /proc sampling alike", async () => {
  // A child that holds ~300 MiB for half a second.
  const cmd = [
    Deno.execPath(),
    "eval",
    "const a = new Uint8Array(300 * 2 ** 20).fill(1); " +
    "await new Promise((r) => setTimeout(r, 500)); console.log(a[7]);",
  ];
  const sampled = await measure(cmd, { method: "proc VmHWM sampling" });
  equal(sampled.stdout.trim(), "1");
  ok(sampled.peakRssMiB! > 300, String(sampled.peakRssMiB));
  ok(sampled.wallS >= 0.5);
  const timed = await measure(cmd);
  if (timed.rssMethod === "time -v") {
    ok(timed.peakRssMiB! > 300, String(timed.peakRssMiB));
    ok(Math.abs(timed.peakRssMiB! - sampled.peakRssMiB!) < 60);
  }
});

function metrics(): BenchMetrics {
  return {
    tweets: 3,
    users: 2,
    accounts_tweeting: 2,
    retweets: 1,
    tweet_time_min: "2019-01-01 00:00",
    tweet_time_max: "2019-01-02 00:00",
    creation_by_month: { "2014-09": 2 },
    weekday_hour: Array.from({ length: 7 }, () => new Array(24).fill(0)),
    n_missing_time: 0,
    clients: [["Twitter Web Client", 2], [null, 1]],
    intervals: {
      n_accounts: 1,
      median_of_median_gap_s: 60,
      median_burstiness: -0.25,
      accounts: [["a", 10, 60, -0.25]],
    },
    coretweet: {
      n_pairs_any: 2,
      n_pairs: 1,
      sum_weight: 3,
      max_weight: 3,
      pairs: [["a", "b", 3]],
    },
  };
}

Deno.test("compareMetrics() ignores list order and float noise, and names real differences", () => {
  const a = metrics();
  const b = metrics();
  b.clients.reverse();
  b.intervals.median_burstiness = -0.25 + 1e-13;
  b.intervals.accounts[0][2] = 60.00000000006;
  deepEqual(compareMetrics(a, b), []);
  b.intervals.accounts[0][3] = -0.2499;
  b.coretweet.pairs = [["a", "c", 3]];
  b.clients = [["Twitter Web Client", 2], ["null", 1]];
  deepEqual(compareMetrics(a, b), [
    "clients[null]: 1 vs absent",
    'clients["null"]: absent vs 1',
    "intervals.accounts[a]: [10,60,-0.25] vs [10,60.00000000006,-0.2499]",
    "coretweet.pairs[a b]: 3 vs absent",
    "coretweet.pairs[a c]: absent vs 3",
  ]);
});

Deno.test("floatsAgree() is relative above 1 and absolute below", () => {
  equal(floatsAgree(1e9, 1e9 + 0.5), true);
  equal(floatsAgree(1e9, 1e9 + 2), false);
  equal(floatsAgree(1e-12, -1e-12), true);
  equal(floatsAgree(null, null), true);
  equal(floatsAgree(null, 0), false);
});
