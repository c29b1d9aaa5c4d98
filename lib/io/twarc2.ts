/**
 * Reader for twarc2 JSON lines (Twitter API v2), the usual shape of a
 * researcher's own organic-baseline collection.
 *
 * @module
 */
import type { FileLedger } from "./ledger.ts";
import type { Release } from "./release_types.ts";
import {
  addIssue,
  countLoaded,
  type FileRead,
  isoMs,
  type Json,
  loadJsonLines,
  num,
  obj,
  objs,
  type Profile,
  reject,
  type Row,
  strings,
  text,
  utcDay,
} from "./_frame.ts";

/** What a page delivers alongside its `data`: expansions and errors. */
interface PageContext {
  /** includes.users by id. */
  users: Map<string, Json>;
  /** lower-cased username to user id, from includes.users. */
  byUsername: Map<string, string>;
  /** includes.tweets by id (referenced tweets, not collection tweets). */
  tweets: Map<string, Json>;
  /** API error detail by resource_id (tweets or users it could not fetch). */
  errors: Map<string, string>;
}

/**
 * Loads twarc2 JSON-lines files into a release in the archive schema.
 *
 * Each line is read on its own and recognised by its shape:
 * - a **response page** (has `data`: an array, or one object in streaming
 *   output): every item of `data` is a record; items with `username` and
 *   no `text` are user records (a users lookup), the others tweets. The
 *   page's `includes.users`, `includes.tweets` and `errors` serve only to
 *   fill in those records.
 * - a **flattened tweet** (`twarc2 flatten`: has `id` and `text`, with
 *   `author`, `referenced_tweets[]` and `in_reply_to_user` inlined) or a
 *   flattened user (`username` and no `text`): one record.
 * - an **error line** (`errors` and no or empty `data`, e.g. a stream's
 *   operational-disconnect message): one rejected record, with the API's
 *   title and detail in the reason.
 * - a line that is not valid JSON (a cut-off write) or not a twarc2
 *   shape: one rejected record. Blank lines and empty result pages (only
 *   `meta`/`__twarc`) hold no record.
 *
 * Tweets in `includes.tweets` are the *referenced* tweets (retweeted,
 * quoted, replied-to), not part of the collection: they are not loaded,
 * only used to find `retweet_userid`. A tweet id seen again (pages
 * overlapping, the same tweet in several files) is rejected as
 * `duplicate of line N`; the first copy is kept. A tweet without `id` or
 * author is rejected.
 *
 * Tweet mapping (archive column ← API v2 field):
 * - `tweetid` ← `id`; `userid` ← `author_id` (flattened: else `author.id`)
 * - `user_display_name` ← `name`, `user_screen_name` ← `username`,
 *   `user_reported_location` ← `location`, `user_profile_description` ←
 *   `description`, `user_profile_url` ← `url`, `follower_count` ←
 *   `public_metrics.followers_count`, `following_count` ←
 *   `public_metrics.following_count`, `account_creation_date` ← UTC day
 *   of `created_at`, all of the author's profile as delivered with the
 *   tweet (the page's `includes.users`, or the inlined `author`);
 *   `account_language` is null (API v2 has no account language)
 * - `tweet_language` ← `lang`; `tweet_text` ← `text` (as delivered: a
 *   retweet's text is `RT @user: …`, cut by the API)
 * - `tweet_time` ← `created_at`, to the millisecond, as UTC
 * - `tweet_client_name` ← `source` (null when absent: newer API data
 *   lacks it)
 * - `referenced_tweets[]` (first of each type): `retweeted` →
 *   `is_retweet` true, `retweet_tweetid` ← its `id`, `retweet_userid` ←
 *   its `author_id` (inlined, else from `includes.tweets`; null with a
 *   field issue when the retweeted tweet is not there);
 *   `replied_to` → `in_reply_to_tweetid`; `quoted` →
 *   `quoted_tweet_tweetid`. `is_retweet` is false without a `retweeted`
 *   reference.
 * - `in_reply_to_userid` ← `in_reply_to_user_id`
 * - `latitude`, `longitude` ← `geo.coordinates.coordinates` ([lon, lat])
 *   when the tweet has an exact point; null otherwise (a `place_id` only
 *   gives a bounding box, which is not used)
 * - `quote_count`, `reply_count`, `like_count`, `retweet_count` ←
 *   `public_metrics` as delivered (for a retweet the API gives the
 *   retweeted tweet's `retweet_count`)
 * - `hashtags` ← `entities.hashtags[].tag`; `urls` ←
 *   `entities.urls[].expanded_url` (else `url`); `user_mentions` ←
 *   `entities.mentions[].id`, else the id of that username in
 *   `includes.users`, else the username itself (suspended accounts); a
 *   tweet without such entities gets the empty list
 * - `poll_choices`: null
 * - extra column `withheld` ← the tweet's `withheld` object as compact JSON
 *   text (e.g. `{"copyright":false,"country_codes":["IN"]}`), null when the
 *   tweet is not withheld. Withheld tweets are loaded; with
 *   `"scope":"user"` their text is Twitter's replacement notice.
 * Empty strings are null, as in the archive.
 *
 * Users table: one row per distinct userid among tweet authors and user
 * records, in first-met order, from the first profile met for that userid
 * anywhere in the input (any `includes.users`, inlined `author` or users
 * lookup), with the mapping above. A user record whose userid was already
 * met is rejected as a duplicate; an author met again is not a new record.
 *
 * Provenance: `_file` is the file's name (without folders, as in the
 * ledger) and `_line` the physical line of the record — for every tweet of
 * a page, the page's line; for a user, the line where it was first met.
 *
 * Ledger: two file ledgers per file, `tweets` then `users`; field issues
 * for unreadable `created_at` values, missing retweet authors and authors
 * without any profile.
 *
 * Parsing runs in JS, line by line, building column arrays; it suits
 * baselines up to a few million tweets, not release-sized inputs.
 *
 * @param paths One twarc2 JSONL file or several, read in the order given.
 * @returns The release (`synthetic: false`), named after the file stems.
 * @example
 * ```ts
 * import { loadTwarc2 } from "./twarc2.ts";
 * import { equal } from "node:assert/strict";
 * const path = await Deno.makeTempFile({ suffix: ".jsonl" });
 * await Deno.writeTextFile(path, JSON.stringify({ data: [{ id: "1",
 *   author_id: "9", text: "hi", created_at: "2021-04-01T15:52:42.000Z" }],
 *   includes: { users: [{ id: "9", username: "ann", name: "Ann" }] } }));
 * const r = await loadTwarc2(path);
 * const t = r.tweets.collectSync();
 * equal(t.getColumn("user_screen_name").get(0), "ann");
 * equal(r.users.collectSync().height, 1);
 * await Deno.remove(path);
 * ```
 */
