/**
 * Benchmark child: the benchmark's metrics (`_metrics.ts`) computed by
 * DuckDB in SQL, straight from the release CSVs, every column read as text
 * (`all_varchar = true`) so ids stay exact. DuckDB keeps only the columns
 * the queries use (projection pushdown), as an analyst's query would.
 *
 * ```sh
 * deno run -A bench/_duckdb.ts --out metrics.json --users U.csv… --tweets T.csv…
 * ```
 *
 * Writes the metrics to `--out` and prints one JSON line with the seconds
 * each step took and DuckDB's version. `--version` only prints the version
 * (an availability probe).
 *
 * @module
 */
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import {
  type BenchMetrics,
  MIN_REPEAT,
  MIN_TWEETS_INTERVALS,
  WINDOW_S,
} from "./_metrics.ts";

/** A value as DuckDB hands it over (BIGINT arrives as bigint). */
type Cell = string | number | bigint | boolean | null;

function parse(argv: string[]) {
  const out = { out: "", users: [] as string[], tweets: [] as string[] };
  let list: string[] | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--out") out.out = argv[++i];
    else if (a === "--users") list = out.users;
    else if (a === "--tweets") list = out.tweets;
    else if (list) list.push(a);
    else throw new TypeError(`Reading the arguments: unexpected: ${a}`);
  }
  if (!out.out || out.users.length === 0 || out.tweets.length === 0) {
    throw new TypeError(
      "usage: deno run -A bench/_duckdb.ts --out FILE --users U… --tweets T…",
    );
  }
  return out;
}

const MANGLED = "[0-9](\\.[0-9]+)?[eE]\\+?[0-9]+";
const TIME = "[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}(:[0-9]{2})?";

