/**
 * The steps of notebook 05, second part: which groups the coordinated
 * accounts form, the network figure, the network files and the tweets
 * behind one edge.
 *
 * @module
 */
import pl from "nodejs-polars";
import {
  clientMixByAccount,
  creationBursts,
  loadClientTaxonomy,
} from "../profile/mod.ts";
import {
  fmtCount,
  isoDay,
  shownPath,
  type StepResult,
  stepResult,
  type Study,
} from "../study/mod.ts";
import { networkLayout, networkSvg } from "../viz/mod.ts";
import { coordinatedAccounts } from "./coordinated_accounts.ts";
import { type Communities, detectCommunities } from "./detect_communities.ts";
import {
  type CommunitySummary,
  summarizeCommunities,
} from "./summarize_communities.ts";
import { writeNetworkFiles } from "./write_network_files.ts";
import { edgeEvidence } from "./edge_evidence.ts";
import {
  type AccountTest,
  MIN_PARTNERS,
  NULL_ROUNDS,
  type NullModels,
  type RetweetNetwork,
  shortId,
} from "./coordination_steps.ts";

/** The coordinated accounts, their edges and communities. */
export interface CoordinatedGroups {
  /** Edges kept by the reaction-time null model (q ≤ alpha). */
  surviving: pl.DataFrame;
  /** Accounts passing the account test with ≥ MIN_PARTNERS such partners. */
  coordinated: string[];
  /** Surviving edges among the coordinated accounts. */
  kept: pl.DataFrame;
  /** Louvain communities of `kept` (seed `study.params.seed`). */
  communities: Communities;
  /** One summary per community. */
  summaries: CommunitySummary[];
}

/** One row of `tab05_communities`. */
export interface CommunityRow {
  community: number;
  size: number;
  members_by_release: string;
  internal_edges: number;
  internal_weight: number;
  burst_share: number | null;
  top_client: string | null;
  top_objects: string;
  busiest_week_share: number | null;
}

/**
 * Which groups do the linked accounts form? Keeps the accounts that pass
 * the account test and have at least {@linkcode MIN_PARTNERS} partners
 * beyond chance that pass it too (the k-core), splits their surviving
 * edges into Louvain communities and summarises each: releases, internal
 * edges, share created on a creation-burst day, top client, top co-retweeted
 * tweets and the share of tweets in the busiest week of co-retweeting
 * (`tab05_communities`).
 *
 * @param study An opened study.
 * @param retweets The co-retweet network step's value.
 * @param nulls The null models step's value.
 * @param accounts The account test step's value.
 * @returns The coordinated accounts, their edges and communities.
 */
export async function communitiesStep(
  study: Study,
  retweets: RetweetNetwork,
  nulls: NullModels,
  accounts: AccountTest,
): Promise<StepResult<CoordinatedGroups>> {
  const surviving = nulls.reacted.edges.filter(pl.col("significant"));
  const passed = [...accounts.passed];
  const coordinated = coordinatedAccounts(
    surviving.filter(pl.col("u").isIn(passed).and(pl.col("v").isIn(passed))),
    MIN_PARTNERS,
  );
  const kept = surviving.filter(
    pl.col("u").isIn(coordinated).and(pl.col("v").isIn(coordinated)),
  );
  const communities = detectCommunities(kept, { seed: study.params.seed });
  const week = await busiestWeek(retweets.actions, kept);
  const summaries = await summarizeCommunities(
    communities,
    kept,
    retweets.actions,
    {
      window: study.params.window_s,
      topObjects: 3,
      inBurst: await burstFlags(study, retweets.users),
      client: await topClients(retweets.tweets),
      windowCounts: await weekCounts(retweets.tweets, week),
    },
  );
  const rows = summaries.map((s) => communityRow(s, retweets.release_of));
  return stepResult({ surviving, coordinated, kept, communities, summaries }, {
    text: [
      `${fmtCount(surviving.height)} surviving edges among ${
        fmtCount(endpoints(surviving).length)
      } accounts; ${
        fmtCount(coordinated.length)
      } accounts pass the account test with ≥ ${MIN_PARTNERS} partners beyond chance, ${
        fmtCount(kept.height)
      } edges among them; ${communities.count} communities; modularity ${
        communities.modularity.toFixed(3)
      }.`,
      week === null
        ? "No surviving edges: no busiest week."
        : `Busiest week of co-retweeting: ${isoDay(week)} to ${
          isoDay(week + 6 * 86_400_000)
        } (UTC).`,
    ],
    tables: [{ name: "tab05_communities", rows, maxRows: 20 }],
  });
}

/** The distinct accounts at either end of some edge, in first-seen order. */
function endpoints(edges: pl.DataFrame): string[] {
  return [
    ...new Set([
      ...edges.getColumn("u").toArray() as string[],
      ...edges.getColumn("v").toArray() as string[],
    ]),
  ];
}

