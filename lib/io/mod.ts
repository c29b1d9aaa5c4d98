/**
 * Reading releases and baselines into the archive schema.
 *
 * ```ts ignore
 * import { loadRelease } from "./mod.ts";
 * const release = await loadRelease("data/demo/releases/demo_statebacked");
 * const tweets = release.tweets.collectSync();
 * ```
 *
 * @module
 */
export * from "./schema.ts";
export * from "./ledger.ts";
export type { Release } from "./release_types.ts";
export { loadTable } from "./load_table.ts";
export type { LoadedTable, LoadTableOptions } from "./load_table.ts";
export { findRelease } from "./find_release.ts";
export type { ReleaseFiles } from "./find_release.ts";
export { loadRelease } from "./load_release.ts";
export {
  DEMO_RELEASES,
  PROJECT_ROOT,
  releaseName,
  type ReleaseRef,
  type ResolvedRelease,
  type ResolveOptions,
  resolveRelease,
} from "./resolve_release.ts";
export type { LoadReleaseOptions } from "./load_release.ts";
export { type StackOptions, stackReleases } from "./stack_releases.ts";
export { cacheDir } from "./_cache.ts";
export { safeEntryPath } from "./_unpack.ts";
export { loadTwarc2 } from "./twarc2.ts";
export { loadV1Jsonl, parseV1Time } from "./v1_jsonl.ts";
export { loadMappedCsv } from "./mapped_csv.ts";
export {
  BASELINE_FORMATS,
  type BaselineFormat,
  detectBaselineFormat,
  loadBaseline,
  type LoadBaselineOptions,
} from "./load_baseline.ts";
export type { CsvMapping } from "./mapped_csv.ts";
export {
  restrictToLanguages,
  restrictToPeriod,
  sampleAccounts,
  sampleKey,
} from "./sample.ts";
export { type Weekday, WEEKDAYS } from "./weekdays.ts";
