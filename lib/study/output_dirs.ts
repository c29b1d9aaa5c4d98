/**
 * The output folders a notebook writes into.
 *
 * @module
 */
import { join, relative } from "node:path";

/** Absolute paths of the output folder and its three subfolders. */
export interface OutputDirs {
  /** The output folder itself (`TAKEDOWN_OUT`). */
  out: string;
  /** Charts: each an SVG (and PNG) with the CSV behind it beside it. */
  figures: string;
  /** Tables as CSV. */
  tables: string;
  /** Networks (GEXF, edge lists). */
  networks: string;
}

/**
 * Creates `figures/`, `tables/` and `networks/` under `out` (and `out`
 * itself) when missing, and returns their paths.
 *
 * @param out The output folder, usually `notebookParams().out`.
 * @returns The four absolute paths.
 *
 * @example
 * ```ts
 * import { outputDirs } from "./output_dirs.ts";
 * import { equal } from "node:assert/strict";
 * const out = Deno.makeTempDirSync();
 * const dirs = outputDirs(out);
 * equal(dirs.tables, `${out}/tables`);
 * equal(Deno.statSync(dirs.figures).isDirectory, true);
 * Deno.removeSync(out, { recursive: true });
 * ```
 */
export function outputDirs(out: string): OutputDirs {
  const dirs = {
    out,
    figures: join(out, "figures"),
    tables: join(out, "tables"),
    networks: join(out, "networks"),
  };
  for (const dir of [dirs.figures, dirs.tables, dirs.networks]) {
    Deno.mkdirSync(dir, { recursive: true });
  }
  return dirs;
}

/**
 * A path as a notebook should print it: relative to the output folder, so
 * executed notebooks never show the temporary run folder or a home path
 * (which would make reruns differ byte for byte).
 *
 * @param path A path inside `out`.
 * @param out The output folder.
 * @returns The path relative to `out`, with `/` separators.
 *
 * @example
 * ```ts
 * import { shownPath } from "./output_dirs.ts";
 * import { equal } from "node:assert/strict";
 * equal(shownPath("/x/.tmp-demo-12/tables/t1.csv", "/x/.tmp-demo-12"), "tables/t1.csv");
 * ```
 */
export function shownPath(path: string, out: string): string {
  return relative(out, path).split("\\").join("/");
}
