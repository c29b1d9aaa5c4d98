/**
 * `./lab profile <release> [--baseline <release>] [--utc-offset H]
 * [--baseline-utc-offset H] [--min-tweets N] [--min-tweets-offset N]
 * [--taxonomy file.csv] [--accounts out.csv] [--json] [--no-cache]`
 *
 * Profiles a release's account creation and posting cadence (see
 * `lib/profile/profile_report.ts` for every field). With `--json`, exactly
 * one JSON object; `--accounts` also writes the per-account metrics table
 * (`accountMetrics`) as CSV. `--utc-offset` fixes the offset for local-time
 * figures (else the one inferred against the baseline, whose own offset is
 * the study parameter `--baseline-utc-offset`). `--utc-offset`,
 * `--baseline-utc-offset` and `--min-tweets` are study parameters (also
 * read from `TAKEDOWN_*` variables); `./lab profile --help` lists all.
 *
 * @module
 */
import { loadRelease } from "../lib/io/mod.ts";
import {
  loadClientTaxonomy,
  profileReport,
  profileText,
} from "../lib/profile/mod.ts";
import {
  type CommandSpec,
  numberOption,
  type ParsedCommand,
  releaseSource,
  runCommand,
} from "./_cli.ts";

/** The command's arguments. */
export const PROFILE = {
  name: "profile",
  summary: "Profiles a release's account creation and posting cadence " +
    "(see lib/profile/profile_report.ts for every field).",
  args: { usage: "<release folder | name | files…>", min: 1 },
  options: {
    baseline: {
      type: "string",
      arg: "RELEASE",
      doc: "organic release: creation-rate reference for bursts and the " +
        "diurnal reference for the inferred UTC offset",
    },
    "min-tweets-offset": {
      type: "string",
      arg: "N",
      defaultText: "50",
      doc: "fewest tweets for an account's own inferred UTC offset",
    },
    taxonomy: {
      type: "string",
      arg: "FILE",
      defaultText: "data/client_taxonomy.csv",
      doc: "client taxonomy CSV",
    },
    accounts: {
      type: "string",
      arg: "FILE",
      doc: "also write the per-account metrics table to this CSV",
    },
  },
  study: ["utc_offset", "baseline_utc_offset", "min_tweets"],
  studyDocs: {
    utc_offset: "the set's local clock in hours from UTC, for the local-time " +
      "figures; none: inferred against --baseline, else UTC",
    min_tweets: "fewest tweets for an account's interval statistics",
  },
} as const satisfies CommandSpec;

async function profile(cmd: ParsedCommand<typeof PROFILE>): Promise<string> {
  const { cache, params, values } = cmd;
  const release = await loadRelease(releaseSource(cmd.positionals), { cache });
  const baseline = values.baseline
    ? await loadRelease(values.baseline, { cache })
    : undefined;
  const { report, accounts } = await profileReport(release, {
    taxonomy: await loadClientTaxonomy(values.taxonomy),
    baseline,
    utcOffset: params.utc_offset ?? undefined,
    baselineUtcOffset: params.baseline_utc_offset,
    minTweetsIntervals: params.min_tweets,
    minTweetsOffset: numberOption(
      "min-tweets-offset",
      values["min-tweets-offset"],
      (n) => Number.isSafeInteger(n) && n >= 0,
      "a whole number ≥ 0",
    ),
  });
  if (values.accounts) {
    accounts.writeCSV(values.accounts);
    console.error(
      `profile: wrote ${accounts.height} accounts to ${values.accounts}`,
    );
  }
  return cmd.json ? JSON.stringify(report, null, 2) : profileText(report);
}

if (import.meta.main) await runCommand(PROFILE, profile);
