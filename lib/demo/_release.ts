/**
 * Writing one release folder: the users file and the helpers the population
 * modules share to write tweet files.
 *
 * File names follow Twitter's hashed releases: `<name>_users_csv_hashed.csv`,
 * `<name>_tweets_csv_hashed.csv`, or `…_tweets_csv_hashed_<k>.csv` when the
 * tweets are split in parts.
 *
 * @module
 */
import { join } from "node:path";
import { TWEET_COLUMNS, USER_COLUMNS } from "../io/schema.ts";
import { CsvWriter, record } from "./_csv.ts";
import { type Account, type TweetEvent, userFields } from "./_model.ts";
import type { ReleaseSink, ReleaseStats } from "./_sink.ts";
import type { DemoFileTruth } from "./demo_truth.ts";

/** What a population module hands back after writing its release. */
export interface ReleaseOutput {
  name: string;
  accounts: Account[];
  files: DemoFileTruth[];
  stats: ReleaseStats;
}

/** Tweet-file columns, without `poll_choices` when `withPoll` is false. */
export function tweetColumns(withPoll: boolean): string[] {
  return TWEET_COLUMNS.filter((c) => withPoll || c !== "poll_choices");
}

/** Create the folder `<outDir>/<name>/`. */
export async function releaseDir(outDir: string, name: string): Promise<void> {
  await Deno.mkdir(join(outDir, name), { recursive: true });
}

/** Write `<name>_users_csv_hashed.csv` for `accounts`. */
export async function writeUsers(
  outDir: string,
  name: string,
  accounts: readonly Account[],
): Promise<DemoFileTruth> {
  const file = `${name}_users_csv_hashed.csv`;
  const w = await CsvWriter.create(join(outDir, name, file), USER_COLUMNS);
  for (const a of accounts) await w.push(record(userFields(a)));
  await w.close();
  return fileTruth(name, file, "users", w.rows, USER_COLUMNS.length);
}

/** Open a tweets file of release `name`. */
export function openTweets(
  outDir: string,
  name: string,
  file: string,
  withPoll: boolean,
): Promise<CsvWriter> {
  return CsvWriter.create(join(outDir, name, file), tweetColumns(withPoll));
}

/** The truth record of a written file. */
export function fileTruth(
  name: string,
  file: string,
  table: "users" | "tweets",
  rows: number,
  columns: number,
): DemoFileTruth {
  return { path: `${name}/${file}`, table, rows, columns };
}

/**
 * Sort an account's events by minute (stable) and write them; `writerAt(k)`
 * picks the file for the account's k-th row.
 */
export async function writeEvents(
  sink: ReleaseSink,
  writerAt: (k: number) => CsvWriter,
  acc: Account,
  events: TweetEvent[],
): Promise<void> {
  events.sort((a, b) => a.minute - b.minute);
  for (let k = 0; k < events.length; k++) {
    await sink.write(writerAt(k), acc, events[k]);
  }
}
