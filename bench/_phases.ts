/**
 * The benchmark's phases, each a separate measured process, and the check
 * that all implementations computed the same metrics.
 *
 * Phases, in order:
 * 1. `takedown-lab` from CSV, cold Parquet cache (an empty cache folder):
 *    `bench/_takedown.ts` loads, summarises, profiles and builds the
 *    co-retweet network;
 * 2. `takedown-lab` from the Parquet cache the first phase wrote;
 * 3. `duckdb` from CSV (`bench/_duckdb.ts`);
 * 4. `pandas` from CSV (`bench/_pandas.py` under Debian's Python).
 *
 * @module
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { measure, type Measured } from "./_measure.ts";
import { type BenchMetrics, compareMetrics } from "./_metrics.ts";

/** An implementation. */
export type Impl = "takedown-lab" | "duckdb" | "pandas";
/** All implementations, in run order. */
export const IMPLS: readonly Impl[] = ["takedown-lab", "duckdb", "pandas"];

/** One measured phase. */
export interface PhaseResult {
  impl: Impl;
  phase: string;
  /** Exit code; 0 on success. */
  exit: number;
  wall_s: number;
  peak_rss_mib: number | null;
  rss_method: string;
  /** Seconds per step as the child reported them (load, summarize, …). */
  steps: Record<string, number>;
  /** Peak RSS (MiB) at the end of each step, when the child reports it. */
  peak_rss_mib_after?: Record<string, number>;
  /** Version string the child reported, if any. */
  version?: string;
  /** Error text when the phase failed. */
  error?: string;
  /**
   * True when the phase failed by running out of memory (pandas' MemoryError
   * under its address-space cap, or a kill by the kernel's OOM killer): the
   * tool cannot do this size here, and its wall time is a lower bound.
   */
  out_of_memory?: boolean;
  /** Where the child wrote its metrics. */
  metrics: string;
  /** 1-minute load average just before the phase started. */
  loadavg_before?: number;
}

/** Options of {@link runPhases}. */
export interface PhaseOptions {
  /** Users and tweets CSVs of the release. */
  users: string[];
  tweets: string[];
  /** Scratch folder for the Parquet cache and metric files. */
  work: string;
  /** Implementations to leave out. */
  skip?: ReadonlySet<Impl>;
  /** Python with pandas (default `$BENCH_PYTHON` or `/usr/bin/python3`). */
  python?: string;
  /** Address-space cap for pandas in GiB (default: none). */
  pandasMaxGiB?: number;
  /** Progress messages. */
  log?: (message: string) => void;
}

const BENCH = fileURLToPath(new URL(".", import.meta.url));
const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The default Python: `$BENCH_PYTHON`, else Debian's `/usr/bin/python3`. */
export function defaultPython(): string {
  return Deno.env.get("BENCH_PYTHON") || "/usr/bin/python3";
}

/**
 * The command that runs a benchmark script with Deno: `_duckdb.ts` with its
 * own config (`bench/duckdb.deno.json`, so DuckDB's ~140 MB native package
 * is installed into `bench/node_modules/` only when the benchmark runs),
 * every other script with the project's `deno.json`.
 */
function deno(script: string, ...args: string[]): string[] {
  const config = script === "_duckdb.ts"
    ? join(BENCH, "duckdb.deno.json")
    : join(ROOT, "deno.json");
  return [
    Deno.execPath(),
    "run",
    "-A",
    "--config",
    config,
    join(BENCH, script),
    ...args,
  ];
}

/**
 * Why an implementation cannot run here, or null when it can: DuckDB must
 * load its native binding; pandas must import under `python`.
 *
 * @param impl The implementation.
 * @param python The Python to use for pandas.
 * @returns A one-line reason, or null.
 */
