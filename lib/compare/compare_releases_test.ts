import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { loadRelease } from "../io/load_release.ts";
import {
  loadClientTaxonomy,
  parseClientTaxonomy,
} from "../profile/client_taxonomy.ts";
import { testRelease } from "./_test_releases.ts";
import { compareReleases } from "./compare_releases.ts";
import { comparisonJson } from "./comparison_json.ts";
import { categoricalRecords, comparisonRecords } from "./comparison_records.ts";
import { splitAccounts } from "./split_accounts.ts";

const taxonomy = parseClientTaxonomy(
  "client_name,category,note\nTwitter for iPhone,official,\nIFTTT,automation,\n",
);

/** 12 tweets 5 minutes apart from `start` (UTC `YYYY-MM-DD HH:MM`). */
function run(start: string, n: number): string[] {
  const t0 = Date.parse(`${start.replace(" ", "T")}:00Z`);
  return Array.from(
    { length: n },
    (_, i) =>
      new Date(t0 + i * 300_000).toISOString().slice(0, 16).replace("T", " "),
  );
}

/**
 * Set A: 10 accounts, 6 created on 2018-03-21 (a batch) and 4 spread over
 * 2016–2017, each posting 12 tweets from IFTTT on Monday 2019-01-07 from
 * 14:00 UTC (10:00 at UTC−4). Baseline B: 8 accounts created on separate
 * days, each posting 3 tweets from an iPhone on Saturday 2019-01-05 from
 * 23:00 UTC (19:00 at UTC−4).
 */
function smallReleases() {
  const aIds = Array.from({ length: 10 }, (_, i) => `a${i}`);
  const aCreated = [
    ...Array(6).fill("2018-03-21"),
    "2016-02-01",
    "2016-09-14",
    "2017-04-30",
    "2017-11-02",
  ];
  const aTimes = aIds.flatMap(() => run("2019-01-07 14:00", 12));
  const a = testRelease("set", {
    userid: aIds,
    account_creation_date: aCreated,
  }, {
    userid: aIds.flatMap((id) => Array(12).fill(id)),
    tweet_time: aTimes,
    tweet_client_name: aTimes.map(() => "IFTTT"),
  });
  const bIds = Array.from({ length: 8 }, (_, i) => `b${i}`);
  const bTimes = bIds.flatMap(() => run("2019-01-05 23:00", 3));
  const b = testRelease("base", {
    userid: bIds,
    account_creation_date: bIds.map((_, i) => `201${i % 6 + 2}-0${i + 1}-15`),
    follower_count: bIds.map(() => 10),
    following_count: bIds.map(() => 20),
  }, {
    userid: bIds.flatMap((id) => Array(3).fill(id)),
    tweet_time: bTimes,
    tweet_client_name: bTimes.map(() => "Twitter for iPhone"),
  });
  return { a, b };
}

Deno.test("compareReleases() finds the planted differences between two small hand-built releases", async () => {
  const { a, b } = smallReleases();
  const r = await compareReleases(a, b, {
    taxonomy,
    utcOffset: -4,
    seed: 3,
    rounds: 999,
  });
  assert.equal(r.n_accounts_a, 10);
  assert.equal(r.n_accounts_b, 8);
  assert.deepEqual(r.bursts.a.days.map((d) => [d.date, d.count]), [
    ["2018-03-21", 6],
  ]);
  assert.equal(r.bursts.a.reference, "base");
  assert.equal(r.bursts.b.n_in_bursts, 0);
  const row = (m: string) => r.rows.find((x) => x.metric === m)!;
  // Cliff's delta = P(A > B) − P(A < B): 6 of 10 in a burst vs none.
  assert.equal(row("in_burst").effect, 0.6);
  assert.equal(row("working_hours_share").median_a, 1);
  assert.equal(row("working_hours_share").median_b, 0);
  assert.equal(row("working_hours_share").effect, 1);
  assert.equal(row("automation_client_share").effect, 1);
  assert.equal(row("n_tweets").effect, 1);
  assert.equal(row("median_gap_s").median_a, 300);
  assert.equal(row("median_gap_s").n_b, 0); // 3 tweets < 10: undefined
  assert.equal(
    row("working_hours_share").description,
    "share of tweets on local Mon–Fri 08:00–17:59",
  );
  for (const m of ["in_burst", "working_hours_share", "n_tweets"]) {
    assert.ok(row(m).q < 0.05, `${m}: q = ${row(m).q}`);
  }
  // Categorical: A tweets at local 10:xx on a Monday from IFTTT, B at
  // 19:xx on a Saturday from an iPhone.
  const [hour, weekday, client] = r.categorical;
  assert.equal(hour.counts_a[10], 120);
  assert.equal(hour.counts_b[19], 24);
  assert.deepEqual(weekday.counts_a, [120, 0, 0, 0, 0, 0, 0]);
  assert.deepEqual(weekday.counts_b, [0, 0, 0, 0, 0, 24, 0]);
  assert.deepEqual(client.counts_a, [0, 0, 120, 0]);
  assert.deepEqual(client.counts_b, [24, 0, 0, 0]);
  for (const c of r.categorical) {
    assert.equal(c.jsd, 1);
    assert.equal(c.n_accounts_a, 10);
    // Only 1 of C(18, 10) = 43 758 splits is as extreme as the observed.
    assert.equal(c.perm_p, 1 / 1000);
  }
  assert.equal(r.separability.auc, 1, r.separability.skipped ?? "");
  assert.equal(r.separability.n_a, 10);
  assert.equal(r.separability.n_b, 8);
});

