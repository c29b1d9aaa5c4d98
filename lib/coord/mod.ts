/**
 * Coordination networks: which accounts repeatedly act on the same object
 * within seconds of each other.
 *
 * ## Definition
 *
 * **Actions.** An action is a distinct triple (account u, object x, time t),
 * t in whole Unix seconds (UTC; `tweet_time` floored to the second). Tweets
 * become actions with
 * {@link extractActions}; the object depends on the mode:
 * - `retweet`: `retweet_tweetid` (the tweet retweeted);
 * - `reply`: `in_reply_to_tweetid`;
 * - `hashtag`: each hashtag, lower-cased, without leading `#`;
 * - `url`: each URL normalised by {@link normalizeUrlExpr}: trimmed, `http://`
 *   assumed when no scheme, scheme and host lower-cased, fragment dropped,
 *   trailing `/` of the path dropped, empty and `utm_*` query parameters
 *   dropped, everything else kept as written; `mailto:`-like values and
 *   URLs without a host give no action;
 * - `domain`: the host of the normalised URL without user info, port and a
 *   leading `www.` ({@link urlDomainExpr});
 * - `text`: the tweet text of non-retweets (rows with an empty
 *   `retweet_tweetid`; native retweets are the `retweet` mode's), normalised by
 *   {@link normalizeTextExpr}: lower-cased, leading `RT @handle:` prefixes
 *   stripped, URLs removed, whitespace collapsed and trimmed; a text empty
 *   after that gives no action.
 * The same triple reached twice (a hashtag repeated in a tweet, two tweets
 * in the same second) is one action. One account acting on one object at
 * several times gives several actions.
 *
 * **Co-action.** Two distinct accounts u ≠ v co-act on x when some actions
 * (u, x, t1) and (v, x, t2) satisfy |t1 − t2| ≤ Δ seconds (inclusive: Δ
 * apart counts, Δ + 1 does not). A pair's **weight** is the number of
 * distinct objects they co-acted on (`weighting: "objects"`, the default);
 * an **edge** needs weight ≥ K, the minimum repeat. With release data at
 * minute resolution every time is a whole minute, so any Δ < 60 behaves as
 * Δ = 0; {@link coordinationNetwork} then returns a warning.
 *
 * **Computation.** Times are cut into buckets of width max(Δ, 1); polars
 * equi-joins on (object, bucket) and (object, bucket + 1) find the
 * candidate action pairs, which are filtered on |t1 − t2| ≤ Δ and
 * u ≠ v, each unordered pair once (see `_pairs.ts`). Work grows with the
 * number of action pairs in the same or adjacent buckets of an object — the
 * co-actions themselves — not with the square of an object's audience over
 * the whole release. JS only reads per-pair aggregates.
 *
 * Defaults: Δ = 60 s, K = 2, `retweet` mode, `objects` weighting (also
 * the defaults of `cli/coordinate.ts`, which adds `--weighting` and
 * `--out DIR` for the files below).
 *
 * ## CooRTweet
 *
 * {@link readCoorTweet} reads CooRTweet's input table (`object_id,
 * account_id, content_id, timestamp_share`). CooRTweet 2.x
 * (`detect_groups`, `generate_coordinated_network`; Righetti & Balluff)
 * differs from this module as follows:
 * - Window: `detect_groups(time_window = 10)` — default 10 s, here 60 s
 *   (CooRTweet's own vignette runs this fixture with `time_window = 60`);
 *   both inclusive (`abs(time_delta) <= time_window`).
 * - Repetition: CooRTweet's `min_participation` (default 2) filters
 *   accounts, not pairs: accounts with fewer input rows are dropped before
 *   pairing, and afterwards a coordinated share pair is kept if either
 *   share's account has at least `min_participation` coordinated shares.
 *   Here K is a threshold on each pair's own weight, and no account-level
 *   filter is applied.
 * - Edge threshold: `generate_coordinated_network(edge_weight = 0.5)` is a
 *   quantile: edges with weight above the 0.5 quantile of all edge weights
 *   get `weight_threshold = 1`; nothing is removed unless `subgraph = 1`.
 *   Here K is an absolute count and edges below it are not reported.
 * - Weight: CooRTweet's `weight` is the number of rows of `detect_groups`'
 *   output for the pair, i.e. pairs of shares (content ids) of the same
 *   object within the window, summed over objects: a pair that shares one
 *   object twice within the window counts more than once. Here the default
 *   counts distinct objects. `weighting: "coortweet"` counts distinct
 *   co-acting action pairs, which equals CooRTweet's count except where one
 *   account has several rows with the same (object, timestamp), which
 *   CooRTweet counts per content id and this module merges into one action.
 * - Loops: CooRTweet drops same-account pairs (as here) and also share
 *   pairs whose object id equals one of the two content ids; actions here
 *   do not compare objects with tweet ids.
 *
 * ## Null model
 *
 * {@link nullModel} keeps each account's objects and its times and shuffles
 * which time goes with which object, independently per account and round,
 * R rounds (default 1000) from a seeded `d3.randomLcg`. Each edge gets its
 * expected null weight, an empirical p = (#rounds with null weight ≥
 * observed + 1) / (R + 1), and a Benjamini–Hochberg q over all edges;
 * edges with q ≤ 0.05 survive. Only the accounts in edges are simulated.
 * Feasibility: n × R action-rounds (n = distinct actions of accounts in
 * edges) is capped at 100,000,000 by default; above it R is lowered to
 * ⌊cap / n⌋ and a warning says so. On the CooRTweet fixture 1,000 rounds
 * take under a second at Δ = 60, K = 2 and up to about 20 s at Δ = 60,
 * K = 1 (6,206 edges) on a busy 2-core machine (details in `nullModel`).
 *
 * Two refinements for retweets, used by notebook 05:
 * - {@link reactionTimes} replaces each retweet's time by its delay since
 *   the retweeted tweet was posted (read from the tweet's snowflake id), so
 *   the shuffle keeps every account's reaction speed instead of moving
 *   retweets months away from their tweets (which makes every edge
 *   significant).
 * - `nullModel(…, { shuffle: "each" })` shuffles one account at a time
 *   against its partner's observed actions and takes the larger of the two
 *   p-values, so a fast follower is judged against a coordinated group's
 *   real times.
 *
 * From edges to accounts: an FDR over edges is not one over accounts, and
 * one chance coincidence with a group moving in lockstep becomes an edge to
 * every member at once. {@link accountSignificance} therefore tests each
 * account of the network once: C = the objects on which it acted within Δ
 * of any other account, against a null in which its own times are
 * resampled (with replacement) and everyone else is held fixed; C is then
 * Poisson binomial, p = P(C ≥ observed) is exact, and Holm's adjustment
 * bounds the family-wise error over the tested accounts.
 * {@link coordinatedAccounts} keeps the k-core (default k = 2) of a set of
 * surviving edges: every account in it has at least two significant
 * partners in it. Notebook 05 calls an account coordinated when it passes
 * the account test and is in the 2-core of the surviving edges among such
 * accounts. On the demo bundle (Δ = 60 s, K = 2, reaction times, edges with
 * `shuffle: "each"` and 100 rounds) this flags exactly the 75 planted group
 * members (precision and recall 1) and none of the 60 enthusiastic
 * partisans; the 2-core of the surviving edges alone flags one partisan
 * (precision 0.987; `demo_recovery_test.ts`).
 *
 * ## Communities, evidence, export
 *
 * {@link detectCommunities} runs Louvain (graphology) with a seeded RNG;
 * {@link summarizeCommunities} lists members, top objects and, from
 * optional per-account tables, creation-burst share, client mix and share
 * of tweets in a window. {@link edgeEvidence} lists the tweets behind one
 * edge with their file and line. {@link writeNetworkFiles} writes GEXF,
 * GraphML, and edge and node tables as CSV and Parquet, sorted, so output is
 * byte-identical for the same input.
 *
 * ## Notebook steps
 *
 * Notebook 05's steps (`coRetweetNetworkStep`, `nullModelsStep`,
 * `accountTestStep`, `communitiesStep`, `demoRecoveryStep`,
 * `coortweetSettingsStep`, …) are in `steps.ts`, not re-exported here, so
 * that the `coordinate` command and `lib/trends` load no chart or study
 * code. Results use snake_case fields (`n_pairs`, `window_s`, …), like
 * the `--json` output.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { equal } from "node:assert/strict";
 * import { coordinationNetwork, extractActions } from "./mod.ts";
 * const t = (s: string) => new Date(`2020-01-01T00:${s}Z`);
 * const tweets = pl.DataFrame({
 *   tweetid: ["1", "2", "3", "4"],
 *   userid: ["a", "b", "a", "b"],
 *   tweet_time: [t("00:00"), t("01:00"), t("10:00"), t("10:00")],
 *   retweet_tweetid: ["9", "9", "8", "8"],
 * }).lazy();
 * const net = await coordinationNetwork(extractActions(tweets, "retweet"));
 * equal(net.n_pairs, 1);
 * equal(net.sum_weight, 2);
 * ```
 *
 * @module
 */
