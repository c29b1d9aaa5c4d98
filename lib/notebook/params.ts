/**
 * Notebook parameters, passed by environment variables so a notebook runs
 * unchanged under `./lab reproduce` and in an interactive Jupyter session.
 *
 * | Variable            | Field      | Default                                  |
 * | ------------------- | ---------- | ---------------------------------------- |
 * | `TAKEDOWN_RELEASE`  | `release`  | `demo`                                   |
 * | `TAKEDOWN_BASELINE` | `baseline` | `demo_organic`                           |
 * | `TAKEDOWN_OUT`      | `out`      | `<project>/outputs/interactive/<release>` |
 * | `TAKEDOWN_SEED`     | `seed`     | `20190101`                               |
 *
 * @module
 */
import { basename, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The project folder (the one holding `deno.json`), absolute. */
export const PROJECT_ROOT: string = fileURLToPath(
  new URL("../../", import.meta.url),
).replace(/\/$/, "");

/** The three folders of the synthetic demo bundle, in study order. */
export const DEMO_RELEASES: readonly string[] = [
  "demo_statebacked",
  "demo_unattributed",
  "demo_organic",
];

/** Parameters of one notebook run. */
export interface NotebookParams {
  /** Release to study: `demo`, a name, or a path (see `resolveRelease`). */
  release: string;
  /** Comparison release (organic accounts), same forms as `release`. */
  baseline: string;
  /** Absolute output folder; notebooks write `figures/`, `tables/`, `networks/` in it. */
  out: string;
  /** Seed for every random draw (a non-negative safe integer). */
  seed: number;
}

/** One release folder or file, ready for `loadRelease(path)`. */
export interface ReleaseRef {
  /** Folder name, or the file name without `_users…`/`_tweets…` and extensions. */
  name: string;
  /** Absolute path of the folder or file. */
  path: string;
}

/** What a release argument stands for. */
export interface ResolvedRelease {
  /** Name of the output folder: `outputs/<name>/`. */
  name: string;
  /** The releases it stands for: three for `demo`, otherwise one. */
  releases: ReleaseRef[];
}

/**
 * Reads the notebook parameters from environment variables (table above).
 *
 * A relative `TAKEDOWN_OUT` is taken relative to the project folder.
 *
 * @param env Variables to read (default: the process environment).
 * @returns The parameters, defaults filled in.
 * @throws {RangeError} When `TAKEDOWN_SEED` is not a non-negative integer.
 *
 * @example Defaults
 * ```ts
 * import { notebookParams, PROJECT_ROOT } from "./params.ts";
 * import { deepEqual } from "node:assert/strict";
 * deepEqual(notebookParams({}), {
 *   release: "demo",
 *   baseline: "demo_organic",
 *   out: `${PROJECT_ROOT}/outputs/interactive/demo`,
 *   seed: 20190101,
 * });
 * ```
 *
 * @example From the environment
 * ```ts
 * import { notebookParams } from "./params.ts";
 * import { equal } from "node:assert/strict";
 * const p = notebookParams({ TAKEDOWN_OUT: "/tmp/run", TAKEDOWN_SEED: "7" });
 * equal(p.out, "/tmp/run");
 * equal(p.seed, 7);
 * ```
 */
export function notebookParams(
  env: Record<string, string | undefined> = Deno.env.toObject(),
): NotebookParams {
  const release = env.TAKEDOWN_RELEASE || "demo";
  const baseline = env.TAKEDOWN_BASELINE || "demo_organic";
  const out = env.TAKEDOWN_OUT
    ? resolve(PROJECT_ROOT, env.TAKEDOWN_OUT)
    : join(PROJECT_ROOT, "outputs", "interactive", releaseName(release));
  const seedText = env.TAKEDOWN_SEED || "20190101";
  const seed = Number(seedText);
  if (!/^\d+$/.test(seedText) || !Number.isSafeInteger(seed)) {
    throw new RangeError(
      `Read TAKEDOWN_SEED: expected a non-negative integer, got: ${seedText}. ` +
        "Set it to a whole number such as 20190101.",
    );
  }
  return { release, baseline, out, seed };
}

/**
 * The output-folder name of a release argument, without touching the disk:
 * the argument's last path segment, with `_users…`/`_tweets…` and `.csv`,
 * `.gz`, `.zip` endings removed from file names.
 *
 * @param spec A release argument (`demo`, a name or a path).
 * @returns The name.
 *
 * @example
 * ```ts
 * import { releaseName } from "./params.ts";
 * import { equal } from "node:assert/strict";
 * equal(releaseName("demo"), "demo");
 * equal(releaseName("../data/venezuela_201906_1/"), "venezuela_201906_1");
 * equal(releaseName("x/ira_users_csv_hashed.csv.gz"), "ira");
 * ```
 */
export function releaseName(spec: string): string {
  const last = basename(spec.replace(/\/+$/, ""));
  if (!/\.(csv|gz|zip)$/i.test(last)) return last;
  return last.replace(/_(users|tweets).*$/i, "").replace(
    /\.(csv|gz|zip)$/gi,
    "",
  );
}

/**
 * Resolves a release argument to its folders or files, in this order:
 *
 * 1. `demo`: the three demo folders `data/demo/releases/{demo_statebacked,
 *    demo_unattributed,demo_organic}` (all must exist);
 * 2. a plain name (no `/`, not starting with `.`): `data/raw/<name>`, else
 *    `data/demo/releases/<name>`, if it exists;
 * 3. otherwise a path: absolute, or relative to the project folder (not to
 *    the working directory, which in a notebook is `notebooks/`).
 *
 * @param spec The argument, for example `TAKEDOWN_RELEASE`.
 * @param root The project folder (default `PROJECT_ROOT`).
 * @returns The output-folder name and the absolute paths.
 * @throws {Deno.errors.NotFound} When nothing matches; the message says how
 *   to get the data.
 *
 * @example
 * ```ts
 * import { resolveRelease } from "./params.ts";
 * import { equal } from "node:assert/strict";
 * const r = resolveRelease("/tmp");
 * equal(r.name, "tmp");
 * equal(r.releases[0].path, "/tmp");
 * ```
 */
export function resolveRelease(
  spec: string,
  root: string = PROJECT_ROOT,
): ResolvedRelease {
  const demo = join(root, "data", "demo", "releases");
  if (spec === "demo") {
    const releases = DEMO_RELEASES.map((name) => ({
      name,
      path: join(demo, name),
    }));
    const missing = releases.find((r) => !exists(r.path));
    if (missing) {
      throw new Deno.errors.NotFound(
        `Resolve release "demo": missing folder: ${missing.path}. ` +
          "Generate the synthetic demo bundle with `./lab demo` " +
          "(or `deno run -A cli/demo.ts`).",
      );
    }
    return { name: "demo", releases };
  }
  if (!spec.includes("/") && !spec.startsWith(".") && spec !== "") {
    for (const base of [join(root, "data", "raw"), demo]) {
      const path = join(base, spec);
      if (exists(path)) return { name: spec, releases: [{ name: spec, path }] };
    }
  }
  const path = isAbsolute(spec) ? spec : resolve(root, spec);
  if (spec === "" || !exists(path)) {
    throw new Deno.errors.NotFound(
      `Resolve release: no such release name or path: ${spec}. Give "demo", ` +
        "a folder name under data/raw/ (see data/raw/README.md), a name under " +
        "data/demo/releases/, or a path (relative to the project folder).",
    );
  }
  const name = releaseName(path);
  return { name, releases: [{ name, path: path.replace(/\/+$/, "") }] };
}

function exists(path: string): boolean {
  try {
    Deno.statSync(path);
    return true;
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return false;
    throw e;
  }
}