export async function unavailable(
  impl: Impl,
  python = defaultPython(),
): Promise<string | null> {
  const cmd = impl === "duckdb"
    ? deno("_duckdb.ts", "--version")
    : impl === "pandas"
    ? [python, join(BENCH, "_pandas.py"), "--version"]
    : null;
  if (cmd === null) return null;
  try {
    const out = await new Deno.Command(cmd[0], {
      args: cmd.slice(1),
      cwd: ROOT,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).output();
    if (out.success) return null;
    const err = new TextDecoder().decode(out.stderr).trim().split("\n");
    return `${cmd[0]} exited ${out.code}: ${err[err.length - 1] ?? ""}`;
  } catch (e) {
    return `cannot start ${cmd[0]}: ${(e as Error).message}`;
  }
}

/**
 * Runs the phases (see the module doc), skipping unavailable or excluded
 * implementations with a message.
 *
 * @param options Files, scratch folder and choices.
 * @returns The measured phases and the implementations skipped, with why.
 */
export async function runPhases(
  options: PhaseOptions,
): Promise<{ results: PhaseResult[]; skipped: Array<[Impl, string]> }> {
  const log = options.log ?? (() => {});
  const python = options.python ?? defaultPython();
  const cache = join(options.work, "parquet-cache");
  await Deno.remove(cache, { recursive: true }).catch(() => {});
  await Deno.mkdir(options.work, { recursive: true });
  const plans = phasePlans(options, python, cache);
  const skipped: Array<[Impl, string]> = [];
  for (const impl of IMPLS) {
    const why = options.skip?.has(impl)
      ? "left out by --skip"
      : await unavailable(impl, python);
    if (why) skipped.push([impl, why]);
  }
  const results: PhaseResult[] = [];
  for (const p of plans) {
    const skip = skipped.find(([impl]) => impl === p.impl);
    if (skip) {
      log(`skipping ${p.impl} ${p.phase}: ${skip[1]}`);
      continue;
    }
    results.push(await runPlan(p, log));
  }
  return { results, skipped };
}

/** One phase to run: which implementation, which phase, the command. */
interface PhasePlan {
  impl: Impl;
  phase: string;
  cmd: string[];
}

/** The phases in run order, each writing its metrics into `options.work`. */
function phasePlans(
  options: PhaseOptions,
  python: string,
  cache: string,
): PhasePlan[] {
  const files = ["--users", ...options.users, "--tweets", ...options.tweets];
  function tl(out: string): string[] {
    return deno(
      "_takedown.ts",
      "--cache-dir",
      cache,
      "--out",
      out,
      ...options.users,
      ...options.tweets,
    );
  }
  return [
    {
      impl: "takedown-lab",
      phase: "from CSV (cold cache)",
      cmd: tl(join(options.work, "takedown-lab-csv.json")),
    },
    {
      impl: "takedown-lab",
      phase: "from Parquet cache",
      cmd: tl(join(options.work, "takedown-lab-parquet.json")),
    },
    {
      impl: "duckdb",
      phase: "from CSV",
      cmd: deno(
        "_duckdb.ts",
        "--out",
        join(options.work, "duckdb.json"),
        ...files,
      ),
    },
    {
      impl: "pandas",
      phase: "from CSV",
      cmd: [
        python,
        join(BENCH, "_pandas.py"),
        "--out",
        join(options.work, "pandas.json"),
        ...(options.pandasMaxGiB
          ? ["--max-gib", String(options.pandasMaxGiB)]
          : []),
        ...files,
      ],
    },
  ];
}

/** Run one phase as its own process, measured, and log how it went. */
async function runPlan(
  p: PhasePlan,
  log: (message: string) => void,
): Promise<PhaseResult> {
  const load1 = Number(Deno.loadavg()[0].toFixed(2));
  log(`running ${p.impl} ${p.phase} (load average ${load1})`);
  const m = await measure(p.cmd, { cwd: ROOT });
  const r = toResult(p.impl, p.phase, m, p.cmd[p.cmd.indexOf("--out") + 1]);
  r.loadavg_before = load1;
  log(
    `  ${r.wall_s.toFixed(1)} s, peak RSS ${
      r.peak_rss_mib?.toFixed(0) ?? "?"
    } MiB${
      r.out_of_memory
        ? `, OUT OF MEMORY: ${r.error}`
        : r.error
        ? `, FAILED: ${r.error}`
        : ""
    }`,
  );
  return r;
}

function toResult(
  impl: Impl,
  phase: string,
  m: Measured,
  metrics: string,
): PhaseResult {
  const last = m.stdout.trim().split("\n").pop() ?? "";
  let report: {
    steps?: Record<string, number>;
    peak_rss_mib_after?: Record<string, number>;
    version?: string;
    error?: string;
  } = {};
  try {
    report = JSON.parse(last);
  } catch {
    // Not a report line: the error text below says what happened.
  }
  const errLines = m.stderr.trim().split("\n").filter((l) => l !== "");
  const outOfMemory = m.code !== 0 &&
    (m.code === 137 || /terminated by signal 9/.test(m.stderr) ||
      /MemoryError|out of memory|Unable to allocate/i.test(
        `${report.error ?? ""}\n${errLines.slice(-3).join("\n")}`,
      ));
  return {
    impl,
    phase,
    exit: m.code,
    wall_s: Number(m.wallS.toFixed(3)),
    peak_rss_mib: m.peakRssMiB === null
      ? null
      : Number(m.peakRssMiB.toFixed(1)),
    rss_method: m.rssMethod,
    steps: report.steps ?? {},
    ...(report.peak_rss_mib_after
      ? { peak_rss_mib_after: report.peak_rss_mib_after }
      : {}),
    ...(report.version ? { version: report.version } : {}),
    ...(m.code !== 0
      ? {
        error: report.error ??
          (errLines.slice(-3).join(" | ") || `exit code ${m.code}`),
      }
      : {}),
    ...(outOfMemory ? { out_of_memory: true } : {}),
    metrics,
  };
}

/**
 * Compares every successful phase's metrics with the first successful
 * phase's (Takedown Lab from CSV when it ran).
 *
 * @param results Measured phases.
 * @returns The reference phase's label and, per other phase, its
 *   differences (empty: agrees).
 */
export async function checkAgreement(
  results: PhaseResult[],
): Promise<
  { reference: string | null; differences: Record<string, string[]> }
> {
  const ok = results.filter((r) => r.exit === 0);
  if (ok.length === 0) return { reference: null, differences: {} };
  const read = async (r: PhaseResult): Promise<BenchMetrics> =>
    JSON.parse(await Deno.readTextFile(r.metrics));
  const ref = await read(ok[0]);
  const differences: Record<string, string[]> = {};
  for (const r of ok.slice(1)) {
    differences[label(r)] = compareMetrics(ref, await read(r));
  }
  return { reference: label(ok[0]), differences };
}

/** `impl phase`, as tables and results name a phase. */
export function label(r: Pick<PhaseResult, "impl" | "phase">): string {
  return `${r.impl} ${r.phase}`;
}
