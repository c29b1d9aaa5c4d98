/**
 * Reproducing the figures published about takedown releases.
 *
 * Academics who download a release want to know that it gives the numbers
 * that were published about it. `data/catalog.json` records those numbers
 * (`published_figures`: source, figure key, value, qualifier, note); this
 * module computes each figure key from a loaded release with an exact
 * definition (`figures.ts`), compares with the published value
 * (`compareFigure`: exact, "about" = within 5%, "more than" = strictly
 * greater) and lays out the result (`PublishedRow`).
 *
 * - `publishedTable(catalog, "data/raw")`: every catalogued release present
 *   in `data/raw/<release>/` (all parts for an entry that `combines`
 *   releases), the rest listed as `release_absent` with where to get them;
 * - `reproduceFigures(entry, releases)`: one entry on given releases;
 * - `checkDemoTruth` / `demoTruthTable`: the same figures on the SYNTHETIC
 *   demo bundle, compared with the numbers the generator planted
 *   (`TRUTH.json`);
 * - the steps of notebook 07 (`published_steps.ts`): each takes the study
 *   or an earlier step's value and returns what a reader sees, for
 *   `present()`.
 *
 * ```ts ignore
 * import { publishedTable, readCatalog, formatPublishedTable } from "./mod.ts";
 * const rows = await publishedTable(await readCatalog(), "data/raw");
 * console.log(formatPublishedTable(rows));
 * ```
 *
 * @module
 */
export {
  countAccounts,
  countActiveAccounts,
  countRetweets,
  countTweets,
  countTweetsWithHashtags,
  countTweetsWithLinks,
  countTweetsWithMedia,
  countTweetsWithRetweetTweetid,
  FIGURE_KEYS,
  type FigureKey,
  FIGURES,
  type FigureValue,
  largestAccountTweets,
  tweetsByWeekday,
  type Weekday,
  type WeekdayCounts,
  WEEKDAYS,
} from "./figures.ts";
export {
  ABOUT_TOLERANCE_PERCENT,
  compareFigure,
  type Comparison,
  type FigureStatus,
  parseQualifier,
  type Qualifier,
  QUALIFIERS,
} from "./compare_figure.ts";
export {
  type Catalog,
  CATALOG_PATH,
  type CatalogEntry,
  findCatalogEntry,
  type PublishedFigure,
  readCatalog,
} from "./read_catalog.ts";
export { type CatalogFigureRow, catalogFigures } from "./catalog_figures.ts";
export { combineReleases } from "./combine_releases.ts";
export {
  type PublishedRow,
  reproduceFigures,
  type ReproduceOptions,
} from "./reproduce_figures.ts";
export { absentNote, publishedTable } from "./published_table.ts";
export { type AbsentRelease, absentReleases } from "./absent_releases.ts";
export {
  checkDemoTruth,
  demoTruthEntries,
  demoTruthTable,
} from "./check_demo_truth.ts";
export {
  formatPublishedTable,
  publishedFrame,
} from "./format_published_table.ts";
export {
  mergeStudiedRows,
  type SideBySideRow,
  sideBySideRows,
} from "./side_by_side.ts";
export {
  absentReleasesStep,
  catalogFiguresStep,
  demoTruthStep,
  publishedVsReproducedStep,
  RAW_DIR,
  rawReleasesStep,
  studiedReleaseStep,
  type TruthCheck,
  truthChecks,
} from "./published_steps.ts";
