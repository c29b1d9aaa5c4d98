/**
 * The command line's one argument parser, one set of common flags and one
 * error voice, shared by every `./lab` command in `cli/`.
 *
 * A command declares itself once, as a {@linkcode CommandSpec}: its
 * positional arguments, its own options (name, type, doc, default) and the
 * study parameters it reads, by their {@linkcode StudyParams} field. The
 * parser (`node:util` `parseArgs`, strict) then gives every command the same
 * behaviour:
 *
 * - `--json`, `--no-cache` and `--help` (`-h`) are accepted everywhere.
 *   `--help` prints the command's usage with every option and its default.
 * - Study parameters take the flags of `./lab reproduce` (`--utc-offset`,
 *   `--seed`, `--min-tweets`, …; see `lib/study/params.ts`) and are read
 *   with `studyParams({ flags, env })`: a flag wins over its `TAKEDOWN_*`
 *   variable, which wins over the default.
 * - An unknown flag, a missing or bad value, a missing argument is a usage
 *   error ({@linkcode UsageError}): exit status 2, with a message that names
 *   the flag and the value and says what to give (an unknown flag lists the
 *   valid ones). Any other error is a failure: exit status 1 (or the
 *   error's `exitCode`).
 * - Messages go to stderr as `<command>: <what failed>: <value>. <what to
 *   do>`, never a stack trace. Output goes to stdout.
 *
 * A command file:
 *
 * ```ts ignore
 * import { type CommandSpec, runCommand, UsageError } from "./_cli.ts";
 *
 * const SPEC = {
 *   name: "coordinate",
 *   summary: "Co-action network of a release or a CooRTweet table.",
 *   args: { usage: "<release | files… | CooRTweet csv>", min: 1 },
 *   options: {
 *     mode: { type: "string", arg: "MODE", default: "retweet", doc: "retweet, hashtag, url, domain, text or reply" },
 *     out: { type: "string", arg: "DIR", doc: "write GEXF, GraphML, CSV and Parquet here" },
 *   },
 *   study: ["window_s", "min_repeat"],          // --window, --min-repeat
 * } as const satisfies CommandSpec;
 *
 * if (import.meta.main) {
 *   await runCommand(SPEC, async (cmd) => {
 *     // cmd.positionals, cmd.values.mode ("retweet" unless given),
 *     // cmd.values.out (string | undefined), cmd.params.window_s (number),
 *     // cmd.json, cmd.cache
 *     if (!["retweet", "hashtag"].includes(cmd.values.mode)) {
 *       throw new UsageError(`Read --mode: unknown mode: ${cmd.values.mode}. Give retweet or hashtag.`);
 *     }
 *     return cmd.json ? JSON.stringify({}) : "text";   // printed on stdout
 *   });
 * }
 * ```
 *
 * When the command must know whether a flag was given (coordinate's
 * `--mode` on a CooRTweet table), leave `default` out and write
 * `defaultText: "retweet"` for `--help`; the value is then `undefined` when
 * absent. Helpers: {@linkcode numberOption} (a checked number),
 * {@linkcode releaseSource} (one positional or several files),
 * {@linkcode CommandError} (a failure with its own exit status, such as 130).
 * For tests, {@linkcode parseCommand} parses without exiting and
 * {@linkcode usageText} builds the `--help` text.
 *
 * @module
 */
import { parseArgs as nodeParseArgs } from "node:util";
import {
  type ParameterSpec,
  STUDY_PARAMETERS,
  type StudyParams,
  studyParams,
} from "../lib/study/mod.ts";

/** One option of a command: how it is parsed and how `--help` shows it. */
export interface OptionSpec {
  /** `string` takes a value (`--name VALUE` or `--name=VALUE`); `boolean` does not. */
  type: "string" | "boolean";
  /** What it means, one line, for `--help`. */
  doc: string;
  /** Default of a `string` option, used when the flag is absent. */
  default?: string;
  /**
   * What `--help` shows as the default when it is not a literal value
   * (e.g. `the project's data/raw`); the command applies it.
   */
  defaultText?: string;
  /** Placeholder of the value in `--help` (default `VALUE`). */
  arg?: string;
}