export function loadTwarc2(paths: string | string[]): Promise<Release> {
  return loadJsonLines(
    paths,
    "twarc2 writes one JSON object per line",
    readObject,
  );
}

/**
 * One line's object: a response page, a flattened tweet or user, an error
 * line, or something else (rejected unless it is an empty page).
 */
function readObject(f: FileRead, line: number, o: Json): void {
  const items = "data" in o ? (Array.isArray(o.data) ? o.data : [o.data]) : [];
  if (items.length === 0 && Array.isArray(o.errors)) {
    reject(
      f.tl,
      line,
      null,
      `the line is an API error message, not data: ${
        describeErrors(objs(o.errors))
      }; nothing was collected here — check for a gap in coverage`,
    );
  } else if ("data" in o) {
    const ctx = pageContext(o);
    offerProfiles(f, [...ctx.users.values()], line);
    for (const item of items) {
      const t = obj(item);
      if (t === null) {
        reject(
          f.tl,
          line,
          null,
          "a `data` item is not a JSON object; check that the file is " +
            "unmodified twarc2 output",
        );
      } else if (isUser(t)) addUser(f, t, line);
      else addTweet(f, t, line, ctx);
    }
  } else if ("text" in o && "id" in o) {
    const ctx = flatContext(o);
    offerProfiles(f, [...ctx.users.values()], line);
    addTweet(f, o, line, ctx);
  } else if (isUser(o)) {
    addUser(f, o, line);
  } else if (Object.keys(o).some((k) => !EMPTY_PAGE_KEYS.has(k))) {
    reject(
      f.tl,
      line,
      null,
      "the line is neither a twarc2 response page (`data`) nor a " +
        `flattened tweet (\`id\`, \`text\`); its keys: ${
          Object.keys(o).slice(0, 8).join(", ")
        } — check that the file is twarc2 output`,
    );
  }
}

