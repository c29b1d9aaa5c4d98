/**
 * Reader for Twitter API v1.1 tweet JSON lines (twarc 1, tweepy, the v1.1
 * streaming API, Hydrator output).
 *
 * @module
 */
import type { FileLedger } from "./ledger.ts";
import type { Release } from "./release_types.ts";
import {
  addIssue,
  countLoaded,
  type FileRead,
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

const MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];
const V1_TIME =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/;

/** Messages of the v1.1 streaming API that are not tweets. */
const STREAM_MESSAGES = [
  "delete",
  "scrub_geo",
  "limit",
  "status_withheld",
  "user_withheld",
  "disconnect",
  "warning",
  "event",
  "friends",
  "errors",
];

/**
 * Milliseconds since the epoch of a v1.1 time (`Wed Oct 10 20:19:24 +0000
 * 2018`), the offset applied; null if `s` is not in that form.
 *
 * @param s The `created_at` text.
 * @returns Milliseconds since 1970-01-01T00:00Z, or null.
 * @example
 * ```ts
 * import { parseV1Time } from "./v1_jsonl.ts";
 * import { equal } from "node:assert/strict";
 * equal(parseV1Time("Wed Oct 10 20:19:24 +0000 2018"),
 *   Date.UTC(2018, 9, 10, 20, 19, 24));
 * equal(parseV1Time("2018-10-10"), null);
 * ```
 */
export function parseV1Time(s: string): number | null {
  const m = V1_TIME.exec(s);
  if (m === null) return null;
  const month = MONTHS.indexOf(m[1]);
  if (month < 0) return null;
  const [day, h, min, sec, year] = [m[2], m[3], m[4], m[5], m[9]].map(Number);
  const sign = m[6] === "-" ? -1 : 1;
  const offset = sign * (Number(m[7]) * 60 + Number(m[8]));
  const ms = Date.UTC(year, month, day, h, min, sec) - offset * 60_000;
  const back = new Date(ms + offset * 60_000);
  // Reject impossible dates (Feb 30) that Date.UTC would roll over.
  return back.getUTCDate() === day && back.getUTCMonth() === month ? ms : null;
}

