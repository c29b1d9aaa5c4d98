/**
 * The synthetic demo bundle: three releases in Twitter's archive format and
 * the TRUTH.json that records everything planted in them.
 *
 * @module
 */
import { join } from "node:path";
import {
  DiurnalSampler,
  formatMinute,
  localDay,
  parseDay,
  SPAN_END,
  SPAN_START,
  WEEKDAYS,
} from "./_calendar.ts";
import {
  CAMPAIGN_HASHTAGS,
  DEFAULT_SEED,
  EXTERNAL_ACCOUNTS,
  GENERATOR_VERSION,
  ORGANIC,
  RELEASES,
} from "./_config.ts";
import { hashedId, TweetIds } from "./_ids.ts";
import { type Context, round6, sortedCounts } from "./_model.ts";
import { buildOfficials } from "./_officials.ts";
import { writeOrganic } from "./_organic.ts";
import type { ReleaseOutput } from "./_release.ts";
import { writeStatebacked } from "./_statebacked.ts";
import { writeUnattributed } from "./_unattributed.ts";
import type {
  CampaignHashtagTruth,
  DemoReleaseTruth,
  DemoTruth,
  WeekdayCounts,
} from "./demo_truth.ts";

/** Options of `generateDemo`. */
export interface GenerateDemoOptions {
  /** Integer in [0, 2³²); default 20190101. */
  seed?: number;
  /** Folder to write the three release folders and TRUTH.json into. */
  outDir: string;
  /**
   * Multiplies tweets per account (accounts stay the same); default 1
   * (about 100k tweets). Scale 100 gives about 10M tweets. When scale > 1,
   * TRUTH.json omits the lists of group object tweet ids.
   */
  scale?: number;
}

const MIMICS = {
  statebacked:
    "venezuela_201901_1 (Twitter, January 2019: 1,196 accounts located in Venezuela which appeared to be engaged in a state-backed influence campaign targeting domestic audiences)",
  unattributed:
    "venezuela_201901_2 (Twitter, January 2019: 764 accounts located in Venezuela that Twitter was unable to definitively tie to information operations of a foreign government; spammy content on divisive political themes)",
  organic:
    "no release: an organic Venezuelan baseline of the kind a researcher collects for comparison",
};

/**
 * Generate the SYNTHETIC demo bundle into `outDir`: `demo_statebacked/`,
 * `demo_unattributed/`, `demo_organic/` (each in Twitter's hashed-release CSV
 * format) and `TRUTH.json`. Same seed and scale → byte-identical files.
 * Memory stays bounded by one account's tweets, so large scales stream.
 *
 * @param options Seed, output folder and scale.
 * @returns The truth record, also written to `<outDir>/TRUTH.json`.
 * @example
 * ```ts ignore
 * import { generateDemo } from "./generate_demo.ts";
 * const truth = await generateDemo({ outDir: "data/demo/releases" });
 * console.log(truth.totals.tweets);
 * ```
 */
export async function generateDemo(
  options: GenerateDemoOptions,
): Promise<DemoTruth> {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = options.scale ?? 1;
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) {
    throw new RangeError(
      `Cannot generate the demo bundle: seed must be an integer in [0, 4294967296): ${seed}`,
    );
  }
  if (!Number.isFinite(scale) || scale <= 0) {
    throw new RangeError(
      `Cannot generate the demo bundle: scale must be a positive number: ${scale}`,
    );
  }
  const outDir = options.outDir;
  await Deno.mkdir(outDir, { recursive: true });

  const ctx = demoContext(seed, scale);
  const sb = await writeStatebacked(ctx, outDir);
  const un = await writeUnattributed(ctx, outDir);
  const org = await writeOrganic(ctx, outDir);
  const truth = bundleTruth(seed, scale, sb, un, org);
  await Deno.writeTextFile(
    join(outDir, "TRUTH.json"),
    JSON.stringify(truth, null, 2) + "\n",
  );
  return truth;
}

/** The shared context: tweet ids, the officials and their tweets, externals. */
function demoContext(seed: number, scale: number): Context {
  const ids = new TweetIds();
  const diurnal = new DiurnalSampler(
    ORGANIC.hourWeights,
    ORGANIC.weekendFactor,
  );
  const { accounts: officials, objects } = buildOfficials(
    seed,
    scale,
    ids,
    diurnal,
  );
  return {
    seed,
    scale,
    ids,
    officials,
    objects,
    objectMinutes: Float64Array.from(objects, (o) => o.minute),
    externals: Array.from({ length: EXTERNAL_ACCOUNTS }, (_, i) => ({
      userid: hashedId(seed, "external", i),
      handle: "demo_ext_" + String(i).padStart(4, "0"),
    })),
    diurnal,
  };
}

