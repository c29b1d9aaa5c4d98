/**
 * `deno task profile <release> [--baseline <release>] [--utc-offset H]
 * [--baseline-utc-offset H] [--min-tweets N] [--min-tweets-offset N]
 * [--taxonomy file.csv] [--accounts out.csv] [--json] [--no-cache]`
 *
 * Profiles a release's account creation and posting cadence (see
 * `lib/profile/profile_report.ts` for every field). With `--json`, exactly
 * one JSON object; `--accounts` also writes the per-account metrics table
 * (`accountMetrics`) as CSV. `--utc-offset` fixes the offset for local-time
 * figures (else the one inferred against the baseline, whose own offset is
 * `--baseline-utc-offset`, default 0).
 *
 * @module
 */
import { loadRelease } from "../lib/io/mod.ts";
import {
  loadClientTaxonomy,
  profileReport,
  profileText,
} from "../lib/profile/mod.ts";
import { runCli } from "./_cli.ts";

const VALUED = [
  "baseline",
  "utc-offset",
  "baseline-utc-offset",
  "min-tweets",
  "min-tweets-offset",
  "taxonomy",
  "accounts",
];

function number(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n)) {
    throw new TypeError(`Reading --${name}: not a number: ${value}`);
  }
  return n;
}

await runCli("profile", async (args) => {
  const cache = !args.flags.has("no-cache");
  const release = await loadRelease(
    args.positional.length === 1 ? args.positional[0] : args.positional,
    { cache },
  );
  const baselineSource = args.options.get("baseline");
  const baseline = baselineSource
    ? await loadRelease(baselineSource, { cache })
    : undefined;
  const taxonomy = await loadClientTaxonomy(args.options.get("taxonomy"));
  const options = {
    taxonomy,
    baseline,
    utcOffset: number("utc-offset", args.options.get("utc-offset")),
    baselineUtcOffset: number(
      "baseline-utc-offset",
      args.options.get("baseline-utc-offset"),
    ),
    minTweetsIntervals: number("min-tweets", args.options.get("min-tweets")),
    minTweetsOffset: number(
      "min-tweets-offset",
      args.options.get("min-tweets-offset"),
    ),
  };
  const { report, accounts } = await profileReport(release, options);
  const accountsPath = args.options.get("accounts");
  if (accountsPath) {
    accounts.writeCSV(accountsPath);
    console.error(
      `profile: wrote ${accounts.height} accounts to ${accountsPath}`,
    );
  }
  if (args.flags.has("json")) return JSON.stringify(report, null, 2);
  return profileText(report);
}, VALUED);