/**
 * Per account with a creation date: `in_burst`, true when it was created on
 * a creation-burst day of its set (each set against the baseline).
 */
async function burstFlags(
  study: Study,
  users: pl.LazyDataFrame,
): Promise<pl.DataFrame> {
  const burstIds = new Set<string>();
  for (const r of study.sets) {
    const b = await creationBursts(r.users, { baseline: study.baseline.users });
    for (const day of b.bursts) for (const u of day.userids) burstIds.add(u);
  }
  const ids = await users.filter(
    pl.col("userid").isNotNull().and(
      pl.col("account_creation_date").isNotNull(),
    ),
  ).select("userid").unique().sort("userid").collect();
  return ids.withColumns(
    pl.Series(
      "in_burst",
      (ids.getColumn("userid").toArray() as string[]).map((u) =>
        burstIds.has(u)
      ),
      pl.Bool,
    ),
  );
}

/** Per account, its most used client category (`userid`, `client`). */
async function topClients(tweets: pl.LazyDataFrame): Promise<pl.DataFrame> {
  return (await clientMixByAccount(tweets, await loadClientTaxonomy()))
    .select("userid", pl.col("top_client").alias("client"));
}

/**
 * The start (Unix ms, UTC) of the Monday-start week with the most actions
 * of accounts in `kept`, ties to the earliest; null without edges.
 */
async function busiestWeek(
  actions: pl.LazyDataFrame,
  kept: pl.DataFrame,
): Promise<number | null> {
  const weeks = await actions.filter(pl.col("userid").isIn(endpoints(kept)))
    .select(
      pl.col("t").mul(1000).cast(pl.Datetime("ms")).dt.truncate("1w").cast(
        pl.Int64,
      ).alias("week"),
    )
    .groupBy("week").agg(pl.len().alias("n"))
    .sort(["n", "week"], [true, false])
    .collect();
  // toArray, not get(0): get truncates Int64 values to 32 bits in nodejs-polars 0.25.
  return weeks.height > 0 ? Number(weeks.getColumn("week").toArray()[0]) : null;
}

/**
 * Per account: `n_tweets` and `n_in_window`, its tweets in the week that
 * starts at `week` (0 without a week).
 */
async function weekCounts(
  tweets: pl.LazyDataFrame,
  week: number | null,
): Promise<pl.DataFrame> {
  const ms = pl.col("tweet_time").cast(pl.Datetime("ms")).cast(pl.Int64);
  return await tweets.filter(pl.col("userid").isNotNull())
    .groupBy("userid")
    .agg(
      pl.len().cast(pl.Float64).alias("n_tweets"),
      week === null
        ? pl.lit(0).cast(pl.Float64).alias("n_in_window")
        : ms.gtEq(pl.lit(week)).and(ms.lt(pl.lit(week + 7 * 86_400_000)))
          .cast(pl.Float64).sum().alias("n_in_window"),
    )
    .collect();
}

/** A community's row of `tab05_communities`. */
function communityRow(
  s: CommunitySummary,
  releaseOf: Map<string, string>,
): CommunityRow {
  const bySource = new Map<string, number>();
  for (const m of s.members) {
    const src = releaseOf.get(m) ?? "unknown";
    bySource.set(src, (bySource.get(src) ?? 0) + 1);
  }
  const round3 = (x: number | null) => x === null ? null : Number(x.toFixed(3));
  return {
    community: s.community,
    size: s.size,
    members_by_release: [...bySource.entries()].sort((a, b) =>
      b[1] - a[1] || a[0].localeCompare(b[0])
    ).map(([k, v]) => `${k} ${v}`).join(", "),
    internal_edges: s.internal_edges,
    internal_weight: s.internal_weight,
    burst_share: round3(s.burst_share),
    top_client: s.client_mix[0]
      ? `${s.client_mix[0].client} (${s.client_mix[0].accounts})`
      : null,
    top_objects: s.top_objects.map((o) => `${o.object} (${o.accounts})`)
      .join("; "),
    busiest_week_share: round3(s.window_share),
  };
}

/** The network figure: its SVG, and each node's place. */
export interface NetworkFigure {
  /** The SVG (`present` saves it as `figures/fig05_network.svg`). */
  svg: string;
}

/**
 * What does the network look like? The coordinated accounts' surviving
 * edges drawn with a seeded force layout, coloured by community, saved as
 * `figures/fig05_network.svg` (+ PNG, and node positions as CSV). The SVG
 * is not a Vega-Lite chart, so the step saves it and returns it for
 * display.
 *
 * @param study An opened study.
 * @param retweets The co-retweet network step's value.
 * @param groups The communities step's value.
 * @returns The SVG and its display bundle.
 */
