/**
 * Every command's command line, run as a subprocess the way `./lab` runs it:
 * the common flags (`--help`, `--json`, `--no-cache`), unknown flags, bad
 * study parameters and the exit statuses (2: usage, 1: failure).
 *
 * @module
 */
import { deepEqual, equal, match, ok } from "node:assert/strict";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeReportFixture } from "../lib/report/_testing.ts";
import {
  COORTWEET_FIXTURE,
  haveCoorTweetFixture,
} from "../lib/coord/_testing.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const DEMO = join(ROOT, "data/demo/releases/demo_statebacked");
const hasDemo = (() => {
  try {
    Deno.statSync(DEMO);
    return true;
  } catch {
    console.log(`skipping cli/flags tests that read ${DEMO}: it is absent`);
    return false;
  }
})();

/** The commands of `cli/` run here (bench has its own). */
const COMMANDS = [
  "summarize",
  "profile",
  "coordinate",
  "compare",
  "published",
  "demo",
  "report",
  "reproduce",
] as const;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<Run> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", `cli/${command}.ts`, ...args],
    cwd: ROOT,
    env,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder();
  return {
    code: out.code,
    stdout: text.decode(out.stdout),
    // Deno's own note when several processes start at once is not ours.
    stderr: text.decode(out.stderr).split("\n").filter((line) =>
      !line.includes("waiting for file lock on node_modules directory")
    ).join("\n"),
  };
}

/** Runs `args` on every command at once. */
function runAll(args: string[]): Promise<Run[]> {
  return Promise.all(COMMANDS.map((c) => run(c, args)));
}

Deno.test("every command: --help exits 0 and lists --json, --no-cache and --help", async () => {
  const runs = await runAll(["--help"]);
  runs.forEach((r, i) => {
    const name = COMMANDS[i];
    equal(r.code, 0, `${name}: ${r.stderr}`);
    match(r.stdout, new RegExp(`^Usage: \\./lab ${name} `), name);
    for (const flag of ["--json", "--no-cache", "--help"]) {
      ok(r.stdout.includes(`\n  ${flag}\n`), `${name} --help lacks ${flag}`);
    }
    equal(r.stderr, "", `${name}: ${r.stderr}`);
  });
});

Deno.test("every command: --json --no-cache -h is accepted (help wins)", async () => {
  for (
    const [i, r] of (await runAll(["--json", "--no-cache", "-h"])).entries()
  ) {
    equal(r.code, 0, `${COMMANDS[i]}: ${r.stderr}`);
    match(r.stdout, /^Usage: /);
  }
});

Deno.test("every command: an unknown flag exits 2 and lists the valid flags", async () => {
  for (const [i, r] of (await runAll(["--bogus"])).entries()) {
    const name = COMMANDS[i];
    equal(r.code, 2, `${name}: ${r.stderr}`);
    match(
      r.stderr,
      new RegExp(
        `^${name}: Read the options: unknown flag: --bogus\\. Give one of ` +
          "(--.*, )?--json, --no-cache and --help\\.",
      ),
    );
    equal(r.stderr.trim().split("\n").length, 1, `${name}: one line`);
    equal(r.stdout, "", name);
  }
});

Deno.test("every command: --seed x names --seed and exits 2", async () => {
  for (const [i, r] of (await runAll(["--seed", "x"])).entries()) {
    const name = COMMANDS[i];
    equal(r.code, 2, `${name}: ${r.stderr}`);
    match(r.stderr, new RegExp(`^${name}: .*--seed`));
    ok(!r.stderr.includes("    at "), `${name}: no stack trace`);
  }
});

Deno.test("study parameters: the flag's and the variable's bad values are named", async () => {
  const [flag, env, missing, negative] = await Promise.all([
    run("compare", ["x", "--baseline", "y", "--seed", "x"]),
    run("compare", ["x", "--baseline", "y"], { TAKEDOWN_SEED: "1.5" }),
    run("profile", ["x", "--utc-offset"]),
    run("profile", ["no_such_release", "--utc-offset", "-4.5"]),
  ]);
  equal(flag.code, 2);
  match(
    flag.stderr,
    /^compare: Read --seed: expected a whole number ≥ 0, got: x\. Give --seed N; the default is 20190101\.\n$/,
  );
  equal(env.code, 2);
  match(
    env.stderr,
    /^compare: Read TAKEDOWN_SEED \(the --seed parameter\): .*got: 1\.5\. .*--seed/,
  );
  equal(missing.code, 2);
  match(
    missing.stderr,
    /^profile: Read --utc-offset: it needs a value, got: nothing\./,
  );
  // A negative value is a value, not a flag; the release is what fails (1).
  equal(negative.code, 1, negative.stderr);
  match(negative.stderr, /no such release name or path: no_such_release/);
});

Deno.test("usage errors exit 2, failures exit 1", async () => {
  const [noArgs, extra, noFile, pos] = await Promise.all([
    run("summarize", []),
    run("report", ["a", "b"]),
    run("summarize", ["no_such_release"]),
    run("published", ["stray"]),
  ]);
  equal(noArgs.code, 2);
  match(noArgs.stderr, /^summarize: Read the arguments: missing <release/);
  equal(extra.code, 2);
  match(
    extra.stderr,
    /^report: Read the arguments: expected <output folder>, got: a b\./,
  );
  equal(noFile.code, 1);
  match(noFile.stderr, /^summarize: .*no_such_release/);
  equal(pos.code, 2);
  match(
    pos.stderr,
    /^published: Read the arguments: published takes only flags, got: stray\./,
  );
});

Deno.test({
  name:
    "summarize --no-cache --json prints the same JSON as without --no-cache",
  ignore: !hasDemo,
  async fn() {
    const [cached, fresh] = await Promise.all([
      run("summarize", [DEMO, "--json"]),
      run("summarize", [DEMO, "--no-cache", "--json"]),
    ]);
    equal(cached.code, 0, cached.stderr);
    equal(fresh.code, 0, fresh.stderr);
    equal(fresh.stdout, cached.stdout);
    equal(JSON.parse(fresh.stdout).users.rows, 300);
  },
});

Deno.test({
  name:
    "coordinate --no-cache --json prints the same JSON as without --no-cache",
  ignore: !haveCoorTweetFixture,
  async fn() {
    const [cached, fresh] = await Promise.all([
      run("coordinate", [COORTWEET_FIXTURE, "--json"]),
      run("coordinate", [COORTWEET_FIXTURE, "--no-cache", "--json"]),
    ]);
    equal(cached.code, 0, cached.stderr);
    equal(fresh.code, 0, fresh.stderr);
    equal(fresh.stdout, cached.stdout);
    equal(JSON.parse(fresh.stdout).n_pairs, 32);
  },
});

Deno.test("report --json prints one object naming index.html", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await writeReportFixture(dir);
    const r = await run("report", [dir, "--json", "--no-cache"]);
    equal(r.code, 0, r.stderr);
    deepEqual(JSON.parse(r.stdout), { report: join(dir, "index.html") });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
