/**
 * The study's parameters: one typed set, read the same way by every
 * notebook and every command, and recorded whole in `manifest.json`.
 *
 * Each parameter has a command-line flag and an environment variable.
 * `./lab reproduce --utc-offset -4.5` passes it to the notebooks as
 * `TAKEDOWN_UTC_OFFSET=-4.5`; in an interactive Jupyter session set the
 * variable yourself. A flag wins over the variable, the variable over the
 * default. {@linkcode STUDY_PARAMETERS} lists them with their meanings.
 *
 * @module
 */
import { join, resolve } from "node:path";
import { PROJECT_ROOT, releaseName } from "../io/mod.ts";

/** Parameters of one study run (notebooks and commands). */
export interface StudyParams {
  /** Release to study: `demo`, a name, or a path (see `resolveRelease`). */
  release: string;
  /**
   * Organic comparison: a release (same forms as `release`) or a twarc2 /
   * API v1.1 JSON-lines capture (format detected, see `loadBaseline`).
   */
  baseline: string;
  /** Absolute output folder; steps write `figures/`, `tables/`, `networks/` in it. */
  out: string;
  /** Seed for every random draw (a non-negative safe integer). */
  seed: number;
  /**
   * The studied sets' local clock, hours added to UTC (quarter hours
   * allowed: −4.5 is Venezuela before May 2016). `null`: inferred from each
   * set's posting rhythm where a step infers it, else the baseline's.
   */
  utc_offset: number | null;
  /** The baseline accounts' local clock, hours added to UTC. */
  baseline_utc_offset: number;
  /**
   * Screen name of an account whose audience a step follows (notebook 06:
   * who amplifies it). `null`: the demo's ministry on the demo, none
   * otherwise.
   */
  actor: string | null;
  /** Coordination window Δ in seconds: actions within Δ of each other co-occur. */
  window_s: number;
  /** Minimum number of co-occurrences for a coordination edge. */
  min_repeat: number;
  /** Error rate of every multiple-testing correction (BH q, Holm). */
  alpha: number;
  /** Fewest tweets an account needs for per-account timing statistics. */
  min_tweets: number;
}

/** How one parameter is read, checked and documented. */
export interface ParameterSpec {
  /** Field of {@linkcode StudyParams}. */
  name: keyof StudyParams;
  /** Command-line flag, without the leading `--`. */
  flag: string;
  /** Environment variable. */
  env: string;
  /** Default, as text (`""` for none). */
  default: string;
  /** What it means, for the parameters cell and `--help`. */
  doc: string;
  /** Text to value; throws `RangeError` naming what is expected. */
  parse: (text: string) => StudyParams[keyof StudyParams];
}

/** The default seed: 2019-01-01, the month of the first Venezuela release. */
export const DEFAULT_SEED = 20190101;

function integer(min: number): (text: string) => number {
  return (text) => {
    const n = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < min) {
      throw new RangeError(`expected a whole number ≥ ${min}`);
    }
    return n;
  };
}

function offset(text: string): number {
  const n = Number(text);
  if (text.trim() === "" || !Number.isFinite(n) || n < -12 || n > 14) {
    throw new RangeError("expected hours between -12 and 14, such as -4");
  }
  if (!Number.isInteger(n * 4)) {
    throw new RangeError("expected whole, half or quarter hours, such as -4.5");
  }
  return n;
}

function probability(text: string): number {
  const n = Number(text);
  if (text.trim() === "" || !(n > 0 && n < 1)) {
    throw new RangeError("expected a number between 0 and 1, such as 0.05");
  }
  return n;
}

function text(value: string): string {
  if (value.trim() === "") throw new RangeError("expected a non-empty value");
  return value;
}

/** Every study parameter, in the order the parameters cell shows them. */
export const STUDY_PARAMETERS: readonly ParameterSpec[] = [
  {
    name: "release",
    flag: "release",
    env: "TAKEDOWN_RELEASE",
    default: "demo",
    doc: "release to study: demo, a folder name under data/raw/, or a path",
    parse: text,
  },
  {
    name: "baseline",
    flag: "baseline",
    env: "TAKEDOWN_BASELINE",
    default: "demo_organic",
    doc:
      "organic comparison: a release (same forms as release) or a twarc2 / " +
      "v1.1 JSON-lines file",
    parse: text,
  },
  {
    name: "out",
    flag: "out",
    env: "TAKEDOWN_OUT",
    default: "outputs/interactive/<release>",
    doc: "output folder (relative paths are relative to the project)",
    parse: text,
  },
  {
    name: "seed",
    flag: "seed",
    env: "TAKEDOWN_SEED",
    default: String(DEFAULT_SEED),
    doc: "seed of every random draw (bootstraps, permutations, samples)",
    parse: integer(0),
  },
  {
    name: "utc_offset",
    flag: "utc-offset",
    env: "TAKEDOWN_UTC_OFFSET",
    default: "",
    doc:
      "the sets' local clock in hours from UTC; empty: inferred where a step " +
      "infers it, else the baseline's",
    parse: offset,
  },
  {
    name: "baseline_utc_offset",
    flag: "baseline-utc-offset",
    env: "TAKEDOWN_BASELINE_UTC_OFFSET",
    default: "-4",
    doc: "the baseline's local clock in hours from UTC (Venezuela: -4 since " +
      "May 2016, -4.5 before)",
    parse: offset,
  },
  {
    name: "actor",
    flag: "actor",
    env: "TAKEDOWN_ACTOR",
    default: "",
    doc:
      "screen name of an account whose amplifiers are followed; empty: the " +
      "demo's ministry on the demo, none otherwise",
    parse: (value) => text(value).replace(/^@/, ""),
  },
  {
    name: "window_s",
    flag: "window",
    env: "TAKEDOWN_WINDOW",
    default: "60",
    doc: "coordination window in seconds",
    parse: integer(0),
  },
  {
    name: "min_repeat",
    flag: "min-repeat",
    env: "TAKEDOWN_MIN_REPEAT",
    default: "2",
    doc: "co-occurrences needed for a coordination edge",
    parse: integer(1),
  },
  {
    name: "alpha",
    flag: "alpha",
    env: "TAKEDOWN_ALPHA",
    default: "0.05",
    doc: "error rate of multiple-testing corrections (BH, Holm)",
    parse: probability,
  },
  {
    name: "min_tweets",
    flag: "min-tweets",
    env: "TAKEDOWN_MIN_TWEETS",
    default: "10",
    doc: "fewest tweets for per-account timing statistics",
    parse: integer(2),
  },
];

