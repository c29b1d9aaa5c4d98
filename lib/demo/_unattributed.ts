/**
 * The spam-like release `demo_unattributed` (imitates venezuela_201901_2,
 * the 764 accounts Twitter could not tie to a government): created in one
 * batch years before, posting round the clock (minutes uniform over the
 * span), URL-heavy tweets to a few `.example` domains from scheduler
 * clients, little retweeting. Its single tweets file has no `poll_choices`
 * column, as some real releases lack it. Parameters: `UNATTRIBUTED`.
 *
 * @module
 */
import { parseDay, SPAN_START, uniformMinute } from "./_calendar.ts";
import { RELEASES, SPAM_HASHTAGS, UNATTRIBUTED } from "./_config.ts";
import { original, retweetOfExternal } from "./_events.ts";
import { hashedId } from "./_ids.ts";
import {
  type Account,
  accountNames,
  type Context,
  makeAccount,
  round6,
  sortedCounts,
  tagOfDay,
  type TweetEvent,
} from "./_model.ts";
import {
  fileTruth,
  openTweets,
  releaseDir,
  type ReleaseOutput,
  tweetColumns,
  writeEvents,
  writeUsers,
} from "./_release.ts";
import { intIn, lognormal, pick, rngFor, STREAM, weighted } from "./_rng.ts";
import { ReleaseSink } from "./_sink.ts";
import { bio, LOCATIONS, personName, spamText, tco } from "./_text.ts";
import type { UnattributedTruth } from "./demo_truth.ts";

const NAME = RELEASES.unattributed;

/** URL tweets written so far, per domain and in all (for TRUTH.json). */
interface UrlTally {
  domainTweets: Map<string, number>;
  withUrl: number;
}

/**
 * Write `demo_unattributed` into `outDir`.
 *
 * @returns The release output and the unattributed part of TRUTH.json.
 */
export async function writeUnattributed(
  ctx: Context,
  outDir: string,
): Promise<{ release: ReleaseOutput; truth: UnattributedTruth }> {
  const cfg = UNATTRIBUTED;
  const accounts = buildAccounts(ctx);
  await releaseDir(outDir, NAME);
  const usersFile = await writeUsers(outDir, NAME, accounts);
  const file = `${NAME}_tweets_csv_hashed.csv`;
  const writer = await openTweets(outDir, NAME, file, false);
  const sink = new ReleaseSink(ctx.ids, false);
  const tally: UrlTally = {
    domainTweets: new Map<string, number>(cfg.domains.map((d) => [d, 0])),
    withUrl: 0,
  };

  for (const acc of accounts) {
    const events = accountEvents(ctx, acc, tally);
    await writeEvents(sink, () => writer, acc, events);
  }
  await writer.close();

  const release: ReleaseOutput = {
    name: NAME,
    accounts,
    files: [
      usersFile,
      fileTruth(NAME, file, "tweets", writer.rows, tweetColumns(false).length),
    ],
    stats: sink.stats,
  };
  const { withUrl } = tally;
  const truth: UnattributedTruth = {
    accounts: accounts.length,
    creationBatch: cfg.creation.map((c) => ({
      date: c.date,
      count: accounts.filter((a) => a.creationDay === parseDay(c.date)).length,
    })),
    postingRhythm:
      "round the clock: each tweet's minute is uniform over the span (2018-06-01 to 2019-01-31 UTC)",
    clients: sortedCounts(sink.stats.clients),
    domains: sortedCounts(tally.domainTweets),
    tweetsWithUrl: withUrl,
    urlShare: round6(withUrl / sink.stats.tweets),
    retweetShare: round6(sink.stats.retweets / sink.stats.tweets),
  };
  return { release, truth };
}

/** One account's tweets, drawn from its own random stream. */
function accountEvents(
  ctx: Context,
  acc: Account,
  tally: UrlTally,
): TweetEvent[] {
  const cfg = UNATTRIBUTED;
  const clientWeights = cfg.clients.map((c) => c.weight);
  const rng = rngFor(ctx.seed, STREAM.unattributedTweets, acc.index);
  const main = cfg.clients[weighted(rng, clientWeights)].name;
  const n = Math.max(
    1,
    Math.round(intIn(rng, cfg.tweets.from, cfg.tweets.to + 1) * ctx.scale),
  );
  const events: TweetEvent[] = [];
  for (let k = 0; k < n; k++) {
    const minute = uniformMinute(rng, acc.startMinute);
    const client = rng() < cfg.mainClientShare
      ? main
      : pick(rng, cfg.clients).name;
    if (rng() < cfg.retweetShare) {
      events.push(retweetOfExternal(rng, ctx, minute, client));
      continue;
    }
    const url = rng() < cfg.urlShare;
    const tag = rng() < cfg.campaignTagShare ? tagOfDay(minute) : null;
    const piece = spamText(rng, cfg.domains, url, SPAM_HASHTAGS, tag);
    if (url) {
      tally.withUrl++;
      const domain = new URL(piece.urls[0]).hostname;
      tally.domainTweets.set(domain, (tally.domainTweets.get(domain) ?? 0) + 1);
    }
    events.push(original(rng, minute, client, piece, acc.followers));
  }
  return events;
}

function buildAccounts(ctx: Context): Account[] {
  const rng = rngFor(ctx.seed, STREAM.unattributedProfile);
  const followers = lognormal(rng, Math.log(35), 1.0);
  const following = lognormal(rng, Math.log(600), 0.6);
  const days = UNATTRIBUTED.creation.flatMap((c) =>
    Array<number>(c.accounts).fill(parseDay(c.date))
  );
  return days.map((creationDay, index) => {
    const userid = hashedId(ctx.seed, "unattributed", index);
    const nFollowers = Math.round(followers());
    const person = personName(rng);
    return makeAccount({
      index,
      userid,
      ...accountNames(userid, index, nFollowers, person),
      location: pick(rng, LOCATIONS),
      description: bio(rng, "spam"),
      profileUrl: rng() < 0.6 ? tco(rng) : "",
      followers: nFollowers,
      following: Math.round(following()),
      creationDay,
      startMinute: SPAN_START,
    });
  });
}
