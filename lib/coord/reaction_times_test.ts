import pl from "nodejs-polars";
import { deepEqual, equal, ok, rejects } from "node:assert/strict";
import { coordinationNetwork } from "./mod.ts";
import {
  reactionTimes,
  SNOWFLAKE_EPOCH_MS,
  snowflakeSecondsExpr,
} from "./reaction_times.ts";

/** A snowflake id for Unix milliseconds `ms` with the given low bits. */
function snowflake(ms: number, low = 0n): string {
  return ((BigInt(ms - SNOWFLAKE_EPOCH_MS) << 22n) + low).toString();
}

Deno.test("snowflakeSecondsExpr() decodes ids exactly and rejects non-snowflakes", () => {
  const ms = Date.UTC(2019, 0, 23, 15, 4, 59, 999);
  const df = pl.DataFrame({
    id: [
      snowflake(ms, (1n << 22n) - 1n), // largest low bits: still the same ms
      snowflake(ms + 1), // next millisecond: next second
      "1002416736382746666",
      "29700859247", // a pre-snowflake (2010) sequential id
      "0",
      "-5",
      "85d2d12251a735ce05255061f7f231e2",
      "",
      null,
    ],
  }).select(snowflakeSecondsExpr("id"));
  deepEqual(df.getColumn("id").toArray(), [
    BigInt(Math.floor(ms / 1000)),
    BigInt(Math.floor(ms / 1000) + 1),
    1527829748n,
    null,
    null,
    null,
    null,
    null,
    null,
  ]);
});

Deno.test("reactionTimes() measures from the id's time, floored to the minute on minute data", async () => {
  const posted = Date.UTC(2018, 5, 1, 12, 0, 30); // 12:00:30
  const id = snowflake(posted, 12345n);
  const t = (h: number, m: number) => BigInt(Date.UTC(2018, 5, 1, h, m) / 1000);
  const actions = pl.DataFrame({
    userid: ["a", "b", "c"],
    object: [id, id, id],
    t: [t(12, 0), t(12, 3), t(13, 0)],
  }).lazy();
  const r = await reactionTimes(actions);
  equal(r.resolution, 60);
  deepEqual([r.n_objects, r.n_from_snowflake, r.n_from_first_action], [
    1,
    1,
    0,
  ]);
  const out = await r.actions.collect();
  // origin 12:00:30 floored to 12:00: a same-minute retweet has reaction 0
  deepEqual(out.getColumn("t").toArray(), [0n, 180n, 3600n]);
  deepEqual(out.getColumn("origin").toArray(), [t(12, 0), t(12, 0), t(12, 0)]);
});

Deno.test("reactionTimes() keeps seconds on second-resolution data", async () => {
  const posted = Date.UTC(2021, 0, 17, 8, 0, 0, 500);
  const id = snowflake(posted);
  const s = BigInt(Math.floor(posted / 1000));
  const actions = pl.DataFrame({
    userid: ["a", "b"],
    object: [id, id],
    t: [s + 7n, s + 19n],
  }).lazy();
  const r = await reactionTimes(actions);
  equal(r.resolution, 1);
  deepEqual((await r.actions.collect()).getColumn("t").toArray(), [7n, 19n]);
});

Deno.test("reactionTimes() falls back to the first action for objects without a usable id time", async () => {
  const late = snowflake(Date.UTC(2020, 0, 1)); // decodes after its first share
  const actions = pl.DataFrame({
    userid: ["a", "b", "a", "c", "d"],
    object: ["vote", "vote", late, late, "29700859247"],
    t: [600n, 1200n, 60n, 180n, 120n],
  }).lazy();
  const r = await reactionTimes(actions);
  deepEqual([r.n_objects, r.n_from_snowflake, r.n_from_first_action], [
    3,
    0,
    3,
  ]);
  const out = await r.actions.collect();
  deepEqual(out.getColumn("t").toArray(), [0n, 600n, 0n, 120n, 0n]);
  deepEqual(out.getColumn("origin").toArray(), [600n, 600n, 60n, 60n, 120n]);
  ok(out.getColumn("origin_from").toArray().every((x) => x === "first_action"));
});

Deno.test("reactionTimes() leaves the co-action network unchanged", async () => {
  const base = Date.UTC(2018, 6, 2, 14, 0);
  const ids = [0, 1, 2].map((i) => snowflake(base + i * 3_600_000, 7n));
  const rows = [
    ["a", 0, 5],
    ["b", 0, 6],
    ["c", 0, 40],
    ["a", 1, 2],
    ["b", 1, 2],
    ["c", 1, 3],
    ["a", 2, 30],
    ["b", 2, 31],
    ["c", 2, 90],
  ] as const;
  const actions = pl.DataFrame({
    userid: rows.map((r) => r[0]),
    object: rows.map((r) => ids[r[1]]),
    t: rows.map((r) => BigInt((base + r[1] * 3_600_000) / 1000 + r[2] * 60)),
  }).lazy();
  const r = await reactionTimes(actions);
  for (const [window, minRepeat] of [[0, 1], [60, 2], [3600, 1]]) {
    const a = await coordinationNetwork(actions, { window, minRepeat });
    const b = await coordinationNetwork(r.actions, { window, minRepeat });
    ok(a.edges.frameEqual(b.edges), `window ${window}, K ${minRepeat}`);
    equal(a.n_pairs_any, b.n_pairs_any);
  }
});

Deno.test("reactionTimes() rejects a bad resolution and handles no actions", async () => {
  const empty = pl.DataFrame({
    userid: pl.Series("userid", [], pl.Utf8),
    object: pl.Series("object", [], pl.Utf8),
    t: pl.Series("t", [], pl.Int64),
  }).lazy();
  await rejects(() => reactionTimes(empty, { resolution: 0 }), RangeError);
  await rejects(() => reactionTimes(empty, { resolution: 1.5 }), RangeError);
  const r = await reactionTimes(empty);
  deepEqual([r.resolution, r.n_objects], [1, 0]);
  equal((await r.actions.collect()).height, 0);
});
