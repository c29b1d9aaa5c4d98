import { deepEqual, equal, match, ok } from "node:assert/strict";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const RUSSIA = fileURLToPath(
  new URL(
    "../../shared/realdata/russia_201901_head/russia_201901_tweets_head407.csv",
    import.meta.url,
  ),
);
const present = (() => {
  try {
    Deno.statSync(RUSSIA);
    return true;
  } catch {
    console.log(`skipping cli/profile tests: ${RUSSIA} is absent`);
    return false;
  }
})();

async function run(...args: string[]) {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "cli/profile.ts", ...args],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  return {
    code: out.code,
    stdout: new TextDecoder().decode(out.stdout),
    stderr: new TextDecoder().decode(out.stderr),
  };
}

Deno.test({
  name: "cli/profile.ts --json prints one JSON object with the stable fields",
  ignore: !present,
  async fn() {
    const r = await run(RUSSIA, "--json", "--no-cache");
    equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    for (
      const path of [
        "creation.by_month",
        "creation.top_days",
        "creation.bursts",
        "cadence.weekday_hour",
        "cadence.by_hour",
        "cadence.by_weekday",
        "cadence.inferred_utc_offset",
        "cadence.working_hours_share",
        "cadence.local_offset_source",
        "intervals.n_accounts",
        "intervals.median_of_median_interval_s",
        "intervals.median_burstiness",
        "clients.by_category",
      ]
    ) {
      const [a, b] = path.split(".");
      ok(b in j[a], path);
    }
    // Values checked independently (Python) in lib/profile tests.
    deepEqual(j.cadence.by_weekday, [51, 66, 81, 50, 73, 40, 46]);
    equal(j.cadence.inferred_utc_offset, null);
    equal(j.cadence.local_offset_source, "utc_default");
    equal(j.intervals.n_accounts, 5);
    equal(j.intervals.median_of_median_interval_s, 418680);
    deepEqual(j.clients.by_category, {
      official: 353,
      scheduler: 19,
      automation: 33,
      unknown: 2,
    });
  },
});

Deno.test({
  name: "cli/profile.ts takes --baseline, --utc-offset and writes --accounts",
  ignore: !present,
  async fn() {
    const dir = await Deno.makeTempDir();
    const csv = `${dir}/accounts.csv`;
    const r = await run(
      RUSSIA,
      "--baseline",
      RUSSIA,
      "--utc-offset",
      "-4.5",
      "--accounts",
      csv,
      "--json",
      "--no-cache",
    );
    equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    // The set against itself as a reference at the default baseline offset
    // (−4) fits a human day at −4 exactly.
    equal(j.cadence.inferred_utc_offset, -4);
    equal(j.cadence.local_utc_offset, -4.5);
    equal(j.cadence.local_offset_source, "given");
    const lines = (await Deno.readTextFile(csv)).trim().split("\n");
    equal(lines.length, 1 + 86); // header + 86 userids
    match(lines[0], /^userid,creation_year,in_burst,/);
    await Deno.remove(dir, { recursive: true });
  },
});

Deno.test({
  name:
    "cli/profile.ts prints text without --json and fails cleanly on bad input",
  ignore: !present,
  async fn() {
    const text = await run(RUSSIA, "--no-cache");
    equal(text.code, 0, text.stderr);
    match(text.stdout, /Cadence: 407 tweets with a time/);
    const bad = await run(RUSSIA, "--utc-offset", "abc", "--no-cache");
    equal(bad.code, 2);
    match(bad.stderr, /^profile: Read --utc-offset: expected .*, got: abc\./);
    const far = await run(RUSSIA, "--utc-offset", "15", "--no-cache");
    equal(far.code, 2);
    match(far.stderr, /--utc-offset: expected hours between -12 and 14.*: 15/);
  },
});
