/**
 * `./lab reproduce [--release NAME|PATH] [--baseline NAME|PATH] [--seed N]
 * …]` (or `deno task reproduce …`): one command that reproduces every
 * output. Every option, with its default: `./lab reproduce --help`.
 *
 * 1. Runs every `notebooks/<digits>_*.ipynb`, sorted by name, through
 *    Jupyter's headless executor (`scripts/execute_notebooks.py`, nbclient)
 *    with the project kernel `takedown-deno`, each in a fresh kernel started
 *    in `notebooks/`. Notebooks are not edited: the study parameters
 *    (`--release`, `--baseline`, `--seed`, `--utc-offset`, …; see
 *    `lib/study/params.ts`) reach them as `TAKEDOWN_*` environment
 *    variables, and the kernels run with `TZ=UTC` and `LC_ALL=en_US.UTF-8`.
 * 2. Everything is written into `outputs/.tmp-<release>-<pid>/`: the
 *    notebooks' `figures/`, `tables/`, `networks/`, and the executed
 *    notebooks in `notebooks/` (execution timings stripped, so reruns are
 *    byte-identical).
 * 3. Only when every notebook succeeded: `manifest.json` is written (see
 *    `cli/_manifest.ts`), then the offline report `index.html`
 *    (`lib/report/`: narrative, interactive charts, tables, ledger and the
 *    manifest's summary; it is not listed in the manifest, which it
 *    summarises), and the folder replaces `outputs/<release>/`.
 *    When a cell fails, the run stops there, `outputs/<release>/` is left as
 *    it was, the partial run is kept in `outputs/<release>.failed/` for
 *    inspection, and the exit status is 1.
 *
 * A bad command line exits 2 (see `cli/_cli.ts`). `--json` prints one JSON
 * object on stdout when the run succeeds (`release`, `output`, `notebooks`,
 * `files`, `report`); `--no-cache` gives the kernels an empty temporary
 * Parquet cache (`TAKEDOWN_CACHE`), so the release files are read afresh.
 *
 * @module
 */
import { join, relative, resolve } from "node:path";
import {
  CommandError,
  type CommandSpec,
  type ParsedCommand,
  runCommand,
  UsageError,
} from "./_cli.ts";
import { buildManifest, formatManifest, type Manifest } from "./_manifest.ts";
import { KERNEL_NAME, listNotebooks } from "./_notebooks.ts";
import { replaceDir } from "./_swap.ts";
import { writeReport } from "../lib/report/mod.ts";
import {
  manifestParams,
  outputDirs,
  paramsEnv,
  PROJECT_ROOT,
  type ResolvedRelease,
  resolveRelease,
  STUDY_PARAMETERS,
  type StudyParams,
} from "../lib/study/mod.ts";

/**
 * Files the notebooks read besides the releases, recorded among the
 * manifest's inputs: the redistributable real samples (notebooks 04, 05),
 * the client taxonomy (03, 04, 06) and the catalog of published figures
 * (07); on the demo also its planted truth.
 */
function auxiliaryInputs(release: ResolvedRelease): string[] {
  return [
    "data/samples",
    "data/client_taxonomy.csv",
    "data/catalog.json",
    ...(release.name === "demo" ? ["data/demo/releases/TRUTH.json"] : []),
  ].map((p) => join(PROJECT_ROOT, p));
}

