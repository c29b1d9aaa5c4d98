import pl from "nodejs-polars";
import { deepEqual, equal, ok } from "node:assert/strict";
import { coordinateCommand, type CoordinateIo } from "./mod.ts";
import {
  COORTWEET_FIXTURE as FIXTURE,
  haveCoorTweetFixture as haveFixture,
} from "./_testing.ts";

if (!haveFixture) {
  console.log(`skipping CooRTweet CLI tests: ${FIXTURE} is absent`);
}

function capture(loadRelease?: CoordinateIo["loadRelease"]) {
  const out = { stdout: "", stderr: "", sources: [] as (string | string[])[] };
  const io: CoordinateIo = {
    loadRelease: loadRelease ??
      ((source) => {
        out.sources.push(source);
        return Promise.reject(new Error(`no release in ${source}`));
      }),
    stdout: (s) => out.stdout += s,
    stderr: (s) => out.stderr += s,
  };
  return { out, io };
}

const TWEETS = pl.DataFrame({
  tweetid: ["1", "2", "3", "4", "5"],
  userid: ["b", "a", "b", "a", "c"],
  tweet_time: pl.Series("tweet_time", [
    new Date("2021-01-01T00:00:00Z"),
    new Date("2021-01-01T00:01:00Z"),
    new Date("2021-01-02T00:00:00Z"),
    new Date("2021-01-02T00:00:00Z"),
    new Date("2021-01-05T00:00:00Z"),
  ]).cast(pl.Datetime("ms")),
  hashtags: pl.Series(
    "hashtags",
    [["X"], ["x"], ["Y"], ["y"], ["x"]],
    pl.List(pl.Utf8),
  ),
  retweet_tweetid: pl.Series(
    "retweet_tweetid",
    [null, null, null, null, null],
    pl.Utf8,
  ),
}).lazy();

Deno.test("coordinateCommand() --json prints exactly one JSON object with the agreed keys", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const { out, io } = capture(() =>
      Promise.resolve({
        tweets: TWEETS,
        ledger: {
          files: [{
            file: "t.csv",
            table: "tweets" as const,
            rowsIn: 6,
            rowsLoaded: 5,
            rowsRejected: 1,
            rejections: [],
            issues: [],
            issueCount: 0,
          }],
        },
      })
    );
    const code = await coordinateCommand(
      [dir, "--mode", "hashtag", "--json"],
      io,
    );
    equal(code, 0);
    equal(out.stdout.trim().split("\n").length, 1);
    deepEqual(JSON.parse(out.stdout), {
      window_s: 60,
      min_repeat: 2,
      n_pairs_any: 1,
      n_pairs: 1,
      n_accounts: 2,
      sum_weight: 2,
      max_weight: 2,
      pairs: [["a", "b", 2]],
    });
    ok(out.stderr.includes("1 tweet row(s) could not be loaded"));
  } finally {
    await Deno.remove(dir);
  }
});

Deno.test("coordinateCommand() passes several files to the loader and prints a summary", async () => {
  const a = await Deno.makeTempFile(), b = await Deno.makeTempFile();
  try {
    const seen: (string | string[])[] = [];
    const { out, io } = capture((source) => {
      seen.push(source);
      return Promise.resolve({ tweets: TWEETS });
    });
    const code = await coordinateCommand([
      a,
      b,
      "--mode",
      "hashtag",
      "--window",
      "0",
    ], io);
    equal(code, 0);
    deepEqual(seen, [[a, b]]);
    ok(
      out.stdout.startsWith(
        "Coordination network: hashtag objects, window 0 s",
      ),
    );
    // Window 0: only the y hashtags (same minute) co-act, weight 1 < K.
    ok(out.stdout.includes("Account pairs co-acting at least once: 1\n"));
    ok(out.stdout.includes("Edges (weight ≥ 2): 0 among 0 accounts"));
    ok(out.stderr.includes("warning: The window is 0 s"));
  } finally {
    await Deno.remove(a);
    await Deno.remove(b);
  }
});

Deno.test("coordinateCommand() exits 1 naming a missing or unreadable input", async () => {
  const missing = capture();
  equal(await coordinateCommand(["no/such/file.csv", "--json"], missing.io), 1);
  ok(missing.out.stderr.includes("cannot read no/such/file.csv"));
  equal(missing.out.stdout, "");
  const dir = await Deno.makeTempDir();
  try {
    const bad = capture();
    equal(await coordinateCommand([dir], bad.io), 1);
    ok(bad.out.stderr.includes(`reading ${dir}: no release in ${dir}`));
    const csv = `${dir}/bad.csv`;
    await Deno.writeTextFile(
      csv,
      "object_id,account_id,content_id,timestamp_share\nx,a,c,soon\n",
    );
    const badCsv = capture();
    equal(await coordinateCommand([csv], badCsv.io), 1);
    ok(badCsv.out.stderr.includes(`${csv}, line 2`));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("coordinateCommand() exits 2 on bad arguments", async () => {
  for (
    const args of [[], ["x", "--mode", "likes"], ["x", "--window", "-5"], [
      "x",
      "--min-repeat",
      "0",
    ], ["x", "--bogus"]]
  ) {
    const { out, io } = capture();
    equal(await coordinateCommand(args, io), 2, args.join(" "));
    ok(out.stderr.includes("usage:"), args.join(" "));
  }
});

Deno.test({
  name:
    "coordinateCommand() on the CooRTweet fixture reports the measured counts",
  ignore: !haveFixture,
  fn: async () => {
    const { out, io } = capture();
    equal(await coordinateCommand([FIXTURE, "--json"], io), 0);
    const result = JSON.parse(out.stdout);
    deepEqual(
      [
        result.window_s,
        result.min_repeat,
        result.n_pairs_any,
        result.n_pairs,
        result.n_accounts,
        result.sum_weight,
        result.max_weight,
      ],
      [60, 2, 6206, 32, 58, 68, 4],
    );
    equal(result.pairs.length, 32);
    for (const [u, v, w] of result.pairs) ok(u < v && w >= 2);
    const sorted = [...result.pairs].sort((p: string[], q: string[]) =>
      p[0] < q[0]
        ? -1
        : p[0] > q[0]
        ? 1
        : p[1] < q[1]
        ? -1
        : p[1] > q[1]
        ? 1
        : 0
    );
    deepEqual(result.pairs, sorted);
  },
});

Deno.test({
  name: "cli/coordinate.ts runs as a program on the CooRTweet fixture",
  ignore: !haveFixture,
  fn: async () => {
    const run = (args: string[]) =>
      new Deno.Command(Deno.execPath(), {
        args: ["run", "-A", "cli/coordinate.ts", ...args],
        stdout: "piped",
        stderr: "piped",
      }).output();
    const ok1 = await run([FIXTURE, "--window", "600", "--json"]);
    equal(ok1.code, 0);
    const result = JSON.parse(new TextDecoder().decode(ok1.stdout));
    deepEqual([
      result.n_pairs_any,
      result.n_pairs,
      result.n_accounts,
      result.sum_weight,
      result.max_weight,
    ], [
      57421,
      998,
      752,
      2236,
      9,
    ]);
    const bad = await run(["does-not-exist.csv"]);
    equal(bad.code, 1);
    ok(new TextDecoder().decode(bad.stderr).includes("does-not-exist.csv"));
  },
});
