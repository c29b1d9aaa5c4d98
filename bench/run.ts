/**
 * `deno task bench [--tweets N] [--accounts N] [--seed S] [--keep]
 * [--skip duckdb,pandas] [--data-root DIR] [--pandas-max-gib G]`
 *
 * Release-scale benchmark of Takedown Lab side by side with DuckDB and
 * pandas (see `bench/README.md`):
 * 1. generates a seeded synthetic release of about N tweets (default
 *    1,000,000) and the given accounts (default 2,000) with the demo
 *    generator, in `${XDG_CACHE_HOME:-~/.cache}/takedown-lab/bench/` (or
 *    `--data-root`), reusing an earlier one whose checksums match;
 * 2. runs each phase as its own process, measuring wall time and peak RSS:
 *    Takedown Lab from CSV with a cold Parquet cache, Takedown Lab from the
 *    warm cache, DuckDB from CSV, pandas from CSV;
 * 3. checks that all computed the same metrics (`bench/_metrics.ts`);
 * 4. prints a table and appends a record to
 *    `bench/results/tweets-<N>.jsonl` (with machine facts and versions).
 *
 * Without `--keep` the generated data and the Parquet cache are removed at
 * the end. `--pandas-max-gib` caps pandas' address space (default 75 % of
 * the machine's memory) so that a run too big for pandas fails cleanly.
 * Exit status: 0 when every phase that ran agrees, 1 otherwise. A phase
 * that runs out of memory (pandas at its cap) is reported as such, with its
 * wall time as a lower bound, and does not fail the run; any other failure
 * does.
 *
 * @module
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "../cli/_cli.ts";
import { DEFAULT_SEED } from "../lib/demo/mod.ts";
import { type BenchData, defaultRoot, prepareData } from "./_data.ts";
import {
  checkAgreement,
  type Impl,
  IMPLS,
  label,
  type PhaseResult,
  runPhases,
} from "./_phases.ts";
import { machineFacts } from "./_machine.ts";
import { formatTable } from "./_table.ts";

const RESULTS = fileURLToPath(new URL("./results/", import.meta.url));

function positiveInt(
  name: string,
  value: string | undefined,
  fallback: number,
) {
  if (value === undefined) return fallback;
  const n = Number(value.replaceAll("_", ""));
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new TypeError(`Reading --${name}: not a whole number ≥ 1: ${value}`);
  }
  return n;
}

async function main(): Promise<number> {
  const args = parseArgs(Deno.args, [
    "tweets",
    "accounts",
    "seed",
    "skip",
    "data-root",
    "pandas-max-gib",
  ]);
  const unknown = [...args.flags].filter((f) => f !== "keep");
  if (unknown.length > 0 || args.positional.length > 0) {
    throw new TypeError(
      `Unknown argument(s): ${
        [...unknown.map((f) => `--${f}`), ...args.positional].join(" ")
      }. ` +
        "Usage: deno task bench [--tweets N] [--accounts N] [--seed S] [--keep] " +
        "[--skip duckdb,pandas] [--data-root DIR] [--pandas-max-gib G]",
    );
  }
  const tweets = positiveInt("tweets", args.options.get("tweets"), 1_000_000);
  const accounts = positiveInt(
    "accounts",
    args.options.get("accounts"),
    2000,
  );
  const seed = positiveInt("seed", args.options.get("seed"), DEFAULT_SEED);
  const skip = new Set<Impl>();
  for (const s of (args.options.get("skip") ?? "").split(",")) {
    if (s === "") continue;
    if (!(IMPLS as readonly string[]).includes(s)) {
      throw new TypeError(
        `Reading --skip: unknown implementation: ${s}; use ${IMPLS.join(", ")}`,
      );
    }
    skip.add(s as Impl);
  }
  const machine = await machineFacts();
  const capArg = args.options.get("pandas-max-gib");
  const pandasMaxGiB = capArg === undefined
    ? Math.floor(machine.memory_gib * 0.75)
    : Number(capArg);
  if (!(pandasMaxGiB > 0)) {
    throw new TypeError(
      `Reading --pandas-max-gib: not a positive number: ${capArg}`,
    );
  }
  const root = args.options.get("data-root") ?? defaultRoot();
  const log = (m: string) => console.error(`bench: ${m}`);

  const data: BenchData = await prepareData(
    { tweets, accounts, seed, root },
    log,
  );
  log(
    `${data.reused ? "reusing" : "generated"} ${data.nTweets} tweets, ` +
      `${data.nAccounts} accounts in ${data.dir}`,
  );
  const work = join(root, "work");
  let results: PhaseResult[];
  let skipped: Array<[Impl, string]>;
  let agreement: Awaited<ReturnType<typeof checkAgreement>>;
  let loadavgEnd: number[];
  try {
    ({ results, skipped } = await runPhases({
      users: data.users,
      tweets: data.tweets,
      work,
      skip,
      pandasMaxGiB,
      log,
    }));
    loadavgEnd = Deno.loadavg().map((x) => Number(x.toFixed(2)));
    // Reads the metrics files the phases wrote into `work`.
    agreement = await checkAgreement(results);
  } finally {
    if (!args.flags.has("keep")) {
      await Deno.remove(work, { recursive: true }).catch(() => {});
    }
  }
  if (!args.flags.has("keep")) {
    await Deno.remove(data.dir, { recursive: true }).catch(() => {});
  } else {
    log(`kept the data in ${data.dir}`);
  }

  console.log(
    `Takedown Lab benchmark: ${data.nTweets.toLocaleString("en-US")} tweets, ` +
      `${data.nAccounts} accounts (seed ${data.seed}, scale ${data.scale}); ` +
      `${machine.cores} cores, ${machine.memory_gib} GiB; load average ` +
      `${machine.loadavg.join(" ")} at the start, ${
        loadavgEnd.join(" ")
      } at the end (other processes share the machine)`,
  );
  console.log(formatTable(results));
  for (const [impl, why] of skipped) console.log(`skipped ${impl}: ${why}`);
  let agree = true;
  for (const r of results.filter((r) => r.exit !== 0)) {
    if (r.out_of_memory) {
      // A tool that cannot hold this size in memory is a finding, not a
      // disagreement: its wall time until then is a lower bound.
      console.log(
        `OUT OF MEMORY ${label(r)} after ${r.wall_s.toFixed(1)} s ` +
          `(its wall time is a lower bound; not compared): ${r.error}`,
      );
      continue;
    }
    agree = false;
    console.log(`FAILED ${label(r)}: ${r.error}`);
  }
  for (const [name, diffs] of Object.entries(agreement.differences)) {
    if (diffs.length === 0) {
      console.log(`agrees with ${agreement.reference}: ${name}`);
    } else {
      agree = false;
      console.log(`DISAGREES with ${agreement.reference}: ${name}`);
      for (const d of diffs) console.log(`  ${d}`);
    }
  }

  const record = {
    recorded_at: new Date().toISOString(),
    tweets_target: tweets,
    tweets: data.nTweets,
    accounts: data.nAccounts,
    seed: data.seed,
    scale: data.scale,
    bundles: data.bundles,
    machine,
    loadavg_end: loadavgEnd,
    runs: results.map(({ metrics: _, ...r }) => r),
    skipped: Object.fromEntries(skipped),
    agreement_reference: agreement.reference,
    agree,
    differences: agreement.differences,
  };
  await Deno.mkdir(RESULTS, { recursive: true });
  const file = join(RESULTS, `tweets-${tweets}.jsonl`);
  await Deno.writeTextFile(file, JSON.stringify(record) + "\n", {
    append: true,
  });
  console.log(`appended to ${file}`);
  return agree ? 0 : 1;
}

try {
  Deno.exit(await main());
} catch (e) {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  Deno.exit(1);
}
