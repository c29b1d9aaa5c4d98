import assert from "node:assert/strict";
import {
  demoComparisons,
  demoStudy,
  hasDemo,
  TEST_ROUNDS,
} from "./_test_demo.ts";
import {
  categoricalStep,
  smallEffectsStep,
} from "./comparison_detail_steps.ts";
import {
  comparisonFiguresStep,
  metricByGroup,
} from "./comparison_figures_step.ts";
import {
  separabilityFeaturesStep,
  separabilityStep,
} from "./separability_steps.ts";
import { negativeControlStep } from "./negative_control_step.ts";
import {
  baselineMatchingStep,
  comparisonBurstsStep,
  comparisonOptions,
  largeEffectsSentence,
  tableSlug,
} from "./comparison_steps.ts";
import type { ReleaseComparison } from "./compare_releases.ts";

Deno.test("tableSlug() drops the demo prefix and replaces unsafe characters", () => {
  assert.equal(tableSlug("demo_statebacked"), "statebacked");
  assert.equal(tableSlug("ve/2019 june"), "ve_2019_june");
  assert.equal(tableSlug("my_demo_x"), "my_demo_x");
});

Deno.test("largeEffectsSentence() lists large effects, largest first, and says so when none", () => {
  const row = (metric: string, effect: number, q: number) => ({
    metric,
    effect,
    q,
  });
  const r = {
    a: "set",
    b: "base",
    n_accounts_a: 3,
    n_accounts_b: 4,
    rows: [
      row("x", 0.5, 0.01),
      row("y", -0.9, 0.001),
      row("z", 0.9, 0.2),
      row("w", 0.1, NaN),
    ],
  } as unknown as ReleaseComparison;
  assert.equal(
    largeEffectsSentence(r, 0.05),
    "set vs base (3 vs 4 accounts): 2 of 3 tested metrics differ with a " +
      "large effect (|delta| ≥ 0.474, q < 0.05): y (-0.90), x (0.50).",
  );
  assert.match(largeEffectsSentence(r, 0.0001), /0 of 3 .* q < 0.0001\)\.$/);
});

Deno.test({
  name:
    "comparisonOptions() reads local time at --utc-offset, else --baseline-utc-offset, and the seed",
  ignore: !hasDemo,
  async fn() {
    const { study } = await demoStudy();
    const o = await comparisonOptions(study);
    assert.equal(o.utcOffset, -4);
    assert.equal(o.seed, 20190101);
    assert.equal(o.rounds, 1000);
    assert.equal(o.minTweetsIntervals, 10);
    const given = await demoStudy({
      TAKEDOWN_UTC_OFFSET: "-4.5",
      TAKEDOWN_BASELINE_UTC_OFFSET: "0",
      TAKEDOWN_SEED: "7",
    });
    const g = await comparisonOptions(given.study, { rounds: 50 });
    assert.equal(g.utcOffset, -4.5);
    assert.equal(g.seed, 7);
    assert.equal(g.rounds, 50);
  },
});

Deno.test({
  name:
    "baselineMatchingStep() gives each demo group's size, period and top language",
  ignore: !hasDemo,
  async fn() {
    const { study } = await demoStudy();
    const m = baselineMatchingStep(study);
    assert.deepEqual(m.value.map((r) => [r.group, r.accounts, r.tweets]), [
      ["demo_statebacked", 300, 48299],
      ["demo_unattributed", 200, 15423],
      ["demo_organic", 1500, 41982],
    ]);
    assert.deepEqual(m.value[2], {
      group: "demo_organic",
      accounts: 1500,
      tweets: 41982,
      first_tweet_utc: "2018-06-01 00:06",
      last_tweet_utc: "2019-01-31 23:52",
      top_language: "es",
      top_language_share: 0.969,
    });
    assert.equal(m.tables[0].name, undefined);
  },
});

