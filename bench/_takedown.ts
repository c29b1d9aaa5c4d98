/**
 * Benchmark child: Takedown Lab on one release, in one process — load
 * (`loadRelease`, with the given Parquet cache folder), `summarize`,
 * `profileReport` (what `deno task profile` computes) and the retweet
 * co-action network at 60 s, minimum repeat 3 (what `deno task coordinate
 * --mode retweet --window 60 --min-repeat 3` computes).
 *
 * ```sh
 * deno run -A bench/_takedown.ts --cache-dir DIR --out metrics.json FILES…
 * ```
 *
 * Writes the comparable metrics (`_metrics.ts`) to `--out` and prints one
 * JSON line with the seconds each step took (`load`, `summarize`,
 * `profile`, `coordinate`) and the process's peak RSS (VmHWM, MiB) at the
 * end of each.
 *
 * @module
 */
import { type CommandSpec, parseCommandOrExit } from "../cli/_cli.ts";
import { loadRelease } from "../lib/io/mod.ts";
import { summarize } from "../lib/summary/mod.ts";
import { loadClientTaxonomy, profileReport } from "../lib/profile/mod.ts";
import { coordinationNetwork, extractActions } from "../lib/coord/mod.ts";
import {
  type BenchMetrics,
  MIN_REPEAT,
  MIN_TWEETS_INTERVALS,
  WINDOW_S,
} from "./_metrics.ts";

/** The script's arguments (run by `bench/_phases.ts`). */
const SPEC = {
  name: "bench/_takedown.ts",
  invocation: "deno run -A bench/_takedown.ts",
  script: null,
  summary: "Takedown Lab's side of the benchmark: load, summarize, profile " +
    "and co-retweet network of a release, metrics as JSON.",
  args: { usage: "<users and tweets CSV files…>", min: 1 },
  options: {
    "cache-dir": { type: "string", arg: "DIR", doc: "Parquet cache folder" },
    out: { type: "string", arg: "FILE", doc: "where to write the metrics" },
  },
} as const satisfies CommandSpec;

const args = parseCommandOrExit(SPEC);
const cacheDir = args.values["cache-dir"];
const out = args.values.out;
if (!cacheDir || !out) {
  console.error(
    `${SPEC.name}: Read the options: --cache-dir and --out are required. Give both.`,
  );
  Deno.exit(2);
}

const steps: Record<string, number> = {};
const peaks: Record<string, number> = {};
let t = performance.now();
const lap = (name: string) => {
  const now = performance.now();
  steps[name] = Number(((now - t) / 1000).toFixed(3));
  peaks[name] = peakRssMiB();
  t = now;
};

/** This process's peak resident set size so far (VmHWM), in MiB. */
function peakRssMiB(): number {
  const status = Deno.readTextFileSync("/proc/self/status");
  return Math.round(Number(status.match(/VmHWM:\s+(\d+) kB/)?.[1]) / 1024);
}

const release = await loadRelease(args.positionals, { cacheDir });
lap("load");
const summary = summarize(release);
lap("summarize");
const taxonomy = await loadClientTaxonomy();
const { report, accounts } = await profileReport(release, {
  taxonomy,
  minTweetsIntervals: MIN_TWEETS_INTERVALS,
});
lap("profile");
const network = await coordinationNetwork(
  extractActions(release.tweets, "retweet"),
  { window: WINDOW_S, minRepeat: MIN_REPEAT },
);
lap("coordinate");

const cadence = report.cadence as {
  weekday_hour: number[][];
  n_missing_time: number;
};
const intervals = report.intervals as {
  n_accounts: number;
  median_of_median_interval_s: number | null;
  median_burstiness: number | null;
};
const qualified = accounts.filter(
  accounts.getColumn("n_tweets_with_time").gtEq(MIN_TWEETS_INTERVALS),
);
const col = (name: string) => qualified.getColumn(name).toArray();
const userids = col("userid") as string[];
const nTweets = col("n_tweets_with_time") as number[];
const medians = col("median_gap_s") as number[];
const burst = col("burstiness") as (number | null)[];
const edges = network.edges;
const us = edges.getColumn("u").toArray() as string[];
const vs = edges.getColumn("v").toArray() as string[];
const ws = edges.getColumn("weight").toArray().map(Number);

const metrics: BenchMetrics = {
  tweets: summary.tweets.rows,
  users: summary.users.rows,
  accounts_tweeting: summary.accounts_tweeting,
  retweets: summary.retweets,
  tweet_time_min: summary.tweet_time.min,
  tweet_time_max: summary.tweet_time.max,
  creation_by_month: summary.account_creation.by_month,
  weekday_hour: cadence.weekday_hour,
  n_missing_time: cadence.n_missing_time,
  clients: summary.clients,
  intervals: {
    n_accounts: intervals.n_accounts,
    median_of_median_gap_s: intervals.median_of_median_interval_s,
    median_burstiness: intervals.median_burstiness,
    accounts: userids.map((u, i) => [u, nTweets[i], medians[i], burst[i]]),
  },
  coretweet: {
    n_pairs_any: network.n_pairs_any,
    n_pairs: network.n_pairs,
    sum_weight: network.sum_weight,
    max_weight: network.max_weight,
    pairs: us.map((u, i) => [u, vs[i], ws[i]]),
  },
};
await Deno.writeTextFile(out, JSON.stringify(metrics));
lap("write");
console.log(JSON.stringify({ steps, peak_rss_mib_after: peaks }));
