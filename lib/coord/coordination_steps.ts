/**
 * The steps of notebook 05 ("Who acts together, and how surely?"), first
 * part: the co-retweet network of the study, how it depends on Δ and K,
 * which edges beat two null models, and which accounts pass the account
 * test. Each takes an opened study (and earlier steps' values) and returns
 * what a reader sees; `present()` shows and saves it.
 *
 * The notebook's method settings that are not study parameters are
 * {@linkcode NULL_ROUNDS} and {@linkcode MIN_PARTNERS}; Δ, K, the seed and
 * the error rate are `study.params` (`window_s`, `min_repeat`, `seed`,
 * `alpha`).
 *
 * @module
 */
import pl from "nodejs-polars";
import { stackReleases } from "../io/mod.ts";
import {
  fmtCount,
  type StepResult,
  stepResult,
  type Study,
} from "../study/mod.ts";
import {
  networkSweepChart,
  networkSweepChartRows,
} from "../viz/network_sweep_chart.ts";
import { nullModelChart, nullModelChartRows } from "../viz/null_model_chart.ts";
import { extractActions } from "./extract_actions.ts";
import {
  coordinationNetwork,
  type CoordNetwork,
} from "./coordination_network.ts";
import { nullModel, type NullModelResult } from "./null_model.ts";
import { type ReactionTimes, reactionTimes } from "./reaction_times.ts";
import {
  type AccountSignificance,
  accountSignificance,
} from "./account_significance.ts";

/**
 * Null-model rounds of the notebook. 1,000 rounds take several minutes on
 * the demo on a 2-core machine, too long for a notebook meant to rerun in
 * about a minute; 100 rounds take 10–20 s per null model, and no p-value
 * can then be below 1/101 ≈ 0.0099. Raise it for a publication-grade run
 * (p-values and survivors change a little).
 */
export const NULL_ROUNDS = 100;

/**
 * An account counts as coordinated when it passes the account test and
 * has at least this many partners beyond chance that pass it too, each of
 * which has as many (the k-core of the surviving edges among those
 * accounts): one significant edge alone may be chance.
 */
export const MIN_PARTNERS = 2;

/** The two null models' names, as the tables and chart print them. */
export const NULL_MODEL_NAMES = {
  shuffled: "shuffled retweet times",
  reacted: "shuffled reaction times, one account at a time",
} as const;

/** The co-retweet network of the study and what later steps need. */
export interface RetweetNetwork {
  /** The conversation's tweets (sets then baseline, deduplicated). */
  tweets: pl.LazyDataFrame;
  /** The conversation's users, stacked, with `source`. */
  users: pl.LazyDataFrame;
  /** userid → the release of its first users row. */
  release_of: Map<string, string>;
  /** Distinct retweet actions (collected). */
  actions: pl.LazyDataFrame;
  /** The network at Δ = `window_s`, K = `min_repeat`. */
  network: CoordNetwork;
}

/**
 * What does co-retweeting within Δ mean? Builds the co-retweet network of
 * the study's conversation at Δ = `study.params.window_s` and
 * K = `study.params.min_repeat`, and shows that on minute data any Δ under
 * a minute acts as Δ = 0 (the networks at 30 s and 0 s are the same).
 *
 * @param study An opened study: its conversation is the groups' tweets,
 *   stacked with a `source` column, each tweet once.
 * @returns The network, its actions and who comes from which release.
 */