Deno.test({
  name:
    "compareSetsStep() names the large effects of each demo set and saves one table per set",
  ignore: !hasDemo,
  async fn() {
    const step = await demoComparisons();
    assert.deepEqual(step.value.map((r) => [r.a, r.b, r.utc_offset]), [
      ["demo_statebacked", "demo_organic", -4],
      ["demo_unattributed", "demo_organic", -4],
    ]);
    assert.equal(
      step.text[0],
      "Local time of both groups is read at UTC-4 (--utc-offset if given, " +
        "else --baseline-utc-offset); seed 20190101; 200 bootstrap rounds " +
        "and permutations.",
    );
    assert.match(
      step.text[1],
      /^demo_statebacked vs demo_organic \(300 vs 1500 accounts\): 15 of 19 tested metrics differ with a large effect \(\|delta\| ≥ 0\.474, q < 0\.05\): automation_client_share \(1\.00\), official_client_share \(-1\.00\), hashtags_per_tweet \(0\.97\), working_hours_share \(0\.95\),/,
    );
    assert.match(step.text[2], /\(200 vs 1500 accounts\): 14 of 19 tested/);
    assert.deepEqual(step.tables.map((t) => [t.name, t.maxRows]), [
      ["tab04_statebacked_vs_organic", 40],
      ["tab04_unattributed_vs_organic", 40],
    ]);
    const rows = step.tables[0].rows as Record<string, number | string>[];
    const working = rows.find((r) => r.metric === "working_hours_share")!;
    assert.equal(Number(working.effect).toFixed(3), "0.952");
    assert.equal(working.n_b, 1500);
  },
});

Deno.test({
  name: "comparisonBurstsStep() states the burst days of each demo set",
  ignore: !hasDemo,
  async fn() {
    const { study } = await demoStudy();
    const step = comparisonBurstsStep(study, (await demoComparisons()).value);
    assert.deepEqual(step.text, [
      "demo_statebacked: 154 of 300 accounts created on 3 burst days: " +
      "2017-11-08 (64 accounts, 0.06 expected); 2018-03-21 (52 accounts, " +
      "0.09 expected); 2018-08-22 (38 accounts, 0.17 expected).",
      "demo_unattributed: 184 of 200 accounts created on 1 burst days: " +
      "2014-09-17 (184 accounts, 100.00 expected).",
      "demo_organic: 0 accounts on burst days of its own.",
    ]);
  },
});

Deno.test({
  name:
    "categoricalStep() saves tab04_categorical and gives each demo set's JSDs",
  ignore: !hasDemo,
  async fn() {
    const { study } = await demoStudy();
    const step = categoricalStep(study, (await demoComparisons()).value);
    assert.equal(step.tables[0].name, "tab04_categorical");
    assert.deepEqual(
      step.value.map((r) => [r.comparison, r.variable, r.n_tweets_a]),
      [
        ["demo_statebacked vs demo_organic", "hour", 48299],
        ["demo_statebacked vs demo_organic", "weekday", 48299],
        ["demo_statebacked vs demo_organic", "client_category", 48299],
        ["demo_unattributed vs demo_organic", "hour", 15423],
        ["demo_unattributed vs demo_organic", "weekday", 15423],
        ["demo_unattributed vs demo_organic", "client_category", 15423],
      ],
    );
    // 200 permutations: the smallest p is 1/201.
    assert.deepEqual(step.text, [
      "demo_statebacked: hour JSD 0.268 (perm p 0.0050), weekday JSD 0.173 " +
      "(perm p 0.0050), client_category JSD 0.616 (perm p 0.0050).",
      "demo_unattributed: hour JSD 0.063 (perm p 0.0050), weekday JSD 0.004 " +
      "(perm p 0.0050), client_category JSD 0.766 (perm p 0.0050).",
    ]);
    const display = step.tables[0].display as Record<string, unknown>[];
    assert.equal(display[3].jsd, 0.0634);
  },
});

