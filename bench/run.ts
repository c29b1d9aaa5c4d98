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
import {
  type CommandSpec,
  parseCommand,
  UsageError,
  usageText,
} from "../cli/_cli.ts";
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
import { type MachineFacts, machineFacts } from "./_machine.ts";
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

/** The command line, checked (all but `--pandas-max-gib`'s value). */
interface BenchOptions {
  tweets: number;
  accounts: number;
  seed: number;
  skip: Set<Impl>;
  /** `--pandas-max-gib` as given, checked by {@link pandasCap}. */
  capArg: string | undefined;
  root: string;
  keep: boolean;
}

/** What the phases measured, once the work folder is cleaned up. */
interface Measured {
  results: PhaseResult[];
  skipped: Array<[Impl, string]>;
  agreement: Awaited<ReturnType<typeof checkAgreement>>;
  loadavgEnd: number[];
}

async function main(): Promise<number> {
  const o = readOptions(Deno.args);
  if (o === null) return 0;
  const machine = await machineFacts();
  const pandasMaxGiB = pandasCap(o.capArg, machine);
  const log = (m: string) => console.error(`bench: ${m}`);

  const data: BenchData = await prepareData(
    { tweets: o.tweets, accounts: o.accounts, seed: o.seed, root: o.root },
    log,
  );
  log(
    `${data.reused ? "reusing" : "generated"} ${data.nTweets} tweets, ` +
      `${data.nAccounts} accounts in ${data.dir}`,
  );
  const measured = await measure(data, o, pandasMaxGiB, log);
  if (!o.keep) {
    await Deno.remove(data.dir, { recursive: true }).catch(() => {});
  } else {
    log(`kept the data in ${data.dir}`);
  }
  const agree = printResults(data, machine, measured);
  await appendRecord(o.tweets, data, machine, measured, agree);
  return agree ? 0 : 1;
}

/** The benchmark's options (`./lab bench --help`). */
export const BENCH = {
  name: "bench",
  script: "bench/run.ts",
  summary: "Release-scale benchmark: Takedown Lab against DuckDB and pandas " +
    "on a generated release, with an agreement check (see bench/README.md).",
  options: {
    tweets: {
      type: "string",
      arg: "N",
      default: "1000000",
      doc: "tweets in the generated release",
    },
    accounts: {
      type: "string",
      arg: "N",
      default: "2000",
      doc: "accounts per generated bundle",
    },
    seed: {
      type: "string",
      arg: "S",
      default: String(DEFAULT_SEED),
      doc: "seed of the generated data",
    },
    skip: {
      type: "string",
      arg: "LIST",
      doc: "implementations to leave out: duckdb, pandas (comma-separated)",
    },
    "data-root": {
      type: "string",
      arg: "DIR",
      defaultText: "the system's temporary folder",
      doc: "where the generated data goes",
    },
    "pandas-max-gib": {
      type: "string",
      arg: "G",
      defaultText: "75% of the memory",
      doc: "address-space cap for pandas",
    },
    keep: { type: "boolean", doc: "keep the generated data" },
  },
} as const satisfies CommandSpec;

/**
 * Parse and check the arguments; throws a UsageError naming a bad one.
 * Prints the usage and returns null for `--help`.
 */
function readOptions(argv: string[]): BenchOptions | null {
  const { values, help } = parseCommand(BENCH, argv, {});
  if (help) {
    console.log(usageText(BENCH));
    return null;
  }
  const tweets = positiveInt("tweets", values.tweets, 1_000_000);
  const accounts = positiveInt("accounts", values.accounts, 2000);
  const seed = positiveInt("seed", values.seed, DEFAULT_SEED);
  const skip = new Set<Impl>();
  for (const s of (values.skip ?? "").split(",")) {
    if (s === "") continue;
    if (!(IMPLS as readonly string[]).includes(s)) {
      throw new UsageError(
        `Read --skip: unknown implementation: ${s}. Give ${IMPLS.join(", ")}.`,
      );
    }
    skip.add(s as Impl);
  }
  return {
    tweets,
    accounts,
    seed,
    skip,
    capArg: values["pandas-max-gib"],
    root: values["data-root"] ?? defaultRoot(),
    keep: values.keep === true,
  };
}

/** pandas' memory cap in GiB: `--pandas-max-gib`, else 75 % of the memory. */
function pandasCap(
  capArg: string | undefined,
  machine: { memory_gib: number },
): number {
  const pandasMaxGiB = capArg === undefined
    ? Math.floor(machine.memory_gib * 0.75)
    : Number(capArg);
  if (!(pandasMaxGiB > 0)) {
    throw new TypeError(
      `Reading --pandas-max-gib: not a positive number: ${capArg}`,
    );
  }
  return pandasMaxGiB;
}

/**
 * Run the phases in `<root>/work` and compare their metrics; the work
 * folder is removed afterwards unless `--keep`.
 */
async function measure(
  data: BenchData,
  o: BenchOptions,
  pandasMaxGiB: number,
  log: (m: string) => void,
): Promise<Measured> {
  const work = join(o.root, "work");
  try {
    const { results, skipped } = await runPhases({
      users: data.users,
      tweets: data.tweets,
      work,
      skip: o.skip,
      pandasMaxGiB,
      log,
    });
    const loadavgEnd = Deno.loadavg().map((x) => Number(x.toFixed(2)));
    // Reads the metrics files the phases wrote into `work`.
    const agreement = await checkAgreement(results);
    return { results, skipped, agreement, loadavgEnd };
  } finally {
    if (!o.keep) {
      await Deno.remove(work, { recursive: true }).catch(() => {});
    }
  }
}

/** Print the table, failures and agreement; true when every phase agrees. */
function printResults(
  data: BenchData,
  machine: MachineFacts,
  m: Measured,
): boolean {
  const { results, skipped, agreement, loadavgEnd } = m;
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
  return agree;
}

/** Append the run's record to `bench/results/tweets-<N>.jsonl`. */
async function appendRecord(
  tweets: number,
  data: BenchData,
  machine: MachineFacts,
  m: Measured,
  agree: boolean,
): Promise<void> {
  const record = {
    recorded_at: new Date().toISOString(),
    tweets_target: tweets,
    tweets: data.nTweets,
    accounts: data.nAccounts,
    seed: data.seed,
    scale: data.scale,
    bundles: data.bundles,
    machine,
    loadavg_end: m.loadavgEnd,
    runs: m.results.map(({ metrics: _, ...r }) => r),
    skipped: Object.fromEntries(m.skipped),
    agreement_reference: m.agreement.reference,
    agree,
    differences: m.agreement.differences,
  };
  await Deno.mkdir(RESULTS, { recursive: true });
  const file = join(RESULTS, `tweets-${tweets}.jsonl`);
  await Deno.writeTextFile(file, JSON.stringify(record) + "\n", {
    append: true,
  });
  console.log(`appended to ${file}`);
}

try {
  Deno.exit(await main());
} catch (e) {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  Deno.exit(e instanceof UsageError ? 2 : 1);
}
