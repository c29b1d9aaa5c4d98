import assert from "node:assert/strict";
import { parseClientTaxonomy } from "../profile/client_taxonomy.ts";
import { testRelease } from "./_test_releases.ts";
import { accountCategoryCounts } from "./account_category_counts.ts";

const taxonomy = parseClientTaxonomy(
  "client_name,category,note\nTwitter for iPhone,official,\nIFTTT,automation,\nHootsuite,scheduler,\n",
);
const { tweets } = testRelease("t", { userid: [] }, {
  userid: ["b", "a", "a", "a", null],
  // 2019-01-06 was a Sunday.
  tweet_time: [
    "2019-01-06 23:30",
    "2019-01-07 03:00",
    null,
    "2019-01-07 12:00",
    "2019-01-07 12:00",
  ],
  tweet_client_name: ["IFTTT", " ifttt", null, "Hootsuite", "IFTTT"],
});

Deno.test("accountCategoryCounts() counts local hours at a whole or half-hour offset, skipping null times and userids", async () => {
  const r = await accountCategoryCounts(tweets, "hour", {
    utcOffset: -4,
    taxonomy,
  });
  assert.equal(r.categories.length, 24);
  assert.equal(r.categories[0], "00");
  assert.deepEqual(r.userids, ["a", "b"]);
  const at = (row: number[]) => row.flatMap((n, h) => Array(n).fill(h));
  assert.deepEqual(at(r.counts[0]), [8, 23]); // 12:00 → 08, 03:00 → 23
  assert.deepEqual(at(r.counts[1]), [19]);
  const half = await accountCategoryCounts(tweets, "hour", {
    utcOffset: 5.5,
    taxonomy,
  });
  assert.deepEqual(at(half.counts[1]), [5]); // 23:30 + 5:30 = 05:00
});

Deno.test("accountCategoryCounts() counts local weekdays Monday first", async () => {
  const r = await accountCategoryCounts(tweets, "weekday", {
    utcOffset: 1,
    taxonomy,
  });
  assert.deepEqual(r.categories, [
    "Mon",
    "Tue",
    "Wed",
    "Thu",
    "Fri",
    "Sat",
    "Sun",
  ]);
  // Sunday 23:30 UTC is Monday 00:30 at UTC+1.
  assert.deepEqual(r.counts, [[2, 0, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0, 0]]);
  const utc = await accountCategoryCounts(tweets, "weekday", {
    utcOffset: 0,
    taxonomy,
  });
  assert.deepEqual(utc.counts[1], [0, 0, 0, 0, 0, 0, 1]);
});

Deno.test("accountCategoryCounts() counts every tweet's client category, null clients as unknown", async () => {
  const r = await accountCategoryCounts(tweets, "client_category", {
    utcOffset: 0,
    taxonomy,
  });
  assert.deepEqual(r.categories, [
    "official",
    "scheduler",
    "automation",
    "unknown",
  ]);
  assert.deepEqual(r.counts, [[0, 1, 1, 1], [0, 0, 1, 0]]);
});

Deno.test("accountCategoryCounts() rejects a bad offset and an unknown variable", async () => {
  await assert.rejects(
    () => accountCategoryCounts(tweets, "hour", { utcOffset: 4.25, taxonomy }),
    /not a whole or half hour in -12..14: 4.25/,
  );
  await assert.rejects(
    () =>
      accountCategoryCounts(tweets, "minute" as "hour", {
        utcOffset: 0,
        taxonomy,
      }),
    /unknown variable: minute/,
  );
});