export async function coRetweetNetworkStep(
  study: Study,
): Promise<StepResult<RetweetNetwork>> {
  const { window_s, min_repeat } = study.params;
  const tweets = stackReleases(study.groups, "tweets", {
    label: "source",
    dedupe: true,
  });
  const users = stackReleases(study.groups, "users", { label: "source" });
  const actions = (await extractActions(tweets, "retweet").collect()).lazy();
  const network = await coordinationNetwork(actions, {
    window: window_s,
    minRepeat: min_repeat,
  });
  const sub30 = await coordinationNetwork(actions, {
    window: 30,
    minRepeat: min_repeat,
  });
  const sub0 = await coordinationNetwork(actions, {
    window: 0,
    minRepeat: min_repeat,
  });
  const n = network;
  return stepResult({
    tweets,
    users,
    release_of: await releaseOf(users),
    actions,
    network,
  }, {
    text: [
      `${
        fmtCount(n.n_actions)
      } distinct retweet actions; all times are whole minutes: ${n.minute_resolution}.`,
      `Δ = ${window_s} s, K = ${min_repeat}: ${
        fmtCount(n.n_pairs_any)
      } pairs of accounts co-retweeted at least once; ${
        fmtCount(n.n_pairs)
      } edges (weight ≥ ${min_repeat}) among ${
        fmtCount(n.n_accounts)
      } accounts; largest weight ${fmtCount(n.max_weight)}.`,
      ...n.warnings.map((w) => `Warning: ${w}`),
      ...sub30.warnings.map((w) => `Warning (Δ = 30 s): ${w}`),
      `Δ = 30 s and Δ = 0 s give the same edges: ${
        sub30.edges.frameEqual(sub0.edges)
      } (${fmtCount(sub30.n_pairs)} edges each).`,
    ],
  });
}

/** userid → the release (`source`) of its first users row. */
async function releaseOf(
  users: pl.LazyDataFrame,
): Promise<Map<string, string>> {
  const first = await users.filter(pl.col("userid").isNotNull())
    .unique({ subset: ["userid"], keep: "first", maintainOrder: true })
    .select("userid", "source")
    .collect();
  return new Map(
    (first.toRecords() as { userid: string; source: string }[]).map((r) => [
      r.userid,
      r.source,
    ]),
  );
}

/** One row of `tab05_sweep`. */
export interface SweepRow {
  window_s: number;
  min_repeat: number;
  pairs_any: number;
  edges: number;
  accounts: number;
  sum_weight: number;
  max_weight: number;
}

/** The windows (s) and minimum repeats the sweep rebuilds the network for. */
export const SWEEP = { windows: [60, 300, 3600], minRepeats: [2, 3, 5] };

/**
 * How much does the network depend on Δ and K? The network rebuilt for
 * Δ = 60 s, 5 min, 1 h and K = 2, 3, 5 (`tab05_sweep`, `fig05_sweep`).
 *
 * @param study An opened study.
 * @param retweets The co-retweet network step's value (reused where Δ and K
 *   match the study's).
 * @returns The sweep's rows.
 */
export async function networkSweepStep(
  study: Study,
  retweets: RetweetNetwork,
): Promise<StepResult<SweepRow[]>> {
  const rows: SweepRow[] = [];
  for (const window of SWEEP.windows) {
    for (const minRepeat of SWEEP.minRepeats) {
      const n = window === study.params.window_s &&
          minRepeat === study.params.min_repeat
        ? retweets.network
        : await coordinationNetwork(retweets.actions, { window, minRepeat });
      rows.push({
        window_s: window,
        min_repeat: minRepeat,
        pairs_any: n.n_pairs_any,
        edges: n.n_pairs,
        accounts: n.n_accounts,
        sum_weight: n.sum_weight,
        max_weight: n.max_weight,
      });
    }
  }
  const spec = networkSweepChart({
    title: "Co-retweet network by window Δ and minimum repeat K",
    synthetic: study.synthetic,
    subtitle: `${study.groups.map((r) => r.name).join(" + ")}; log scale`,
    windows: SWEEP.windows,
  });
  return stepResult(rows, {
    text: [sweepSentence(rows)],
    tables: [{ name: "tab05_sweep", rows }],
    charts: [{ name: "fig05_sweep", spec, rows: networkSweepChartRows(rows) }],
  });
}

