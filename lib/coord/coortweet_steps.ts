/**
 * Notebook 05 on real data: CooRTweet's anonymised Russian retweets
 * (MIT-licensed, in `data/samples/coortweet/`), compared with CooRTweet's
 * own defaults, then tested with the same null model, account test and
 * communities.
 *
 * @module
 */
import pl from "nodejs-polars";
import { join } from "node:path";
import { PROJECT_ROOT } from "../io/mod.ts";
import {
  fmtCount,
  shownPath,
  type StepResult,
  stepResult,
  type Study,
} from "../study/mod.ts";
import { readCoorTweet } from "./read_coortweet.ts";
import {
  coordinationNetwork,
  type CoordNetwork,
  type Weighting,
} from "./coordination_network.ts";
import { nullModel } from "./null_model.ts";
import { accountSignificance } from "./account_significance.ts";
import { reactionTimes } from "./reaction_times.ts";
import { type Communities, detectCommunities } from "./detect_communities.ts";
import { summarizeCommunities } from "./summarize_communities.ts";
import { writeNetworkFiles } from "./write_network_files.ts";
import { shortId } from "./coordination_steps.ts";

/** CooRTweet's example data, as shipped with the project. */
export const COORTWEET_SAMPLE = join(
  PROJECT_ROOT,
  "data",
  "samples",
  "coortweet",
  "russian_coord_tweets.csv",
);

/** Null-model rounds on the CooRTweet sample (under a second there). */
export const COORTWEET_ROUNDS = 1000;

/** One way of counting the network: this project's, or CooRTweet's. */
export interface CoorTweetSetting {
  setting: string;
  window: number;
  minRepeat: number;
  weighting: Weighting;
}

/** The three settings compared: this project's first. */
export const COORTWEET_SETTINGS: readonly CoorTweetSetting[] = [
  {
    setting: "this project: Δ = 60 s, K = 2, objects",
    window: 60,
    minRepeat: 2,
    weighting: "objects",
  },
  {
    setting: "CooRTweet default window: Δ = 10 s, all pairs, share pairs",
    window: 10,
    minRepeat: 1,
    weighting: "coortweet",
  },
  {
    setting: "CooRTweet vignette: Δ = 60 s, all pairs, share pairs",
    window: 60,
    minRepeat: 1,
    weighting: "coortweet",
  },
];

/** One row of `tab05_coortweet`. */
export interface CoorTweetRow {
  setting: string;
  actions: number;
  pairs_any: number;
  edges: number;
  accounts: number;
  max_weight: number;
  median_weight: number | null;
  edges_above_median: number | null;
}

/** The sample's actions and its network in this project's setting. */
export interface CoorTweetNetwork {
  actions: pl.LazyDataFrame;
  network: CoordNetwork;
}

/**
 * The same code on real data: the CooRTweet sample's network under this
 * project's setting and CooRTweet's default and vignette settings
 * (`tab05_coortweet`), with CooRTweet's median edge-weight threshold.
 *
 * @param _study An opened study (the sample does not depend on it).
 * @param path The CooRTweet table (default {@linkcode COORTWEET_SAMPLE}).
 * @returns The actions and the network in this project's setting.
 */
export async function coortweetSettingsStep(
  _study: Study,
  path: string = COORTWEET_SAMPLE,
): Promise<StepResult<CoorTweetNetwork>> {
  const actions = (await readCoorTweet(path).collect()).lazy();
  const rows: CoorTweetRow[] = [];
  let network: CoordNetwork | null = null;
  for (const s of COORTWEET_SETTINGS) {
    const n = await coordinationNetwork(actions, s);
    network ??= n;
    rows.push(settingRow(s.setting, n));
  }
  const [ours, , vignette] = rows;
  return stepResult({ actions, network: network! }, {
    text: [
      `${fmtCount(ours.actions)} retweets; at Δ = 60 s ${
        fmtCount(ours.pairs_any)
      } pairs of accounts co-retweeted at least once. This project keeps ${
        fmtCount(ours.edges)
      } edges (K = 2); CooRTweet's vignette setting reports all ${
        fmtCount(vignette.edges)
      } pairs and marks ${
        fmtCount(vignette.edges_above_median ?? 0)
      } above its median weight.`,
    ],
    tables: [{ name: "tab05_coortweet", rows }],
  });
}

