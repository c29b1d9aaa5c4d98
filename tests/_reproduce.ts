/**
 * Test helpers: run `cli/reproduce.ts` as a separate process, the way
 * `./lab reproduce` does, and fingerprint output folders.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { join, relative } from "node:path";
import { PROJECT_ROOT } from "../lib/study/mod.ts";

/** Exit code and everything the run printed (stderr, then stdout). */
export interface RunResult {
  code: number;
  output: string;
}

/**
 * Runs `deno run -A cli/reproduce.ts <args>` from the project folder.
 *
 * @param args Arguments for reproduce.
 * @returns Exit code and output.
 */
export async function runReproduce(args: string[]): Promise<RunResult> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", join(PROJECT_ROOT, "cli/reproduce.ts"), ...args],
    cwd: PROJECT_ROOT,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder();
  return {
    code: out.code,
    output: text.decode(out.stderr) + text.decode(out.stdout),
  };
}

/**
 * Every file below `dir` (relative path → SHA-256 of its bytes), so two
 * folders compare equal exactly when they hold the same bytes.
 *
 * @param dir The folder.
 * @returns Path → digest, paths sorted.
 */
export function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    const entries = [...Deno.readDirSync(d)].sort((a, b) =>
      a.name < b.name ? -1 : 1
    );
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory) walk(p);
      else {
        out[relative(dir, p)] = createHash("sha256").update(
          Deno.readFileSync(p),
        ).digest("hex");
      }
    }
  };
  walk(dir);
  return out;
}

/**
 * The names in a folder, sorted.
 *
 * @param dir The folder.
 * @returns Its entries' names.
 */
export function names(dir: string): string[] {
  return [...Deno.readDirSync(dir)].map((e) => e.name).sort();
}

/**
 * Runs `fn` with a new temporary folder, removed afterwards even when `fn`
 * fails.
 *
 * @param fn The body.
 */
export async function withTempDir(
  fn: (dir: string) => Promise<void>,
): Promise<void> {
  const dir = Deno.makeTempDirSync({ prefix: "takedown-test-" });
  try {
    await fn(dir);
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
}

/**
 * Where two output folders differ: one line per file only in one of them or
 * with different bytes; for a differing JSON file, the top-level keys whose
 * values differ (for the manifest: `code` when a commit happened between
 * the runs, `npm` when deno.lock changed).
 *
 * @param a One folder.
 * @param b The other folder.
 * @returns The differences; empty when the folders hold the same bytes.
 */
export function differences(a: string, b: string): string[] {
  const fa = fingerprint(a), fb = fingerprint(b);
  const out: string[] = [];
  for (
    const path of [...new Set([...Object.keys(fa), ...Object.keys(fb)])].sort()
  ) {
    if (!(path in fa) || !(path in fb)) {
      out.push(`${path}: only in ${path in fa ? a : b}`);
    } else if (fa[path] !== fb[path]) {
      let detail = "";
      if (path.endsWith(".json") || path.endsWith(".ipynb")) {
        const ja = JSON.parse(Deno.readTextFileSync(join(a, path)));
        const jb = JSON.parse(Deno.readTextFileSync(join(b, path)));
        const keys = Object.keys({ ...ja, ...jb }).filter((k) =>
          JSON.stringify(ja[k]) !== JSON.stringify(jb[k])
        );
        detail = ` (differing keys: ${keys.join(", ")})`;
      }
      out.push(`${path}: different bytes${detail}`);
    }
  }
  return out;
}