/** The sweep's range, in one sentence. */
function sweepSentence(rows: SweepRow[]): string {
  const first = rows[0], last = rows[rows.length - 1];
  const edges = rows.map((r) => r.edges);
  return `Edges range from ${fmtCount(Math.min(...edges))} to ${
    fmtCount(Math.max(...edges))
  } over the sweep: ${fmtCount(first.edges)} at Δ = ${first.window_s} s, ` +
    `K = ${first.min_repeat}; ${
      fmtCount(last.edges)
    } at Δ = ${last.window_s} s, K = ${last.min_repeat}.`;
}

/** The two null models of the notebook and the reaction times behind one. */
export interface NullModels {
  /** Shuffled retweet times (both accounts). */
  shuffled: NullModelResult;
  /** Reaction times of the retweets (time since the retweeted tweet). */
  reaction: ReactionTimes;
  /** Shuffled reaction times, one account at a time. */
  reacted: NullModelResult;
}

/** One row of `tab05_null_models`. */
export interface NullModelRow {
  null_model: string;
  rounds: number;
  edges_tested: number;
  edges_surviving: number;
  accounts_in_surviving_edges: number;
  median_weight: number;
  median_expected_weight: number;
}

/**
 * Is a link more than chance? Runs the null model on shuffled retweet
 * times and on shuffled reaction times one account at a time
 * ({@linkcode NULL_ROUNDS} rounds, `study.params.seed`, Benjamini–Hochberg
 * at `study.params.alpha`), and tabulates what each keeps
 * (`tab05_null_models`).
 *
 * @param study An opened study.
 * @param retweets The co-retweet network step's value.
 * @returns Both null models and the reaction times.
 */
export async function nullModelsStep(
  study: Study,
  retweets: RetweetNetwork,
): Promise<StepResult<NullModels>> {
  const { seed, alpha } = study.params;
  const { actions, network } = retweets;
  const shuffled = await nullModel(actions, network, {
    rounds: NULL_ROUNDS,
    seed,
    alpha,
  });
  const reaction = await reactionTimes(actions);
  const reacted = await nullModel(reaction.actions, network, {
    rounds: NULL_ROUNDS,
    seed,
    alpha,
    shuffle: "each",
  });
  const rows = [
    nullModelRow(NULL_MODEL_NAMES.shuffled, shuffled),
    nullModelRow(NULL_MODEL_NAMES.reacted, reacted),
  ];
  return stepResult({ shuffled, reaction, reacted }, {
    text: [
      `Reaction times: ${fmtCount(reaction.n_from_snowflake)} of ${
        fmtCount(reaction.n_objects)
      } retweeted tweets dated by their snowflake id; ${
        fmtCount(reaction.n_from_first_action)
      } by their first retweet in the data (see the caveats).`,
      ...[...shuffled.warnings, ...reacted.warnings].map((w) =>
        `Warning: ${w}`
      ),
      ...rows.map((r) =>
        `${r.null_model}: ${fmtCount(r.edges_surviving)} of ${
          fmtCount(r.edges_tested)
        } edges have q ≤ ${alpha} (${r.rounds} rounds).`
      ),
    ],
    tables: [{ name: "tab05_null_models", rows }],
  });
}

/** A null model's row of `tab05_null_models`. */
function nullModelRow(name: string, res: NullModelResult): NullModelRow {
  const kept = res.edges.filter(pl.col("significant"));
  const accounts = new Set([
    ...kept.getColumn("u").toArray(),
    ...kept.getColumn("v").toArray(),
  ]);
  return {
    null_model: name,
    rounds: res.rounds,
    edges_tested: res.edges.height,
    edges_surviving: res.n_significant,
    accounts_in_surviving_edges: accounts.size,
    median_weight: res.edges.getColumn("weight").median(),
    median_expected_weight: Number(
      res.edges.getColumn("expected_weight").median().toFixed(3),
    ),
  };
}

/**
 * Observed edge weight against chance: each null model's edges binned by
 * observed and expected weight (`fig05_null_models`).
 *
 * @param study An opened study.
 * @param nulls The null models step's value.
 * @returns The chart's rows.
 */
