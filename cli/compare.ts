/**
 * `./lab compare <release> --baseline <source> [--baseline-format F]
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
 * - `--utc-offset`: hours added to UTC for local time in both groups
 *   (`comparisonUtcOffset`); default the baseline's known offset,
 *   `--baseline-utc-offset` (−4: Venezuela since May 2016, the demo's
 *   baseline; −4.5 before); the JSON says `utc_offset_source` `default` or
 *   `given`.
 * - `--period START..END` (ISO dates or times, UTC, END exclusive) and
 *   `--languages a,b`: restrict the baseline's tweets (and its accounts to
 *   those with a kept tweet) to match the release.
 * - `--seed` (default 20190101, as the notebooks), `--rounds` (bootstrap
 *   rounds and permutations, default 1000), `--folds` (default 5).
 * - `--utc-offset` and `--seed` are study parameters: also read from
 *   `TAKEDOWN_UTC_OFFSET` and `TAKEDOWN_SEED` (a flag wins). Every option:
 *   `./lab compare --help`.
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
  compareReleases,
  comparisonJson,
  comparisonText,
  comparisonUtcOffset,
  utcOffsetLabel,
} from "../lib/compare/mod.ts";
import {
  BASELINE_FORMATS,
  type BaselineFormat,
  detectBaselineFormat,
  loadBaseline,
  loadRelease,
  restrictToLanguages,
  restrictToPeriod,
} from "../lib/io/mod.ts";
import { loadClientTaxonomy } from "../lib/profile/mod.ts";
import {
  type CommandSpec,
  numberOption,
  type ParsedCommand,
  releaseSource,
  runCommand,
  UsageError,
} from "./_cli.ts";

/** Default UTC offset: Venezuela (the demo baseline) since May 2016. */

/** The command's arguments. */
export const COMPARE = {
  name: "compare",
  summary: "Compares a release (group A) with a baseline (group B) account " +
    "by account: metric table (KS, Mann–Whitney, Cliff's delta with a " +
    "bootstrap CI, BH q), hour / weekday / client distributions, and the " +
    "cross-validated AUC of a logistic regression " +
    "(lib/compare/compare_releases.ts).",
  args: { usage: "<release folder | name | files…>", min: 1 },
  options: {
    baseline: {
      type: "string",
      arg: "SOURCE",
      doc: "required: a release folder or name, release CSV files, twarc2 " +
        "or v1.1 JSON lines, or a CSV with --mapping",
    },
    "baseline-format": {
      type: "string",
      arg: BASELINE_FORMATS.join("|"),
      defaultText: "detected from the file",
      doc: "the baseline's format",
    },
    mapping: {
      type: "string",
      arg: "FILE",
      doc: "mapping file of a CSV baseline (data/baselines/README.md)",
    },
    period: {
      type: "string",
      arg: "START..END",
      doc: "keep the baseline's tweets in [START, END) (ISO dates or times, " +
        "UTC)",
    },
    languages: {
      type: "string",
      arg: "a,b",
      doc: "keep the baseline's tweets in these languages",
    },
    rounds: {
      type: "string",
      arg: "N",
      default: "1000",
      doc: "bootstrap rounds per metric and permutations per variable",
    },
    folds: {
      type: "string",
      arg: "N",
      default: "5",
      doc: "cross-validation folds of the separability AUC",
    },
    taxonomy: {
      type: "string",
      arg: "FILE",
      defaultText: "data/client_taxonomy.csv",
      doc: "client taxonomy CSV",
    },
  },
  study: ["utc_offset", "baseline_utc_offset", "seed"],
  studyDocs: {
    utc_offset: "the local clock of both groups in hours from UTC; none: " +
      "the baseline's (--baseline-utc-offset; the JSON's utc_offset_source " +
      "says default or given)",
  },
} as const satisfies CommandSpec;

type Compare = ParsedCommand<typeof COMPARE>;

/** `--baseline-format` checked (undefined: detect it). */
function givenFormat(given: string | undefined): BaselineFormat | undefined {
  if (
    given !== undefined &&
    !(BASELINE_FORMATS as readonly string[]).includes(given)
  ) {
    throw new UsageError(
      `Read --baseline-format: unknown format: ${given}. Give one of ${
        BASELINE_FORMATS.join(", ")
      }.`,
    );
  }
  return given as BaselineFormat | undefined;
}

/** `--period START..END` as its two ends. */
function periodEnds(period: string): [string, string] {
  const [start, end, ...rest] = period.split("..");
  if (!start || !end || rest.length > 0) {
    throw new UsageError(
      `Read --period: not START..END: ${period}. Give e.g. 2018-06-01..2019-02-01.`,
    );
  }
  return [start, end];
}

/** `--languages a,b` as a list (absent: undefined). */
function languageList(text: string | undefined): string[] | undefined {
  return text?.split(",").map((s) => s.trim()).filter((s) => s !== "");
}

/** The comparison's numeric options, checked before anything is loaded. */
function comparisonNumbers(cmd: Compare) {
  const { values, params } = cmd;
  const whole = (min: number) => (n: number) =>
    Number.isSafeInteger(n) && n >= min;
  return {
    utcOffset: comparisonUtcOffset(params),
    seed: params.seed,
    rounds: numberOption(
      "rounds",
      values.rounds,
      whole(1),
      "a whole number ≥ 1",
    )!,
    folds: numberOption("folds", values.folds, whole(2), "a whole number ≥ 2")!,
  };
}

async function compare(cmd: Compare): Promise<string> {
  const { values, cache } = cmd;
  if (values.baseline === undefined) {
    throw new UsageError(
      "Read --baseline: no baseline given: nothing. Give --baseline <release " +
        "| twarc2/v1 JSONL | CSV --mapping file.json>; ./lab compare --help " +
        "lists every option.",
    );
  }
  const given = givenFormat(values["baseline-format"]);
  const numbers = comparisonNumbers(cmd);
  const period = values.period === undefined
    ? undefined
    : periodEnds(values.period);
  const languages = languageList(values.languages);
  const release = await loadRelease(releaseSource(cmd.positionals), { cache });
  const format = given ??
    await detectBaselineFormat(values.baseline, values.mapping !== undefined);
  let baseline = await loadBaseline(values.baseline, {
    format,
    mapping: values.mapping,
    cache,
  });
  if (period) baseline = restrictToPeriod(baseline, ...period);
  if (languages) baseline = restrictToLanguages(baseline, languages);
  const result = await compareReleases(release, baseline, {
    taxonomy: await loadClientTaxonomy(values.taxonomy),
    ...numbers,
  });
  const source = cmd.params.utc_offset === null ? "default" : "given";
  if (cmd.json) {
    return JSON.stringify(
      {
        ...comparisonJson(result),
        utc_offset_source: source,
        baseline_format: format,
        matching: {
          period: values.period ?? null,
          languages: languages ?? null,
        },
      },
      null,
      2,
    );
  }
  return comparisonText(result) +
    (source === "default"
      ? `\n(local time at the baseline's UTC${
        utcOffsetLabel(cmd.params.baseline_utc_offset)
      }; pass --utc-offset or --baseline-utc-offset for another clock)`
      : "");
}

if (import.meta.main) await runCommand(COMPARE, compare);