/** Everything a command declares about its arguments. */
export interface CommandSpec {
  /** The command's name (`./lab <name>`), the prefix of its messages. */
  name: string;
  /** What it does, for `--help` (wrapped; paragraphs separated by a blank line). */
  summary: string;
  /** Positional arguments; absent: none allowed. */
  args?: {
    /** How `--help` shows them, e.g. `<release | files…>`. */
    usage: string;
    /** Fewest positionals. */
    min: number;
    /** Most positionals (default: any number). */
    max?: number;
  };
  /** The command's own options (not the common ones, not study parameters). */
  options?: Readonly<Record<string, OptionSpec>>;
  /** Study parameters the command reads, by field (flags from `STUDY_PARAMETERS`). */
  study?: readonly (keyof StudyParams)[];
  /** What a study parameter means for this command, replacing its general doc. */
  studyDocs?: Readonly<Partial<Record<keyof StudyParams, string>>>;
  /** What `--json` / `--no-cache` mean here, when not the usual. */
  common?: Readonly<Partial<Record<"json" | "no-cache", string>>>;
  /** Lines shown at the end of `--help` (examples, notes). */
  epilog?: string;
  /** How a user runs it (default `./lab <name>`). */
  invocation?: string;
  /**
   * The file `deno run -A` runs (default `cli/<name>.ts`); null when the
   * invocation already is one.
   */
  script?: string | null;
}

/** How a user runs the command, as messages and `--help` name it. */
function invocation(spec: CommandSpec): string {
  return spec.invocation ?? `./lab ${spec.name}`;
}

/** Values of a command's own options: booleans, strings, `undefined` when absent without default. */
export type OptionValues<S extends CommandSpec> = S["options"] extends
  Readonly<Record<string, OptionSpec>> ? {
    [K in keyof S["options"]]: S["options"][K] extends { type: "boolean" }
      ? boolean
      : S["options"][K] extends { default: string } ? string
      : string | undefined;
  }
  : Record<string, never>;

/** A parsed command line. */
export interface ParsedCommand<S extends CommandSpec> {
  /** Positional arguments, in order. */
  positionals: string[];
  /** The command's own options, defaults applied. */
  values: OptionValues<S>;
  /**
   * The study parameters: those the command declares from their flags,
   * `TAKEDOWN_*` variables or defaults; the others at their defaults.
   */
  params: StudyParams;
  /** `--json` was given. */
  json: boolean;
  /** Use the Parquet cache: `--no-cache` was not given. */
  cache: boolean;
  /** `--help` (or `-h`) was given; nothing else was checked. */
  help: boolean;
}

/**
 * A usage error: a bad command line. Exit status 2. The message names the
 * flag or argument, the value after a colon, and what to give.
 */
export class UsageError extends TypeError {
  /** Exit status of a usage error. */
  readonly exitCode = 2;
  override name = "UsageError";
}

/** The flags every command accepts, with their usual meaning. */
export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  json: { type: "boolean", doc: "print exactly one JSON object on stdout" },
  "no-cache": {
    type: "boolean",
    doc: "read the release files themselves, not their typed Parquet " +
      "copies in .cache/",
  },
  help: { type: "boolean", doc: "print this text and exit" },
};

/** Value placeholders of the study parameters in `--help`. */
const STUDY_ARGS: Partial<Record<keyof StudyParams, string>> = {
  release: "NAME|PATH",
  baseline: "NAME|PATH",
  out: "DIR",
  seed: "N",
  utc_offset: "H",
  baseline_utc_offset: "H",
  actor: "NAME",
  window_s: "S",
  min_repeat: "K",
  alpha: "P",
  min_tweets: "N",
};