/** Load tweet `t` of line `line`, or reject it (no id, no author, a repeat). */
function addTweet(f: FileRead, t: Json, line: number, ctx: PageContext): void {
  const id = text(t.id);
  if (id === null) {
    reject(
      f.tl,
      line,
      "tweetid",
      "the tweet has no `id`, so it cannot be identified; check that " +
        "the file is unmodified twarc2 output",
    );
    return;
  }
  const userid = text(t.author_id) ?? text(obj(t.author)?.id);
  if (userid === null) {
    reject(
      f.tl,
      line,
      "userid",
      `tweet ${id} has no author_id; re-collect with tweet.fields ` +
        "including author_id",
    );
    return;
  }
  if (!f.load.firstSighting(id, line, f.tl)) return;
  const profile = obj(t.author) ?? ctx.users.get(userid) ?? null;
  const row = tweetRow(t, id, userid, profile, ctx, f.tl, line);
  f.load.tweets.push({ ...row, _file: f.file, _line: line });
  countLoaded(f.tl);
  f.load.users.meetAuthor(userid, line, f.ul);
}

/** Offer the profiles of a page's (or flattened tweet's) users. */
function offerProfiles(f: FileRead, list: Json[], line: number): void {
  for (const u of list) {
    const id = text(u.id);
    if (id !== null) f.load.users.offerProfile(id, userProfile(u, line));
  }
}

/** Load user record `u` of line `line`, or reject it (no id, a repeat). */
function addUser(f: FileRead, u: Json, line: number): void {
  const id = text(u.id);
  if (id === null) {
    reject(
      f.ul,
      line,
      "userid",
      "the user record has no `id`; check that the file is unmodified " +
        "twarc2 output",
    );
    return;
  }
  f.load.users.offerProfile(id, userProfile(u, line));
  f.load.users.addRecord(id, line, f.ul);
}

/** Keys of a page that holds no record (an empty search result). */
const EMPTY_PAGE_KEYS = new Set(["meta", "__twarc", "includes"]);

/** A user object: has `username` and no tweet `text`. */
function isUser(o: Json): boolean {
  return typeof o.username === "string" && !("text" in o);
}

/** Expansions and errors of a response page. */
function pageContext(page: Json): PageContext {
  const includes = obj(page.includes);
  const ctx = emptyContext();
  for (const u of objs(includes?.users)) addContextUser(ctx, u);
  for (const t of objs(includes?.tweets)) {
    const id = text(t.id);
    if (id !== null) ctx.tweets.set(id, t);
  }
  for (const e of objs(page.errors)) {
    const id = text(e.resource_id) ?? text(e.value);
    const detail = text(e.detail) ?? text(e.title);
    if (id !== null && detail !== null) ctx.errors.set(id, detail);
  }
  return ctx;
}

/** The inlined expansions of a flattened tweet, as a page context. */
function flatContext(t: Json): PageContext {
  const ctx = emptyContext();
  const author = obj(t.author);
  if (author) addContextUser(ctx, author);
  const replyTo = obj(t.in_reply_to_user);
  if (replyTo) addContextUser(ctx, replyTo);
  for (const m of objs(obj(t.entities)?.mentions)) {
    if (text(m.id) !== null) addContextUser(ctx, m);
  }
  for (const r of objs(t.referenced_tweets)) {
    const id = text(r.id);
    if (id !== null) ctx.tweets.set(id, r);
  }
  return ctx;
}

function emptyContext(): PageContext {
  return {
    users: new Map(),
    byUsername: new Map(),
    tweets: new Map(),
    errors: new Map(),
  };
}

function addContextUser(ctx: PageContext, u: Json): void {
  const id = text(u.id);
  if (id === null) return;
  if (!ctx.users.has(id)) ctx.users.set(id, u);
  const name = text(u.username);
  if (name !== null) ctx.byUsername.set(name.toLowerCase(), id);
}

/** A v2 user object in users-table encoding. */
function userProfile(u: Json, line: number): Profile {
  const metrics = obj(u.public_metrics);
  const problems: Profile["problems"] = [];
  let created: number | null = null;
  if (u.created_at !== undefined) {
    const ms = typeof u.created_at === "string" ? isoMs(u.created_at) : null;
    if (ms === null) {
      problems.push({
        column: "account_creation_date",
        value: String(u.created_at),
        reason: `user ${u.id}: created_at (line ${line}) is not an ISO ` +
          "8601 time; account_creation_date is null",
      });
    } else created = utcDay(ms);
  }
  return {
    cells: {
      user_display_name: text(u.name),
      user_screen_name: text(u.username),
      user_reported_location: text(u.location),
      user_profile_description: text(u.description),
      user_profile_url: text(u.url),
      follower_count: num(metrics?.followers_count),
      following_count: num(metrics?.following_count),
      account_creation_date: created,
      account_language: null,
    },
    problems,
  };
}