/** SQL string literal. */
function lit(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

/** `read_csv` over files, all columns as text. */
function readCsv(files: string[]): string {
  return `read_csv([${files.map(lit).join(", ")}], all_varchar = true, ` +
    `header = true, delim = ',', quote = '"', escape = '"', union_by_name = true)`;
}

/** Run `sql` and return its rows. */
async function rows(con: DuckDBConnection, sql: string): Promise<Cell[][]> {
  return (await con.runAndReadAll(sql)).getRows() as Cell[][];
}

/** A DuckDB number as a JS number; null stays null. */
function num(v: Cell): number | null {
  return v === null ? null : Number(v);
}

/** Load: the columns used, keys checked, time parsed (tables `tw`, `us`). */
async function loadTables(
  con: DuckDBConnection,
  args: { users: string[]; tweets: string[] },
): Promise<void> {
  await con.run(`
  CREATE TEMP TABLE tw AS
  WITH raw AS (
    SELECT NULLIF(tweetid, '') AS tweetid, NULLIF(userid, '') AS userid,
      NULLIF(tweet_time, '') AS tt, NULLIF(is_retweet, '') AS is_retweet,
      NULLIF(tweet_client_name, '') AS client,
      NULLIF(retweet_tweetid, '') AS rt
    FROM ${readCsv(args.tweets)}
  )
  SELECT userid,
    CASE WHEN regexp_full_match(tt, ${lit(TIME)})
      THEN try_strptime(tt, ['%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M']) END AS ts,
    lower(is_retweet) = 'true' AS is_rt,
    client,
    CASE WHEN NOT regexp_full_match(rt, ${lit(MANGLED)}) THEN rt END AS rt
  FROM raw
  WHERE tweetid IS NOT NULL AND userid IS NOT NULL
    AND NOT regexp_full_match(tweetid, ${lit(MANGLED)})
    AND NOT regexp_full_match(userid, ${lit(MANGLED)})`);
  await con.run(`
  CREATE TEMP TABLE us AS
  WITH raw AS (
    SELECT NULLIF(userid, '') AS userid,
      NULLIF(account_creation_date, '') AS d
    FROM ${readCsv(args.users)}
  )
  SELECT userid,
    CASE WHEN regexp_full_match(d, '[0-9]{4}-[0-9]{2}-[0-9]{2}')
        THEN try_strptime(d, '%Y-%m-%d')
      WHEN regexp_full_match(d, '[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}')
        THEN try_strptime(d, '%m/%d/%Y') END AS created
  FROM raw
  WHERE userid IS NOT NULL AND NOT regexp_full_match(userid, ${lit(MANGLED)})`);
}

/** The summary metrics: counts, time range, creation months, clients. */
async function summarize(
  con: DuckDBConnection,
): Promise<
  Pick<
    BenchMetrics,
    | "tweets"
    | "users"
    | "accounts_tweeting"
    | "retweets"
    | "tweet_time_min"
    | "tweet_time_max"
    | "creation_by_month"
    | "n_missing_time"
    | "clients"
  >
> {
  const [s] = await rows(
    con,
    `
  SELECT count(*), count(DISTINCT userid), count(*) FILTER (WHERE is_rt),
    strftime(min(ts), '%Y-%m-%d %H:%M'), strftime(max(ts), '%Y-%m-%d %H:%M'),
    count(*) FILTER (WHERE ts IS NULL)
  FROM tw`,
  );
  const [[nUsers]] = await rows(con, `SELECT count(*) FROM us`);
  const months = await rows(
    con,
    `
  SELECT strftime(created, '%Y-%m') AS m, count(*) FROM us
  WHERE created IS NOT NULL GROUP BY m ORDER BY m`,
  );
  const clients = await rows(
    con,
    `
  SELECT client, count(*) AS n FROM tw GROUP BY client
  ORDER BY client IS NULL, n DESC, client`,
  );
  return {
    tweets: Number(s[0]),
    users: Number(nUsers),
    accounts_tweeting: Number(s[1]),
    retweets: Number(s[2]),
    tweet_time_min: s[3] as string | null,
    tweet_time_max: s[4] as string | null,
    creation_by_month: Object.fromEntries(
      months.map(([m, n]) => [String(m), Number(n)]),
    ),
    n_missing_time: Number(s[5]),
    clients: clients.map(([c, n]) => [c as string | null, Number(n)]),
  };
}

/** Weekday × hour (UTC, Monday = 0) and inter-tweet intervals. */
async function profile(
  con: DuckDBConnection,
): Promise<Pick<BenchMetrics, "weekday_hour" | "intervals">> {
  const grid = await rows(
    con,
    `
  SELECT isodow(ts) - 1, hour(ts), count(*) FROM tw
  WHERE ts IS NOT NULL GROUP BY ALL`,
  );
  await con.run(`
  CREATE TEMP TABLE acc AS
  WITH gaps AS (
    SELECT userid, (epoch_ms(ts) - epoch_ms(lag(ts) OVER (
      PARTITION BY userid ORDER BY ts))) / 1000.0 AS gap
    FROM tw WHERE ts IS NOT NULL
  ), agg AS (
    SELECT userid, count(*) AS n, quantile_cont(gap, 0.5) AS med,
      avg(gap) AS mu, stddev_pop(gap) AS sd
    FROM gaps GROUP BY userid HAVING count(*) >= ${MIN_TWEETS_INTERVALS}
  )
  SELECT userid, n, med,
    CASE WHEN sd + mu > 0 THEN (sd - mu) / (sd + mu) END AS b
  FROM agg`);
  const accounts = await rows(con, `SELECT * FROM acc ORDER BY userid`);
  const [[mm, mb]] = await rows(
    con,
    `SELECT quantile_cont(med, 0.5), quantile_cont(b, 0.5) FROM acc`,
  );
  const weekdayHour = Array.from({ length: 7 }, () => new Array(24).fill(0));
  for (const [w, h, n] of grid) weekdayHour[Number(w)][Number(h)] = Number(n);
  return {
    weekday_hour: weekdayHour,
    intervals: {
      n_accounts: accounts.length,
      median_of_median_gap_s: num(mm),
      median_burstiness: num(mb),
      accounts: accounts.map(([u, n, med, b]) => [
        String(u),
        Number(n),
        Number(med),
        num(b),
      ]),
    },
  };
}

/** Co-retweet pairs. */
async function coretweet(
  con: DuckDBConnection,
): Promise<BenchMetrics["coretweet"]> {
  await con.run(`
  CREATE TEMP TABLE pairs AS
  WITH acts AS (
    SELECT DISTINCT userid, rt AS x, epoch_ms(ts) // 1000 AS t
    FROM tw WHERE ts IS NOT NULL AND rt IS NOT NULL
  )
  SELECT a.userid AS u, b.userid AS v, count(DISTINCT a.x) AS w
  FROM acts a JOIN acts b
    ON a.x = b.x AND a.userid < b.userid AND abs(a.t - b.t) <= ${WINDOW_S}
  GROUP BY a.userid, b.userid`);
  const [[anyPairs, maxW, nPairs, sumW]] = await rows(
    con,
    `
  SELECT count(*), coalesce(max(w), 0), count(*) FILTER (WHERE w >= ${MIN_REPEAT}),
    coalesce(sum(w) FILTER (WHERE w >= ${MIN_REPEAT}), 0)
  FROM pairs`,
  );
  const pairs = await rows(
    con,
    `SELECT u, v, w FROM pairs WHERE w >= ${MIN_REPEAT} ORDER BY u, v`,
  );
  return {
    n_pairs_any: Number(anyPairs),
    n_pairs: Number(nPairs),
    sum_weight: Number(sumW),
    max_weight: Number(maxW),
    pairs: pairs.map(([u, v, w]) => [String(u), String(v), Number(w)]),
  };
}

async function main(): Promise<void> {
  if (Deno.args[0] === "--version") {
    // Availability probe: loads the native binding and prints the version.
    const probe = await (await DuckDBInstance.create(":memory:")).connect();
    const reader = await probe.runAndReadAll("SELECT version()");
    console.log(String(reader.getRows()[0][0]));
    Deno.exit(0);
  }
  const args = parse(Deno.args);
  const steps: Record<string, number> = {};
  let t0 = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    steps[name] = Number(((now - t0) / 1000).toFixed(3));
    t0 = now;
  };

  const db = await DuckDBInstance.create(":memory:");
  const con = await db.connect();
  await loadTables(con, args);
  lap("load");
  const summary = await summarize(con);
  lap("summarize");
  const profiled = await profile(con);
  lap("profile");
  const pairs = await coretweet(con);
  lap("coordinate");

  const metrics: BenchMetrics = {
    tweets: summary.tweets,
    users: summary.users,
    accounts_tweeting: summary.accounts_tweeting,
    retweets: summary.retweets,
    tweet_time_min: summary.tweet_time_min,
    tweet_time_max: summary.tweet_time_max,
    creation_by_month: summary.creation_by_month,
    weekday_hour: profiled.weekday_hour,
    n_missing_time: summary.n_missing_time,
    clients: summary.clients,
    intervals: profiled.intervals,
    coretweet: pairs,
  };
  await Deno.writeTextFile(args.out, JSON.stringify(metrics));
  const [[version]] = await rows(con, `SELECT version()`);
  lap("write");
  console.log(JSON.stringify({ steps, version: String(version) }));
}

await main();
