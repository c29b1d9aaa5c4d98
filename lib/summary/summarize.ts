/**
 * The dataset summary of a release: row counts, time span, creation months,
 * retweets and clients.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { Release } from "../io/release_types.ts";
import { ledgerTotals } from "../io/ledger.ts";

/** The summary, in the shape `deno task summarize --json` prints. */
export interface ReleaseSummary {
  users: { rows: number; rejected: number };
  tweets: { rows: number; rejected: number };
  /** Distinct non-empty `userid` in the tweets table. */
  accounts_tweeting: number;
  /** Earliest and latest valid `tweet_time`, `YYYY-MM-DD HH:MM` UTC. */
  tweet_time: { min: string | null; max: string | null };
  /**
   * Over users rows with a valid `account_creation_date`: earliest and
   * latest (`YYYY-MM-DD`) and counts by calendar month (`YYYY-MM`).
   */
  account_creation: {
    min: string | null;
    max: string | null;
    by_month: Record<string, number>;
  };
  /** Tweets with `is_retweet` true. */
  retweets: number;
  /**
   * Tweets per `tweet_client_name`, all clients, by count descending then
   * name ascending (code-point order); tweets with no client come last as
   * `null`.
   */
  clients: Array<[string | null, number]>;
}

function minute(d: unknown): string | null {
  return d instanceof Date
    ? d.toISOString().slice(0, 16).replace("T", " ")
    : null;
}

function day(d: unknown): string | null {
  return d instanceof Date ? d.toISOString().slice(0, 10) : null;
}

/**
 * Summarises a loaded release.
 *
 * @param release A release from `loadRelease`.
 * @returns The summary (see `ReleaseSummary` for each field's definition).
 */
export function summarize(release: Release): ReleaseSummary {
  const users = ledgerTotals(release.ledger, "users");
  const tweets = ledgerTotals(release.ledger, "tweets");
  const t = release.tweets.select(
    pl.col("userid").filter(pl.col("userid").isNotNull()).nUnique().alias(
      "accounts",
    ),
    pl.col("tweet_time").min().alias("min"),
    pl.col("tweet_time").max().alias("max"),
    pl.col("is_retweet").eq(pl.lit(true)).sum().alias("retweets"),
  ).collectSync().toRecords()[0];
  const created = release.users.select("account_creation_date")
    .filter(pl.col("account_creation_date").isNotNull());
  const span = created.select(
    pl.col("account_creation_date").min().alias("min"),
    pl.col("account_creation_date").max().alias("max"),
  ).collectSync().toRecords()[0];
  const months = created.groupBy(
    pl.col("account_creation_date").dt.strftime("%Y-%m").alias("month"),
  ).agg(pl.len().alias("n")).sort("month").collectSync().toRecords();
  const clients = release.tweets.groupBy("tweet_client_name")
    .agg(pl.len().alias("n")).collectSync().toRecords()
    .map((r) =>
      [r.tweet_client_name ?? null, Number(r.n)] as [
        string | null,
        number,
      ]
    )
    .sort((a, b) =>
      (a[0] === null ? 1 : 0) - (b[0] === null ? 1 : 0) || b[1] - a[1] ||
      (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0)
    );
  return {
    users: { rows: users.rowsLoaded, rejected: users.rowsRejected },
    tweets: { rows: tweets.rowsLoaded, rejected: tweets.rowsRejected },
    accounts_tweeting: Number(t.accounts ?? 0),
    tweet_time: { min: minute(t.min), max: minute(t.max) },
    account_creation: {
      min: day(span?.min),
      max: day(span?.max),
      by_month: Object.fromEntries(
        months.map((m) => [String(m.month), Number(m.n)]),
      ),
    },
    retweets: Number(t.retweets ?? 0),
    clients,
  };
}
