/**
 * The state-backed-like release `demo_statebacked` (imitates Twitter's
 * venezuela_201901_1): accounts created in planted bursts, office-hours
 * posting in UTC−4, an automation client, coordinated retweet groups,
 * fixed-interval posters and daily campaign hashtags. Parameters: `STATEBACKED`
 * in `_config.ts`.
 *
 * Hand-made retweets, replies and quotes target the latest official tweet
 * before their minute; an account never retweets the same tweet twice, and
 * group members never retweet their group's objects by hand (such a draw
 * becomes an original).
 *
 * Tweets are split in two files: part 1 holds the accounts before the middle
 * account m = ⌊accounts/2⌋ and the first ⌊n/2⌋ of m's n rows; part 2 the
 * rest. So one account spans both files, as can happen in real splits.
 *
 * @module
 */
import {
  isOfficeMinute,
  OFFICE_LOCAL_HOURS,
  OFFICE_UTC_HOURS,
  officeMinute,
  parseDay,
  SPAN_END,
  SPAN_START,
  uniformMinute,
  UTC_OFFSET_HOURS,
  WEEKDAYS,
  workingDay,
} from "./_calendar.ts";
import {
  AUTOMATION_CLIENT,
  RELEASES,
  STATEBACKED,
  WEB_CLIENT,
} from "./_config.ts";
import {
  latestObjectBefore,
  original,
  quoteOfObject,
  replyBody,
  replyToObject,
  retweetOfObject,
} from "./_events.ts";
import { hashedId } from "./_ids.ts";
import {
  type Account,
  accountNames,
  type Context,
  makeAccount,
  round6,
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
import {
  intIn,
  lognormal,
  pick,
  type Rng,
  rngFor,
  shuffled,
  STREAM,
  weighted,
} from "./_rng.ts";
import { ReleaseSink, type ReleaseStats } from "./_sink.ts";
import { bio, govText, LOCATIONS, personName, tco } from "./_text.ts";
import type { CoordinatedGroupTruth, StatebackedTruth } from "./demo_truth.ts";

const NAME = RELEASES.statebacked;

/** A planted group and the official tweets it retweets. */
interface Group {
  members: number[];
  objects: { obj: number; trigger: number }[];
  retweets: number;
}

/** Who does what: each account's role, the planted groups, regular posters. */
interface Plan {
  /** Burst day index per account, or -1 for a spread account. */
  role: number[];
  groups: Group[];
  /** Indices of the fixed-interval posters, ascending. */
  regular: number[];
  groupOf: Map<number, number>;
  regularSet: Set<number>;
}

/** Fixed-interval runs written so far (for TRUTH.json). */
interface RunCount {
  runs: number;
  tweetsInRuns: number;
}

/**
 * Write `demo_statebacked` into `outDir`.
 *
 * @returns The release output and the state-backed part of TRUTH.json.
 */
export async function writeStatebacked(
  ctx: Context,
  outDir: string,
): Promise<{ release: ReleaseOutput; truth: StatebackedTruth }> {
  const role = assignRoles(ctx);
  const accounts = buildAccounts(ctx, role);
  const plan = planRoles(ctx, role);

  await releaseDir(outDir, NAME);
  const usersFile = await writeUsers(outDir, NAME, accounts);
  const part1 = await openTweets(outDir, NAME, partFile(1), true);
  const part2 = await openTweets(outDir, NAME, partFile(2), true);
  const sink = new ReleaseSink(ctx.ids, true);
  const mid = Math.floor(STATEBACKED.accounts / 2);
  const runCount: RunCount = { runs: 0, tweetsInRuns: 0 };

  for (const acc of accounts) {
    const events = accountEvents(ctx, acc, plan, runCount);
    const i = acc.index;
    const splitAt = i < mid
      ? Infinity
      : i === mid
      ? Math.floor(events.length / 2)
      : 0;
    await writeEvents(sink, (k) => (k < splitAt ? part1 : part2), acc, events);
  }
  await part1.close();
  await part2.close();

  const cols = tweetColumns(true).length;
  const release: ReleaseOutput = {
    name: NAME,
    accounts,
    files: [
      usersFile,
      fileTruth(NAME, partFile(1), "tweets", part1.rows, cols),
      fileTruth(NAME, partFile(2), "tweets", part2.rows, cols),
    ],
    stats: sink.stats,
  };
  const truth = statebackedTruth(ctx, accounts, plan, sink.stats, runCount);
  return { release, truth };
}

/** The name of tweets file part `k` (1 or 2). */
function partFile(k: number): string {
  return `${NAME}_tweets_csv_hashed_${k}.csv`;
}

/** Roles: burst day index, or -1 for a spread account; shuffled over indices. */
function assignRoles(ctx: Context): number[] {
  const cfg = STATEBACKED;
  const roles: number[] = [];
  cfg.burstDays.forEach((b, k) => {
    for (let i = 0; i < b.accounts; i++) roles.push(k);
  });
  while (roles.length < cfg.accounts) roles.push(-1);
  return shuffled(rngFor(ctx.seed, STREAM.roles, 1), roles);
}

/** Pick the planted groups' members and the regular posters. */
function planRoles(ctx: Context, role: number[]): Plan {
  const cfg = STATEBACKED;
  const pickRng = rngFor(ctx.seed, STREAM.roles, 2);
  const byBurst = cfg.burstDays.map((_, k) =>
    shuffled(pickRng, role.flatMap((r, i) => (r === k ? [i] : [])))
  );
  const spread = shuffled(
    pickRng,
    role.flatMap((r, i) => (r === -1 ? [i] : [])),
  );
  const groups: Group[] = cfg.groups.map((g, gi) => ({
    members: [
      ...byBurst[g.fromBurst].slice(0, g.fromBurstCount),
      ...spread.splice(0, g.spreadCount),
    ].sort((a, b) => a - b),
    objects: groupObjects(ctx, gi),
    retweets: 0,
  }));
  const regular = spread.splice(0, cfg.regularPosters).sort((a, b) => a - b);
  const groupOf = new Map<number, number>();
  groups.forEach((g, gi) => g.members.forEach((m) => groupOf.set(m, gi)));
  return { role, groups, regular, groupOf, regularSet: new Set(regular) };
}

/**
 * All tweets of one account, in draw order: its group's retweets, its
 * fixed-interval runs, then its hand-made tweets (one random stream).
 */
function accountEvents(
  ctx: Context,
  acc: Account,
  plan: Plan,
  runCount: RunCount,
): TweetEvent[] {
  const cfg = STATEBACKED;
  const i = acc.index;
  const rng = rngFor(ctx.seed, STREAM.statebackedTweets, i);
  const gi = plan.groupOf.get(i);
  const automated = gi !== undefined || plan.regularSet.has(i);
  const autoShare = automated
    ? cfg.automatedClientShare
    : cfg.manualClientShare.from +
      rng() * (cfg.manualClientShare.to - cfg.manualClientShare.from);
  const client = () => (rng() < autoShare ? AUTOMATION_CLIENT : WEB_CLIENT);
  const events: TweetEvent[] = [];
  // Official tweets this account may not retweet by hand: those it already
  // retweeted and, for group members, all the group's objects (so every
  // member retweet of an object is a planted coordinated one).
  const retweeted = new Set<number>();

  if (gi !== undefined) {
    groupRetweets(ctx, acc, plan.groups[gi], gi, rng, retweeted, events);
  }
  if (plan.regularSet.has(i)) regularRuns(ctx, acc, rng, runCount, events);
  const median = automated ? cfg.automatedMedian : cfg.manualMedian;
  const n = Math.max(
    1,
    Math.round(
      lognormal(rng, Math.log(median), cfg.manualSigma)() * ctx.scale,
    ),
  );
  for (let k = 0; k < n; k++) {
    const minute = rng() < cfg.officeShare
      ? officeMinute(rng, acc.startMinute)
      : uniformMinute(rng, acc.startMinute);
    if (minute < 0) break;
    events.push(handMadeEvent(ctx, acc, rng, client, retweeted, minute));
  }
  return events;
}

/** A group member's planted retweets of its group's objects. */
function groupRetweets(
  ctx: Context,
  acc: Account,
  g: Group,
  gi: number,
  rng: Rng,
  retweeted: Set<number>,
  events: TweetEvent[],
): void {
  const cfg = STATEBACKED;
  const p = cfg.groups[gi].participation;
  for (const go of g.objects) {
    retweeted.add(go.obj);
    if (go.trigger < acc.startMinute || rng() >= p) continue;
    const minute = go.trigger + (rng() < cfg.sameMinuteShare ? 0 : 1);
    events.push(
      retweetOfObject(ctx, ctx.objects[go.obj], minute, AUTOMATION_CLIENT),
    );
    g.retweets++;
  }
}

/** A regular poster's fixed-interval runs of originals. */
function regularRuns(
  ctx: Context,
  acc: Account,
  rng: Rng,
  runCount: RunCount,
  events: TweetEvent[],
): void {
  const cfg = STATEBACKED;
  const n = Math.max(1, Math.round(cfg.runsPerPoster * ctx.scale));
  for (let r = 0; r < n; r++) {
    const day = workingDay(rng, Math.floor(acc.startMinute / 1440));
    if (day < 0) break;
    // Runs start 12:00–19:59 UTC and last at most 23 × 5 min, so they
    // stay inside office hours (12:00–21:59 UTC).
    const start = day * 1440 + OFFICE_UTC_HOURS.from * 60 +
      intIn(rng, 0, 480);
    const len = intIn(rng, cfg.runLength.from, cfg.runLength.to + 1);
    runCount.runs++;
    for (let k = 0; k < len; k++) {
      const minute = start + k * cfg.regularIntervalMinutes;
      const piece = govText(rng, tagOfDay(minute));
      events.push(
        original(rng, minute, AUTOMATION_CLIENT, piece, acc.followers),
      );
      runCount.tweetsInRuns++;
    }
  }
}

/**
 * One hand-made tweet at `minute`: an original, or a retweet, reply or quote
 * of the latest official tweet before it.
 */
function handMadeEvent(
  ctx: Context,
  acc: Account,
  rng: Rng,
  client: () => string,
  retweeted: Set<number>,
  minute: number,
): TweetEvent {
  const cfg = STATEBACKED;
  const kinds = [
    cfg.kinds.original,
    cfg.kinds.retweetOfficial,
    cfg.kinds.replyOfficial,
    cfg.kinds.quoteOfficial,
  ];
  const kind = weighted(rng, kinds);
  const obj = latestObjectBefore(ctx, minute);
  const tag = rng() < cfg.campaignTagShare ? tagOfDay(minute) : null;
  if (kind === 0 || obj < 0 || (kind === 1 && retweeted.has(obj))) {
    return original(rng, minute, client(), govText(rng, tag), acc.followers);
  }
  if (kind === 1) {
    const e = retweetOfObject(ctx, ctx.objects[obj], minute, client());
    retweeted.add(obj);
    return e;
  }
  if (kind === 2) {
    const body = replyBody(rng, "support", tag);
    return replyToObject(
      rng,
      ctx,
      ctx.objects[obj],
      minute,
      client(),
      body,
      acc.followers,
    );
  }
  const body = govText(rng, tag);
  return quoteOfObject(
    rng,
    ctx,
    ctx.objects[obj],
    minute,
    client(),
    body,
    acc.followers,
  );
}

/** The state-backed part of TRUTH.json, from the plan and what was written. */
function statebackedTruth(
  ctx: Context,
  accounts: Account[],
  plan: Plan,
  stats: ReleaseStats,
  runCount: RunCount,
): StatebackedTruth {
  const cfg = STATEBACKED;
  const ids = (idx: number[]) => idx.map((k) => accounts[k].userid).sort();
  const autoTweets = stats.clients.get(AUTOMATION_CLIENT) ?? 0;
  return {
    accounts: cfg.accounts,
    burstDays: cfg.burstDays.map((b) => {
      const day = parseDay(b.date);
      const members = accounts.filter((a) => a.creationDay === day);
      return {
        date: b.date,
        count: members.length,
        userids: members.map((a) => a.userid).sort(),
      };
    }),
    spreadAccounts: plan.role.filter((r) => r === -1).length,
    spreadCreation: { ...cfg.spreadCreation },
    officeHours: {
      utcOffsetHours: UTC_OFFSET_HOURS,
      definition:
        "tweet_time shifted by -4 hours falls on Monday to Friday with local hour 8 to 17 inclusive (UTC 12:00-21:59)",
      localWeekdays: WEEKDAYS.slice(0, 5),
      localHours: { ...OFFICE_LOCAL_HOURS },
      utcHours: { ...OFFICE_UTC_HOURS },
      plantedShareOfHandMadeTweets: cfg.officeShare,
      tweetsInOfficeHours: stats.office,
      shareOfAllTweets: round6(stats.office / stats.tweets),
    },
    automationClients: [{
      name: AUTOMATION_CLIENT,
      tweets: autoTweets,
      share: round6(autoTweets / stats.tweets),
    }],
    regularPosters: {
      intervalMinutes: cfg.regularIntervalMinutes,
      userids: ids(plan.regular),
      runs: runCount.runs,
      tweetsInRuns: runCount.tweetsInRuns,
    },
    coordinatedGroups: plan.groups.map((g, gi) =>
      groupTruth(ctx, g, gi, ids(g.members))
    ),
  };
}

/** The truth record of planted group `gi`. */
function groupTruth(
  ctx: Context,
  g: Group,
  gi: number,
  userids: string[],
): CoordinatedGroupTruth {
  const cfg = STATEBACKED;
  const c = cfg.groups[gi];
  return {
    group: gi + 1,
    userids,
    createdMostlyOn: cfg.burstDays[c.fromBurst].date,
    officialScreenNames: c.officials.map((o) => ctx.officials[o].screenName),
    officialUserids: c.officials.map((o) => ctx.officials[o].userid),
    objects: g.objects.length,
    objectTweetids: ctx.scale > 1
      ? null
      : g.objects.map((o) => ctx.objects[o.obj].id),
    participation: c.participation,
    lagMinutes: { ...cfg.lagMinutes },
    retweetWindowMinutes: 1,
    retweets: g.retweets,
  };
}

function buildAccounts(ctx: Context, role: number[]): Account[] {
  const cfg = STATEBACKED;
  const rng = rngFor(ctx.seed, STREAM.statebackedProfile);
  const burst = new Set(cfg.burstDays.map((b) => parseDay(b.date)));
  const from = parseDay(cfg.spreadCreation.from);
  const to = parseDay(cfg.spreadCreation.to);
  const followers = lognormal(rng, Math.log(120), 1.0);
  const following = lognormal(rng, Math.log(300), 0.8);
  return role.map((r, index) => {
    let creationDay = r >= 0 ? parseDay(cfg.burstDays[r].date) : -1;
    while (creationDay < 0 || (r < 0 && burst.has(creationDay))) {
      creationDay = intIn(rng, from, to + 1);
    }
    const userid = hashedId(ctx.seed, "statebacked", index);
    const nFollowers = Math.round(followers());
    const person = personName(rng);
    return makeAccount({
      index,
      userid,
      ...accountNames(userid, index, nFollowers, person),
      location: pick(rng, LOCATIONS),
      description: bio(rng, "gov"),
      profileUrl: rng() < 0.3 ? tco(rng) : "",
      followers: nFollowers,
      following: Math.round(following()),
      creationDay,
      startMinute: Math.max(
        SPAN_START,
        (creationDay + cfg.firstTweetAfterDays) * 1440,
      ),
    });
  });
}

/**
 * The official tweets group `gi` retweets, with their trigger minutes (see
 * `STATEBACKED.groups`).
 */
function groupObjects(
  ctx: Context,
  gi: number,
): { obj: number; trigger: number }[] {
  const g = STATEBACKED.groups[gi];
  const rng = rngFor(ctx.seed, STREAM.groups, gi);
  const officials = new Set<number>(g.officials);
  const out: { obj: number; trigger: number }[] = [];
  ctx.objects.forEach((o, obj) => {
    if (!officials.has(o.official) || rng() >= g.objectShare) return;
    const trigger = o.minute +
      intIn(rng, STATEBACKED.lagMinutes.from, STATEBACKED.lagMinutes.to + 1);
    if (
      trigger + 1 < SPAN_END && isOfficeMinute(trigger) &&
      isOfficeMinute(trigger + 1)
    ) {
      out.push({ obj, trigger });
    }
  });
  return out;
}
