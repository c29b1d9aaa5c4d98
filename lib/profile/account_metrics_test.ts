import { deepEqual, equal } from "node:assert/strict";
import pl from "nodejs-polars";
import { tweetsFrame, usersFrame } from "./_frames.ts";
import { ACCOUNT_METRIC_COLUMNS, accountMetrics } from "./account_metrics.ts";
import { parseClientTaxonomy } from "./client_taxonomy.ts";

const at = (m: number) =>
  new Date(Date.UTC(2020, 0, 6, 9, m)).toISOString().slice(0, 16).replace(
    "T",
    " ",
  );

Deno.test("accountMetrics() joins every per-account metric, one Float64 row per userid", async () => {
  const users = usersFrame({
    userid: ["a", "b", "c", "d", "e"],
    account_creation_date: [
      "2020-01-01",
      "2020-01-01",
      "2020-01-01",
      "2019-06-01",
      null,
    ],
    user_screen_name: ["anna12345678", "bob", "carl", "dora", "eve"],
    follower_count: [1, 2, 3, 4, 5],
    following_count: [2, 2, 0, 4, 5],
  });
  const tweets = tweetsFrame({
    userid: [...Array(10).fill("a"), "b", "x"],
    // a: Monday 2020-01-06 09:00.. every 2 minutes; b one tweet; x not in users
    tweet_time: [...[0, 2, 4, 6, 8, 10, 12, 14, 16, 18].map(at), at(0), at(1)],
    tweet_client_name: [...Array(10).fill("IFTTT"), "Web", "IFTTT"],
    is_retweet: [...Array(5).fill(true), ...Array(7).fill(false)],
  });
  const taxonomy = parseClientTaxonomy(
    "client_name,category,note\nIFTTT,automation,\n",
  );
  const m = await accountMetrics(users, tweets, {
    taxonomy,
    minTweetsIntervals: 10,
  });
  deepEqual(m.columns, [...ACCOUNT_METRIC_COLUMNS]);
  deepEqual(m.getColumn("userid").toArray(), ["a", "b", "c", "d", "e", "x"]);
  for (const c of m.columns.slice(1)) {
    equal(String(m.getColumn(c).dtype), String(pl.Float64), c);
  }
  const row = (id: string) =>
    m.filter(pl.col("userid").eq(pl.lit(id))).toRecords()[0] as Record<
      string,
      unknown
    >;
  const a = row("a");
  equal(a.creation_year, 2020);
  equal(a.in_burst, 1); // 3 of 4 dated accounts on 2020-01-01 in a 215-day span
  equal(a.dormancy_days, 5);
  equal(a.n_tweets, 10);
  equal(a.tweets_per_active_day, 10);
  equal(a.median_gap_s, 120);
  equal(a.burstiness, -1);
  equal(a.regularity, 1);
  equal(a.working_hours_share, 1);
  equal(a.retweet_share, 0.5);
  equal(a.automation_client_share, 1);
  equal(a.default_handle, 1);
  equal(a.follower_following_ratio, 0.5);
  equal(a.inferred_utc_offset, null); // no reference given
  const b = row("b");
  equal(b.median_gap_s, null); // one tweet
  equal(b.default_handle, 0);
  equal(row("d").in_burst, 0);
  equal(row("e").in_burst, null); // no creation date
  equal(row("c").n_tweets, 0);
  equal(row("c").follower_following_ratio, null);
  equal(row("x").in_burst, null); // no users row
  equal(row("x").n_tweets, 1);
});