/** One tweet's archive row (without provenance). */
function tweetRow(
  t: Json,
  id: string,
  userid: string,
  author: Json | null,
  ctx: PageContext,
  ledger: FileLedger,
  line: number,
): Row {
  const profile = author ? userProfile(author, line) : null;
  for (const p of profile?.problems ?? []) {
    addIssue(ledger, line, p.column, p.value, p.reason);
  }
  const created = typeof t.created_at === "string" ? t.created_at : "";
  const time = isoMs(created);
  if (time === null) {
    addIssue(
      ledger,
      line,
      "tweet_time",
      created,
      `tweet ${id}: created_at is missing or not an ISO 8601 time; ` +
        "tweet_time is null — re-collect with tweet.fields=created_at",
    );
  }
  const refs = references(t);
  const retweeted = refs.get("retweeted") ?? null;
  const point = obj(obj(t.geo)?.coordinates);
  const lonLat = point?.type === "Point" && Array.isArray(point.coordinates)
    ? point.coordinates
    : [];
  const metrics = obj(t.public_metrics);
  const withheld = obj(t.withheld);

  return {
    ...profile?.cells,
    tweetid: id,
    userid,
    tweet_language: text(t.lang),
    tweet_text: text(t.text),
    tweet_time: time,
    tweet_client_name: text(t.source),
    in_reply_to_userid: text(t.in_reply_to_user_id),
    in_reply_to_tweetid: refs.get("replied_to") ?? null,
    quoted_tweet_tweetid: refs.get("quoted") ?? null,
    is_retweet: retweeted !== null,
    retweet_userid: retweetUserid(id, retweeted, ctx, ledger, line),
    retweet_tweetid: retweeted,
    latitude: num(lonLat[1]),
    longitude: num(lonLat[0]),
    quote_count: num(metrics?.quote_count),
    reply_count: num(metrics?.reply_count),
    like_count: num(metrics?.like_count),
    retweet_count: num(metrics?.retweet_count),
    ...entityCells(obj(t.entities), ctx),
    withheld: withheld ? JSON.stringify(withheld) : null,
  };
}

/** The first referenced tweet id of each type (`retweeted`, `quoted`, …). */
function references(t: Json): Map<string, string> {
  const refs = new Map<string, string>();
  for (const r of objs(t.referenced_tweets)) {
    const type = text(r.type), rid = text(r.id);
    if (type !== null && rid !== null && !refs.has(type)) refs.set(type, rid);
  }
  return refs;
}

/**
 * The author of retweeted tweet `retweeted` (null for a non-retweet); a
 * field issue when it is not in the page's referenced tweets.
 */
function retweetUserid(
  id: string,
  retweeted: string | null,
  ctx: PageContext,
  ledger: FileLedger,
  line: number,
): string | null {
  if (retweeted === null) return null;
  const retweetUser = text(ctx.tweets.get(retweeted)?.author_id);
  if (retweetUser === null) {
    const api = ctx.errors.get(retweeted);
    addIssue(
      ledger,
      line,
      "retweet_userid",
      retweeted,
      `tweet ${id}: the retweeted tweet is not in includes.tweets` +
        (api ? ` (API: ${api})` : "") + "; retweet_userid is null — it " +
        "was deleted or protected, or the collection lacked the " +
        "referenced_tweets.id expansion",
    );
  }
  return retweetUser;
}

/** `hashtags`, `urls` and `user_mentions` from a tweet's `entities`. */
function entityCells(entities: Json | null, ctx: PageContext): Row {
  return {
    hashtags: strings(objs(entities?.hashtags).map((h) => text(h.tag))),
    urls: strings(
      objs(entities?.urls).map((u) => text(u.expanded_url) ?? text(u.url)),
    ),
    user_mentions: strings(
      objs(entities?.mentions).map((m) => {
        const name = text(m.username);
        return text(m.id) ??
          (name === null ? null : ctx.byUsername.get(name.toLowerCase())) ??
          name;
      }),
    ),
  };
}

/** The API errors of an error line, as `title: detail` phrases. */
function describeErrors(errors: Json[]): string {
  if (errors.length === 0) return "(no details given)";
  return errors.slice(0, 3).map((e) =>
    [text(e.title), text(e.detail) ?? text(e.message)]
      .filter((s) => s !== null).join(": ") || JSON.stringify(e).slice(0, 80)
  ).join("; ");
}
