/**
 * SHA-256 checksums of a generated demo bundle, in the `sha256sum` format
 * (`<hex>  <relative path>` lines, sorted by path), and their comparison.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { DemoTruth } from "./demo_truth.ts";

/**
 * SHA-256 of a file, read as a stream.
 *
 * @param path File to hash.
 * @returns Lower-case hex digest.
 */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  const file = await Deno.open(path, { read: true });
  try {
    const buf = new Uint8Array(1 << 20);
    for (let n = await file.read(buf); n !== null; n = await file.read(buf)) {
      hash.update(buf.subarray(0, n));
    }
  } finally {
    file.close();
  }
  return hash.digest("hex");
}

/**
 * The files a generation wrote, relative to its `outDir`: every file listed
 * in the truth's releases, plus `TRUTH.json`; sorted.
 *
 * @example
 * ```ts
 * import { bundlePaths } from "./checksums.ts";
 * import type { DemoTruth } from "./demo_truth.ts";
 * import { deepEqual } from "node:assert/strict";
 * const truth = { releases: [{ files: [{ path: "b/x.csv" }] }] } as unknown as DemoTruth;
 * deepEqual(bundlePaths(truth), ["TRUTH.json", "b/x.csv"]);
 * ```
 */
export function bundlePaths(truth: DemoTruth): string[] {
  const paths = truth.releases.flatMap((r) => r.files.map((f) => f.path));
  paths.push("TRUTH.json");
  return paths.sort();
}

/**
 * `sha256sum`-style lines for `paths` under `dir`.
 *
 * @param dir Folder the paths are relative to.
 * @param paths Relative paths with `/` separators.
 * @returns One `<hex>  <path>` line per path, sorted by path, LF-ended.
 */
export async function checksumText(
  dir: string,
  paths: readonly string[],
): Promise<string> {
  const lines: string[] = [];
  for (const p of [...paths].sort()) {
    lines.push(`${await sha256File(join(dir, ...p.split("/")))}  ${p}`);
  }
  return lines.map((l) => l + "\n").join("");
}

/** How two checksum lists differ. */
export interface ChecksumDiff {
  /** Paths in both lists with different digests. */
  changed: string[];
  /** Paths only in the expected list. */
  missing: string[];
  /** Paths only in the actual list. */
  extra: string[];
}

/**
 * Compare checksum texts (`<hex>  <path>` lines; blank lines ignored).
 *
 * @param expected The committed list.
 * @param actual The list of a fresh generation.
 * @returns Differences, each list sorted; all empty when they agree.
 * @example
 * ```ts
 * import { diffChecksums } from "./checksums.ts";
 * import { deepEqual } from "node:assert/strict";
 * const [a, b] = ["a".repeat(64), "b".repeat(64)];
 * deepEqual(diffChecksums(`${a}  x\n${a}  y\n`, `${a}  x\n${b}  y\n${a}  z\n`), {
 *   changed: ["y"],
 *   missing: [],
 *   extra: ["z"],
 * });
 * ```
 */
export function diffChecksums(expected: string, actual: string): ChecksumDiff {
  const e = parseChecksums(expected);
  const a = parseChecksums(actual);
  const sorted = (xs: string[]) => xs.sort();
  return {
    changed: sorted(
      [...e.keys()].filter((p) => a.has(p) && a.get(p) !== e.get(p)),
    ),
    missing: sorted([...e.keys()].filter((p) => !a.has(p))),
    extra: sorted([...a.keys()].filter((p) => !e.has(p))),
  };
}

/**
 * Parse `<hex>  <path>` lines into path → digest.
 *
 * @throws {SyntaxError} On a line that is not `<64 hex>  <path>`.
 */
export function parseChecksums(text: string): Map<string, string> {
  const out = new Map<string, string>();
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (m === null) {
      throw new SyntaxError(
        `Cannot read checksums: line ${i + 1} is not "<sha256>  <path>": ${
          line.slice(0, 80)
        }`,
      );
    }
    out.set(m[2], m[1]);
  });
  return out;
}