function studySpecs(spec: CommandSpec): ParameterSpec[] {
  return (spec.study ?? []).map((name) => {
    const found = STUDY_PARAMETERS.find((p) => p.name === name);
    if (!found) throw new Error(`${spec.name}: no study parameter ${name}`);
    return found;
  });
}

/** Every flag of a command: own, study parameters, common; name → spec. */
function allOptions(spec: CommandSpec): Record<string, OptionSpec> {
  const out: Record<string, OptionSpec> = { ...spec.options };
  for (const p of studySpecs(spec)) {
    if (p.flag in out) {
      throw new Error(`${spec.name}: option --${p.flag} is a study parameter`);
    }
    out[p.flag] = {
      type: "string",
      doc: spec.studyDocs?.[p.name] ?? p.doc,
      arg: STUDY_ARGS[p.name],
    };
  }
  for (const [name, o] of Object.entries(COMMON_OPTIONS)) {
    if (name in out) {
      throw new Error(`${spec.name}: option --${name} is a common flag`);
    }
    out[name] = o;
  }
  return out;
}

/** `--a, --b and --c`. */
function flagList(names: string[]): string {
  const flags = names.map((n) => `--${n}`);
  return flags.length < 2
    ? flags.join("")
    : `${flags.slice(0, -1).join(", ")} and ${flags.at(-1)}`;
}

/** A value that reads as a negative number (taken as a value, not a flag). */
const NEGATIVE = /^-(\d|\.\d)/;

function missingValue(
  spec: CommandSpec,
  name: string,
  option: OptionSpec,
  next: string | undefined,
): UsageError {
  return new UsageError(
    `Read --${name}: it needs a value, got: ${next ?? "nothing"}. Give ` +
      `--${name} ${option.arg ?? "VALUE"} (write --${name}=VALUE for a value ` +
      `that starts with -); ${invocation(spec)} --help explains it.`,
  );
}

/**
 * Checks the flags the way strict `parseArgs` would, but with messages in
 * the project's voice, and joins `--name -4` into `--name=-4` (strict
 * `parseArgs` calls a value starting with `-` ambiguous).
 */
function normalize(
  spec: CommandSpec,
  options: Record<string, OptionSpec>,
  args: string[],
): string[] {
  const out: string[] = [];
  const help = `Run ${invocation(spec)} --help for what each does.`;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      out.push(...args.slice(i));
      break;
    }
    if (arg === "-h") {
      out.push("--help");
      continue;
    }
    if (!arg.startsWith("-") || arg === "-" || NEGATIVE.test(arg)) {
      out.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(
      arg.startsWith("--") ? 2 : 1,
      eq < 0 ? undefined : eq,
    );
    const option = arg.startsWith("--") ? options[name] : undefined;
    if (!option) {
      throw new UsageError(
        `Read the options: unknown flag: ${
          arg.slice(0, eq < 0 ? undefined : eq)
        }. ` +
          `Give one of ${flagList(Object.keys(options))}. ${help}`,
      );
    }
    if (option.type === "boolean") {
      if (eq >= 0) {
        throw new UsageError(
          `Read --${name}: it takes no value, got: ${arg}. Give --${name} alone.`,
        );
      }
      out.push(arg);
      continue;
    }
    if (eq >= 0) {
      out.push(arg);
      continue;
    }
    const value = args[i + 1];
    if (
      value === undefined ||
      (value.startsWith("-") && value !== "-" && !NEGATIVE.test(value))
    ) {
      throw missingValue(spec, name, option, value);
    }
    out.push(`--${name}=${value}`);
    i++;
  }
  return out;
}

