import pl from "nodejs-polars";
import { deepEqual, equal } from "node:assert/strict";
import { flagInputs } from "./flag_inputs.ts";
import { accountFlags } from "./account_flags.ts";
import {
  PROVENANCE_COLUMNS,
  TWEET_COLUMNS,
  USER_COLUMNS,
} from "../io/schema.ts";
import { parseClientTaxonomy } from "../profile/mod.ts";
import { archiveFrame } from "./_testing.ts";

// Ten ordinary accounts created a year apart, five (b1–b5) on one day;
// b1–b3 retweet the same 12 tweets in the same minute; b4 posts 12 tweets
// with an automation app at 5-minute intervals in office hours (UTC−4).
const ordinary = Array.from({ length: 10 }, (_, i) => `u${i}`);
const batch = ["b1", "b2", "b3", "b4", "b5"];
const users = archiveFrame([...USER_COLUMNS, ...PROVENANCE_COLUMNS], 16, {
  userid: [...ordinary, ...batch, "b1"],
  account_creation_date: [
    ...ordinary.map((_, i) => `${2008 + i}-03-01`),
    ...batch.map(() => "2018-05-05"),
    "2018-05-05",
  ],
  follower_count: [...ordinary.map(() => 500), 10, 20, 30, 40, 50, 15],
});
const rows: Record<string, unknown[]> = {
  tweetid: [],
  userid: [],
  tweet_time: [],
  tweet_client_name: [],
  retweet_tweetid: [],
  _file: [],
  _line: [],
};
function tweet(user: string, time: string, client: string, rt: string | null) {
  rows.tweetid.push(`t${rows.tweetid.length}`);
  rows.userid.push(user);
  rows.tweet_time.push(time);
  rows.tweet_client_name.push(client);
  rows.retweet_tweetid.push(rt);
  rows._file.push("tweets.csv");
  rows._line.push(rows._line.length + 2);
}
for (let k = 0; k < 12; k++) {
  const day = String(k + 1).padStart(2, "0");
  for (const u of ["b1", "b2", "b3"]) {
    tweet(u, `2019-03-${day} 15:0${k % 2}`, "Twitter for Android", `o${k}`);
  }
  // Monday 2019-03-04, 14:00 UTC = 10:00 at UTC−4
  tweet("b4", `2019-03-04 14:${String(5 * k).padStart(2, "0")}`, "IFTTT", null);
  tweet(
    ordinary[k % 10],
    `2019-03-${day} 02:${day}`,
    "Twitter for iPhone",
    null,
  );
}
const tweets = archiveFrame(
  [...TWEET_COLUMNS, ...PROVENANCE_COLUMNS],
  rows.tweetid.length,
  rows,
);
const taxonomy = parseClientTaxonomy(
  "client_name,category,note\nIFTTT,automation,\nTwitter for iPhone,official,\n",
);

Deno.test("flagInputs() builds every per-account table from profile and coord", async () => {
  const takedown = {
    name: "td",
    users: archiveFrame([...USER_COLUMNS, ...PROVENANCE_COLUMNS], 1, {
      userid: ["b1"],
    }),
    tweets: archiveFrame([...TWEET_COLUMNS, ...PROVENANCE_COLUMNS], 1, {
      userid: ["b2"],
    }),
    ledger: { files: [] },
    synthetic: true,
  };
  const r = await flagInputs(tweets, users, {
    taxonomy,
    utcOffset: -4,
    coordination: { rounds: 50, seed: 3 },
    takedown: [takedown],
  });
  const { inputs } = r;
  deepEqual(r.bursts.bursts.map((b) => [b.date, b.count]), [["2018-05-05", 5]]);
  deepEqual(
    inputs.bursts!.filter(pl.col("in_burst")).getColumn("userid").toArray(),
    batch,
  );
  deepEqual(inputs.coordination!.toRecords(), [
    { userid: "b1", community: 0, community_size: 3, max_weight: 12 },
    { userid: "b2", community: 0, community_size: 3, max_weight: 12 },
    { userid: "b3", community: 0, community_size: 3, max_weight: 12 },
  ]);
  equal(r.nullModel!.n_significant, 3);
  deepEqual(inputs.takedown!.toRecords(), [
    { userid: "b1", takedown: "td" },
    { userid: "b2", takedown: "td" },
  ]);
  // b1 has two users rows (10 and 15 followers): the larger is kept
  deepEqual(
    inputs.followers!.filter(pl.col("userid").eq(pl.lit("b1"))).getColumn(
      "follower_count",
    ).toArray(),
    [15],
  );
  const b4 = (t: pl.DataFrame, c: string) =>
    t.filter(pl.col("userid").eq(pl.lit("b4"))).getColumn(c).toArray()[0];
  equal(b4(inputs.activity!, "n_tweets"), 12);
  equal(b4(inputs.workingHours!, "working_hours_share"), 1);
  equal(b4(inputs.regularity!, "regularity"), 1);
  equal(b4(inputs.clients!, "automation_client_share"), 1);

  const f = accountFlags(inputs);
  deepEqual(
    f.filter(pl.col("flagged")).getColumn("userid").toArray(),
    ["b1", "b2", "b3", "b4", "b5"],
  );
  deepEqual(
    f.filter(pl.col("userid").eq(pl.lit("b4"))).select(
      "flag_automation",
      "flag_regular",
      "flag_office_hours",
      "flag_coordinated",
    ).toRecords(),
    [{
      flag_automation: true,
      flag_regular: true,
      flag_office_hours: true,
      flag_coordinated: false,
    }],
  );
});

Deno.test("flagInputs() skips coordination when asked", async () => {
  const r = await flagInputs(tweets, users, { taxonomy, coordination: false });
  equal(r.inputs.coordination, undefined);
  equal(r.network, null);
  equal(r.inputs.takedown, undefined);
});
