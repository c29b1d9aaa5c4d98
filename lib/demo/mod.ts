/**
 * The SYNTHETIC demo bundle of Takedown Lab.
 *
 * Twitter's information-operations releases cannot be redistributed, so the
 * project's default input is a bundle it generates itself: three releases in
 * Twitter's archive CSV format, every row invented.
 *
 * - `demo_statebacked/` imitates venezuela_201901_1 (state-backed): planted
 *   account-creation bursts, UTC−4 office-hours posting, an automation
 *   client ("Patria Publisher"), coordinated retweet groups, fixed-interval
 *   posters, daily campaign hashtags; tweets split over two files.
 * - `demo_unattributed/` imitates venezuela_201901_2 (unattributed, spammy):
 *   one creation batch in 2014, round-the-clock posting, URL-heavy tweets from
 *   scheduler clients; no `poll_choices` column.
 * - `demo_organic/` is an organic baseline: human daily rhythm, heavy-tailed
 *   activity, mobile clients, partisans of both sides, made-up official
 *   accounts and enthusiastic supporters who retweet them with human delays.
 *
 * `TRUTH.json` records every planted pattern with the counts taken from the
 * written rows. See `data/demo/README.md` for the numbers of the committed
 * bundle (seed 20190101) and `cli/demo.ts` to regenerate or check it.
 *
 * @example
 * ```ts ignore
 * import { generateDemo } from "./mod.ts";
 * const truth = await generateDemo({ outDir: "data/demo/releases" });
 * console.log(truth.statebacked.burstDays.map((b) => [b.date, b.count]));
 * ```
 *
 * @module
 */
export { generateDemo, type GenerateDemoOptions } from "./generate_demo.ts";
export {
  bundlePaths,
  type ChecksumDiff,
  checksumText,
  diffChecksums,
  parseChecksums,
  sha256File,
} from "./checksums.ts";
export type * from "./demo_truth.ts";
export { DEFAULT_SEED, GENERATOR_VERSION } from "./_config.ts";