/** A population writer's result. */
interface Written<T> {
  release: ReleaseOutput;
  truth: T;
}

/** The whole TRUTH.json record, from the three populations' results. */
function bundleTruth(
  seed: number,
  scale: number,
  sb: Written<DemoTruth["statebacked"]>,
  un: Written<DemoTruth["unattributed"]>,
  org: Written<DemoTruth["organic"]>,
): DemoTruth {
  const releases = [
    releaseTruth(
      sb.release,
      MIMICS.statebacked,
      "state-backed-like (synthetic)",
    ),
    releaseTruth(
      un.release,
      MIMICS.unattributed,
      "unattributed spam-like (synthetic)",
    ),
    releaseTruth(org.release, MIMICS.organic, "organic baseline (synthetic)"),
  ];
  const sum = (f: (r: DemoReleaseTruth) => number) =>
    releases.reduce((s, r) => s + f(r), 0);
  return {
    synthetic: true,
    notice:
      "SYNTHETIC DATA. Every account, tweet, hashtag, client and domain in this bundle was generated by Takedown Lab (lib/demo); none is real.",
    generator: "takedown-lab lib/demo/generate_demo.ts",
    generatorVersion: GENERATOR_VERSION,
    seed,
    scale,
    span: { from: formatMinute(SPAN_START), to: formatMinute(SPAN_END - 1) },
    ids: {
      accounts:
        'userid: base64 SHA-256 of "<seed>:<population>:<index>" (44 characters); user_display_name and user_screen_name equal it when follower_count < 5000',
      tweets:
        "tweetid: 19-digit decimal snowflake ((ms - 1288834974657) << 22 | n) from the tweet's minute; unique in the bundle",
    },
    releases,
    totals: {
      accounts: sum((r) => r.accounts),
      tweets: sum((r) => r.tweets),
      tweetsWithEmbeddedNewlines: sum((r) => r.tweetsWithEmbeddedNewlines),
      textNA: sum((r) => r.textNA),
      textNull: sum((r) => r.textNull),
    },
    statebacked: sb.truth,
    unattributed: un.truth,
    organic: org.truth,
    hashtagOfTheDayRule:
      "on local (UTC-4) day d the hashtag of the day is campaignHashtags[k mod 8].tag, k = days from 2018-06-01",
    campaignHashtags: campaignTruth(sb.release, un.release, org.release),
  };
}

function releaseTruth(
  r: ReleaseOutput,
  mimics: string,
  attribution: string,
): DemoReleaseTruth {
  const s = r.stats;
  const weekday = Object.fromEntries(
    WEEKDAYS.map((d, i) => [d, s.weekday[i]]),
  ) as unknown as WeekdayCounts;
  return {
    name: r.name,
    mimics,
    attribution,
    accounts: r.accounts.length,
    files: r.files,
    tweets: s.tweets,
    retweets: s.retweets,
    replies: s.replies,
    quotes: s.quotes,
    tweetsPerUtcWeekday: weekday,
    clients: sortedCounts(s.clients),
    languages: sortedCounts(s.languages),
    tweetsWithEmbeddedNewlines: s.newlines,
    textNA: s.textNA,
    textNull: s.textNull,
    tweetsInOfficeHours: s.office,
    officeHoursShare: round6(s.office / s.tweets),
    firstTweetTime: formatMinute(s.firstMinute),
    lastTweetTime: formatMinute(s.lastMinute),
  };
}

function campaignTruth(
  sb: ReleaseOutput,
  un: ReleaseOutput,
  org: ReleaseOutput,
): CampaignHashtagTruth[] {
  const first = parseDay("2018-06-01");
  const days = CAMPAIGN_HASHTAGS.map(() => 0);
  for (let d = localDay(SPAN_START) + 1; d <= localDay(SPAN_END - 1); d++) {
    days[(d - first) % 8]++;
  }
  return CAMPAIGN_HASHTAGS.map((tag, i) => {
    const l = tag.toLowerCase();
    const tweets = {
      [RELEASES.statebacked]: sb.stats.campaign.get(l) ?? 0,
      [RELEASES.unattributed]: un.stats.campaign.get(l) ?? 0,
      [RELEASES.organic]: org.stats.campaign.get(l) ?? 0,
    } as CampaignHashtagTruth["tweets"];
    const inorganic = tweets.demo_statebacked + tweets.demo_unattributed;
    const total = inorganic + tweets.demo_organic;
    return {
      tag,
      daysAsHashtagOfTheDay: days[i],
      tweets,
      total,
      inorganic,
      inorganicShare: round6(inorganic / total),
    };
  });
}