/**
 * Loads Twitter API v1.1 tweet JSON lines into a release in the archive
 * schema.
 *
 * Each line is read on its own: a tweet object (has `id_str` or `id`,
 * and `text` or `full_text`) is one record; a search-API page
 * (`statuses`: array) holds one record per status; a user object
 * (`screen_name`, no text) is a user record (users lookup); a
 * streaming-API message (`delete`, `limit`, `disconnect`, …), a line that
 * is not valid JSON, or any other object is one rejected record. Blank
 * lines hold no record. A tweet id seen again is rejected as
 * `duplicate of line N` (the first copy is kept).
 *
 * Ids are read from the `*_str` fields only. When a numeric id is the only
 * one given it is used if it is a safe integer (≤ 2^53 − 1); otherwise
 * JSON parsing has already rounded it, so the record is rejected (tweet or
 * user id) or the field set to null with a field issue (other ids).
 *
 * Tweet mapping (archive column ← v1.1 field):
 * - `tweetid` ← `id_str`; `userid` ← `user.id_str`
 * - `user_display_name` ← `user.name`, `user_screen_name` ←
 *   `user.screen_name`, `user_reported_location` ← `user.location`,
 *   `user_profile_description` ← `user.description`, `user_profile_url` ←
 *   `user.url`, `follower_count` ← `user.followers_count`,
 *   `following_count` ← `user.friends_count`, `account_creation_date` ←
 *   UTC day of `user.created_at`, `account_language` ← `user.lang`
 * - `tweet_language` ← `lang`
 * - `tweet_text` ← `extended_tweet.full_text` (present when a streamed
 *   tweet's `text` is truncated), else `full_text` (extended mode), else
 *   `text`; entities are taken from the same object as the text
 * - `tweet_time` ← `created_at` (`Wed Oct 10 20:19:24 +0000 2018`), UTC
 * - `tweet_client_name` ← the link text of the `source` HTML anchor
 *   (entities `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;` decoded), or
 *   `source` itself when it is not an anchor (`web`)
 * - `in_reply_to_userid` ← `in_reply_to_user_id_str`,
 *   `in_reply_to_tweetid` ← `in_reply_to_status_id_str`,
 *   `quoted_tweet_tweetid` ← `quoted_status_id_str` (else
 *   `quoted_status.id_str`)
 * - `is_retweet` ← whether `retweeted_status` is present;
 *   `retweet_tweetid` ← `retweeted_status.id_str`, `retweet_userid` ←
 *   `retweeted_status.user.id_str`
 * - `latitude`, `longitude` ← `coordinates.coordinates` ([lon, lat]),
 *   else `geo.coordinates` ([lat, lon]); null without an exact point
 * - `quote_count`, `reply_count` (premium and streaming payloads only,
 *   else null), `like_count` ← `favorite_count`, `retweet_count`
 * - `hashtags` ← `entities.hashtags[].text`, `urls` ←
 *   `entities.urls[].expanded_url` (else `url`), `user_mentions` ←
 *   `entities.user_mentions[].id_str`; the empty list when absent
 * - `poll_choices`: null
 * - extra column `withheld`: null unless the tweet has
 *   `withheld_copyright`, `withheld_in_countries` or `withheld_scope`;
 *   then compact JSON text in API v2's shape,
 *   `{"copyright":…,"country_codes":[…],"scope":…}` (given keys only)
 * Empty strings are null, as in the archive.
 *
 * Users table, provenance, ledger layout and field issues as for
 * `loadTwarc2`:
 * one row per distinct userid in first-met order from the first `user`
 * object met; two file ledgers per file (`tweets`, `users`).
 *
 * Parsing runs in JS, line by line, building column arrays; it suits
 * baselines up to a few million tweets, not release-sized inputs.
 *
 * @param paths One JSON-lines file or several, read in the order given.
 * @returns The release (`synthetic: false`), named after the file stems.
 * @example
 * ```ts
 * import { loadV1Jsonl } from "./v1_jsonl.ts";
 * import { equal } from "node:assert/strict";
 * const path = await Deno.makeTempFile({ suffix: ".jsonl" });
 * await Deno.writeTextFile(path, JSON.stringify({ id_str: "5",
 *   text: "hi", created_at: "Wed Oct 10 20:19:24 +0000 2018",
 *   user: { id_str: "7", screen_name: "bo" } }));
 * const r = await loadV1Jsonl(path);
 * equal(r.tweets.collectSync().getColumn("userid").get(0), "7");
 * await Deno.remove(path);
 * ```
 */
export function loadV1Jsonl(paths: string | string[]): Promise<Release> {
  return loadJsonLines(
    paths,
    "v1.1 JSON lines hold one tweet object per line",
    readObject,
  );
}

/**
 * One line's object: a search page (`statuses`), a tweet, a user, a
 * streaming message or something else (rejected).
 */
function readObject(f: FileRead, line: number, o: Json): void {
  const message = STREAM_MESSAGES.find((k) => k in o);
  if (Array.isArray(o.statuses)) {
    for (const t of o.statuses) {
      const s = obj(t);
      if (s) addTweet(f, s, line);
      else {
        reject(
          f.tl,
          line,
          null,
          "a `statuses` item is not a JSON object; check that the " +
            "file is unmodified API output",
        );
      }
    }
  } else if (("text" in o || "full_text" in o) && !message) {
    addTweet(f, o, line);
  } else if (typeof o.screen_name === "string" && !message) {
    const id = idOf(o, "id");
    if (typeof id !== "string") {
      reject(f.ul, line, "userid", missingId(id, "the user record", "id"));
    } else {
      f.load.users.offerProfile(id, userProfile(o, id));
      f.load.users.addRecord(id, line, f.ul);
    }
  } else if (message) {
    reject(
      f.tl,
      line,
      null,
      `the line is a streaming-API "${message}" message, not a tweet; ` +
        "nothing to load (a `limit` message means the stream dropped " +
        "tweets)",
    );
  } else {
    reject(
      f.tl,
      line,
      null,
      "the line is not a v1.1 tweet (no `text` or `full_text`); its " +
        `keys: ${Object.keys(o).slice(0, 8).join(", ")} — check that ` +
        "the file holds API v1.1 tweets",
    );
  }
}