Deno.test("compareReleases() is deterministic and its JSON has no non-finite numbers", async () => {
  const { a, b } = smallReleases();
  const options = { taxonomy, utcOffset: -4, seed: 9, rounds: 100 };
  const j1 = comparisonJson(await compareReleases(a, b, options));
  const j2 = comparisonJson(await compareReleases(a, b, options));
  assert.deepEqual(j1, j2);
  assert.deepEqual(JSON.parse(JSON.stringify(j1)), j1);
  assert.equal("accounts_a" in j1, false);
  const rows = j1.rows as Record<string, unknown>[];
  // scheduler_client_share is 0 everywhere: no MWU p, no q.
  const constant = rows.find((x) => x.metric === "scheduler_client_share")!;
  assert.equal(constant.mwu_p, null);
  assert.equal(constant.q, null);
});

Deno.test("comparisonRecords() and categoricalRecords() flatten the tables for saving", async () => {
  const { a, b } = smallReleases();
  const r = await compareReleases(a, b, {
    taxonomy,
    utcOffset: -4,
    rounds: 50,
    metrics: ["working_hours_share", "median_gap_s"],
  });
  const recs = comparisonRecords(r.rows);
  assert.deepEqual(Object.keys(recs[0]), [
    "metric",
    "description",
    "n_a",
    "n_b",
    "median_a",
    "q1_a",
    "q3_a",
    "median_b",
    "q1_b",
    "q3_b",
    "ks_d",
    "ks_p",
    "mwu_u",
    "mwu_p",
    "effect",
    "effect_lo",
    "effect_hi",
    "q",
  ]);
  assert.equal(recs[0].effect_lo, r.rows[0].effect_ci[0]);
  assert.equal(recs[1].median_b, null);
  const cats = categoricalRecords(r.categorical, { digits: 2 });
  assert.deepEqual(cats.map((c) => c.variable), [
    "hour",
    "weekday",
    "client_category",
  ]);
  assert.equal(cats[0].perm_p, 0.02); // 1/51 to 2 digits
});

Deno.test("compareReleases() rejects an unknown metric and a bad offset", async () => {
  const { a, b } = smallReleases();
  await assert.rejects(
    () =>
      compareReleases(a, b, { taxonomy, utcOffset: -4, metrics: ["likes"] }),
    /not an account metric: likes/,
  );
  await assert.rejects(
    () => compareReleases(a, b, { taxonomy, utcOffset: 20 }),
    /not a whole or half hour in -12..14: 20/,
  );
});

const DEMO = fileURLToPath(
  new URL("../../data/demo/releases/", import.meta.url),
);
const hasDemo = (() => {
  try {
    return Deno.statSync(`${DEMO}demo_organic`).isDirectory;
  } catch {
    console.log(
      `skipping compareReleases() demo-bundle tests: ${DEMO} is missing (run deno run -A cli/demo.ts)`,
    );
    return false;
  }
})();

/** Romano et al. (2006): |Cliff's delta| ≥ 0.474 is a large effect. */
const LARGE = 0.474;

Deno.test({
  name:
    "compareReleases() on the demo bundle finds the planted differences, and none between two random halves of the organic baseline",
  ignore: !hasDemo,
  async fn() {
    const options = {
      taxonomy: await loadClientTaxonomy(),
      utcOffset: -4,
      seed: 20190101,
      rounds: 200,
    };
    const organic = await loadRelease(`${DEMO}demo_organic`);
    const check = (
      r: Awaited<ReturnType<typeof compareReleases>>,
      metrics: string[],
    ) => {
      for (const m of metrics) {
        const x = r.rows.find((row) => row.metric === m)!;
        assert.ok(x.q < 0.05, `${r.a} ${m}: q = ${x.q}`);
        assert.ok(Math.abs(x.effect) >= LARGE, `${r.a} ${m}: ${x.effect}`);
      }
      for (const c of r.categorical) {
        assert.ok(c.q < 0.05, `${r.a} ${c.variable}: q = ${c.q}`);
      }
      assert.ok(r.separability.auc > 0.95, `${r.a}: ${r.separability.auc}`);
    };

    const state = await compareReleases(
      await loadRelease(`${DEMO}demo_statebacked`),
      organic,
      options,
    );
    check(state, [
      "working_hours_share",
      "weekend_ratio",
      "automation_client_share",
      "in_burst",
      "hashtags_per_tweet",
    ]);

    const unattributed = await compareReleases(
      await loadRelease(`${DEMO}demo_unattributed`),
      organic,
      options,
    );
    check(unattributed, [
      "in_burst",
      "automation_client_share",
      "urls_per_tweet",
      "retweet_share",
    ]);
    // Posting round the clock gives about the organic working-hours share:
    // that metric alone cannot tell these accounts apart.
    const wh = unattributed.rows.find((x) =>
      x.metric === "working_hours_share"
    )!;
    assert.ok(Math.abs(wh.effect) < 0.2, String(wh.effect));

    const [h1, h2] = await splitAccounts(organic, options.seed);
    const control = await compareReleases(h1, h2, options);
    for (const x of [...control.rows, ...control.categorical]) {
      const name = "metric" in x ? x.metric : x.variable;
      assert.ok(!(x.q < 0.05), `control ${name}: q = ${x.q}`);
    }
    assert.ok(
      Math.abs(control.separability.auc - 0.5) < 0.1,
      String(control.separability.auc),
    );
  },
});