/** A setting's row of `tab05_coortweet`. */
function settingRow(setting: string, n: CoordNetwork): CoorTweetRow {
  const weights = n.edges.getColumn("weight").cast(pl.Float64);
  const median = n.n_pairs ? weights.quantile(0.5, "linear") : null;
  return {
    setting,
    actions: n.n_actions,
    pairs_any: n.n_pairs_any,
    edges: n.n_pairs,
    accounts: n.n_accounts,
    max_weight: n.max_weight,
    median_weight: median,
    edges_above_median: median === null
      ? null
      : n.edges.filter(pl.col("weight").cast(pl.Float64).gt(median)).height,
  };
}

/** One row of `tab05_coortweet_communities`. */
export interface CoorTweetCommunityRow {
  community: number;
  size: number;
  internal_edges: number;
  internal_weight: number;
  top_objects: string;
}

/**
 * Which CooRTweet edges and accounts beat chance? The null model on
 * shuffled times ({@linkcode COORTWEET_ROUNDS} rounds, `study.params.seed`,
 * BH at `study.params.alpha`), the account test on shuffled times and on
 * reaction times dated by each tweet's first retweet, Louvain communities
 * of the surviving edges (`tab05_coortweet_communities`, the ten largest)
 * and the network files `networks/net05_coortweet_w60_k2_significant`.
 *
 * @param study An opened study (seed, alpha, output folders).
 * @param ct The settings step's value.
 * @returns The communities of the surviving edges.
 */
export async function coortweetNullStep(
  study: Study,
  ct: CoorTweetNetwork,
): Promise<StepResult<Communities>> {
  const { seed, alpha } = study.params;
  const nulls = await nullModel(ct.actions, ct.network, {
    rounds: COORTWEET_ROUNDS,
    seed,
    alpha,
  });
  const accounts = await accountSignificance(ct.actions, ct.network, {
    alpha,
  });
  const first = await reactionTimes(ct.actions);
  const firstAccounts = await accountSignificance(first.actions, ct.network, {
    alpha,
  });
  const kept = nulls.edges.filter(pl.col("significant"));
  const communities = detectCommunities(kept, { seed });
  const rows = await communityRows(communities, kept, ct.actions);
  const files = await writeNetworkFiles(
    study.dirs.networks,
    "net05_coortweet_w60_k2_significant",
    kept,
    communities,
  );
  return stepResult(communities, {
    text: [
      ...nulls.warnings.map((w) => `Warning: ${w}`),
      `Account test (Holm ≤ ${alpha}): ${accounts.n_significant} of ${accounts.accounts.height} accounts on shuffled times; ` +
      `${firstAccounts.n_significant} on reaction times dated by each tweet's first retweet (${
        fmtCount(first.n_from_first_action)
      } of ${fmtCount(first.n_objects)} tweets have no id time).`,
      `Null model (shuffled times, ${nulls.rounds} rounds): ${nulls.n_significant} of ${nulls.edges.height} edges have q ≤ ${alpha}; ` +
      `${communities.count} communities among ${communities.assignment.height} accounts.`,
      `Saved ${shownPath(files.gexf, study.dirs.out)} and its tables.`,
    ],
    tables: [{ name: "tab05_coortweet_communities", rows }],
  });
}

/** The ten largest communities' rows, top objects shortened. */
async function communityRows(
  communities: Communities,
  kept: pl.DataFrame,
  actions: pl.LazyDataFrame,
): Promise<CoorTweetCommunityRow[]> {
  const summaries = await summarizeCommunities(communities, kept, actions, {
    window: 60,
    topObjects: 2,
  });
  return summaries.slice(0, 10).map((s) => ({
    community: s.community,
    size: s.size,
    internal_edges: s.internal_edges,
    internal_weight: s.internal_weight,
    top_objects: s.top_objects.map((o) =>
      `${shortId(o.object)} (${o.accounts})`
    )
      .join("; "),
  }));
}
