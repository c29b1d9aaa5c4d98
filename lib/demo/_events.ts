/**
 * Builders of tweet events: originals, and retweets, replies and quotes of
 * official or external tweets, filled the way the archive fills them.
 *
 * - Retweet: `is_retweet` true, `retweet_userid`/`retweet_tweetid` set, text
 *   `RT @handle: <original text>`, the original's hashtags and urls, and the
 *   original author in user_mentions; engagement counts 0.
 * - Reply: `in_reply_to_userid`/`in_reply_to_tweetid` set, text starting
 *   `@handle `, the author in user_mentions.
 * - Quote: `quoted_tweet_tweetid` set, the quoted tweet's
 *   `https://twitter.com/<handle>/status/<id>` in urls and a t.co link in text.
 *
 * @module
 */
import { bisectLeft } from "d3";
import { SPAN_START } from "./_calendar.ts";
import {
  type Account,
  blankEvent,
  type Context,
  type ExternalAccount,
  type OfficialTweet,
  type TweetEvent,
} from "./_model.ts";
import { lognormal, pick, type Rng } from "./_rng.ts";
import { organicText, tco, type TextPiece, typedTag } from "./_text.ts";

/** An original tweet carrying `piece`, with engagement for `followers`. */
export function original(
  rng: Rng,
  minute: number,
  client: string,
  piece: TextPiece,
  followers: number,
): TweetEvent {
  const e = blankEvent(minute, client);
  e.text = piece.text;
  e.lang = piece.lang;
  e.hashtags = piece.hashtags;
  e.urls = piece.urls;
  e.counts = engagement(rng, followers);
  return e;
}

/**
 * Engagement counts of an original: likes ⌊u₁·u₂·K⌋ with K = min(20000,
 * followers/20 + 3); retweets ⌊likes·u·0.4⌋; replies ⌊likes·u·0.1⌋; quotes
 * ⌊replies·u·0.3⌋ (u uniform draws).
 */
export function engagement(
  rng: Rng,
  followers: number,
): [number, number, number, number] {
  const k = Math.min(20000, followers / 20 + 3);
  const likes = Math.floor(rng() * rng() * k);
  const retweets = Math.floor(likes * rng() * 0.4);
  const replies = Math.floor(likes * rng() * 0.1);
  const quotes = Math.floor(replies * rng() * 0.3);
  return [quotes, replies, likes, retweets];
}

/** Index of the last official tweet strictly before `minute`, or -1. */
export function latestObjectBefore(ctx: Context, minute: number): number {
  return bisectLeft(ctx.objectMinutes, minute) - 1;
}

/** A retweet of an official tweet. */
export function retweetOfObject(
  ctx: Context,
  obj: OfficialTweet,
  minute: number,
  client: string,
): TweetEvent {
  const author = ctx.officials[obj.official];
  return retweet(minute, client, author, obj.id, obj.piece);
}

function retweet(
  minute: number,
  client: string,
  author: Account | ExternalAccount,
  tweetid: string,
  piece: TextPiece,
): TweetEvent {
  const e = blankEvent(minute, client);
  e.text = "RT @" + author.handle + ": " + piece.text;
  e.lang = piece.lang;
  e.hashtags = piece.hashtags;
  e.urls = piece.urls;
  e.mentions = [author.userid];
  e.retweetUserid = author.userid;
  e.retweetTweetid = tweetid;
  return e;
}

/** A reply (`body` after `@handle `) to an official tweet. */
export function replyToObject(
  rng: Rng,
  ctx: Context,
  obj: OfficialTweet,
  minute: number,
  client: string,
  body: TextPiece,
  followers: number,
): TweetEvent {
  const author = ctx.officials[obj.official];
  return reply(rng, minute, client, author, obj.id, body, followers);
}

function reply(
  rng: Rng,
  minute: number,
  client: string,
  author: Account | ExternalAccount,
  tweetid: string,
  body: TextPiece,
  followers: number,
): TweetEvent {
  const e = blankEvent(minute, client);
  e.text = "@" + author.handle + " " + body.text;
  e.lang = body.lang;
  e.hashtags = body.hashtags;
  e.urls = body.urls;
  e.mentions = [author.userid];
  e.replyUserid = author.userid;
  e.replyTweetid = tweetid;
  e.counts = engagement(rng, followers / 10);
  return e;
}

