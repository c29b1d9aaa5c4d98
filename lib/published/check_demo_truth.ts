/**
 * Checking the figure functions on the SYNTHETIC demo bundle, whose true
 * numbers the generator planted and recorded in `TRUTH.json`.
 *
 * @module
 */
import { join } from "node:path";
import type { DemoTruth } from "../demo/mod.ts";
import {
  loadRelease,
  type LoadReleaseOptions,
  type Release,
} from "../io/mod.ts";
import type { CatalogEntry } from "./read_catalog.ts";
import { type PublishedRow, reproduceFigures } from "./reproduce_figures.ts";

/**
 * The planted numbers of each demo release as catalog entries, so they go
 * through the same comparison as published figures. Per release:
 * `accounts` (TRUTH `accounts`, the users-file rows), `tweets`, `retweets`
 * and `tweets_with_retweet_tweetid` (both TRUTH `retweets`: the generator
 * writes a retweet_tweetid exactly on is_retweet rows),
 * `tweets_by_weekday` (`tweetsPerUtcWeekday`); for `demo_unattributed`
 * also `tweets_with_links` (`unattributed.tweetsWithUrl`). All exact.
 *
 * @param truth The parsed `TRUTH.json`.
 * @returns One entry per demo release, in TRUTH order.
 */
export function demoTruthEntries(truth: DemoTruth): CatalogEntry[] {
  const source = `TRUTH.json (planted by lib/demo, seed ${truth.seed})`;
  return truth.releases.map((r) => {
    const figures = [
      { figure: "accounts", value: r.accounts },
      { figure: "tweets", value: r.tweets },
      { figure: "retweets", value: r.retweets },
      {
        figure: "tweets_with_retweet_tweetid",
        value: r.retweets,
        note: "TRUTH's retweets: rows with a retweet_tweetid (is_retweet true)",
      },
      {
        figure: "tweets_by_weekday",
        value: { ...r.tweetsPerUtcWeekday } as Record<string, number>,
      },
    ];
    if (r.name === "demo_unattributed") {
      figures.push({
        figure: "tweets_with_links",
        value: truth.unattributed.tweetsWithUrl,
        note: "TRUTH's unattributed.tweetsWithUrl: spam tweets given a link",
      });
    }
    return {
      release: r.name,
      published_figures: figures.map((f) => ({ source, ...f })),
    };
  });
}

/**
 * Compares the figures computed on loaded demo releases with the numbers
 * planted in them (see `demoTruthEntries`). Every row should be `match`;
 * a demo release not among `releases` is `release_absent`.
 *
 * @param truth The parsed `TRUTH.json`.
 * @param releases Loaded demo releases (matched by `name`).
 * @returns Rows in TRUTH order.
 */
export function checkDemoTruth(
  truth: DemoTruth,
  releases: Release[],
): PublishedRow[] {
  return demoTruthEntries(truth).flatMap((entry) => {
    const release = releases.find((r) => r.name === entry.release);
    return reproduceFigures(entry, release ? [release] : [], {
      absentNote: `${entry.release} was not loaded: generate the bundle ` +
        "with `deno task demo`",
    });
  });
}

/**
 * Reads `<bundleDir>/TRUTH.json`, loads each demo release folder it lists
 * and checks the planted numbers (`checkDemoTruth`).
 *
 * @param bundleDir The bundle folder, normally `data/demo/releases`.
 * @param options Loader cache options.
 * @returns Rows in TRUTH order.
 * @throws {Deno.errors.NotFound} When TRUTH.json is missing.
 *
 * @example
 * ```ts ignore
 * const rows = await demoTruthTable("data/demo/releases");
 * console.log(rows.filter((r) => r.status !== "match"));   // []
 * ```
 */
export async function demoTruthTable(
  bundleDir: string,
  options: LoadReleaseOptions = {},
): Promise<PublishedRow[]> {
  const path = join(bundleDir, "TRUTH.json");
  let truth: DemoTruth;
  try {
    truth = JSON.parse(await Deno.readTextFile(path));
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) {
      throw new Deno.errors.NotFound(
        `Read demo truth: no such file: ${path}. Generate the demo bundle ` +
          "with `deno task demo`.",
      );
    }
    throw e;
  }
  const releases: Release[] = [];
  for (const r of truth.releases) {
    releases.push(await loadRelease(join(bundleDir, r.name), options));
  }
  return checkDemoTruth(truth, releases);
}