/** The command's arguments: the study parameters and the run's own. */
export const REPRODUCE = {
  name: "reproduce",
  summary: "Runs every notebooks/NN_*.ipynb in order, headlessly, with the " +
    "project's Deno kernel, and replaces outputs/<release>/ when all of them " +
    "succeed (manifest.json and the offline report index.html included).\n\n" +
    "The study parameters reach the notebooks as TAKEDOWN_* variables; the " +
    "kernels run with TZ=UTC and LC_ALL=en_US.UTF-8.",
  options: {
    "cell-timeout": {
      type: "string",
      arg: "S",
      defaultText: "no limit",
      doc: "stop a cell that runs longer than S seconds",
    },
    notebooks: {
      type: "string",
      arg: "DIR",
      defaultText: "notebooks",
      doc: "notebook folder",
    },
    outputs: {
      type: "string",
      arg: "DIR",
      defaultText: "outputs",
      doc: "output root: the run replaces <DIR>/<release>/",
    },
  },
  study: STUDY_PARAMETERS.filter((p) => p.name !== "out").map((p) => p.name),
  common: {
    json: "print one JSON object on stdout when the run succeeds: release, " +
      "output folder, notebooks, files, report (progress stays on stderr)",
    "no-cache": "the notebooks read the release files themselves: their " +
      "kernels get an empty temporary Parquet cache (TAKEDOWN_CACHE)",
  },
} as const satisfies CommandSpec;

type Reproduce = ParsedCommand<typeof REPRODUCE>;

/** Environment fixed for every kernel, so outputs do not depend on the machine. */
const KERNEL_ENV = { TZ: "UTC", LC_ALL: "en_US.UTF-8" };

const EXECUTOR = join(PROJECT_ROOT, "scripts", "execute_notebooks.py");

/** A path as printed: relative to the working folder when inside it. */
function shown(path: string): string {
  const rel = relative(Deno.cwd(), path);
  return rel === "" ? "." : rel.startsWith("..") ? path : rel;
}

/** Project-relative `/` path. */
function fromRoot(path: string): string {
  return relative(PROJECT_ROOT, path).split("\\").join("/");
}

/**
 * Turns a command-line release argument into the form the notebooks get,
 * after `resolveRelease` (the one resolver; it reports a missing release):
 * `demo` and names stay as they are; a path (relative to the working
 * folder) becomes relative to the project folder, starting with `./` or
 * `../` when needed so it is not mistaken for a name.
 */
function releaseArgument(spec: string): string {
  const [first] = resolveRelease(spec, { cwd: Deno.cwd() }).releases;
  const byName = ["raw", "demo/releases"].map((folder) =>
    join(PROJECT_ROOT, "data", folder, spec)
  );
  if (spec === "demo" || byName.includes(first.path)) return spec;
  const rel = fromRoot(first.path);
  if (rel === "") return ".";
  return rel.includes("/") || rel.startsWith(".") ? rel : `./${rel}`;
}

/** The first Python that runs the executor; its tool versions. */
async function findExecutor(): Promise<
  { python: string; versions: Record<string, string> }
> {
  const candidates = [
    Deno.env.get("TAKEDOWN_PYTHON"),
    "/usr/bin/python3",
    "python3",
  ].filter((c): c is string => !!c);
  for (const python of candidates) {
    try {
      const out = await new Deno.Command(python, {
        args: [EXECUTOR, "--versions"],
        stdin: "null",
        stdout: "piped",
        stderr: "null",
      }).output();
      if (out.success) {
        return {
          python,
          versions: JSON.parse(new TextDecoder().decode(out.stdout)),
        };
      }
    } catch (e) {
      if (!(e instanceof Deno.errors.NotFound)) throw e;
    }
  }
  throw new Error(
    "Find Jupyter's executor: no Python with nbclient, nbformat and " +
      `jupyter_client among: ${candidates.join(", ")}. Run ./lab setup ` +
      "(or set TAKEDOWN_PYTHON to a python that has them).",
  );
}

/** The git commit and whether the work tree differs from it. */
async function gitState(): Promise<
  { git_commit: string | null; git_dirty: boolean | null }
> {
  const git = async (...args: string[]) => {
    try {
      const out = await new Deno.Command("git", {
        args,
        cwd: PROJECT_ROOT,
        stdin: "null",
        stdout: "piped",
        stderr: "null",
      }).output();
      return out.success ? new TextDecoder().decode(out.stdout).trim() : null;
    } catch {
      return null;
    }
  };
  if (await git("rev-parse", "--is-inside-work-tree") !== "true") {
    return { git_commit: null, git_dirty: null };
  }
  const status = await git("status", "--porcelain");
  return {
    git_commit: await git("rev-parse", "--verify", "-q", "HEAD"),
    git_dirty: status === null ? null : status !== "",
  };
}

