/**
 * Private: a small in-memory study for the cadence steps' tests.
 *
 * @module
 */
import type { Release } from "../io/release_types.ts";
import type { Study } from "../study/mod.ts";
import { tweetsFrame, usersFrame } from "./_frames.ts";

/** `YYYY-MM-DD HH:MM` times every `step` minutes from `start` (UTC). */
export function series(start: number, n: number, step: number): string[] {
  return Array.from(
    { length: n },
    (_, i) =>
      new Date(start + i * step * 60_000).toISOString().slice(0, 16)
        .replace("T", " "),
  );
}

/**
 * A release whose accounts each tweet 18 times a day, every 30 minutes
 * from `hour`:00 UTC, Monday 6 to Friday 10 January 2020 (90 tweets each),
 * from `client`.
 */
export function officeRelease(
  name: string,
  userids: string[],
  hour: number,
  client = "Patria Publisher",
): Release {
  const rows = userids.flatMap((u) =>
    [6, 7, 8, 9, 10].flatMap((day) =>
      series(Date.UTC(2020, 0, day, hour), 18, 30).map((t) => [u, t])
    )
  );
  return {
    name,
    users: usersFrame({
      userid: userids,
      account_creation_date: userids.map(() => "2019-12-01"),
    }),
    tweets: tweetsFrame({
      userid: rows.map((r) => r[0]),
      tweet_time: rows.map((r) => r[1]),
      tweet_client_name: rows.map(() => client),
    }),
    ledger: { files: [] } as unknown as Release["ledger"],
    synthetic: true,
  };
}

/**
 * A study of one set (`s`: accounts s1, s2 from 13:00 UTC, an office day at
 * UTC−4 seen in UTC) against a baseline (`b`: b1, b2 from 09:00 UTC,
 * "Twitter for Android") whose known offset is 0.
 */
export function officeStudy(): Study {
  const set = officeRelease("s", ["s1", "s2"], 13);
  const baseline = officeRelease("b", ["b1", "b2"], 9, "Twitter for Android");
  return {
    params: {
      release: "s",
      baseline: "b",
      out: "/nonexistent",
      seed: 1,
      utc_offset: null,
      baseline_utc_offset: 0,
      actor: null,
      window_s: 60,
      min_repeat: 2,
      alpha: 0.05,
      min_tweets: 10,
    },
    dirs: {
      out: "/nonexistent",
      tables: "/nonexistent",
      figures: "/nonexistent",
      networks: "/nonexistent",
    },
    target: { name: "s", releases: [] } as unknown as Study["target"],
    releases: [set, baseline],
    sets: [set],
    baseline,
    groups: [set, baseline],
    synthetic: true,
    truth: null,
    actor: null,
    warnings: [],
  };
}