Deno.test({
  name: "smallEffectsStep() lists the demo's significant but small differences",
  ignore: !hasDemo,
  async fn() {
    const { study } = await demoStudy();
    const step = smallEffectsStep(study, (await demoComparisons()).value);
    assert.deepEqual(step.text, [
      "5 metric comparisons have q < 0.05 but |delta| < 0.33.",
    ]);
    assert.deepEqual(step.value, [
      {
        comparison: "demo_statebacked vs demo_organic",
        metric: "mentions_per_tweet",
        effect: -0.088,
        q: 0.0178,
      },
      {
        comparison: "demo_statebacked vs demo_organic",
        metric: "follower_following_ratio",
        effect: -0.229,
        q: 4.18e-10,
      },
      {
        comparison: "demo_unattributed vs demo_organic",
        metric: "creation_year",
        effect: 0.16,
        q: 0.000233,
      },
      {
        comparison: "demo_unattributed vs demo_organic",
        metric: "dormancy_days",
        effect: -0.219,
        q: 5.6e-7,
      },
      {
        comparison: "demo_unattributed vs demo_organic",
        metric: "burstiness",
        effect: 0.153,
        q: 0.000916,
      },
    ]);
  },
});
Deno.test({
  name:
    "comparisonFiguresStep() charts each metric for the sets then the baseline",
  ignore: !hasDemo,
  async fn() {
    const { study } = await demoStudy();
    const comparisons = (await demoComparisons()).value;
    const groups = metricByGroup(comparisons, "working_hours_share");
    assert.deepEqual(Object.keys(groups), [
      "demo_statebacked",
      "demo_unattributed",
      "demo_organic",
    ]);
    assert.equal(groups.demo_organic.length, 1500);
    const step = comparisonFiguresStep(study, comparisons);
    assert.equal(step.charts.length, 4);
    const spec = step.charts[0].spec as {
      encoding: { x: { title: string } };
    };
    assert.equal(
      spec.encoding.x.title,
      "Share of tweets Mon–Fri 08:00–17:59 at UTC-4",
    );
    const gap = step.charts[2].rows as { value: number; ecdf: number }[];
    assert.ok(gap.every((r) => r.value > 0));
    const last = gap.filter((r) => r.ecdf === 1).length;
    assert.equal(last, 3);
  },
});
Deno.test({
  name: "separabilityStep() states the demo sets' cross-validated AUC",
  ignore: !hasDemo,
  async fn() {
    const { study } = await demoStudy();
    const step = separabilityStep(study, (await demoComparisons()).value);
    assert.deepEqual(step.text, [
      "demo_statebacked vs demo_organic: cross-validated AUC 1.000 (folds " +
      "1.000–1.000) on 300 + 1500 accounts.",
      "demo_unattributed vs demo_organic: cross-validated AUC 1.000 (folds " +
      "1.000–1.000) on 200 + 1500 accounts.",
    ]);
    assert.deepEqual(step.value[0], {
      comparison: "demo_statebacked vs demo_organic",
      auc: 1,
      fold_auc_min: 1,
      fold_auc_max: 1,
      n_a: 300,
      n_b: 1500,
      excluded_a: 0,
      excluded_b: 0,
      folds: 5,
      seed: 20190101,
    });
    assert.equal(step.tables.length, 0);
  },
});

Deno.test({
  name: "separabilityFeaturesStep() ranks the five largest coefficients",
  ignore: !hasDemo,
  async fn() {
    const { study } = await demoStudy();
    const step = separabilityFeaturesStep(
      study,
      (await demoComparisons()).value,
    );
    assert.deepEqual(
      step.value.slice(0, 5).map((r) => [r.feature, r.coefficient]),
      [
        ["working_hours_share", 2.265],
        ["automation_client_share", 1.972],
        ["hashtags_per_tweet", 1.947],
        ["n_tweets", 1.036],
        ["in_burst", 0.477],
      ],
    );
    assert.equal(step.value[5].feature, "urls_per_tweet");
    assert.equal(step.value.length, 10);
  },
});

Deno.test({
  name:
    "negativeControlStep() finds nothing between two halves of the demo baseline",
  ignore: !hasDemo,
  async fn() {
    const { study } = await demoStudy();
    const comparisons = (await demoComparisons()).value;
    const step = await negativeControlStep(study, comparisons, {
      rounds: TEST_ROUNDS,
    });
    assert.deepEqual([step.value.a, step.value.b], [
      "demo_organic_half1",
      "demo_organic_half2",
    ]);
    assert.deepEqual(step.text, [
      "Control (750 vs 750 accounts): 0 of 16 tested metrics have q < 0.05 " +
      "(smallest q 0.951, largest |delta| 0.043); 0 of 3 distributions " +
      "differ; cross-validated AUC 0.513.",
    ]);
    assert.deepEqual(step.tables.map((t) => t.name), [
      "tab04_organic_split",
      undefined,
      "tab04_separability",
    ]);
    const checks = step.tables[1].rows as { verdict: string }[];
    assert.deepEqual(checks.map((c) => c.verdict), ["MET", "MET", "MET"]);
    const separability = step.tables[2].rows as { comparison: string }[];
    assert.deepEqual(separability.map((r) => r.comparison), [
      "demo_statebacked vs demo_organic",
      "demo_unattributed vs demo_organic",
      "demo_organic_half1 vs demo_organic_half2 (negative control)",
    ]);
  },
});