/** Checks each declared study parameter where it came from, in the project's voice. */
function checkStudyValues(
  specs: ParameterSpec[],
  flags: Record<string, string | undefined>,
  env: Record<string, string | undefined>,
): void {
  for (const p of specs) {
    const fromFlag = flags[p.flag] !== undefined;
    const raw = fromFlag ? flags[p.flag] : env[p.env];
    if (raw === undefined || raw === "" || p.name === "out") continue;
    try {
      p.parse(raw);
    } catch (e) {
      const what = (e as Error).message;
      throw new UsageError(
        fromFlag
          ? `Read --${p.flag}: ${what}, got: ${raw}. Give --${p.flag} ` +
            `${STUDY_ARGS[p.name] ?? "VALUE"}${
              p.default ? `; the default is ${p.default}` : ""
            }.`
          : `Read ${p.env} (the --${p.flag} parameter): ${what}, got: ${raw}. ` +
            `Fix the variable, or give --${p.flag}, which wins over it.`,
      );
    }
  }
}

function checkPositionals(spec: CommandSpec, positionals: string[]): void {
  const args = spec.args;
  const help = `Run ${invocation(spec)} --help.`;
  if (!args && positionals.length > 0) {
    throw new UsageError(
      `Read the arguments: ${spec.name} takes only flags, got: ` +
        `${positionals.join(" ")}. ${help}`,
    );
  }
  if (!args) return;
  if (positionals.length < args.min) {
    throw new UsageError(
      `Read the arguments: missing ${args.usage}, got: ${
        positionals.length === 0 ? "nothing" : positionals.join(" ")
      }. Give ${invocation(spec)} ${args.usage} [options]. ${help}`,
    );
  }
  if (args.max !== undefined && positionals.length > args.max) {
    throw new UsageError(
      `Read the arguments: expected ${args.usage}, got: ` +
        `${positionals.join(" ")}. Give ${
          args.max === 1 ? "one" : args.max
        }; ` +
        `quote a path with spaces. ${help}`,
    );
  }
}

/**
 * Parses a command line against a command's declaration. Does not exit and
 * does not print.
 *
 * @param spec The command's declaration.
 * @param args The arguments (without the program), e.g. `Deno.args`.
 * @param env Environment variables for the study parameters (default: the
 *   process environment; only the declared parameters' variables are read).
 * @returns The parsed command line; when `help` is true nothing else was
 *   checked.
 * @throws {UsageError} On an unknown flag, a missing or bad value, or
 *   missing or extra positional arguments.
 *
 * @example
 * ```ts
 * import { parseCommand, type CommandSpec } from "./_cli.ts";
 * import { equal, throws } from "node:assert/strict";
 * const spec = {
 *   name: "demo",
 *   summary: "An example.",
 *   args: { usage: "<release>", min: 1, max: 1 },
 *   options: { taxonomy: { type: "string", doc: "client taxonomy CSV", arg: "FILE" } },
 *   study: ["utc_offset", "seed"],
 * } as const satisfies CommandSpec;
 * const cmd = parseCommand(spec, ["x", "--utc-offset", "-4.5", "--no-cache"], {});
 * equal(cmd.positionals[0], "x");
 * equal(cmd.params.utc_offset, -4.5);
 * equal(cmd.params.seed, 20190101);
 * equal(cmd.values.taxonomy, undefined);
 * equal(cmd.cache, false);
 * equal(parseCommand(spec, ["x"], { TAKEDOWN_SEED: "7" }).params.seed, 7);
 * throws(() => parseCommand(spec, ["x", "--bogus"], {}), /unknown flag: --bogus\. Give one of --taxonomy/);
 * throws(() => parseCommand(spec, ["x", "--seed", "x"], {}), /Read --seed: .*got: x/);
 * ```
 */
