/**
 * `deno task compare <release> --baseline <source> [--baseline-format F]
 * [--mapping file.json] [--utc-offset H] [--period START..END]
 * [--languages es,und] [--seed N] [--rounds N] [--folds N]
 * [--taxonomy file.csv] [--json] [--no-cache]`
 *
 * Compares a release (group A) with a baseline (group B) account by
 * account: the metric table (KS, Mann–Whitney, Cliff's delta with a
 * bootstrap CI, Benjamini–Hochberg q), hour / weekday / client-category
 * distributions (χ², Jensen–Shannon, account-permutation p), and the
 * cross-validated AUC of a logistic regression (see
 * `lib/compare/compare_releases.ts`).
 *
 * - `--baseline`: a release folder or name, release CSV files, twarc2 or
 *   API v1.1 JSON lines, or any CSV with `--mapping` (see
 *   `data/baselines/README.md`); the format is detected
 *   (`detectBaselineFormat`) unless `--baseline-format release|twarc2|v1|csv`
 *   says it.
 * - `--utc-offset`: hours added to UTC for local time in both groups: the
 *   baseline's known offset. Default −4 (Venezuela since May 2016, the
 *   demo's baseline; −4.5 before); the JSON says `utc_offset_source`
 *   `default` or `given`.
 * - `--period START..END` (ISO dates or times, UTC, END exclusive) and
 *   `--languages a,b`: restrict the baseline's tweets (and its accounts to
 *   those with a kept tweet) to match the release.
 * - `--seed` (default 20190101, as the notebooks), `--rounds` (bootstrap
 *   rounds and permutations, default 1000), `--folds` (default 5).
 *
 * With `--json`, exactly one JSON object: `comparisonJson` (stable fields:
 * `rows[]` with `metric`, `n_a`, `n_b`, `ks_d`, `ks_p`, `mwu_u`, `mwu_p`,
 * `effect`, `effect_ci`, `q`; `categorical[]`; `separability` with `auc`
 * and `fold_aucs`; non-finite numbers are null) plus `utc_offset_source`,
 * `baseline_format` and `matching`.
 *
 * @module
 */
import {
  BASELINE_FORMATS,
  type BaselineFormat,
  compareReleases,
  comparisonJson,
  comparisonText,
  detectBaselineFormat,
  loadBaseline,
} from "../lib/compare/mod.ts";
import {
  loadRelease,
  restrictToLanguages,
  restrictToPeriod,
} from "../lib/io/mod.ts";
import { loadClientTaxonomy } from "../lib/profile/mod.ts";
import { runCli } from "./_cli.ts";

const VALUED = [
  "baseline",
  "baseline-format",
  "mapping",
  "utc-offset",
  "period",
  "languages",
  "seed",
  "rounds",
  "folds",
  "taxonomy",
];

const USAGE = "Usage: deno task compare <release> --baseline <release | " +
  "twarc2/v1 JSONL | CSV --mapping file.json> [--utc-offset H] [--json]";

/** Default UTC offset: Venezuela (the demo baseline) since May 2016. */
const DEFAULT_UTC_OFFSET = -4;

function number(
  name: string,
  value: string | undefined,
  check: (n: number) => boolean,
  rule: string,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !check(n)) {
    throw new TypeError(`Reading --${name}: not ${rule}: ${value}`);
  }
  return n;
}

await runCli("compare", async (args) => {
  const cache = !args.flags.has("no-cache");
  const baselineSource = args.options.get("baseline");
  if (baselineSource === undefined) {
    throw new TypeError(`No baseline given (--baseline). ${USAGE}`);
  }
  const formatText = args.options.get("baseline-format");
  if (
    formatText !== undefined &&
    !(BASELINE_FORMATS as readonly string[]).includes(formatText)
  ) {
    throw new TypeError(
      `Reading --baseline-format: unknown format: ${formatText}. Use one of ${
        BASELINE_FORMATS.join(", ")
      }.`,
    );
  }
  const mapping = args.options.get("mapping");
  const utcText = args.options.get("utc-offset");
  const utcOffset = number(
    "utc-offset",
    utcText,
    Number.isFinite,
    "a number of hours",
  ) ?? DEFAULT_UTC_OFFSET;
  const seed = number(
    "seed",
    args.options.get("seed"),
    (n) => Number.isSafeInteger(n) && n >= 0,
    "a non-negative integer",
  ) ?? 20190101;
  const rounds = number(
    "rounds",
    args.options.get("rounds"),
    (n) => Number.isSafeInteger(n) && n >= 1,
    "a positive integer",
  ) ?? 1000;
  const folds = number(
    "folds",
    args.options.get("folds"),
    (n) => Number.isSafeInteger(n) && n >= 2,
    "an integer ≥ 2",
  ) ?? 5;

  const release = await loadRelease(
    args.positional.length === 1 ? args.positional[0] : args.positional,
    { cache },
  );
  const format: BaselineFormat = (formatText as BaselineFormat | undefined) ??
    await detectBaselineFormat(baselineSource, mapping !== undefined);
  let baseline = await loadBaseline(baselineSource, {
    format,
    mapping,
    cache,
  });
  const period = args.options.get("period");
  if (period !== undefined) {
    const [start, end, ...rest] = period.split("..");
    if (!start || !end || rest.length > 0) {
      throw new TypeError(
        `Reading --period: not START..END: ${period}. Give e.g. 2018-06-01..2019-02-01.`,
      );
    }
    baseline = restrictToPeriod(baseline, start, end);
  }
  const languagesText = args.options.get("languages");
  const languages = languagesText?.split(",").map((s) => s.trim()).filter(
    (s) => s !== "",
  );
  if (languages !== undefined) {
    baseline = restrictToLanguages(baseline, languages);
  }

  const result = await compareReleases(release, baseline, {
    taxonomy: await loadClientTaxonomy(args.options.get("taxonomy")),
    utcOffset,
    seed,
    rounds,
    folds,
  });
  const source = utcText === undefined ? "default" : "given";
  if (args.flags.has("json")) {
    return JSON.stringify(
      {
        ...comparisonJson(result),
        utc_offset_source: source,
        baseline_format: format,
        matching: { period: period ?? null, languages: languages ?? null },
      },
      null,
      2,
    );
  }
  return comparisonText(result) +
    (source === "default"
      ? `\n(local time at the default UTC${DEFAULT_UTC_OFFSET}, Venezuela; pass --utc-offset for another baseline)`
      : "");
}, VALUED);