export {
  ACTION_COLUMNS,
  COORD_MODES,
  type CoordMode,
  extractActions,
} from "./extract_actions.ts";
export { normalizeUrlExpr, urlDomainExpr } from "./normalize_url.ts";
export { normalizeTextExpr } from "./normalize_text.ts";
export {
  COORTWEET_COLUMNS,
  isCoorTweetHeader,
  readCoorTweet,
} from "./read_coortweet.ts";
export {
  coordinationNetwork,
  type CoordNetwork,
  type NetworkOptions,
  type Weighting,
} from "./coordination_network.ts";
export {
  nullModel,
  type NullModelOptions,
  type NullModelResult,
} from "./null_model.ts";
export {
  type Communities,
  type CommunityOptions,
  detectCommunities,
} from "./detect_communities.ts";
export {
  type CommunitySummary,
  summarizeCommunities,
  type SummaryOptions,
} from "./summarize_communities.ts";
export { edgeEvidence, type EvidenceOptions } from "./edge_evidence.ts";
export { graphToGraphml } from "./graph_to_graphml.ts";
export {
  type NetworkFiles,
  networkGraph,
  nodeTable,
  writeNetworkFiles,
} from "./write_network_files.ts";
export { coordinatedAccounts } from "./coordinated_accounts.ts";
export {
  type AccountSignificance,
  accountSignificance,
  type AccountSignificanceOptions,
} from "./account_significance.ts";
export {
  type ReactionTimeOptions,
  type ReactionTimes,
  reactionTimes,
  SNOWFLAKE_EPOCH_MS,
  snowflakeSecondsExpr,
} from "./reaction_times.ts";