/** Everything a run needs, found and checked before any notebook runs. */
interface RunPlan {
  params: StudyParams;
  releaseArg: string;
  baselineArg: string;
  release: ResolvedRelease;
  baseline: ResolvedRelease;
  notebooks: string[];
  python: string;
  versions: Record<string, string>;
  timeout: string | undefined;
  /** `outputs/<release>`, replaced on success. */
  target: string;
  /** `outputs/.tmp-<release>-<pid>`, where the run writes. */
  tmp: string;
}

/** `--cell-timeout`, checked. */
function cellTimeout(text: string | undefined): string | undefined {
  if (text !== undefined && !/^[1-9]\d*$/.test(text)) {
    throw new UsageError(
      `Read --cell-timeout: expected a whole number of seconds ≥ 1, got: ` +
        `${text}. Give e.g. --cell-timeout 600, or leave it out for no limit.`,
    );
  }
  return text;
}

/** The notebooks to run, and the project kernel's spec, checked. */
function findNotebooks(folder: string | undefined): string[] {
  const notebookDir = resolve(folder ?? join(PROJECT_ROOT, "notebooks"));
  const notebooks = listNotebooks(notebookDir);
  if (notebooks.length === 0) {
    throw new Error(
      `Find notebooks: no <digits>_<name>.ipynb in ${shown(notebookDir)}. ` +
        "Nothing to reproduce.",
    );
  }
  const kernelSpec = join(PROJECT_ROOT, ".jupyter", "kernels", KERNEL_NAME);
  try {
    Deno.statSync(join(kernelSpec, "kernel.json"));
  } catch {
    throw new Error(
      `Find the project kernel: missing ${fromRoot(kernelSpec)}/kernel.json. ` +
        "Run ./lab setup.",
    );
  }
  return notebooks;
}

/** Resolves the releases, finds notebooks and executor, makes the run folder. */
async function planRun(cmd: Reproduce): Promise<RunPlan> {
  const { params, values } = cmd;
  const timeout = cellTimeout(values["cell-timeout"]);
  const releaseArg = releaseArgument(params.release);
  const baselineArg = releaseArgument(params.baseline);
  const release = resolveRelease(releaseArg);
  const baseline = resolveRelease(baselineArg);
  const notebooks = findNotebooks(values.notebooks);
  const { python, versions } = await findExecutor();
  const outputsRoot = resolve(values.outputs ?? join(PROJECT_ROOT, "outputs"));
  const tmp = join(outputsRoot, `.tmp-${release.name}-${Deno.pid}`);
  Deno.mkdirSync(tmp, { recursive: true });
  outputDirs(tmp);
  return {
    params,
    releaseArg,
    baselineArg,
    release,
    baseline,
    notebooks,
    python,
    versions,
    timeout,
    target: join(outputsRoot, release.name),
    tmp,
  };
}

/** The executor's process: every notebook, parameters in its environment. */
function executor(plan: RunPlan, cacheDir: string | null): Deno.ChildProcess {
  const jupyterPath = [
    join(PROJECT_ROOT, ".jupyter"),
    Deno.env.get("JUPYTER_PATH"),
  ].filter((p) => p).join(":");
  return new Deno.Command(plan.python, {
    args: [
      EXECUTOR,
      "--kernel",
      KERNEL_NAME,
      "--save-dir",
      join(plan.tmp, "notebooks"),
      ...(plan.timeout ? ["--timeout", plan.timeout] : []),
      ...plan.notebooks.map(fromRoot),
    ],
    cwd: PROJECT_ROOT,
    env: {
      ...paramsEnv({
        ...plan.params,
        release: plan.releaseArg,
        baseline: plan.baselineArg,
        out: plan.tmp,
      }),
      JUPYTER_PATH: jupyterPath,
      ...(cacheDir === null ? {} : { TAKEDOWN_CACHE: cacheDir }),
      ...KERNEL_ENV,
    },
    stdin: "null",
    stdout: "inherit",
    stderr: "inherit",
  }).spawn();
}

