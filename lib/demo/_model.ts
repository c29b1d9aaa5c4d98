/**
 * Shared shapes of the demo generator: accounts, tweet events, and the
 * context every population module reads.
 *
 * @module
 */
import { quote } from "./_csv.ts";
import {
  type DiurnalSampler,
  formatDay,
  localDay,
  parseDay,
} from "./_calendar.ts";
import { CAMPAIGN_HASHTAGS, HASH_NAMES_BELOW_FOLLOWERS } from "./_config.ts";
import type { TweetIds } from "./_ids.ts";
import type { TextPiece } from "./_text.ts";
import type { NamedCount } from "./demo_truth.ts";

/** One account of a release, with its users-file fields. */
export interface Account {
  index: number;
  userid: string;
  displayName: string;
  screenName: string;
  /** Name other tweets use for it after `@` (RT prefixes, replies). */
  handle: string;
  location: string;
  description: string;
  profileUrl: string;
  followers: number;
  following: number;
  /** Epoch day of account_creation_date. */
  creationDay: number;
  /** First minute the account may tweet. */
  startMinute: number;
  /**
   * The users-file fields from user_display_name to account_language, each
   * quoted, comma-joined, with a trailing comma: the middle of every tweet row.
   */
  prefix: string;
}

/** An account outside every release (retweeted, replied to, mentioned). */
export interface ExternalAccount {
  userid: string;
  handle: string;
}

/** One tweet before it gets its id and is written. */
export interface TweetEvent {
  minute: number;
  text: string;
  lang: string;
  client: string;
  hashtags: string[];
  urls: string[];
  mentions: string[];
  replyUserid: string;
  replyTweetid: string;
  quotedTweetid: string;
  retweetUserid: string;
  retweetTweetid: string;
  /** quote_count, reply_count, like_count, retweet_count. */
  counts: [number, number, number, number];
  /** Id given in advance (official tweets), else empty. */
  id: string;
}

/** A tweet of an official account, the object others retweet. */
export interface OfficialTweet {
  minute: number;
  id: string;
  /** Index into the officials list (and the organic release). */
  official: number;
  piece: TextPiece;
  client: string;
  counts: [number, number, number, number];
}

/** What every population module reads. */
export interface Context {
  seed: number;
  scale: number;
  ids: TweetIds;
  /** Official accounts (the first accounts of the organic release). */
  officials: Account[];
  /** Official tweets sorted by minute. */
  objects: OfficialTweet[];
  /** `objects[i].minute`, for binary search. */
  objectMinutes: Float64Array;
  externals: ExternalAccount[];
  diurnal: DiurnalSampler;
}

/** Fields of a new account, before its tweet-row prefix is built. */
export type AccountFields = Omit<Account, "prefix">;

/** Complete an account with its quoted tweet-row prefix. */
export function makeAccount(f: AccountFields): Account {
  const prefix = [
    f.displayName,
    f.screenName,
    f.location,
    f.description,
    f.profileUrl,
    String(f.followers),
    String(f.following),
    formatDay(f.creationDay),
    "es",
  ].map(quote).join(",") + ",";
  return { ...f, prefix };
}

/**
 * An account's display name, screen name and handle. With at least
 * HASH_NAMES_BELOW_FOLLOWERS followers the names are the made-up person's
 * (screen name = stem + index); below that both are the hashed userid, as
 * in Twitter's hashed releases. The handle, used when others @-mention the
 * account, is always stem + index.
 */
export function accountNames(
  userid: string,
  index: number,
  followers: number,
  person: { display: string; stem: string },
): Pick<AccountFields, "displayName" | "screenName" | "handle"> {
  const readable = followers >= HASH_NAMES_BELOW_FOLLOWERS;
  return {
    displayName: readable ? person.display : userid,
    screenName: readable ? person.stem + index : userid,
    handle: person.stem + index,
  };
}

/** The users-file fields of an account, in USER_COLUMNS order. */
export function userFields(a: Account): string[] {
  return [
    a.userid,
    a.displayName,
    a.screenName,
    a.location,
    a.description,
    a.profileUrl,
    String(a.followers),
    String(a.following),
    formatDay(a.creationDay),
    "es",
  ];
}

const FIRST_CAMPAIGN_DAY = parseDay("2018-06-01");

/**
 * The campaign hashtag of the day: `CAMPAIGN_HASHTAGS[k mod 8]`, where k is
 * the local (UTC−4) day's distance in days from 2018-06-01.
 */
export function tagOfDay(minute: number): string {
  const k = localDay(minute) - FIRST_CAMPAIGN_DAY;
  return CAMPAIGN_HASHTAGS[((k % 8) + 8) % 8];
}

/** A blank event at `minute` from `client` (fill in what applies). */
export function blankEvent(minute: number, client: string): TweetEvent {
  return {
    minute,
    text: "",
    lang: "es",
    client,
    hashtags: [],
    urls: [],
    mentions: [],
    replyUserid: "",
    replyTweetid: "",
    quotedTweetid: "",
    retweetUserid: "",
    retweetTweetid: "",
    counts: [0, 0, 0, 0],
    id: "",
  };
}

/** Round to 6 decimals; 0 when `x` is not finite (an empty denominator). */
export function round6(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 : 0;
}

/** Map counts as `{name, tweets}`, most first, ties by name (code order). */
export function sortedCounts(m: Map<string, number>): NamedCount[] {
  return [...m].map(([name, tweets]) => ({ name, tweets }))
    .sort((a, b) =>
      b.tweets - a.tweets || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
    );
}
