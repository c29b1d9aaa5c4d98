import pl from "nodejs-polars";
import {
  deepEqual,
  equal,
  match,
  ok,
  rejects,
  throws,
} from "node:assert/strict";
import { join } from "node:path";
import { COORDINATE, coordinate, type ReleaseLoader } from "./coordinate.ts";
import { CommandError, parseCommand, UsageError, usageText } from "./_cli.ts";
import {
  COORTWEET_FIXTURE as FIXTURE,
  haveCoorTweetFixture as haveFixture,
} from "../lib/coord/_testing.ts";

if (!haveFixture) {
  console.log(`skipping CooRTweet CLI tests: ${FIXTURE} is absent`);
}

/** Parses `args` (no `TAKEDOWN_*` variables) and runs the command in-process. */
async function runIn(
  args: string[],
  load?: ReleaseLoader,
): Promise<{ stdout: string; stderr: string[] }> {
  const stderr: string[] = [];
  const stdout = await coordinate(
    parseCommand(COORDINATE, args, {}),
    (line) => stderr.push(line),
    load ?? ((source) => Promise.reject(new Error(`no release in ${source}`))),
  );
  return { stdout, stderr };
}

/** Runs `deno run -A cli/coordinate.ts args` the way `./lab` does. */
async function runOut(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "cli/coordinate.ts", ...args],
    env: { TAKEDOWN_WINDOW: "", TAKEDOWN_MIN_REPEAT: "" },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder();
  return {
    code: out.code,
    stdout: text.decode(out.stdout),
    stderr: text.decode(out.stderr).split("\n").filter((line) =>
      !line.includes("waiting for file lock on node_modules directory")
    ).join("\n"),
  };
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

/** A small CooRTweet table: a and b co-act on x (30 s apart) and y. */
const SMALL_CSV = "object_id,account_id,content_id,timestamp_share\n" +
  "x,a,1,100\nx,b,2,130\ny,a,3,500\ny,b,4,500\n";

Deno.test("coordinate() --json returns exactly one JSON object with the agreed keys", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const { stdout, stderr } = await runIn(
      [dir, "--mode", "hashtag", "--json"],
      () =>
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
        }),
    );
    equal(stdout.split("\n").length, 1);
    deepEqual(JSON.parse(stdout), {
      window_s: 60,
      min_repeat: 2,
      n_pairs_any: 1,
      n_pairs: 1,
      n_accounts: 2,
      sum_weight: 2,
      max_weight: 2,
      pairs: [["a", "b", 2]],
    });
    deepEqual(Object.keys(JSON.parse(stdout)), [
      "window_s",
      "min_repeat",
      "n_pairs_any",
      "n_pairs",
      "n_accounts",
      "sum_weight",
      "max_weight",
      "pairs",
    ]);
    deepEqual(stderr, [
      "coordinate: note: 1 tweet row(s) could not be loaded and are left out (see the load ledger)",
    ]);
  } finally {
    await Deno.remove(dir);
  }
});

Deno.test("coordinate() passes several files and the cache choice to the loader and returns a summary", async () => {
  const a = await Deno.makeTempFile(), b = await Deno.makeTempFile();
  try {
    const seen: [string | string[], { cache: boolean }][] = [];
    const load: ReleaseLoader = (source, options) => {
      seen.push([source, options]);
      return Promise.resolve({ tweets: TWEETS });
    };
    const { stdout, stderr } = await runIn(
      [a, b, "--mode", "hashtag", "--window", "0"],
      load,
    );
    deepEqual(seen, [[[a, b], { cache: true }]]);
    ok(stdout.startsWith("Coordination network: hashtag objects, window 0 s"));
    // Window 0: only the y hashtags (same minute) co-act, weight 1 < K.
    ok(stdout.includes("Account pairs co-acting at least once: 1\n"));
    ok(stdout.includes("Edges (weight ≥ 2): 0 among 0 accounts"));
    ok(!stdout.endsWith("\n"), "runCommand adds the final newline");
    ok(
      stderr.some((l) =>
        l.startsWith("coordinate: warning: The window is 0 s")
      ),
    );
    await runIn([a, "--mode", "hashtag", "--no-cache"], load);
    deepEqual(seen[1], [a, { cache: false }]);
  } finally {
    await Deno.remove(a);
    await Deno.remove(b);
  }
});