/**
 * Runs the notebooks; on an interrupt or a failed cell, moves the run aside
 * and throws (exit status 130 or 1), leaving `outputs/<release>/` as it was.
 */
async function runNotebooks(plan: RunPlan, cache: boolean): Promise<void> {
  const cacheDir = cache
    ? null
    : await Deno.makeTempDir({ prefix: "takedown-no-cache-" });
  const child = executor(plan, cacheDir);
  let interrupted = false;
  const stop = () => {
    interrupted = true;
    try {
      child.kill("SIGTERM");
    } catch {
      // Already gone.
    }
  };
  Deno.addSignalListener("SIGINT", stop);
  Deno.addSignalListener("SIGTERM", stop);
  const status = await child.status;
  Deno.removeSignalListener("SIGINT", stop);
  Deno.removeSignalListener("SIGTERM", stop);
  if (cacheDir !== null) removeIfPresent(cacheDir);
  const target = shown(plan.target);
  if (interrupted) {
    Deno.removeSync(plan.tmp, { recursive: true });
    throw new CommandError(`interrupted; ${target} is unchanged.`, 130);
  }
  if (!status.success) {
    const failed = `${plan.target}.failed`;
    removeIfPresent(failed);
    Deno.renameSync(plan.tmp, failed);
    throw new CommandError(
      `stopped (executor exit status ${status.code}); ${target} is ` +
        "unchanged. This run's partial outputs and executed notebooks are " +
        `in ${shown(failed)}/`,
    );
  }
}

/** Writes manifest.json and index.html, then swaps the run into place. */
async function finishRun(plan: RunPlan): Promise<Manifest> {
  const { tmp, target } = plan;
  try {
    const manifest = await buildManifest({
      root: PROJECT_ROOT,
      release: { argument: plan.releaseArg, resolved: plan.release },
      baseline: { argument: plan.baselineArg, resolved: plan.baseline },
      params: manifestParams(plan.params),
      environment: KERNEL_ENV,
      notebooks: plan.notebooks,
      auxiliary: auxiliaryInputs(plan.release),
      outputDir: tmp,
      tools: plan.versions,
      lockText: Deno.readTextFileSync(join(PROJECT_ROOT, "deno.lock")),
      code: await gitState(),
    });
    Deno.writeTextFileSync(
      join(tmp, "manifest.json"),
      formatManifest(manifest),
    );
    await writeReport(tmp);
    replaceDir(tmp, target);
    removeIfPresent(`${target}.failed`);
    return manifest;
  } catch (e) {
    removeIfPresent(tmp);
    throw e;
  }
}

/** The whole run; progress on stderr, `--json` summary on stdout. */
async function reproduce(cmd: Reproduce): Promise<string | void> {
  const started = performance.now();
  const plan = await planRun(cmd);
  console.error(
    `reproduce: ${plan.notebooks.length} notebook(s); release ` +
      `${plan.releaseArg}, baseline ${plan.baselineArg}, seed ` +
      `${plan.params.seed}; writing ${shown(plan.tmp)}`,
  );
  await runNotebooks(plan, cmd.cache);
  const manifest = await finishRun(plan);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const report = shown(join(plan.target, "index.html"));
  console.error(
    `reproduce: ${plan.notebooks.length} notebook(s) ran in ${seconds} s; ` +
      `${shown(plan.target)}/ holds ${manifest.outputs.length} output files, ` +
      `listed with SHA-256 in manifest.json; report: ${report}`,
  );
  if (!cmd.json) return;
  return JSON.stringify({
    release: plan.release.name,
    output: shown(plan.target),
    notebooks: plan.notebooks.map(fromRoot),
    files: manifest.outputs.length,
    report,
  });
}

function removeIfPresent(path: string): void {
  try {
    Deno.removeSync(path, { recursive: true });
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
  }
}

if (import.meta.main) await runCommand(REPRODUCE, reproduce);
