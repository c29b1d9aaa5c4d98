/**
 * The organic baseline `demo_organic`: human daily rhythm in UTC−4 (low at
 * night, evening peak, more on weekends), heavy-tailed activity per account,
 * creation dates spread over 2009–2018, mobile clients, partisans of both
 * sides, the made-up official accounts (indices 0..4) and enthusiastic real
 * supporters who retweet the officials with human delays. Parameters:
 * `ORGANIC`.
 *
 * @module
 */
import { parseDay, SPAN_END, SPAN_START } from "./_calendar.ts";
import { OPPOSITION_HASHTAGS, ORGANIC, RELEASES } from "./_config.ts";
import {
  latestObjectBefore,
  original,
  quoteOfExternal,
  replyBody,
  replyToExternal,
  replyToObject,
  retweetOfExternal,
  retweetOfObject,
} from "./_events.ts";
import { hashedId } from "./_ids.ts";
import {
  type Account,
  accountNames,
  blankEvent,
  type Context,
  makeAccount,
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
import { ReleaseSink } from "./_sink.ts";
import {
  bio,
  LOCATIONS,
  organicText,
  personName,
  type Stance,
  tco,
  type TextPiece,
  type Voice,
} from "./_text.ts";
import type { OrganicTruth } from "./demo_truth.ts";

const NAME = RELEASES.organic;

type Role = "official" | "enthusiast" | Stance;

interface Person {
  role: Role;
  voice: Voice;
  mainClient: string;
}

/** What the organic writer counts as it goes (for TRUTH.json). */
interface Tally {
  /** Tweets written per official account. */
  officialTweets: number[];
  /** Enthusiasts' retweet delays, in minutes, in draw order. */
  delays: number[];
}

/**
 * Write `demo_organic` into `outDir`.
 *
 * @returns The release output and the organic part of TRUTH.json.
 */
export async function writeOrganic(
  ctx: Context,
  outDir: string,
): Promise<{ release: ReleaseOutput; truth: OrganicTruth }> {
  const { accounts, people } = buildAccounts(ctx);
  await releaseDir(outDir, NAME);
  const usersFile = await writeUsers(outDir, NAME, accounts);
  const file = `${NAME}_tweets_csv_hashed.csv`;
  const writer = await openTweets(outDir, NAME, file, true);
  const sink = new ReleaseSink(ctx.ids, true);
  const tally: Tally = {
    officialTweets: ctx.officials.map(() => 0),
    delays: [],
  };

  for (const acc of accounts) {
    const person = people[acc.index];
    const events = person.role === "official"
      ? officialEvents(ctx, acc, tally)
      : personEvents(ctx, acc, person, tally);
    await writeEvents(sink, () => writer, acc, events);
  }
  await writer.close();

  const release: ReleaseOutput = {
    name: NAME,
    accounts,
    files: [
      usersFile,
      fileTruth(NAME, file, "tweets", writer.rows, tweetColumns(true).length),
    ],
    stats: sink.stats,
  };
  return { release, truth: organicTruth(ctx, accounts, people, tally) };
}

/** An official account's tweets: the official tweets it posted. */
function officialEvents(
  ctx: Context,
  acc: Account,
  tally: Tally,
): TweetEvent[] {
  const events: TweetEvent[] = [];
  for (const o of ctx.objects) {
    if (o.official !== acc.index) continue;
    const e = blankEvent(o.minute, o.client);
    e.text = o.piece.text;
    e.lang = o.piece.lang;
    e.hashtags = o.piece.hashtags;
    e.urls = o.piece.urls;
    e.counts = o.counts;
    e.id = o.id;
    events.push(e);
    tally.officialTweets[o.official]++;
  }
  return events;
}

/**
 * A person's tweets, in draw order (one random stream): an enthusiast's
 * retweets of the officials, then the account's own tweets.
 */
function personEvents(
  ctx: Context,
  acc: Account,
  person: Person,
  tally: Tally,
): TweetEvent[] {
  const cfg = ORGANIC;
  const clientWeights = cfg.clients.map((c) => c.weight);
  const rng = rngFor(ctx.seed, STREAM.organicTweets, acc.index);
  const client = () =>
    rng() < cfg.mainClientShare
      ? person.mainClient
      : cfg.clients[weighted(rng, clientWeights)].name;
  const events: TweetEvent[] = [];
  // Official tweets this account retweeted: a tweet is retweeted once.
  const retweeted = new Set<number>();
  if (person.role === "enthusiast") {
    enthusiastRetweets(ctx, acc, rng, client, retweeted, tally, events);
  }
  const n = Math.max(
    1,
    Math.round(
      lognormal(rng, Math.log(cfg.tweetsMedian), cfg.tweetsSigma)() *
        ctx.scale,
    ),
  );
  for (let k = 0; k < n; k++) {
    const minute = ctx.diurnal.sample(rng, acc.startMinute);
    if (minute < 0) break;
    const draw: Draw = { ctx, acc, person, rng, client, retweeted, minute };
    events.push(personEvent(draw));
  }
  return events;
}

/** An enthusiast's retweets of official tweets, with human delays. */
function enthusiastRetweets(
  ctx: Context,
  acc: Account,
  rng: Rng,
  client: () => string,
  retweeted: Set<number>,
  tally: Tally,
  events: TweetEvent[],
): void {
  const cfg = ORGANIC;
  const delay = lognormal(
    rng,
    Math.log(cfg.enthusiastDelay.median),
    cfg.enthusiastDelay.sigma,
  );
  for (const [i, o] of ctx.objects.entries()) {
    if (rng() >= cfg.enthusiastRetweetShare) continue;
    const d = Math.min(
      cfg.enthusiastDelay.max,
      Math.max(cfg.enthusiastDelay.min, Math.round(delay())),
    );
    const minute = o.minute + d;
    if (minute < acc.startMinute || minute >= SPAN_END) continue;
    events.push(retweetOfObject(ctx, o, minute, client()));
    retweeted.add(i);
    tally.delays.push(d);
  }
}

/** The state one of a person's own tweets is drawn from. */
interface Draw {
  ctx: Context;
  acc: Account;
  person: Person;
  rng: Rng;
  client: () => string;
  /** Official tweets the account already retweeted. */
  retweeted: Set<number>;
  minute: number;
}

/** One of a person's own tweets at `d.minute`: original, retweet, reply or quote. */
function personEvent(d: Draw): TweetEvent {
  const cfg = ORGANIC;
  const { ctx, acc, person, rng, client, minute } = d;
  const kinds = [
    cfg.kinds.original,
    cfg.kinds.retweet,
    cfg.kinds.reply,
    cfg.kinds.quote,
  ];
  const tagShare = person.role === "enthusiast"
    ? cfg.enthusiastCampaignTagShare
    : person.role === "progovernment"
    ? cfg.progovernmentCampaignTagShare
    : 0;
  const kind = weighted(rng, kinds);
  const tag = rng() < tagShare ? tagOfDay(minute) : null;
  const obj = latestObjectBefore(ctx, minute);
  if (kind === 0) return personOriginal(d, tag);
  if (kind === 1) {
    // Enthusiasts' retweets of officials all come from enthusiastRetweets.
    if (
      person.role === "progovernment" && obj >= 0 && !d.retweeted.has(obj) &&
      rng() < cfg.progovernmentOfficialRetweetShare
    ) {
      const e = retweetOfObject(ctx, ctx.objects[obj], minute, client());
      d.retweeted.add(obj);
      return e;
    }
    return retweetOfExternal(rng, ctx, minute, client());
  }
  if (kind === 2) return personReply(d, tag, obj);
  const body = organicText(
    rng,
    stanceOf(person),
    person.voice,
    tag,
    OPPOSITION_HASHTAGS,
  );
  return quoteOfExternal(rng, ctx, minute, client(), body, acc.followers);
}

/** An original tweet; a few have the literal text "NA" or "null". */
function personOriginal(d: Draw, tag: string | null): TweetEvent {
  const cfg = ORGANIC;
  const { rng, person } = d;
  const u = rng();
  const piece: TextPiece = u < cfg.textNAShare
    ? { text: "NA", lang: "und", hashtags: [], urls: [] }
    : u < cfg.textNAShare + cfg.textNullShare
    ? { text: "null", lang: "und", hashtags: [], urls: [] }
    : organicText(
      rng,
      stanceOf(person),
      person.voice,
      tag,
      OPPOSITION_HASHTAGS,
    );
  return original(rng, d.minute, d.client(), piece, d.acc.followers);
}

/**
 * A reply: to official tweet `obj`, critical from the opposition, supportive
 * from supporters; anyone else chats with an external account.
 */
function personReply(d: Draw, tag: string | null, obj: number): TweetEvent {
  const cfg = ORGANIC;
  const { ctx, acc, person, rng, client, minute } = d;
  const supporter = person.role === "enthusiast" ||
    person.role === "progovernment";
  const u = rng();
  const critical = person.role === "opposition" &&
    u < cfg.officialReplyShare.opposition;
  const supportive = supporter && u < cfg.officialReplyShare.supporter;
  const tone = obj < 0
    ? null
    : critical
    ? "critical"
    : supportive
    ? "support"
    : null;
  if (tone !== null) {
    const body = replyBody(rng, tone, tone === "support" ? tag : null);
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
  return replyToExternal(
    rng,
    ctx,
    minute,
    client(),
    replyBody(rng, "chat", null),
    acc.followers,
  );
}

/** The organic part of TRUTH.json. */
function organicTruth(
  ctx: Context,
  accounts: Account[],
  people: Person[],
  tally: Tally,
): OrganicTruth {
  const cfg = ORGANIC;
  const { officialTweets, delays } = tally;
  const count = (f: (p: Person) => boolean) => people.filter(f).length;
  const sorted = delays.slice().sort((a, b) => a - b);
  return {
    accounts: accounts.length,
    officials: ctx.officials.map((a, i) => ({
      userid: a.userid,
      screenName: a.screenName,
      displayName: a.displayName,
      tweets: officialTweets[i],
    })),
    enthusiasts: {
      userids: accounts.filter((a) => people[a.index].role === "enthusiast")
        .map((a) => a.userid).sort(),
      retweetProbabilityPerOfficialTweet: cfg.enthusiastRetweetShare,
      delayMinutes: {
        distribution:
          "min(max, max(min, round(lognormal(ln median, sigma)))) minutes after the official tweet",
        ...cfg.enthusiastDelay,
      },
      retweetsOfOfficialTweets: delays.length,
      observedDelayMinutes: {
        min: sorted[0] ?? 0,
        median: sorted[Math.floor(sorted.length / 2)] ?? 0,
        max: sorted[sorted.length - 1] ?? 0,
      },
    },
    stances: {
      progovernment: count((p) => p.role === "progovernment"),
      opposition: count((p) => p.role === "opposition"),
      neutral: count((p) => p.role === "neutral"),
    },
    voices: {
      es: count((p) => p.voice === "es"),
      ar: count((p) => p.voice === "ar"),
      en: count((p) => p.voice === "en"),
    },
    tweetsPerAccount: {
      distribution:
        "max(1, round(lognormal(ln median, sigma) * scale)), plus enthusiasts' retweets of officials",
      median: cfg.tweetsMedian,
      sigma: cfg.tweetsSigma,
    },
    creation: { ...cfg.creation },
    hourWeightsLocal: [...cfg.hourWeights],
    weekendFactor: cfg.weekendFactor,
  };
}

function stanceOf(p: Person): Stance {
  return p.role === "official" || p.role === "enthusiast"
    ? "progovernment"
    : p.role;
}

/** The non-official accounts' roles, shuffled. */
function shuffledRoles(ctx: Context): Role[] {
  const cfg = ORGANIC;
  const rest = cfg.accounts - ctx.officials.length - cfg.enthusiasts;
  const progov = Math.round(rest * cfg.stances.progovernment);
  const opposition = Math.round(rest * cfg.stances.opposition);
  const roles: Role[] = [
    ...Array<Role>(cfg.enthusiasts).fill("enthusiast"),
    ...Array<Role>(progov).fill("progovernment"),
    ...Array<Role>(opposition).fill("opposition"),
    ...Array<Role>(rest - progov - opposition).fill("neutral"),
  ];
  return shuffled(rngFor(ctx.seed, STREAM.roles, 3), roles);
}

/** Draw a person's voice, then main client, for `role`. */
function drawPerson(rng: Rng, role: Role): Person {
  const cfg = ORGANIC;
  const u = rng();
  const voice: Voice =
    role === "enthusiast" || u >= cfg.arabicAccounts + cfg.englishAccounts
      ? "es"
      : u < cfg.arabicAccounts
      ? "ar"
      : "en";
  const mainClient =
    cfg.clients[weighted(rng, cfg.clients.map((c) => c.weight))].name;
  return { role, voice, mainClient };
}

function buildAccounts(
  ctx: Context,
): { accounts: Account[]; people: Person[] } {
  const cfg = ORGANIC;
  const nOfficial = ctx.officials.length;
  const roles = shuffledRoles(ctx);
  const rng = rngFor(ctx.seed, STREAM.organicProfile);
  const followers = lognormal(rng, Math.log(250), 1.6);
  const following = lognormal(rng, Math.log(300), 1.0);
  const from = parseDay(cfg.creation.from);
  const to = parseDay(cfg.creation.to);
  const accounts: Account[] = [...ctx.officials];
  const people: Person[] = ctx.officials.map(() => ({
    role: "official",
    voice: "es",
    mainClient: "Twitter for iPhone",
  }));
  roles.forEach((role, k) => {
    const index = nOfficial + k;
    const drawn = drawPerson(rng, role);
    people.push(drawn);
    const userid = hashedId(ctx.seed, "organic", index);
    const nFollowers = Math.round(followers());
    const person = personName(rng);
    const creationDay = intIn(rng, from, to + 1);
    accounts.push(makeAccount({
      index,
      userid,
      ...accountNames(userid, index, nFollowers, person),
      location: drawn.voice === "ar"
        ? pick(rng, ["Caracas", "Valencia", "Margarita 🏝️"])
        : pick(rng, LOCATIONS),
      description: bio(rng, "person"),
      profileUrl: rng() < 0.2 ? tco(rng) : "",
      followers: nFollowers,
      following: Math.round(following()),
      creationDay,
      startMinute: Math.max(SPAN_START, (creationDay + 1) * 1440),
    }));
  });
  return { accounts, people };
}