/** Where parameter values come from; flags win over the environment. */
export interface ParamSources {
  /** Environment variables (default: the process environment). */
  env?: Record<string, string | undefined>;
  /** Command-line values by flag name (without `--`), e.g. from `parseArgs`. */
  flags?: Record<string, string | undefined>;
}

/**
 * Reads and checks the study parameters: each from its flag, else its
 * environment variable, else its default.
 *
 * @param sources Flags and environment.
 * @returns The parameters; `out` absolute.
 * @throws {RangeError} On an invalid value, naming the flag, the variable,
 *   the value and what is expected.
 *
 * @example Defaults
 * ```ts
 * import { studyParams } from "./params.ts";
 * import { PROJECT_ROOT } from "../io/mod.ts";
 * import { equal } from "node:assert/strict";
 * const p = studyParams({ env: {} });
 * equal(p.release, "demo");
 * equal(p.out, `${PROJECT_ROOT}/outputs/interactive/demo`);
 * equal(p.utc_offset, null);
 * equal(p.baseline_utc_offset, -4);
 * ```
 *
 * @example A flag wins over the environment
 * ```ts
 * import { studyParams } from "./params.ts";
 * import { equal, throws } from "node:assert/strict";
 * const p = studyParams({
 *   env: { TAKEDOWN_SEED: "7", TAKEDOWN_UTC_OFFSET: "-4" },
 *   flags: { "utc-offset": "-4.5" },
 * });
 * equal(p.seed, 7);
 * equal(p.utc_offset, -4.5);
 * throws(() => studyParams({ env: { TAKEDOWN_SEED: "x" } }), /TAKEDOWN_SEED/);
 * ```
 */
export function studyParams(sources: ParamSources = {}): StudyParams {
  const env = sources.env ?? Deno.env.toObject();
  const flags = sources.flags ?? {};
  const out: Record<string, unknown> = {};
  for (const spec of STUDY_PARAMETERS) {
    const given = flags[spec.flag] ?? env[spec.env];
    const raw = given === undefined || given === "" ? spec.default : given;
    if (spec.name === "out" || raw === "") {
      out[spec.name] = raw === "" ? null : raw;
      continue;
    }
    try {
      out[spec.name] = spec.parse(raw);
    } catch (e) {
      throw new RangeError(
        `Read the ${spec.name} parameter (--${spec.flag} or ${spec.env}): ` +
          `${(e as Error).message}, got: ${raw}.`,
      );
    }
  }
  const given = flags.out ?? env.TAKEDOWN_OUT;
  out.out = given ? resolve(PROJECT_ROOT, given) : join(
    PROJECT_ROOT,
    "outputs",
    "interactive",
    releaseName(out.release as string),
  );
  return out as unknown as StudyParams;
}

/**
 * The environment variables that carry `params` to a notebook kernel
 * (empty values for `null`).
 *
 * @example
 * ```ts
 * import { paramsEnv, studyParams } from "./params.ts";
 * import { equal } from "node:assert/strict";
 * const env = paramsEnv(studyParams({ env: { TAKEDOWN_WINDOW: "30" } }));
 * equal(env.TAKEDOWN_WINDOW, "30");
 * equal(env.TAKEDOWN_UTC_OFFSET, "");
 * ```
 */
export function paramsEnv(params: StudyParams): Record<string, string> {
  return Object.fromEntries(
    STUDY_PARAMETERS.map((s) => [s.env, String(params[s.name] ?? "")]),
  );
}

/** One row of the parameters table a notebook shows. */
export interface ParameterRow {
  parameter: string;
  value: string;
  flag: string;
  variable: string;
  meaning: string;
}

/**
 * The parameters as table rows, for a notebook's parameters cell. `out` is
 * left out: it is where the rows are saved, and a run writes into a
 * temporary folder first.
 */
export function parameterRows(params: StudyParams): ParameterRow[] {
  return STUDY_PARAMETERS.filter((s) => s.name !== "out").map((s) => ({
    parameter: s.name,
    value: params[s.name] === null ? "(none)" : String(params[s.name]),
    flag: `--${s.flag}`,
    variable: s.env,
    meaning: s.doc,
  }));
}

/**
 * The parameters as recorded in `manifest.json`: every field, `out` left
 * out (it is where the manifest itself lives).
 */
export function manifestParams(
  params: StudyParams,
): Omit<StudyParams, "out"> {
  const { out: _out, ...rest } = params;
  return rest;
}
