/**
 * Turning events into archive tweet rows, and counting what was written
 * (the counts TRUTH.json reports are taken here, from the rows themselves).
 *
 * @module
 */
import { type CsvWriter, pyList, quote } from "./_csv.ts";
import { formatMinute, isOfficeMinute, utcWeekday } from "./_calendar.ts";
import { CAMPAIGN_HASHTAGS } from "./_config.ts";
import type { TweetIds } from "./_ids.ts";
import type { Account, TweetEvent } from "./_model.ts";

const CAMPAIGN_LOWER = new Set(CAMPAIGN_HASHTAGS.map((t) => t.toLowerCase()));

/** Counts over the tweet rows of one release. */
export class ReleaseStats {
  tweets = 0;
  retweets = 0;
  replies = 0;
  quotes = 0;
  /** Tweets per UTC weekday, Monday first. */
  weekday = [0, 0, 0, 0, 0, 0, 0];
  clients = new Map<string, number>();
  languages = new Map<string, number>();
  /** Tweets whose text holds a line feed. */
  newlines = 0;
  /** Tweets whose text is exactly `NA` / `null`. */
  textNA = 0;
  textNull = 0;
  /** Tweets in Venezuelan office hours (see `isOfficeMinute`). */
  office = 0;
  /** Tweets carrying each campaign hashtag (lower case), case-insensitively. */
  campaign = new Map<string, number>();
  firstMinute = Infinity;
  lastMinute = -Infinity;

  /** Count one written tweet. */
  add(ev: TweetEvent): void {
    this.tweets++;
    if (ev.retweetTweetid !== "") this.retweets++;
    if (ev.replyTweetid !== "") this.replies++;
    if (ev.quotedTweetid !== "") this.quotes++;
    this.weekday[utcWeekday(ev.minute)]++;
    this.clients.set(ev.client, (this.clients.get(ev.client) ?? 0) + 1);
    this.languages.set(ev.lang, (this.languages.get(ev.lang) ?? 0) + 1);
    if (ev.text.includes("\n")) this.newlines++;
    if (ev.text === "NA") this.textNA++;
    if (ev.text === "null") this.textNull++;
    if (isOfficeMinute(ev.minute)) this.office++;
    let seen: string[] | null = null;
    for (const h of ev.hashtags) {
      const l = h.toLowerCase();
      if (!CAMPAIGN_LOWER.has(l) || seen?.includes(l)) continue;
      (seen ??= []).push(l);
      this.campaign.set(l, (this.campaign.get(l) ?? 0) + 1);
    }
    if (ev.minute < this.firstMinute) this.firstMinute = ev.minute;
    if (ev.minute > this.lastMinute) this.lastMinute = ev.minute;
  }
}

/** Writes the tweet rows of one release and keeps its `ReleaseStats`. */
export class ReleaseSink {
  readonly stats = new ReleaseStats();
  readonly #ids: TweetIds;
  readonly #withPoll: boolean;

  /**
   * @param ids The bundle's tweet-id allocator.
   * @param withPoll Whether rows carry the trailing `poll_choices` column.
   */
  constructor(ids: TweetIds, withPoll: boolean) {
    this.#ids = ids;
    this.#withPoll = withPoll;
  }

  /**
   * Write one tweet of `acc` to `writer`: the event's own id when it has
   * one, else a new id for its minute.
   *
   * @returns The tweet id written.
   */
  async write(
    writer: CsvWriter,
    acc: Account,
    ev: TweetEvent,
  ): Promise<string> {
    const id = ev.id !== "" ? ev.id : this.#ids.next(ev.minute);
    const [q, r, l, rt] = ev.counts;
    let line = '"' + id + '","' + acc.userid + '",' + acc.prefix +
      quote(ev.lang) + "," + quote(ev.text) + ',"' + formatMinute(ev.minute) +
      '",' + quote(ev.client) + ',"' + ev.replyUserid + '","' +
      ev.replyTweetid + '","' + ev.quotedTweetid + '","' +
      (ev.retweetTweetid !== "" ? "true" : "false") + '","' +
      ev.retweetUserid + '","' + ev.retweetTweetid +
      '","absent","absent","' + q + '","' + r + '","' + l + '","' + rt +
      '",' + quote(pyList(ev.hashtags)) + "," + quote(pyList(ev.urls)) + "," +
      quote(pyList(ev.mentions));
    line += this.#withPoll ? ',""\n' : "\n";
    this.stats.add(ev);
    await writer.push(line);
    return id;
  }
}