/** A quote of an official tweet with comment `body`. */
export function quoteOfObject(
  rng: Rng,
  ctx: Context,
  obj: OfficialTweet,
  minute: number,
  client: string,
  body: TextPiece,
  followers: number,
): TweetEvent {
  const author = ctx.officials[obj.official];
  return quoteOf(rng, minute, client, author, obj.id, body, followers);
}

function quoteOf(
  rng: Rng,
  minute: number,
  client: string,
  author: Account | ExternalAccount,
  tweetid: string,
  body: TextPiece,
  followers: number,
): TweetEvent {
  const e = original(rng, minute, client, body, followers);
  e.text = body.text + " " + tco(rng);
  e.urls = [
    ...body.urls,
    `https://twitter.com/${author.handle}/status/${tweetid}`,
  ];
  e.quotedTweetid = tweetid;
  return e;
}

/**
 * The id of an external account's tweet posted before `minute`: the delay
 * is max(1, round(lognormal(ln 120, 1.2))) minutes, and the tweet is never
 * earlier than three days before the span (so ids keep 19 digits).
 */
function externalTweet(rng: Rng, ctx: Context, minute: number): string {
  const delay = Math.max(1, Math.round(lognormal(rng, Math.log(120), 1.2)()));
  return ctx.ids.next(Math.max(SPAN_START - 3 * 1440, minute - delay));
}

/** A retweet of a neutral tweet by a random external account. */
export function retweetOfExternal(
  rng: Rng,
  ctx: Context,
  minute: number,
  client: string,
): TweetEvent {
  const author = pick(rng, ctx.externals);
  const id = externalTweet(rng, ctx, minute);
  const piece = organicText(rng, "neutral", "es", null, []);
  return retweet(minute, client, author, id, piece);
}

/** A reply to a random external account's tweet. */
export function replyToExternal(
  rng: Rng,
  ctx: Context,
  minute: number,
  client: string,
  body: TextPiece,
  followers: number,
): TweetEvent {
  const author = pick(rng, ctx.externals);
  const id = externalTweet(rng, ctx, minute);
  return reply(rng, minute, client, author, id, body, followers);
}

/** A quote of a random external account's tweet. */
export function quoteOfExternal(
  rng: Rng,
  ctx: Context,
  minute: number,
  client: string,
  body: TextPiece,
  followers: number,
): TweetEvent {
  const author = pick(rng, ctx.externals);
  const id = externalTweet(rng, ctx, minute);
  return quoteOf(rng, minute, client, author, id, body, followers);
}

const SUPPORT_REPLIES = [
  "¡Así es! 👏",
  "Totalmente de acuerdo",
  "¡Pa'lante! 🇻🇪",
  "Cuente con nosotros ✊",
  "Leales siempre, traidores nunca",
];
const CRITICAL_REPLIES = [
  "¿Y la luz? ¿Y el agua?",
  "Mentira, en mi barrio no ha llegado nada",
  'Eso de "todo va bien" no se lo cree nadie',
  "Renuncie ya 👎",
];
const CHAT_REPLIES = [
  "jajaja 😂",
  "Verdad, pana",
  "¡Felicidades! 🎉",
  "Qué fuerte, de verdad",
  "Yo opino igual, pero bueno...",
  "¿Dónde fue eso?",
];

/** A reply body of a given tone, optionally ending with a hashtag. */
export function replyBody(
  rng: Rng,
  tone: "support" | "critical" | "chat",
  tag: string | null,
): TextPiece {
  const list = tone === "support"
    ? SUPPORT_REPLIES
    : tone === "critical"
    ? CRITICAL_REPLIES
    : CHAT_REPLIES;
  const piece: TextPiece = {
    text: pick(rng, list),
    lang: "es",
    hashtags: [],
    urls: [],
  };
  if (tag !== null) {
    const typed = typedTag(rng, tag);
    piece.text += " #" + typed;
    piece.hashtags.push(typed);
  }
  return piece;
}
