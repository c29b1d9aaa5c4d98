/**
 * Helpers every notebook imports: its parameters (from environment
 * variables, so a notebook runs unchanged under `./lab reproduce` and in
 * Jupyter), release resolution, and the output folders.
 *
 * A notebook's first code cell:
 *
 * ```ts ignore
 * import { notebookParams, outputDirs, resolveRelease } from "../lib/notebook/mod.ts";
 * const params = notebookParams();          // TAKEDOWN_RELEASE, _BASELINE, _OUT, _SEED
 * const release = resolveRelease(params.release);   // demo → three folders
 * const dirs = outputDirs(params.out);      // figures/, tables/, networks/
 * ```
 *
 * Print output paths with `shownPath(path, params.out)`, never `params.out`
 * itself: under `./lab reproduce` it is a temporary folder whose name changes
 * from run to run.
 *
 * @module
 */
export {
  DEMO_RELEASES,
  notebookParams,
  PROJECT_ROOT,
  releaseName,
  resolveRelease,
} from "./params.ts";
export type { NotebookParams, ReleaseRef, ResolvedRelease } from "./params.ts";
export { outputDirs, shownPath } from "./output_dirs.ts";
export { DEMO_DIR, demoBundlePresent } from "./demo_bundle.ts";
export type { OutputDirs } from "./output_dirs.ts";
