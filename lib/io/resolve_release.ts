/**
 * The one place that turns a release argument (`demo`, a name, a path) into
 * folders or files on disk. Commands, notebooks and `./lab reproduce` all
 * call {@linkcode resolveRelease}.
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

/** Where {@linkcode resolveRelease} looks. */
export interface ResolveOptions {
  /** The project folder (default {@linkcode PROJECT_ROOT}). */
  root?: string;
  /**
   * A folder a relative path may also be relative to, tried before the
   * project folder (a command's working folder). Default: none.
   */
  cwd?: string;
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
 * import { releaseName } from "./resolve_release.ts";
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
 * 3. otherwise a path: absolute; or relative to `options.cwd` when it exists
 *    there; or relative to the project folder (a notebook's working folder
 *    is `notebooks/`, so notebooks get project-relative paths).
 *
 * @param spec The argument, for example `--release` or `TAKEDOWN_RELEASE`.
 * @param options Where to look.
 * @returns The output-folder name and the absolute paths.
 * @throws {Deno.errors.NotFound} When nothing matches; the message says how
 *   to get the data.
 *
 * @example
 * ```ts
 * import { resolveRelease } from "./resolve_release.ts";
 * import { equal } from "node:assert/strict";
 * const r = resolveRelease("/tmp");
 * equal(r.name, "tmp");
 * equal(r.releases[0].path, "/tmp");
 * ```
 */
export function resolveRelease(
  spec: string,
  options: ResolveOptions = {},
): ResolvedRelease {
  const root = options.root ?? PROJECT_ROOT;
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
          "Generate the synthetic demo bundle with `./lab demo`.",
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
  const path = locate(spec, root, options.cwd);
  if (path === null) {
    throw new Deno.errors.NotFound(
      `Resolve release: no such release name or path: ${spec}. Give "demo", ` +
        "a folder name under data/raw/ (see data/README.md), a name under " +
        "data/demo/releases/ (`./lab demo` makes them), or a path.",
    );
  }
  const name = releaseName(path);
  return { name, releases: [{ name, path: path.replace(/\/+$/, "") }] };
}

/** The absolute path a path argument names, or null when nothing is there. */
function locate(spec: string, root: string, cwd?: string): string | null {
  if (spec === "") return null;
  if (isAbsolute(spec)) return exists(spec) ? spec : null;
  for (const base of cwd ? [cwd, root] : [root]) {
    const path = resolve(base, spec);
    if (exists(path)) return path;
  }
  return null;
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