export function networkFigureStep(
  study: Study,
  retweets: RetweetNetwork,
  groups: CoordinatedGroups,
): StepResult<NetworkFigure> {
  const { window_s, min_repeat, alpha, seed } = study.params;
  const nodes = (groups.communities.assignment.toRecords() as {
    userid: string;
    community: number;
  }[]).map((r) => ({ id: r.userid, community: r.community }));
  const edges = (groups.kept.select("u", "v", "weight").toRecords() as {
    u: string;
    v: string;
    weight: bigint;
  }[]).map((e) => ({ source: e.u, target: e.v, weight: Number(e.weight) }));
  const layout = { seed, ticks: 300, width: 640, height: 480 };
  const svg = networkSvg(nodes, edges, {
    ...layout,
    title: "Co-retweet network: edges beyond chance",
    subtitle:
      `Δ = ${window_s} s, K = ${min_repeat}, q ≤ ${alpha} (reaction times, one account at a time, ${NULL_ROUNDS} rounds), account test (Holm ≤ ${alpha}), ≥ ${MIN_PARTNERS} partners; ${
        fmtCount(nodes.length)
      } accounts, ${fmtCount(edges.length)} edges`,
    synthetic: study.synthetic,
  });
  const positions = networkLayout(nodes, edges, layout).map((n) => ({
    userid: n.id,
    community: n.community,
    release: retweets.release_of.get(n.id) ?? null,
    x: n.x,
    y: n.y,
  }));
  return stepResult({ svg }, {
    figures: [{ name: "fig05_network", svg, rows: positions }],
  });
}

/**
 * Files for Gephi, igraph and spreadsheets: every edge with weight ≥ K and
 * its null-model columns (`tab05_edges`), written as
 * `networks/net05_retweet_w<Δ>_k<K>` and, surviving edges only, `…_significant`
 * (GEXF, GraphML, edge and node CSV and Parquet).
 *
 * @param study An opened study.
 * @param retweets The co-retweet network step's value.
 * @param nulls The null models step's value.
 * @param groups The communities step's value.
 * @returns The edge table.
 */
export async function networkFilesStep(
  study: Study,
  retweets: RetweetNetwork,
  nulls: NullModels,
  groups: CoordinatedGroups,
): Promise<StepResult<pl.DataFrame>> {
  const edgeTable = retweets.network.edges.join(
    nulls.reacted.edges.select(
      "u",
      "v",
      "expected_weight",
      "p_value",
      "q_value",
      "significant",
    ),
    { on: ["u", "v"], how: "left" },
  ).sort(["u", "v"]);
  const { window_s, min_repeat } = study.params;
  const stem = `net05_retweet_w${window_s}_k${min_repeat}`;
  const dir = study.dirs.networks;
  const all = await writeNetworkFiles(
    dir,
    stem,
    edgeTable,
    groups.communities,
  );
  const kept = await writeNetworkFiles(
    dir,
    `${stem}_significant`,
    edgeTable.filter(pl.col("significant")),
    groups.communities,
  );
  const files = [...Object.values(all), ...Object.values(kept)];
  return stepResult(edgeTable, {
    text: [
      `Saved ${files.map((f) => shownPath(f, study.dirs.out)).join(", ")}.`,
    ],
    tables: [{ name: "tab05_edges", rows: edgeTable, show: false }],
  });
}

/**
 * What is behind one edge? The retweets behind the heaviest surviving edge
 * among the coordinated accounts (ties by account id), with the file and
 * line each was read from (`tab05_edge_evidence`; the first 12 shown).
 *
 * @param study An opened study.
 * @param retweets The co-retweet network step's value.
 * @param groups The communities step's value.
 * @returns The evidence rows (null without a surviving edge).
 */
export async function edgeEvidenceStep(
  study: Study,
  retweets: RetweetNetwork,
  groups: CoordinatedGroups,
): Promise<StepResult<pl.DataFrame | null>> {
  const heaviest = groups.kept
    .sort(["weight", "u", "v"], [true, false, false]).head(1)
    .toRecords()[0] as
      | {
        u: string;
        v: string;
        weight: bigint;
        expected_weight: number;
        q_value: number;
      }
      | undefined;
  if (!heaviest) {
    return stepResult(null, { text: ["No surviving edge to show."] });
  }
  const evidence = await edgeEvidence(
    retweets.actions,
    heaviest.u,
    heaviest.v,
    { window: study.params.window_s },
  );
  return stepResult(evidence, {
    text: [
      `Edge ${shortId(heaviest.u)} – ${
        shortId(heaviest.v)
      }: weight ${heaviest.weight} (expected by chance ${
        heaviest.expected_weight.toFixed(1)
      }, q = ${
        heaviest.q_value.toFixed(4)
      }); ${evidence.height} retweets behind it.`,
    ],
    tables: [{
      name: "tab05_edge_evidence",
      rows: evidence,
      display: evidence.head(12).withColumns(
        pl.col("userid").str.slice(0, 10).alias("userid"),
      ),
    }],
  });
}
