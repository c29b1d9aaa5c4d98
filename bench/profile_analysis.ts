/**
 * Where the seconds of the analysis go once a release is loaded: times the
 * parts of `profileReport` and of the retweet co-action network one by one
 * on a release read from a (warm) Parquet cache. Each part re-reads the
 * columns it needs from the cache, as it does inside `profileReport`.
 * Findings are in `bench/README.md`.
 *
 * ```sh
 * deno run -A bench/profile_analysis.ts --cache-dir DIR FILES…
 * ```
 *
 * Use the cache folder of an earlier `deno task bench --keep` run (or any
 * folder: the first load fills it and is timed as `load`).
 *
 * @module
 */
import { type CommandSpec, parseCommandOrExit } from "../cli/_cli.ts";
import { loadRelease } from "../lib/io/mod.ts";
import { summarize } from "../lib/summary/mod.ts";
import {
  accountMetrics,
  activityStats,
  behaviourMix,
  behaviourMixByAccount,
  clientMix,
  clientMixByAccount,
  creationBursts,
  creationCounts,
  dormancy,
  intervalStats,
  loadClientTaxonomy,
  profileReport,
  profileSignals,
  weekdayHourMatrix,
  weeklyRhythm,
  weeklyRhythmByAccount,
} from "../lib/profile/mod.ts";
import { coordinationNetwork, extractActions } from "../lib/coord/mod.ts";
import { encodeActions } from "../lib/coord/_pairs.ts";
import { MIN_REPEAT, MIN_TWEETS_INTERVALS, WINDOW_S } from "./_metrics.ts";

/** The script's arguments. */
const SPEC = {
  name: "bench/profile_analysis.ts",
  invocation: "deno run -A bench/profile_analysis.ts",
  script: null,
  summary: "Times each analysis step on a release already in the cache.",
  args: { usage: "<users and tweets CSV files…>", min: 1 },
  options: {
    "cache-dir": { type: "string", arg: "DIR", doc: "Parquet cache folder" },
  },
} as const satisfies CommandSpec;

const args = parseCommandOrExit(SPEC);
const cacheDir = args.values["cache-dir"];
if (!cacheDir) {
  console.error(
    `${SPEC.name}: Read the options: --cache-dir is required. Give --cache-dir DIR.`,
  );
  Deno.exit(2);
}
const timings: Record<string, number> = {};
async function time<T>(name: string, f: () => T | Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await f();
  const s = (performance.now() - t0) / 1000;
  timings[name] = Number(s.toFixed(3));
  console.log(`${name.padEnd(52)} ${s.toFixed(2).padStart(7)} s`);
  return out;
}

const release = await time(
  "load",
  () => loadRelease(args.positionals, { cacheDir }),
);
const { users, tweets } = release;
await time(
  "collect userid, tweet_time (Parquet read)",
  () => tweets.select("userid", "tweet_time").collect().then((d) => d.height),
);
await time("summarize", () => summarize(release));
const taxonomy = await loadClientTaxonomy();
await time("profile: whole profileReport", () =>
  profileReport(release, {
    taxonomy,
    minTweetsIntervals: MIN_TWEETS_INTERVALS,
  }));
await time("profile: creationCounts + creationBursts", async () => {
  await creationCounts(users);
  await creationBursts(users);
});
await time("profile: weekdayHourMatrix", () => weekdayHourMatrix(tweets, 0));
await time("profile: weeklyRhythm", () => weeklyRhythm(tweets, 0));
await time(
  "profile: intervalStats (sort by account, time; gaps)",
  () => intervalStats(tweets, { minTweets: MIN_TWEETS_INTERVALS }),
);
const bursts = await creationBursts(users);
await time(
  "profile: accountMetrics (per-account table)",
  () =>
    accountMetrics(users, tweets, {
      taxonomy,
      utcOffset: 0,
      bursts,
      reference: null,
      minTweetsIntervals: MIN_TWEETS_INTERVALS,
    }),
);
await time("  accountMetrics part: activityStats", () => activityStats(tweets));
await time(
  "  accountMetrics part: weeklyRhythmByAccount",
  () => weeklyRhythmByAccount(tweets, 0),
);
await time(
  "  accountMetrics part: behaviourMixByAccount",
  () => behaviourMixByAccount(tweets),
);
await time(
  "  accountMetrics part: clientMixByAccount",
  () => clientMixByAccount(tweets, taxonomy),
);
await time("  accountMetrics part: dormancy", () => dormancy(users, tweets));
await time("profile: profileSignals", () => profileSignals(users).collect());
await time("profile: clientMix", () => clientMix(tweets, taxonomy));
await time("profile: behaviourMix", () => behaviourMix(tweets));
const actions = extractActions(tweets, "retweet");
await time(
  "coordinate: extract retweet actions (collect)",
  () => actions.collect().then((d) => d.height),
);
await time(
  "coordinate: encodeActions (distinct, codes, sort)",
  () => encodeActions(actions).then((e) => e.acts.height),
);
await time(
  "coordinate: whole coordinationNetwork",
  () =>
    coordinationNetwork(actions, { window: WINDOW_S, minRepeat: MIN_REPEAT }),
);
// Last, as it holds every column of every tweet in memory at once.
await time(
  "collect all tweets columns (Parquet read)",
  () => tweets.collect().then((d) => d.height),
);
console.log(JSON.stringify({ timings }));
