/**
 * Reading `manifest.json`, the run record `./lab reproduce` writes (see
 * `cli/_manifest.ts`), as far as the report needs it.
 *
 * @module
 */

/** One file of the run: path, size in bytes, SHA-256 (lowercase hex). */
export interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
}

/** A release argument and the folders it stood for. */
export interface ManifestRelease {
  /** As passed to the notebooks (`TAKEDOWN_RELEASE`), e.g. `demo`. */
  argument: string;
  /** Name of the output folder. */
  name: string;
  /** Release folders or files, relative to the project folder. */
  paths: string[];
}

/** The fields of `manifest.json` (version 1), as `cli/_manifest.ts` writes them. */
export interface ReportManifest {
  manifest_version: 1;
  /**
   * Every study parameter (`lib/study/params.ts`), the release and baseline
   * as given on the command line.
   */
  parameters: {
    release: string;
    baseline: string;
    seed: number;
    [name: string]: string | number | null;
  };
  /** Fixed for the run: `TZ` and `LC_ALL` of the kernels. */
  environment: Record<string, string>;
  release: ManifestRelease;
  baseline: ManifestRelease;
  /** Every file under the release and baseline paths (deduplicated). */
  inputs: ManifestFile[];
  /** The notebooks run, in run order. */
  notebooks: ManifestFile[];
  /** The code: git commit and whether the work tree had changes; null outside git. */
  code: { git_commit: string | null; git_dirty: boolean | null };
  /** Deno, V8, TypeScript, platform, and the Python executor's versions. */
  tools: Record<string, string>;
  /** Every npm package in deno.lock, as `name@version`, sorted. */
  npm: string[];
  /** Every file of the output folder except `manifest.json` and `index.html`. */
  outputs: ManifestFile[];
}

/** Checks one field's type; throws naming the field and the file. */
function need(
  ok: boolean,
  field: string,
  where: string,
  value: unknown,
): void {
  if (!ok) {
    throw new TypeError(
      `Read ${where}: field "${field}" is missing or of the wrong type: ${
        JSON.stringify(value)
      }; regenerate it with ./lab reproduce`,
    );
  }
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

function checkFiles(list: unknown, field: string, where: string): void {
  need(Array.isArray(list), field, where, list);
  (list as unknown[]).forEach((f, i) => {
    const ok = isObject(f) && typeof f.path === "string" &&
      typeof f.bytes === "number" && typeof f.sha256 === "string";
    need(ok, `${field}[${i}]`, where, f);
  });
}

function checkRelease(r: unknown, field: string, where: string): void {
  const ok = isObject(r) && typeof r.argument === "string" &&
    typeof r.name === "string" && Array.isArray(r.paths) &&
    r.paths.every((p) => typeof p === "string");
  need(ok, field, where, r);
}

/**
 * Parses and checks the text of a `manifest.json` (version 1).
 *
 * @param text The file's text.
 * @param where The file's name, for error messages.
 * @returns The manifest.
 * @throws {SyntaxError} When the text is not JSON.
 * @throws {TypeError} When the version is not 1 or a field the report reads
 *   is missing or of the wrong type (the message names it).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.throws(() => parseManifest('{"manifest_version": 2}', "m.json"), /manifest_version/);
 * ```
 */
export function parseManifest(text: string, where: string): ReportManifest {
  const m = JSON.parse(text) as Record<string, unknown>;
  need(
    m?.manifest_version === 1,
    "manifest_version",
    where,
    m?.manifest_version,
  );
  const p = m.parameters;
  need(
    isObject(p) && typeof p.release === "string" &&
      typeof p.baseline === "string" && typeof p.seed === "number",
    "parameters",
    where,
    p,
  );
  need(isObject(m.environment), "environment", where, m.environment);
  checkRelease(m.release, "release", where);
  checkRelease(m.baseline, "baseline", where);
  checkFiles(m.inputs, "inputs", where);
  checkFiles(m.notebooks, "notebooks", where);
  checkFiles(m.outputs, "outputs", where);
  need(isObject(m.code), "code", where, m.code);
  need(isObject(m.tools), "tools", where, m.tools);
  need(
    Array.isArray(m.npm) && m.npm.every((x) => typeof x === "string"),
    "npm",
    where,
    m.npm,
  );
  return m as unknown as ReportManifest;
}

/**
 * Whether a release of the manifest is the synthetic demo bundle: its
 * argument is `demo`, or every one of its paths lies in `data/demo/`, where
 * `./lab demo` writes the bundle. (The loader's own test, a `TRUTH.json`
 * beside or above the folder, needs the data; the report reads only the
 * outputs, so it goes by the recorded paths.)
 *
 * @param release `manifest.release` or `manifest.baseline`.
 * @returns True for the demo bundle.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(isSyntheticRelease({ argument: "demo", name: "demo", paths: [] }), true);
 * assert.equal(isSyntheticRelease({ argument: "demo_organic", name: "demo_organic", paths: ["data/demo/releases/demo_organic"] }), true);
 * assert.equal(isSyntheticRelease({ argument: "iran_201906", name: "iran_201906", paths: ["data/raw/iran_201906"] }), false);
 * ```
 */
export function isSyntheticRelease(release: ManifestRelease): boolean {
  return release.argument === "demo" ||
    (release.paths.length > 0 &&
      release.paths.every((p) => p.startsWith("data/demo/")));
}
