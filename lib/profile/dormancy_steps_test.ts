import { deepEqual, equal } from "node:assert/strict";
import { demoBundlePresent } from "../study/mod.ts";
import { tweetsFrame, usersFrame } from "./_frames.ts";
import {
  creationRelease,
  creationStudy,
  demoStudy,
} from "./creation_testing.ts";
import { DORMANCY_TICKS, dormancyStep } from "./dormancy_steps.ts";

// R: a waits 59 days (2017-01-01 → 2017-03-01), b 2 days (created after
// the release's first tweet), c never tweets.
const R = creationRelease(
  "R",
  usersFrame({
    userid: ["a", "b", "c"],
    account_creation_date: ["2017-01-01", "2017-06-01", "2017-01-05"],
  }),
  tweetsFrame({
    userid: ["a", "a", "b"],
    tweet_time: ["2017-03-01 10:00", "2017-04-01 00:00", "2017-06-03 23:59"],
  }),
);
// Q: one account, created long before its first tweet.
const Q = creationRelease(
  "Q",
  usersFrame({ userid: ["q"], account_creation_date: ["2016-01-01"] }),
  tweetsFrame({ userid: ["q"], tweet_time: ["2016-01-11 08:00"] }),
);

Deno.test("dormancyStep() gives the median wait, the share within 7 days, and the same for accounts created after the first tweet", async () => {
  const r = await dormancyStep(creationStudy([R], Q));
  deepEqual(r.value, [{
    release: "R",
    first_tweet_in_release: "2017-03-01",
    accounts_with_a_tweet: 2,
    median_dormancy_days: 30.5,
    share_within_7_days: 0.5,
    accounts_created_after_first_tweet: 1,
    median_dormancy_days_created_after: 2,
  }, {
    release: "Q",
    first_tweet_in_release: "2016-01-11",
    accounts_with_a_tweet: 1,
    median_dormancy_days: 10,
    share_within_7_days: 0,
    accounts_created_after_first_tweet: 0,
    median_dormancy_days_created_after: null,
  }]);
  deepEqual(r.text, [
    "R: median 30.5 days from creation to first tweet (2 accounts; 50.0% " +
    "within 7 days). Tweets in the release start 2017-03-01; the 1 " +
    "accounts created since then waited a median 2 days.",
    "Q: median 10 days from creation to first tweet (1 accounts; 0.0% " +
    "within 7 days). Tweets in the release start 2016-01-11; no account " +
    "was created after that, so every dormancy here is bounded by the " +
    "release's coverage.",
  ]);
  equal(r.tables[0].name, "tab02_dormancy");
  equal(r.tables[0].show, false);
});

Deno.test("dormancyStep() charts each release's ECDF on a symlog axis with day ticks", async () => {
  const r = await dormancyStep(creationStudy([R], Q));
  const chart = r.charts[0];
  equal(chart.name, "fig02_dormancy");
  deepEqual(chart.rows, [
    { group: "R", value: 2, ecdf: 0.5 },
    { group: "R", value: 59, ecdf: 1 },
    { group: "Q", value: 10, ecdf: 1 },
  ]);
  const x = JSON.parse(JSON.stringify(chart.spec)).encoding.x;
  deepEqual(x.axis, { values: [...DORMANCY_TICKS] });
  equal(x.scale.type, "symlog");
});

Deno.test({
  name: "dormancyStep() on the demo: every account of each release tweeted",
  ignore: !demoBundlePresent("lib/profile/dormancy_steps_test.ts"),
  fn: async () => {
    const { study, out } = await demoStudy();
    try {
      const r = await dormancyStep(study);
      const t = study.truth!;
      deepEqual(
        r.value.map((d) => [d.release, d.accounts_with_a_tweet]),
        [
          ["demo_statebacked", t.statebacked.accounts],
          ["demo_unattributed", t.unattributed.accounts],
          ["demo_organic", t.organic.accounts],
        ],
      );
      // The unattributed batch (2014) predates the release's tweets.
      equal(r.value[1].accounts_created_after_first_tweet, 0);
    } finally {
      await Deno.remove(out, { recursive: true });
    }
  },
});