export function parseCommand<const S extends CommandSpec>(
  spec: S,
  args: readonly string[],
  env: Record<string, string | undefined> = Deno.env.toObject(),
): ParsedCommand<S> {
  const options = allOptions(spec);
  const normalized = normalize(spec, options, [...args]);
  const parsed = nodeParseArgs({
    args: normalized,
    options: Object.fromEntries(
      Object.entries(options).map(([k, o]) => [k, { type: o.type }]),
    ),
    strict: true,
    allowPositionals: true,
  });
  const v = parsed.values as Record<string, string | boolean | undefined>;
  const base = { json: v.json === true, cache: v["no-cache"] !== true };
  const specs = studySpecs(spec);
  if (v.help === true) {
    return {
      ...base,
      positionals: parsed.positionals,
      values: {} as OptionValues<S>,
      params: studyParams({ env: {} }),
      help: true,
    };
  }
  const flags = Object.fromEntries(
    specs.map((p) => [p.flag, v[p.flag] as string | undefined]),
  );
  const studyEnv = Object.fromEntries(specs.map((p) => [p.env, env[p.env]]));
  checkStudyValues(specs, flags, studyEnv);
  checkPositionals(spec, parsed.positionals);
  const values: Record<string, string | boolean | undefined> = {};
  for (const [name, o] of Object.entries(spec.options ?? {})) {
    values[name] = o.type === "boolean"
      ? v[name] === true
      : v[name] ?? o.default;
  }
  return {
    ...base,
    positionals: parsed.positionals,
    values: values as OptionValues<S>,
    params: studyParams({ flags, env: studyEnv }),
    help: false,
  };
}

/** `text` wrapped at 78 columns, each line indented by `indent`. */
function wrap(text: string, indent: string): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && indent.length + line.length + 1 + word.length > 78) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, indent + line].join("\n");
}

function optionLines(name: string, o: OptionSpec, extra: string): string {
  const head = `  --${name}${
    o.type === "string" ? ` ${o.arg ?? "VALUE"}` : ""
  }`;
  return `${head}\n${wrap(o.doc + extra, "      ")}`;
}

/**
 * The `--help` text of a command: usage, summary, and every option with its
 * default (study parameters with their variable too).
 *
 * @example
 * ```ts
 * import { usageText } from "./_cli.ts";
 * import { match } from "node:assert/strict";
 * const text = usageText({ name: "x", summary: "Does x.", study: ["seed"] });
 * match(text, /^Usage: \.\/lab x \[options\]/);
 * match(text, /--seed N\n[^]*\(TAKEDOWN_SEED; default: 20190101\)/);
 * match(text, /--no-cache/);
 * ```
 */
export function usageText(spec: CommandSpec): string {
  const own = Object.entries(spec.options ?? {}).map(([name, o]) =>
    optionLines(
      name,
      o,
      o.type === "string"
        ? ` (default: ${o.default ?? o.defaultText ?? "none"})`
        : "",
    )
  );
  const options = allOptions(spec);
  const study = studySpecs(spec).map((p) =>
    optionLines(
      p.flag,
      options[p.flag],
      ` (${p.env}; default: ${p.default || "none"})`,
    )
  );
  const common = Object.entries(COMMON_OPTIONS).map(([name, o]) =>
    optionLines(name, {
      ...o,
      doc: spec.common?.[name as "json" | "no-cache"] ?? o.doc,
    }, "")
  );
  const script = spec.script === undefined
    ? `cli/${spec.name}.ts`
    : spec.script;
  return [
    `Usage: ${invocation(spec)}${
      spec.args ? ` ${spec.args.usage}` : ""
    } [options]`,
    ...(script === null ? [] : [`   (or: deno run -A ${script} …)`]),
    "",
    ...spec.summary.split("\n\n").flatMap((p, i) => [
      ...(i > 0 ? [""] : []),
      wrap(p.replaceAll("\n", " "), ""),
    ]),
    ...(own.length ? ["", "Options:", ...own] : []),
    ...(study.length
      ? [
        "",
        "Study parameters (the same names in every command; a flag wins over",
        "its TAKEDOWN_* variable, the variable over the default):",
        ...study,
      ]
      : []),
    "",
    "Common options (every command):",
    ...common,
    ...(spec.epilog ? ["", spec.epilog] : []),
    "",
  ].join("\n");
}

/** Exit status of an error: its `exitCode` when it has one, else 1. */
function exitCodeOf(e: unknown): number {
  const code = (e as { exitCode?: unknown } | null)?.exitCode;
  return typeof code === "number" ? code : 1;
}