export function nullModelChartStep(
  study: Study,
  nulls: NullModels,
): StepResult<null> {
  const { window_s, min_repeat, alpha } = study.params;
  const panels = [
    "Shuffled retweet times",
    "Shuffled reaction times, one account at a time",
  ];
  const edges = [nulls.shuffled, nulls.reacted].flatMap((res, i) =>
    (res.edges.select("weight", "expected_weight", "significant")
      .toRecords() as Record<string, unknown>[]).map((e) => ({
        null_model: panels[i],
        weight: Number(e.weight),
        expected_weight: Number(e.expected_weight),
        significant: e.significant === true,
      }))
  );
  const spec = nullModelChart({
    title: "Observed edge weight against chance",
    synthetic: study.synthetic,
    subtitle:
      `Δ = ${window_s} s, K = ${min_repeat}, ${NULL_ROUNDS} rounds; symmetric log scales; dot area = edges in a bin`,
    panels,
    alpha,
  });
  return stepResult(null, {
    charts: [{
      name: "fig05_null_models",
      spec,
      rows: nullModelChartRows(edges, alpha),
    }],
  });
}

/** The account test's result and the accounts that pass it. */
export interface AccountTest {
  test: AccountSignificance;
  /** Userids passing Holm at `alpha`. */
  passed: Set<string>;
}

/**
 * Which accounts co-act more than their own timing explains? The account
 * test on reaction times with Holm's correction at `study.params.alpha`
 * (`tab05_accounts`, every tested account with its release); shows the
 * five weakest that pass and the five strongest that do not.
 *
 * @param study An opened study.
 * @param retweets The co-retweet network step's value.
 * @param nulls The null models step's value (for the reaction times).
 * @returns The test and the passing accounts.
 */
export async function accountTestStep(
  study: Study,
  retweets: RetweetNetwork,
  nulls: NullModels,
): Promise<StepResult<AccountTest>> {
  const alpha = study.params.alpha;
  const test = await accountSignificance(
    nulls.reaction.actions,
    retweets.network,
    { alpha },
  );
  const passed = new Set(
    test.accounts.filter(pl.col("significant")).getColumn("userid")
      .toArray() as string[],
  );
  const rows = test.accounts.withColumns(
    pl.Series(
      "release",
      (test.accounts.getColumn("userid").toArray() as string[]).map((u) =>
        retweets.release_of.get(u) ?? "unknown"
      ),
      pl.Utf8,
    ),
  );
  return stepResult({ test, passed }, {
    text: [
      `Account test on reaction times: ${fmtCount(test.n_significant)} of ${
        fmtCount(test.accounts.height)
      } accounts in the network pass Holm at ${alpha}.`,
      "Below: the five weakest accounts that pass and the five strongest that do not.",
    ],
    tables: [{ name: "tab05_accounts", rows, display: nearCut(rows) }],
  });
}

/** Shortens a long (hashed) id for display: 10 characters and `…`. */
export function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 10)}…` : id;
}

/** The five weakest passing and five strongest failing accounts, rounded. */
function nearCut(rows: pl.DataFrame): Record<string, unknown>[] {
  type Row = {
    userid: string;
    release: string;
    n_actions: number;
    co_objects: number;
    expected_co_objects: number;
    p_value: number;
    p_holm: number;
    significant: boolean;
  };
  const byP = (a: Row, b: Row) =>
    a.p_value - b.p_value || (a.userid < b.userid ? -1 : 1);
  const records = rows.toRecords() as unknown as Row[];
  return [
    ...records.filter((r) => r.significant).sort(byP).slice(-5),
    ...records.filter((r) => !r.significant).sort(byP).slice(0, 5),
  ].map((r) => ({
    userid: shortId(r.userid),
    release: r.release,
    actions: r.n_actions,
    co_objects: r.co_objects,
    expected: Number(r.expected_co_objects.toFixed(2)),
    p_value: Number(r.p_value.toPrecision(3)),
    p_holm: Number(r.p_holm.toPrecision(3)),
    passes: r.significant,
  }));
}
