/**
 * Benchmark: load a release (cold cache, then warm) and summarise it,
 * printing wall time and the process's peak resident memory (VmHWM).
 *
 * ```sh
 * deno run -A cli/demo.ts --out /tmp/big --scale 100      # ~10M tweets
 * deno run -A bench/load_release.ts /tmp/big/demo_statebacked [--cache-dir DIR]
 * ```
 *
 * Each phase should run in its own process for a clean peak; run the script
 * twice with the same `--cache-dir` to measure the warm load.
 *
 * @module
 */
import { loadRelease } from "../lib/io/mod.ts";
import { summarize } from "../lib/summary/mod.ts";
import { type CommandSpec, parseCommandOrExit } from "../cli/_cli.ts";

/** Peak resident set size of this process in MiB, from /proc. */
function peakRssMiB(): number {
  const status = Deno.readTextFileSync("/proc/self/status");
  const kb = Number(status.match(/VmHWM:\s+(\d+) kB/)?.[1] ?? NaN);
  return kb / 1024;
}

/** The script's arguments. */
const SPEC = {
  name: "bench/load_release.ts",
  invocation: "deno run -A bench/load_release.ts",
  script: null,
  summary: "Times loading a release's files (cold, then from the cache).",
  args: { usage: "<users and tweets CSV files…>", min: 1 },
  options: {
    "cache-dir": {
      type: "string",
      arg: "DIR",
      defaultText: "a new temporary folder",
      doc: "Parquet cache folder",
    },
  },
} as const satisfies CommandSpec;

const args = parseCommandOrExit(SPEC);
const cacheDir = args.values["cache-dir"] ?? await Deno.makeTempDir();
const t0 = performance.now();
const release = await loadRelease(args.positionals, { cacheDir });
const t1 = performance.now();
const summary = summarize(release);
const t2 = performance.now();
console.log(JSON.stringify({
  release: release.name,
  tweets: summary.tweets.rows,
  users: summary.users.rows,
  rejected: summary.tweets.rejected + summary.users.rejected,
  load_s: Number(((t1 - t0) / 1000).toFixed(2)),
  summarize_s: Number(((t2 - t1) / 1000).toFixed(2)),
  peak_rss_mib: Math.round(peakRssMiB()),
  cache_dir: cacheDir,
}));