/**
 * Runs a command: parses `Deno.args` against `spec`, prints the usage on
 * `--help` (exit 0), else runs `body` and prints what it returns on stdout
 * (exit 0). An error prints `<name>: <message>` on stderr, never a stack,
 * and exits 2 for a {@linkcode UsageError}, else the error's `exitCode` or 1.
 *
 * @param spec The command's declaration.
 * @param body The command's work; returns the text for stdout (or nothing).
 */
export async function runCommand<const S extends CommandSpec>(
  spec: S,
  body: (cmd: ParsedCommand<S>) => Promise<string | void>,
): Promise<never> {
  const cmd = parseCommandOrExit(spec, Deno.args);
  try {
    const text = await body(cmd);
    if (text !== undefined) console.log(text);
    Deno.exit(0);
  } catch (e) {
    console.error(
      `${spec.name}: ${e instanceof Error ? e.message : String(e)}`,
    );
    Deno.exit(exitCodeOf(e));
  }
}

/**
 * An error with a given exit status (a failure other than 1, such as 130
 * for an interrupted run).
 */
export class CommandError extends Error {
  /**
   * @param message What failed, the value after a colon, what to do.
   * @param exitCode The exit status.
   */
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
  override name = "CommandError";
}

/**
 * A number read from an option, in the project's voice.
 *
 * @param name The flag, without `--`.
 * @param value Its text (`undefined`: absent).
 * @param check Whether a number is allowed.
 * @param rule What is expected, e.g. `a whole number ≥ 1`.
 * @returns The number, or `undefined` when absent.
 * @throws {UsageError} Naming the flag, the value and the rule.
 *
 * @example
 * ```ts
 * import { numberOption } from "./_cli.ts";
 * import { equal, throws } from "node:assert/strict";
 * const whole = (n: number) => Number.isSafeInteger(n) && n >= 1;
 * equal(numberOption("rounds", "10", whole, "a whole number ≥ 1"), 10);
 * equal(numberOption("rounds", undefined, whole, "a whole number ≥ 1"), undefined);
 * throws(() => numberOption("rounds", "x", whole, "a whole number ≥ 1"),
 *   /Read --rounds: expected a whole number ≥ 1, got: x\./);
 * ```
 */
export function numberOption(
  name: string,
  value: string | undefined,
  check: (n: number) => boolean,
  rule: string,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !check(n)) {
    throw new UsageError(
      `Read --${name}: expected ${rule}, got: ${value}. Give ${rule}.`,
    );
  }
  return n;
}

/**
 * The release argument of a command that takes a release folder or name
 * (one positional) or explicit files (several).
 *
 * @example
 * ```ts
 * import { releaseSource } from "./_cli.ts";
 * import { deepEqual } from "node:assert/strict";
 * deepEqual(releaseSource(["a"]), "a");
 * deepEqual(releaseSource(["a", "b"]), ["a", "b"]);
 * ```
 */
export function releaseSource(positionals: string[]): string | string[] {
  return positionals.length === 1 ? positionals[0] : positionals;
}

/**
 * Parses `args` against `spec` for a script that does its own work (the
 * benchmark's scripts): prints the usage and exits 0 on `--help`; prints
 * `<name>: <message>` and exits 2 on a usage error.
 *
 * @param spec The script's declaration.
 * @param args The arguments (default `Deno.args`).
 * @returns The parsed command.
 */
export function parseCommandOrExit<const S extends CommandSpec>(
  spec: S,
  args: readonly string[] = Deno.args,
): ParsedCommand<S> {
  try {
    const cmd = parseCommand(spec, args);
    if (cmd.help) {
      console.log(usageText(spec));
      Deno.exit(0);
    }
    return cmd;
  } catch (e) {
    console.error(
      `${spec.name}: ${e instanceof Error ? e.message : String(e)}`,
    );
    Deno.exit(exitCodeOf(e));
  }
}
