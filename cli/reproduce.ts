/**
 * `./lab reproduce [--release NAME|PATH] [--baseline NAME|PATH] [--seed N]`
 * (or `deno task reproduce …`): one command that reproduces every output.
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
 * @module
 */
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildManifest, formatManifest } from "./_manifest.ts";
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
  studyParams,
} from "../lib/study/mod.ts";

const USAGE =
  `Usage: ./lab reproduce [options]      (or: deno task reproduce [options])

Runs every notebooks/NN_*.ipynb in order, headlessly, with the project's
Deno kernel, and replaces outputs/<release>/ when all of them succeed.

Study parameters (each also read from its environment variable):
${
    STUDY_PARAMETERS.filter((p) => p.name !== "out").map((p) =>
      `  --${p.flag} (${p.env}, default ${p.default || "none"})\n      ${p.doc}`
    ).join("\n")
  }

Options of the run:
  --cell-timeout S      stop a cell that runs longer than S seconds
                        (default: no limit)
  --notebooks DIR       notebook folder (default: notebooks)
  --outputs DIR         output root (default: outputs)
  --help                this text
`;

/** Options of the command: the study parameters and the run's own. */
const RUN_OPTIONS: Record<string, { type: "string" | "boolean" }> = {
  ...Object.fromEntries(
    STUDY_PARAMETERS.filter((p) => p.name !== "out").map((p) => [
      p.flag,
      { type: "string" as const },
    ]),
  ),
  "cell-timeout": { type: "string" },
  notebooks: { type: "string" },
  outputs: { type: "string" },
  help: { type: "boolean" },
};

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
 * Turns a command-line release argument into the form the notebooks get:
 * `demo` and names stay as they are; a path (relative to the working
 * folder) becomes relative to the project folder, starting with `./` or
 * `../` when needed so it is not mistaken for a name.
 */
function releaseArgument(spec: string): string {
  if (spec === "demo") return spec;
  if (!spec.includes("/") && !spec.startsWith(".")) {
    try {
      resolveRelease(spec);
      return spec;
    } catch {
      // Not a known name: try it as a path relative to the working folder.
    }
  }
  const path = resolve(Deno.cwd(), spec);
  try {
    Deno.statSync(path);
  } catch {
    return spec; // resolveRelease reports it as given.
  }
  const rel = fromRoot(path);
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

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: Deno.args,
    options: RUN_OPTIONS,
    strict: false,
    allowPositionals: true,
  });
  if (values.help === true) {
    console.log(USAGE);
    return 0;
  }
  const unknown = [
    ...Object.keys(values).filter((k) => !(k in RUN_OPTIONS)).map((k) =>
      `--${k}`
    ),
    ...positionals,
  ];
  if (unknown.length > 0) {
    console.error(
      `reproduce: unknown argument: ${unknown[0]}. Valid options: ${
        Object.keys(RUN_OPTIONS).map((k) => `--${k}`).join(", ")
      }.`,
    );
    return 2;
  }
  const opt = (name: string): string | undefined => {
    const v = values[name];
    if (v === true) {
      throw new TypeError(
        `Read --${name}: it needs a value. Run ./lab reproduce --help.`,
      );
    }
    return v as string | undefined;
  };
  const started = performance.now();
  const timeout = opt("cell-timeout");
  if (timeout !== undefined && !/^[1-9]\d*$/.test(timeout)) {
    throw new RangeError(
      `Read --cell-timeout: expected a whole number of seconds, got: ${timeout}`,
    );
  }
  const given = studyParams({
    flags: Object.fromEntries(
      STUDY_PARAMETERS.map((p) => [p.flag, opt(p.flag)]),
    ),
  });
  const releaseArg = releaseArgument(given.release);
  const baselineArg = releaseArgument(given.baseline);
  const release: ResolvedRelease = resolveRelease(releaseArg);
  const baseline: ResolvedRelease = resolveRelease(baselineArg);
  const notebookDir = resolve(
    opt("notebooks") ?? join(PROJECT_ROOT, "notebooks"),
  );
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
  const { python, versions } = await findExecutor();

  const outputsRoot = resolve(opt("outputs") ?? join(PROJECT_ROOT, "outputs"));
  const target = join(outputsRoot, release.name);
  const tmp = join(outputsRoot, `.tmp-${release.name}-${Deno.pid}`);
  Deno.mkdirSync(tmp, { recursive: true });
  outputDirs(tmp);

  console.error(
    `reproduce: ${notebooks.length} notebook(s); release ${releaseArg}, ` +
      `baseline ${baselineArg}, seed ${given.seed}; writing ${shown(tmp)}`,
  );
  const jupyterPath = [
    join(PROJECT_ROOT, ".jupyter"),
    Deno.env.get("JUPYTER_PATH"),
  ]
    .filter((p) => p).join(":");
  const child = new Deno.Command(python, {
    args: [
      EXECUTOR,
      "--kernel",
      KERNEL_NAME,
      "--save-dir",
      join(tmp, "notebooks"),
      ...(timeout ? ["--timeout", timeout] : []),
      ...notebooks.map(fromRoot),
    ],
    cwd: PROJECT_ROOT,
    env: {
      ...paramsEnv({
        ...given,
        release: releaseArg,
        baseline: baselineArg,
        out: tmp,
      }),
      JUPYTER_PATH: jupyterPath,
      ...KERNEL_ENV,
    },
    stdin: "null",
    stdout: "inherit",
    stderr: "inherit",
  }).spawn();
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

  if (interrupted) {
    Deno.removeSync(tmp, { recursive: true });
    console.error(`reproduce: interrupted; ${shown(target)} is unchanged.`);
    return 130;
  }
  if (!status.success) {
    const failed = `${target}.failed`;
    removeIfPresent(failed);
    Deno.renameSync(tmp, failed);
    console.error(
      `reproduce: stopped (executor exit status ${status.code}); ` +
        `${shown(target)} is unchanged. This run's partial outputs and ` +
        `executed notebooks are in ${shown(failed)}/`,
    );
    return 1;
  }
  let manifest;
  try {
    manifest = await buildManifest({
      root: PROJECT_ROOT,
      release: { argument: releaseArg, resolved: release },
      baseline: { argument: baselineArg, resolved: baseline },
      params: manifestParams(given),
      environment: KERNEL_ENV,
      notebooks,
      outputDir: tmp,
      tools: versions,
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
  } catch (e) {
    removeIfPresent(tmp);
    throw e;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(
    `reproduce: ${notebooks.length} notebook(s) ran in ${seconds} s; ` +
      `${shown(target)}/ holds ${manifest.outputs.length} output files, ` +
      "listed with SHA-256 in manifest.json; report: " +
      `${shown(join(target, "index.html"))}`,
  );
  return 0;
}

function removeIfPresent(path: string): void {
  try {
    Deno.removeSync(path, { recursive: true });
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
  }
}

if (import.meta.main) {
  try {
    Deno.exit(await main());
  } catch (e) {
    console.error(`reproduce: ${e instanceof Error ? e.message : String(e)}`);
    Deno.exit(1);
  }
}
