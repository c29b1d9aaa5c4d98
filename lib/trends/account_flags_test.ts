import pl from "nodejs-polars";
import { deepEqual, throws } from "node:assert/strict";
import { accountFlags } from "./account_flags.ts";
import { flagConfig } from "./flag_config.ts";
import type { FlagInputs } from "./flag_inputs.ts";

// Five accounts:
// a: many tweets, in burst, 80 % automation, coordinated (weight 12, community 4),
//    regularity 0.6, office share 0.9, 40 followers, removed in a takedown
// b: many tweets, not in burst, 10 % automation + 45 % scheduler, coordinated
//    with weight 3 only, regularity 0.2, office 0.75, 5000 followers
// c: 4 tweets (below minTweets), all rate metrics high, no users row
// d: in burst only (no tweets at all)
// e: many tweets, nothing suspicious, follower count unknown
const inputs: FlagInputs = {
  activity: pl.DataFrame({
    userid: ["a", "b", "c", "e"],
    n_tweets: [200, 50, 4, 30],
  }),
  bursts: pl.DataFrame({
    userid: ["a", "b", "d", "e"],
    in_burst: [true, false, true, false],
  }),
  clients: pl.DataFrame({
    userid: ["a", "b", "c", "e"],
    automation_client_share: [0.8, 0.1, 1, 0],
    scheduler_client_share: [0, 0.45, 0, 0],
    unknown_client_share: [0, 0, 0, 0.9],
  }),
  coordination: pl.DataFrame({
    userid: ["a", "b"],
    community: [0, 0],
    community_size: [4, 4],
    max_weight: [12, 3],
  }),
  regularity: pl.DataFrame({
    userid: ["a", "b", "c", "e"],
    regularity: [0.6, 0.2, 1, null],
  }),
  workingHours: pl.DataFrame({
    userid: ["a", "b", "c", "e"],
    working_hours_share: [0.9, 0.75, 1, 0.3],
  }),
  followers: pl.DataFrame({
    userid: ["a", "b", "d", "e"],
    follower_count: [40, 5000, 100, null],
  }),
  takedown: pl.DataFrame({ userid: ["a"], takedown: ["demo_statebacked"] }),
};

const col = (df: pl.DataFrame, c: string) => df.getColumn(c).toArray();

Deno.test("accountFlags() evaluates each flag with its threshold and nulls", () => {
  const f = accountFlags(inputs);
  deepEqual(col(f, "userid"), ["a", "b", "c", "d", "e"]);
  deepEqual(col(f, "flag_burst"), [true, false, null, true, false]);
  // b: 0.1 + 0.45 = 0.55 ≥ 0.5 (automation + scheduler); c: too few tweets
  deepEqual(col(f, "flag_automation"), [true, true, null, null, false]);
  deepEqual(col(f, "flag_coordinated"), [true, false, false, false, false]);
  // e: regularity null (no non-zero gap)
  deepEqual(col(f, "flag_regular"), [true, false, null, null, null]);
  deepEqual(col(f, "flag_office_hours"), [true, true, null, null, false]);
  deepEqual(col(f, "flag_few_followers"), [true, false, null, true, null]);
  deepEqual(col(f, "flag_takedown"), [true, false, false, false, false]);
  // default: burst, automation, coordinated, regular, officeHours with any
  deepEqual(col(f, "n_flags"), [5, 2, 0, 1, 0]);
  deepEqual(col(f, "flagged"), [true, true, false, true, false]);
});

Deno.test("accountFlags() combines enabled flags with any, all and at least k", () => {
  const enabled = {
    burst: true,
    automation: true,
    coordinated: false,
    regular: false,
    officeHours: true,
  };
  const any = accountFlags(inputs, flagConfig({ enabled }));
  deepEqual(col(any, "n_flags"), [3, 2, 0, 1, 0]);
  deepEqual(col(any, "flagged"), [true, true, false, true, false]);
  const all = accountFlags(inputs, flagConfig({ enabled, combine: "all" }));
  deepEqual(col(all, "flagged"), [true, false, false, false, false]);
  const two = accountFlags(
    inputs,
    flagConfig({ enabled, combine: { atLeast: 2 } }),
  );
  deepEqual(col(two, "flagged"), [true, true, false, false, false]);
});

Deno.test("accountFlags() applies thresholds from the config only", () => {
  const f = accountFlags(
    inputs,
    flagConfig({
      minTweets: 3,
      clientShare: 0.9,
      clientCategories: ["automation"],
      coordinationMinWeight: 3,
      coordinationMinCommunity: 5,
      regularity: 0.2,
      officeHoursShare: 0.95,
      maxFollowers: 40,
    }),
  );
  deepEqual(col(f, "flag_automation"), [false, false, true, null, false]);
  // community of 4 < 5
  deepEqual(col(f, "flag_coordinated"), [false, false, false, false, false]);
  deepEqual(col(f, "flag_regular"), [true, true, true, null, null]);
  deepEqual(col(f, "flag_office_hours"), [false, false, true, null, false]);
  deepEqual(col(f, "flag_few_followers"), [true, false, null, false, null]);
});

Deno.test("accountFlags() refuses an enabled flag without its input", () => {
  const { takedown: _t, ...rest } = inputs;
  throws(
    () => accountFlags(rest, flagConfig({ enabled: { takedown: true } })),
    /takedown flag is enabled but its input is missing: takedown/,
  );
  const { activity: _a, ...noActivity } = inputs;
  throws(() => accountFlags(noActivity), /input is missing: activity/);
  throws(
    () => flagConfig({ combine: { atLeast: 6 } }),
    /combine is not/,
  );
  throws(() => flagConfig({ clientShare: 0 }), /clientShare/);
});

Deno.test("accountFlags() leaves a flag without input null when it is off", () => {
  const f = accountFlags(
    { followers: inputs.followers },
    flagConfig({
      enabled: {
        burst: false,
        automation: false,
        coordinated: false,
        regular: false,
        officeHours: false,
        fewFollowers: true,
      },
    }),
  );
  deepEqual(col(f, "userid"), ["a", "b", "d", "e"]);
  deepEqual(col(f, "flag_burst"), [null, null, null, null]);
  deepEqual(col(f, "flagged"), [true, false, true, false]);
});
