/**
 * The per-account tables the account flags read, computed with
 * `lib/profile` and `lib/coord`.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { Release } from "../io/release_types.ts";
import {
  clientMixByAccount,
  type ClientTaxonomy,
  type CreationBurstOptions,
  type CreationBursts,
  creationBursts,
  intervalStats,
  weeklyRhythmByAccount,
} from "../profile/mod.ts";
import {
  coordinationNetwork,
  type CoordMode,
  type CoordNetwork,
  detectCommunities,
  extractActions,
  nullModel,
  type NullModelResult,
} from "../coord/mod.ts";
import { checkUtcOffset } from "./_day.ts";

/**
 * Per-account tables, one per flag input (each sorted by userid, one row
 * per account). Any may be absent; a flag whose table is absent cannot be
 * enabled.
 */
export interface FlagInputs {
  /** `userid`, `n_tweets` (Float64): tweets with a valid time, for `minTweets`. */
  activity?: pl.DataFrame;
  /** `userid`, `in_burst` (Bool): every account with a dated users row. */
  bursts?: pl.DataFrame;
  /** `userid`, `automation_client_share`, `scheduler_client_share`, `unknown_client_share` (Float64). */
  clients?: pl.DataFrame;
  /**
   * `userid`, `community` (Float64), `community_size`, `max_weight`
   * (Float64): accounts in at least one co-action edge that survived the
   * null model; `max_weight` is the weight of the account's strongest such
   * edge. Accounts not listed are not coordinated.
   */
  coordination?: pl.DataFrame;
  /** `userid`, `regularity` (Float64; null when no non-zero gap). */
  regularity?: pl.DataFrame;
  /** `userid`, `working_hours_share` (Float64) at the chosen UTC offset. */
  workingHours?: pl.DataFrame;
  /** `userid`, `follower_count` (Float64). */
  followers?: pl.DataFrame;
  /** `userid`, `takedown` (Utf8: the takedown releases listing it). Accounts not listed were not removed. */
  takedown?: pl.DataFrame;
}

/** Options of {@linkcode flagInputs}. */
export interface FlagInputsOptions {
  /** Client taxonomy (`loadClientTaxonomy()` from lib/profile). */
  taxonomy: ClientTaxonomy;
  /** Hours added to UTC for working hours (default 0; Venezuela: −4). */
  utcOffset?: number;
  /** Options of `creationBursts` (e.g. a `baseline` users frame). */
  bursts?: CreationBurstOptions;
  /**
   * Co-action network and null model (`lib/coord`), or `false` to skip the
   * coordination input. Defaults: mode `retweet`, window 60 s, minRepeat 2,
   * 1000 rounds, seed 1, BH alpha 0.05; Louvain with the same seed.
   */
  coordination?: false | {
    mode?: CoordMode;
    window?: number;
    minRepeat?: number;
    rounds?: number;
    seed?: number;
    alpha?: number;
  };
  /** Releases of removed accounts, for the `takedown` input. */
  takedown?: readonly Release[];
}

/** Result of {@linkcode flagInputs}. */
export interface FlagInputsResult {
  inputs: FlagInputs;
  /** The creation-burst test behind `inputs.bursts`. */
  bursts: CreationBursts;
  /** The co-action network and null model behind `inputs.coordination`. */
  network: CoordNetwork | null;
  nullModel: NullModelResult | null;
  /** Caveats (from the coordination functions), one sentence each. */
  notes: string[];
}

/**
 * Computes every flag input of a conversation:
 * - `activity`, `workingHours`: `weeklyRhythmByAccount(tweets, utcOffset)`
 *   (`n_tweets_with_time`, `working_hours_share`);
 * - `bursts`: `creationBursts` over the conversation's users, one row per
 *   userid (its first row in `users` order), with `options.bursts`; without
 *   a baseline the reference rate is uniform over the creation span;
 * - `clients`: `clientMixByAccount(tweets, taxonomy)`;
 * - `regularity`: `intervalStats(tweets, { minTweets: 2 })` (the flag
 *   applies its own `minTweets`);
 * - `followers`: the largest non-null `follower_count` of the account's
 *   users rows (releases snapshot counts at different times; the largest
 *   is the least likely to call an account small);
 * - `coordination`: `extractActions` → `coordinationNetwork` → `nullModel`
 *   → `detectCommunities` on the edges with q ≤ alpha;
 * - `takedown`: the userids of the users and tweets of `options.takedown`.
 *
 * @param tweets Tweets of the conversation (archive schema).
 * @param users Users of the conversation (archive schema).
 * @param options Taxonomy, offset, burst and coordination settings.
 * @returns The tables, the burst test, the network and null model, notes.
 */