/** Load tweet `t` of line `line`, or reject it (no id, no user, a repeat). */
function addTweet(f: FileRead, t: Json, line: number): void {
  const { load, tl } = f;
  const id = idOf(t, "id");
  if (typeof id !== "string") {
    reject(tl, line, "tweetid", missingId(id, "the tweet", "id"));
    return;
  }
  const user = obj(t.user);
  const userid = user ? idOf(user, "id") : null;
  if (typeof userid !== "string") {
    reject(tl, line, "userid", missingId(userid, `tweet ${id}`, "user.id"));
    return;
  }
  if (!load.firstSighting(id, line, tl)) return;
  const profile = userProfile(user!, userid);
  for (const p of profile.problems) {
    addIssue(tl, line, p.column, p.value, p.reason);
  }
  load.users.offerProfile(userid, profile);
  load.tweets.push({
    ...profile.cells,
    ...tweetRow(t, id, tl, line),
    tweetid: id,
    userid,
    _file: f.file,
    _line: line,
  });
  countLoaded(tl);
  load.users.meetAuthor(userid, line, f.ul);
}

/**
 * The id `key` of `o`: `<key>_str`, else a safe-integer `<key>`. Returns
 * null when absent and the rounded number when only an unsafe `<key>` is
 * given.
 */
function idOf(o: Json, key: string): string | number | null {
  const s = text(o[`${key}_str`]);
  if (s !== null) return s;
  const n = o[key];
  if (typeof n !== "number") return null;
  return Number.isSafeInteger(n) ? String(n) : n;
}

/** The reason for an id that could not be read (`got` from {@link idOf}). */
function missingId(got: number | null, what: string, field: string): string {
  if (got === null) {
    return `${what} has no ${field}_str; check that the file is ` +
      "unmodified API v1.1 output";
  }
  return `${what} has only a numeric ${field} above 2^53, which JSON ` +
    `parsing rounds (read as ${got}); re-export with ${field}_str`;
}

/** An id field of a loaded tweet, or null with a field issue. */
function optionalId(
  o: Json | null,
  key: string,
  column: string,
  ledger: FileLedger,
  line: number,
  tweetid: string,
): string | null {
  if (o === null) return null;
  const id = idOf(o, key);
  if (typeof id === "number") {
    addIssue(
      ledger,
      line,
      column,
      String(id),
      `tweet ${tweetid}: ${key} is only given as a number above 2^53, which ` +
        `JSON parsing rounds; ${
          column === "user_mentions"
            ? "the mention is left out"
            : `${column} is null`
        } — re-export with ${key}_str`,
    );
    return null;
  }
  return id;
}

/** A v1.1 user object in users-table encoding. */
function userProfile(u: Json, userid: string): Profile {
  const problems: Profile["problems"] = [];
  let created: number | null = null;
  if (u.created_at !== undefined && u.created_at !== null) {
    const ms = typeof u.created_at === "string"
      ? parseV1Time(u.created_at)
      : null;
    if (ms === null) {
      problems.push({
        column: "account_creation_date",
        value: String(u.created_at),
        reason: `user ${userid}: created_at is not a v1.1 time ("Wed Oct ` +
          '10 20:19:24 +0000 2018"); account_creation_date is null',
      });
    } else created = utcDay(ms);
  }
  return {
    cells: {
      user_display_name: text(u.name),
      user_screen_name: text(u.screen_name),
      user_reported_location: text(u.location),
      user_profile_description: text(u.description),
      user_profile_url: text(u.url),
      follower_count: num(u.followers_count),
      following_count: num(u.friends_count),
      account_creation_date: created,
      account_language: text(u.lang),
    },
    problems,
  };
}

