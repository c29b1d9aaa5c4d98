/**
 * The benchmark's input: seeded synthetic releases from the demo generator
 * (`lib/demo`), scaled to about the requested number of tweets, kept in a
 * cache folder outside the repository and reused while their checksums
 * match.
 *
 * One demo bundle has 2,000 accounts in three releases and about 105,704
 * tweets at scale 1 (tweets per account grow with the scale, accounts do
 * not). For `accounts` above 2,000 the benchmark generates
 * b = round(accounts / 2000) bundles with seeds `seed`, `seed + 1`, …, each
 * at scale tweets / (b × 105,704), and treats all their files as one
 * release. The tweet count reached is close to, not exactly, the target.
 *
 * @module
 */
import { join } from "node:path";
import {
  bundlePaths,
  checksumText,
  diffChecksums,
  generateDemo,
  GENERATOR_VERSION,
  parseChecksums,
} from "../lib/demo/mod.ts";

/** Tweets in one demo bundle at scale 1 (seed 20190101). */
export const TWEETS_AT_SCALE_1 = 105_704;
/** Accounts in one demo bundle. */
export const ACCOUNTS_PER_BUNDLE = 2000;

/** What to generate. */
export interface DataRequest {
  /** Target number of tweets. */
  tweets: number;
  /** Target number of accounts (rounded to whole bundles). */
  accounts: number;
  /** Seed of the first bundle. */
  seed: number;
  /** Folder holding the benchmark data sets. */
  root: string;
}

/** A generated (or reused) data set. */
export interface BenchData {
  /** Its folder. */
  dir: string;
  /** Users CSVs and tweets CSVs of all bundles. */
  users: string[];
  tweets: string[];
  /** Tweets and accounts actually generated. */
  nTweets: number;
  nAccounts: number;
  scale: number;
  bundles: number;
  seed: number;
  /** True when the folder was reused after a checksum check. */
  reused: boolean;
}

interface Params {
  generatorVersion: string;
  seed: number;
  scale: number;
  bundles: number;
  tweets: number;
  accounts: number;
  users: string[];
  tweetFiles: string[];
}

/** The default data root: `${XDG_CACHE_HOME:-~/.cache}/takedown-lab/bench`. */
export function defaultRoot(): string {
  const xdg = Deno.env.get("XDG_CACHE_HOME");
  const home = Deno.env.get("HOME") ?? "/tmp";
  return join(xdg || join(home, ".cache"), "takedown-lab", "bench");
}

/**
 * Bundles and scale for a request.
 *
 * @example
 * ```ts
 * import { plan } from "./_data.ts";
 * import { deepEqual } from "node:assert/strict";
 * deepEqual(plan(211_408, 4000), { bundles: 2, scale: 1 });
 * ```
 */
export function plan(
  tweets: number,
  accounts: number,
): { bundles: number; scale: number } {
  const bundles = Math.max(1, Math.round(accounts / ACCOUNTS_PER_BUNDLE));
  const scale = Number((tweets / (bundles * TWEETS_AT_SCALE_1)).toFixed(6));
  return { bundles, scale };
}

/**
 * Returns the data set for `request`, generating it unless a folder with
 * the same parameters and matching SHA-256 checksums already exists.
 *
 * @param request Tweets, accounts, seed and root folder.
 * @param log Progress messages.
 * @returns The files and what they hold.
 */
export async function prepareData(
  request: DataRequest,
  log: (message: string) => void = () => {},
): Promise<BenchData> {
  if (!(request.tweets >= 1000) || !(request.accounts >= 1)) {
    throw new RangeError(
      `Preparing benchmark data: need at least 1000 tweets and 1 account: ` +
        `${request.tweets} tweets, ${request.accounts} accounts`,
    );
  }
  const { bundles, scale } = plan(request.tweets, request.accounts);
  const dir = join(
    request.root,
    `tweets-${request.tweets}-accounts-${
      bundles * ACCOUNTS_PER_BUNDLE
    }-seed-${request.seed}-v${GENERATOR_VERSION}`,
  );
  const kept = await reusable(dir, bundles, scale, log);
  if (kept) return result(dir, kept, true);
  await Deno.remove(dir, { recursive: true }).catch(() => {});
  await Deno.mkdir(dir, { recursive: true });
  const paths: string[] = [];
  let tweets = 0;
  for (let k = 0; k < bundles; k++) {
    const seed = request.seed + k;
    log(`generating bundle ${k + 1}/${bundles} (seed ${seed}, scale ${scale})`);
    const truth = await generateDemo({
      outDir: join(dir, `bundle-${k}`),
      seed,
      scale,
    });
    tweets += truth.totals.tweets;
    paths.push(...bundlePaths(truth).map((p) => `bundle-${k}/${p}`));
  }
  const csv = paths.filter((p) => p.endsWith(".csv"));
  const params: Params = {
    generatorVersion: GENERATOR_VERSION,
    seed: request.seed,
    scale,
    bundles,
    tweets,
    accounts: bundles * ACCOUNTS_PER_BUNDLE,
    users: csv.filter((p) => /_users_/.test(p)),
    tweetFiles: csv.filter((p) => /_tweets_/.test(p)),
  };
  await Deno.writeTextFile(
    join(dir, "SHA256SUMS"),
    await checksumText(dir, paths),
  );
  await Deno.writeTextFile(
    join(dir, "params.json"),
    JSON.stringify(params, null, 2) + "\n",
  );
  return result(dir, params, false);
}

/**
 * The parameters of the data already in `dir` when they match the request
 * and every file matches its SHA256SUMS; else null (absent, unreadable or
 * changed: to be regenerated).
 */
async function reusable(
  dir: string,
  bundles: number,
  scale: number,
  log: (message: string) => void,
): Promise<Params | null> {
  try {
    const params: Params = JSON.parse(
      await Deno.readTextFile(join(dir, "params.json")),
    );
    const expected = await Deno.readTextFile(join(dir, "SHA256SUMS"));
    log(`checking ${dir} against its SHA256SUMS`);
    const paths = [...parseChecksums(expected).keys()];
    const d = diffChecksums(expected, await checksumText(dir, paths));
    if (
      params.generatorVersion === GENERATOR_VERSION &&
      params.scale === scale && params.bundles === bundles &&
      d.changed.length + d.missing.length + d.extra.length === 0
    ) {
      return params;
    }
    log(`${dir} does not match its checksums or parameters: regenerating`);
  } catch {
    // Absent or unreadable: generate.
  }
  return null;
}

function result(dir: string, p: Params, reused: boolean): BenchData {
  return {
    dir,
    users: p.users.map((f) => join(dir, f)),
    tweets: p.tweetFiles.map((f) => join(dir, f)),
    nTweets: p.tweets,
    nAccounts: p.accounts,
    scale: p.scale,
    bundles: p.bundles,
    seed: p.seed,
    reused,
  };
}