export async function flagInputs(
  tweets: pl.LazyDataFrame,
  users: pl.LazyDataFrame,
  options: FlagInputsOptions,
): Promise<FlagInputsResult> {
  const offset = options.utcOffset ?? 0;
  checkUtcOffset("Computing flag inputs", offset);
  const notes: string[] = [];

  const rhythm = await weeklyRhythmByAccount(tweets, offset);
  const activity = rhythm.select(
    pl.col("userid"),
    pl.col("n_tweets_with_time").alias("n_tweets"),
  );
  const workingHours = rhythm.select("userid", "working_hours_share");
  const { bursts, table: burstTable } = await burstInputs(
    users,
    options.bursts,
  );
  const clients = (await clientMixByAccount(tweets, options.taxonomy)).select(
    "userid",
    "automation_client_share",
    "scheduler_client_share",
    "unknown_client_share",
  );
  const regularity = (await intervalStats(tweets, { minTweets: 2 })).accounts
    .select("userid", "regularity");
  const inputs: FlagInputs = {
    activity,
    bursts: burstTable,
    clients,
    regularity,
    workingHours,
    followers: await followerTable(users),
  };

  let network: CoordNetwork | null = null;
  let nulls: NullModelResult | null = null;
  if (options.coordination !== false) {
    const coord = await coordinationInputs(tweets, options.coordination ?? {});
    ({ network, nulls } = coord);
    notes.push(...network.warnings, ...nulls.warnings);
    inputs.coordination = coord.table;
  }
  if (options.takedown !== undefined) {
    inputs.takedown = await takedownTable(options.takedown);
  }
  return { inputs, bursts, network, nullModel: nulls, notes };
}

/**
 * The creation-burst test over each account's first users row, and the
 * `bursts` input: `userid`, `in_burst` for every account with a creation
 * date.
 */
async function burstInputs(
  users: pl.LazyDataFrame,
  options: CreationBurstOptions | undefined,
): Promise<{ bursts: CreationBursts; table: pl.DataFrame }> {
  const firstUsers = users
    .filter(pl.col("userid").isNotNull())
    .unique({ subset: ["userid"], keep: "first", maintainOrder: true });
  const bursts = await creationBursts(firstUsers, options);
  const burstIds = pl.DataFrame({
    userid: pl.Series(
      "userid",
      bursts.bursts.flatMap((b) => b.userids),
      pl.Utf8,
    ),
  }).lazy().unique().withColumns(pl.lit(true).alias("_b"));
  const table = await firstUsers
    .filter(pl.col("account_creation_date").isNotNull())
    .select("userid")
    .join(burstIds, { on: "userid", how: "left" })
    .select(pl.col("userid"), pl.col("_b").fillNull(false).alias("in_burst"))
    .sort("userid")
    .collect();
  return { bursts, table };
}

/** The largest non-null `follower_count` of each account's users rows. */
async function followerTable(users: pl.LazyDataFrame): Promise<pl.DataFrame> {
  return await users
    .filter(pl.col("userid").isNotNull())
    .groupBy("userid")
    .agg(
      pl.col("follower_count").max().cast(pl.Float64).alias("follower_count"),
    )
    .sort("userid")
    .collect();
}

/** The co-action network, its null model and the `coordination` input. */
async function coordinationInputs(
  tweets: pl.LazyDataFrame,
  c: Exclude<FlagInputsOptions["coordination"], false | undefined>,
): Promise<{
  network: CoordNetwork;
  nulls: NullModelResult;
  table: pl.DataFrame;
}> {
  const seed = c.seed ?? 1;
  const actions = extractActions(tweets, c.mode ?? "retweet");
  const network = await coordinationNetwork(actions, {
    window: c.window,
    minRepeat: c.minRepeat,
  });
  const nulls = await nullModel(actions, network, {
    rounds: c.rounds,
    seed,
    alpha: c.alpha,
  });
  return { network, nulls, table: coordinationTable(nulls.edges, seed) };
}

/** Per-account coordination table from null-model edges. */
function coordinationTable(edges: pl.DataFrame, seed: number): pl.DataFrame {
  const kept = edges.filter(pl.col("significant").eq(true)).select(
    "u",
    "v",
    pl.col("weight").cast(pl.Float64),
  );
  if (kept.height === 0) {
    return pl.DataFrame([
      pl.Series("userid", [], pl.Utf8),
      pl.Series("community", [], pl.Float64),
      pl.Series("community_size", [], pl.Float64),
      pl.Series("max_weight", [], pl.Float64),
    ]);
  }
  const communities = detectCommunities(kept, { seed }).assignment.select(
    pl.col("userid"),
    pl.col("community").cast(pl.Float64),
    pl.len().over("community").cast(pl.Float64).alias("community_size"),
  );
  const strongest = pl.concat([
    kept.select(pl.col("u").alias("userid"), "weight"),
    kept.select(pl.col("v").alias("userid"), "weight"),
  ]).groupBy("userid").agg(pl.col("weight").max().alias("max_weight"));
  return communities.join(strongest, { on: "userid", how: "left" }).sort(
    "userid",
  );
}

/** userid → the takedown releases (comma-separated, in given order). */
async function takedownTable(
  releases: readonly Release[],
): Promise<pl.DataFrame> {
  if (releases.length === 0) {
    return pl.DataFrame([
      pl.Series("userid", [], pl.Utf8),
      pl.Series("takedown", [], pl.Utf8),
    ]);
  }
  const ids = pl.concat(
    releases.flatMap((r, i) =>
      [r.users, r.tweets].map((f) =>
        f.select(
          pl.col("userid"),
          pl.lit(i).cast(pl.Int32).alias("_i"),
          pl.lit(r.name).cast(pl.Utf8).alias("_name"),
        )
      )
    ),
    { how: "vertical" },
  );
  return await ids
    .filter(pl.col("userid").isNotNull())
    .unique()
    .sort(["userid", "_i"])
    .groupBy("userid", { maintainOrder: true })
    .agg(pl.col("_name").str.concat(",").alias("takedown"))
    .sort("userid")
    .collect();
}