/** The tweet columns of one v1.1 tweet (no user or provenance columns). */
function tweetRow(t: Json, id: string, ledger: FileLedger, line: number): Row {
  const created = typeof t.created_at === "string" ? t.created_at : "";
  const time = parseV1Time(created);
  if (time === null) {
    addIssue(
      ledger,
      line,
      "tweet_time",
      created,
      `tweet ${id}: created_at is missing or not a v1.1 time ("Wed Oct 10 ` +
        '20:19:24 +0000 2018"); tweet_time is null',
    );
  }
  const ext = obj(t.extended_tweet);
  const fromExt = ext !== null && text(ext.full_text) !== null;
  const entities = obj(fromExt ? ext!.entities : t.entities);
  const retweeted = obj(t.retweeted_status);
  const quoted = obj(t.quoted_status);
  const idField = (o: Json | null, key: string, column: string) =>
    optionalId(o, key, column, ledger, line, id);
  const { lat, lon } = exactPoint(t);
  const withheld = withheldJson(t);

  return {
    tweet_language: text(t.lang),
    tweet_text: fromExt
      ? text(ext!.full_text)
      : text(t.full_text) ?? text(t.text),
    tweet_time: time,
    tweet_client_name: clientName(t.source),
    in_reply_to_userid: idField(t, "in_reply_to_user_id", "in_reply_to_userid"),
    in_reply_to_tweetid: idField(
      t,
      "in_reply_to_status_id",
      "in_reply_to_tweetid",
    ),
    quoted_tweet_tweetid:
      idField(t, "quoted_status_id", "quoted_tweet_tweetid") ??
        idField(quoted, "id", "quoted_tweet_tweetid"),
    is_retweet: retweeted !== null,
    retweet_userid: idField(obj(retweeted?.user), "id", "retweet_userid"),
    retweet_tweetid: idField(retweeted, "id", "retweet_tweetid"),
    latitude: lat,
    longitude: lon,
    quote_count: num(t.quote_count),
    reply_count: num(t.reply_count),
    like_count: num(t.favorite_count),
    retweet_count: num(t.retweet_count),
    hashtags: strings(objs(entities?.hashtags).map((h) => text(h.text))),
    urls: strings(
      objs(entities?.urls).map((u) => text(u.expanded_url) ?? text(u.url)),
    ),
    user_mentions: strings(
      objs(entities?.user_mentions).map((m) =>
        idField(m, "id", "user_mentions")
      ),
    ),
    withheld,
  };
}

/**
 * Latitude and longitude of a tweet's exact point: `coordinates` ([lon,
 * lat]), else the deprecated `geo` ([lat, lon]); null without a point.
 */
function exactPoint(t: Json): { lat: number | null; lon: number | null } {
  const point = obj(t.coordinates);
  const geo = obj(t.geo);
  let lat: number | null = null, lon: number | null = null;
  if (point?.type === "Point" && Array.isArray(point.coordinates)) {
    [lon, lat] = [num(point.coordinates[0]), num(point.coordinates[1])];
  } else if (geo?.type === "Point" && Array.isArray(geo.coordinates)) {
    [lat, lon] = [num(geo.coordinates[0]), num(geo.coordinates[1])];
  }
  return { lat, lon };
}

/**
 * The `withheld_*` fields as compact JSON in API v2's shape (`copyright`,
 * `country_codes`, `scope`), or null when the tweet is not withheld.
 */
function withheldJson(t: Json): string | null {
  const withheld: Json = {};
  if (typeof t.withheld_copyright === "boolean") {
    withheld.copyright = t.withheld_copyright;
  }
  if (Array.isArray(t.withheld_in_countries)) {
    withheld.country_codes = t.withheld_in_countries;
  }
  if (typeof t.withheld_scope === "string") withheld.scope = t.withheld_scope;
  return Object.keys(withheld).length ? JSON.stringify(withheld) : null;
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/** The link text of a `source` anchor, or `source` itself. */
function clientName(source: unknown): string | null {
  const s = text(source);
  if (s === null) return null;
  const m = /^<a\b[^>]*>([\s\S]*)<\/a>$/.exec(s);
  if (m === null) return s;
  return text(m[1].replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]));
}
