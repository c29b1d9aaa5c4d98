/**
 * The run manifest `outputs/<release>/manifest.json`: what went in (every
 * input file with its SHA-256 and size: the releases, the baseline and the
 * auxiliary files the notebooks read, the parameters, the notebooks, the
 * code's git commit, tool and npm package versions) and what came out
 * (every output file with its SHA-256 and size).
 *
 * Deterministic: no wall-clock time, no absolute paths (every path is
 * relative to the project folder, or to the output folder for outputs, with
 * `/` separators), lists sorted by path in code-unit order, two-space JSON
 * with a final newline. Two runs on the same inputs and code give the same
 * bytes.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import type { ResolvedRelease } from "../lib/io/mod.ts";
import type {
  ManifestFile,
  ManifestRelease,
  ReportManifest,
} from "../lib/report/manifest.ts";

/** One file: path, size in bytes, SHA-256 of its bytes (lowercase hex). */
export type FileRecord = ManifestFile;
/** The manifest, as written (the fields are documented in lib/report/manifest.ts). */
export type Manifest = ReportManifest;
export type { ManifestRelease };

/** What `buildManifest` needs to know about the run. */
export interface ManifestOptions {
  /** Project folder; input paths are written relative to it. */
  root: string;
  release: { argument: string; resolved: ResolvedRelease };
  baseline: { argument: string; resolved: ResolvedRelease };
  /** Every study parameter but `out`; release and baseline as given. */
  params: ReportManifest["parameters"];
  environment: Record<string, string>;
  /** Absolute paths of the notebooks run, in run order. */
  notebooks: string[];
  /**
   * Other files or folders the notebooks read (samples, the client
   * taxonomy, the catalog, the demo's truth), absolute; recorded among the
   * inputs. Missing ones are skipped.
   */
  auxiliary?: string[];
  /** The output folder to list. */
  outputDir: string;
  /** Extra tool versions (the Python executor's). */
  tools: Record<string, string>;
  /** Text of deno.lock. */
  lockText: string;
  code: { git_commit: string | null; git_dirty: boolean | null };
}

/**
 * SHA-256 of a file's bytes, read in chunks (files of any size).
 *
 * @param path The file.
 * @returns Lowercase hex digest.
 *
 * @example
 * ```ts
 * import { sha256File } from "./_manifest.ts";
 * import { equal } from "node:assert/strict";
 * const f = Deno.makeTempFileSync();
 * Deno.writeTextFileSync(f, "abc");
 * equal(
 *   await sha256File(f),
 *   "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
 * );
 * Deno.removeSync(f);
 * ```
 */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  const file = await Deno.open(path);
  for await (const chunk of file.readable) hash.update(chunk); // closes file
  return hash.digest("hex");
}

/**
 * Records for the given files and every file below the given folders
 * (recursively, following symbolic links to files), deduplicated, sorted by
 * path.
 *
 * @param paths Absolute files or folders.
 * @param base Folder the recorded paths are relative to.
 * @returns The records.
 */
export async function fileRecords(
  paths: string[],
  base: string,
): Promise<FileRecord[]> {
  const files = new Set<string>();
  for (const p of paths) collectFiles(p, files);
  const records: FileRecord[] = [];
  for (const f of [...files]) {
    records.push({
      path: relative(base, f).split("\\").join("/"),
      bytes: Deno.statSync(f).size,
      sha256: await sha256File(f),
    });
  }
  return records.sort((
    a,
    b,
  ) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function collectFiles(path: string, into: Set<string>): void {
  const info = Deno.statSync(path);
  if (info.isFile) {
    into.add(path);
    return;
  }
  if (!info.isDirectory) return;
  for (const entry of Deno.readDirSync(path)) {
    collectFiles(join(path, entry.name), into);
  }
}

/**
 * Every npm package of a deno.lock (version 4 or 5) as `name@version`,
 * sorted, peer-dependency suffixes (`_peer@x`) dropped, duplicates removed.
 *
 * @param lockText Text of deno.lock.
 * @returns The packages.
 *
 * @example
 * ```ts
 * import { lockedNpmPackages } from "./_manifest.ts";
 * import { deepEqual } from "node:assert/strict";
 * const lock = JSON.stringify({ version: "5", npm: {
 *   "graphology@0.26.0_graphology-types@0.24.8": {},
 *   "@resvg/resvg-js@2.6.2": {},
 * } });
 * deepEqual(lockedNpmPackages(lock), ["@resvg/resvg-js@2.6.2", "graphology@0.26.0"]);
 * ```
 */
export function lockedNpmPackages(lockText: string): string[] {
  const lock = JSON.parse(lockText) as { npm?: Record<string, unknown> };
  const out = new Set<string>();
  for (const key of Object.keys(lock.npm ?? {})) {
    const at = key.indexOf("@", 1);
    const name = key.slice(0, at);
    const version = key.slice(at + 1).split("_")[0];
    out.add(`${name}@${version}`);
  }
  return [...out].sort();
}

/**
 * Builds the manifest of a finished run (hashing every input and output).
 *
 * @param o What the run used; see `ManifestOptions`.
 * @returns The manifest; write it with `formatManifest`.
 */
export async function buildManifest(o: ManifestOptions): Promise<Manifest> {
  const rel = (p: string) => relative(o.root, p).split("\\").join("/");
  const describe = (r: ManifestOptions["release"]): ManifestRelease => ({
    argument: r.argument,
    name: r.resolved.name,
    paths: r.resolved.releases.map((x) => rel(x.path)),
  });
  const inputPaths = [
    ...[...o.release.resolved.releases, ...o.baseline.resolved.releases]
      .map((x) => x.path),
    ...(o.auxiliary ?? []).filter((p) => existsSync(p)),
  ];
  const notebooks: FileRecord[] = [];
  for (const nb of o.notebooks) {
    notebooks.push({
      path: rel(nb),
      bytes: Deno.statSync(nb).size,
      sha256: await sha256File(nb),
    });
  }
  return {
    manifest_version: 1,
    parameters: {
      ...o.params,
      release: o.release.argument,
      baseline: o.baseline.argument,
    },
    environment: o.environment,
    release: describe(o.release),
    baseline: describe(o.baseline),
    inputs: await fileRecords(inputPaths, o.root),
    notebooks,
    code: o.code,
    tools: {
      deno: Deno.version.deno,
      v8: Deno.version.v8,
      typescript: Deno.version.typescript,
      platform: Deno.build.target,
      ...o.tools,
    },
    npm: lockedNpmPackages(o.lockText),
    outputs: (await fileRecords([o.outputDir], o.outputDir)).filter((r) =>
      r.path !== "manifest.json"
    ),
  };
}

/**
 * The manifest's file text: two-space JSON and a final newline.
 *
 * @param m The manifest.
 * @returns The text.
 */
export function formatManifest(m: Manifest): string {
  return JSON.stringify(m, null, 2) + "\n";
}