Deno.test("coordinate() fails (exit 1) naming a missing or unreadable input", async () => {
  await rejects(
    runIn(["no/such/file.csv", "--json"]),
    (e) =>
      e instanceof CommandError && e.exitCode === 1 &&
      e.message ===
        "Cannot read no/such/file.csv: no such file or folder. Check the path.",
  );
  const dir = await Deno.makeTempDir();
  try {
    await rejects(runIn([dir]), new RegExp(`^Error: no release in ${dir}$`));
    const csv = `${dir}/bad.csv`;
    await Deno.writeTextFile(
      csv,
      "object_id,account_id,content_id,timestamp_share\nx,a,c,soon\n",
    );
    await rejects(
      runIn([csv]),
      (e) => (e as Error).message.includes(`${csv}, line 2`),
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("cli/coordinate.ts exits 1 on a missing input, with one line in the project's voice", async () => {
  const r = await runOut(["no/such/file.csv", "--json"]);
  equal(r.code, 1);
  equal(
    r.stderr,
    "coordinate: Cannot read no/such/file.csv: no such file or folder. Check the path.\n",
  );
  equal(r.stdout, "");
});

Deno.test("coordinate: bad arguments are usage errors naming the flag and the valid values", async () => {
  for (
    const args of [[], ["x", "--window", "-5"], ["x", "--min-repeat", "0"], [
      "x",
      "--bogus",
    ]]
  ) {
    throws(
      () => parseCommand(COORDINATE, args, {}),
      UsageError,
      args.join(" "),
    );
  }
  await rejects(
    runIn(["x", "--mode", "likes"]),
    (e) =>
      e instanceof UsageError &&
      e.message ===
        "Read --mode: unknown mode: likes. Give one of retweet, hashtag, url, domain, text, reply.",
  );
  await rejects(
    runIn(["x", "--weighting", "pairs"]),
    (e) =>
      e instanceof UsageError &&
      e.message ===
        "Read --weighting: unknown weighting: pairs. Give one of objects, coortweet.",
  );
});

Deno.test("cli/coordinate.ts exits 2 on bad arguments, before reading any input", async () => {
  const cases = [
    [[], /^coordinate: Read the arguments: missing <release folder/],
    [
      ["x", "--mode", "likes"],
      /^coordinate: Read --mode: unknown mode: likes\. Give one of retweet,/,
    ],
    [
      ["x", "--weighting", "pairs"],
      /^coordinate: Read --weighting: unknown weighting: pairs\. Give one of objects, coortweet\./,
    ],
    [["x", "--window", "-5"], /^coordinate: Read --window: .*got: -5\./],
    [["x", "--min-repeat", "0"], /^coordinate: Read --min-repeat: .*got: 0\./],
    [
      ["x", "--bogus"],
      /^coordinate: Read the options: unknown flag: --bogus\. Give one of --mode, --weighting, --out, --window, --min-repeat, --json, --no-cache and --help\./,
    ],
  ] as const;
  const runs = await Promise.all(cases.map(([args]) => runOut([...args])));
  runs.forEach((r, i) => {
    const [args, message] = cases[i];
    equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
    match(r.stderr, message);
    equal(r.stderr.trim().split("\n").length, 1, args.join(" "));
    equal(r.stdout, "", args.join(" "));
  });
});

Deno.test("coordinate --help shows every option with its default", async () => {
  const text = usageText(COORDINATE);
  match(
    text,
    /^Usage: \.\/lab coordinate <release folder \| tweets files… \| CooRTweet csv> \[options\]/,
  );
  const flat = text.replace(/\s+/g, " "); // --help wraps lines
  match(flat, /--mode MODE (?:(?! --).)*\(default: retweet\)/);
  match(flat, /--weighting W (?:(?! --).)*\(default: objects\)/);
  match(flat, /--window S (?:(?! --).)*\(TAKEDOWN_WINDOW; default: 60\)/);
  match(
    flat,
    /--min-repeat K (?:(?! --).)*\(TAKEDOWN_MIN_REPEAT; default: 2\)/,
  );
  const r = await runOut(["--help"]);
  equal(r.code, 0);
  equal(r.stdout, text + "\n");
});

Deno.test("coordinate --out writes the network files and says so on stderr", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const csv = join(dir, "small.csv");
    await Deno.writeTextFile(csv, SMALL_CSV);
    const out = join(dir, "net");
    const { stdout, stderr } = await runIn([csv, "--out", out, "--json"]);
    equal(JSON.parse(stdout).pairs[0][2], 2);
    equal(stderr.length, 1);
    match(stderr[0], /^coordinate: wrote .*coord_coortweet_w60_k2/);
    const written = [...Deno.readDirSync(out)].map((e) => e.name);
    ok(
      written.length > 0 &&
        written.every((n) => n.startsWith("coord_coortweet_w60_k2")),
      written.join(" "),
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test({
  name: "coordinate() on the CooRTweet fixture reports the measured counts",
  ignore: !haveFixture,
  fn: async () => {
    const { stdout, stderr } = await runIn([FIXTURE, "--json"]);
    deepEqual(stderr, []);
    const result = JSON.parse(stdout);
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
    const [wide, json, text, mode] = await Promise.all([
      runOut([FIXTURE, "--window", "600", "--json"]),
      runOut([FIXTURE, "--json"]),
      runOut([FIXTURE]),
      runOut([FIXTURE, "--mode", "hashtag"]),
    ]);
    equal(wide.code, 0, wide.stderr);
    const result = JSON.parse(wide.stdout);
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
    // stdout is exactly the body's text and one newline.
    equal(json.code, 0, json.stderr);
    equal(json.stdout, (await runIn([FIXTURE, "--json"])).stdout + "\n");
    equal(json.stdout.split("\n").length, 2);
    equal(text.code, 0, text.stderr);
    equal(text.stdout, (await runIn([FIXTURE])).stdout + "\n");
    match(
      text.stdout,
      /^Coordination network: coortweet objects, window 60 s, minimum repeat 2, weighting objects\n/,
    );
    equal(text.stderr, "");
    // A given --mode does not apply to a CooRTweet table: a note, same output.
    equal(mode.code, 0, mode.stderr);
    equal(mode.stdout, text.stdout);
    equal(
      mode.stderr,
      "coordinate: note: --mode hashtag does not apply to a CooRTweet table; its object_id is the object\n",
    );
  },
});
