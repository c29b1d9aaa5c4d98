/**
 * The study API every notebook and command uses: one typed set of
 * parameters ({@linkcode studyParams}, from flags and `TAKEDOWN_*`
 * variables), {@linkcode openStudy} to load the sets and the baseline, and
 * {@linkcode present} to show and save what an analysis step returns.
 *
 * A notebook's first code cell:
 *
 * ```ts ignore
 * import { describeStudy, openStudy, present } from "../lib/study/mod.ts";
 * const study = await openStudy();             // parameters from TAKEDOWN_* variables
 * await present(study, describeStudy(study));
 * ```
 *
 * and every later cell is a call and its presentation:
 *
 * ```ts ignore
 * const bursts = await creationBurstsStep(study);
 * await present(study, bursts);   // sentences, tables, charts; saves the named ones
 * ```
 *
 * A later cell uses `bursts.value`.
 *
 * Print output paths with `shownPath(path, study.dirs.out)`, never the
 * folder itself: under `./lab reproduce` it is a temporary folder whose name
 * changes from run to run.
 *
 * @module
 */
export {
  DEFAULT_SEED,
  manifestParams,
  type ParameterRow,
  parameterRows,
  type ParameterSpec,
  paramsEnv,
  type ParamSources,
  STUDY_PARAMETERS,
  type StudyParams,
  studyParams,
} from "./params.ts";
export {
  openStudy,
  type OpenStudyOptions,
  type Study,
  studyWarnings,
} from "./open_study.ts";
export { describeStudy } from "./describe_study.ts";
export {
  present,
  type PresentOptions,
  type StepChart,
  type StepResult,
  stepResult,
  type StepTable,
} from "./present.ts";
export {
  type CheckRow,
  fmtCount,
  fmtP,
  isoDay,
  pct,
  verdict,
} from "./format.ts";
export { type OutputDirs, outputDirs, shownPath } from "./output_dirs.ts";
export { DEMO_DIR, demoBundlePresent } from "./demo_bundle.ts";
export {
  DEMO_RELEASES,
  PROJECT_ROOT,
  releaseName,
  type ReleaseRef,
  type ResolvedRelease,
  resolveRelease,
} from "../io/mod.ts";
