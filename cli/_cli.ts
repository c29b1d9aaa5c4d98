/**
 * Shared command-line plumbing: argument parsing and error reporting, so
 * every command fails the same way (message on stderr, exit code 1).
 *
 * @module
 */

/** Parsed arguments: positionals, boolean flags and `--name value` options. */
export interface CliArgs {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

/**
 * Parses `args`: `--name value` for names in `valued`, `--flag` otherwise.
 *
 * @example
 * ```ts
 * import { parseArgs } from "./_cli.ts";
 * import { deepEqual } from "node:assert/strict";
 * const a = parseArgs(["x", "--json", "--window", "60"], ["window"]);
 * deepEqual([a.positional, [...a.flags], a.options.get("window")], [["x"], ["json"], "60"]);
 * ```
 */
export function parseArgs(args: string[], valued: string[] = []): CliArgs {
  const out: CliArgs = { positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith("--")) {
      out.positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split("=", 2);
    if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) {
        throw new TypeError(`Option --${name} needs a value`);
      }
      out.options.set(name, value);
    } else out.flags.add(name);
  }
  return out;
}

/**
 * Runs a command body, printing its result; on error prints the message
 * (not a stack) to stderr and exits 1.
 */
export async function runCli(
  name: string,
  body: (args: CliArgs) => Promise<string>,
  valued: string[] = [],
): Promise<void> {
  try {
    const args = parseArgs(Deno.args, valued);
    if (args.positional.length === 0) {
      throw new TypeError(
        `Usage: deno task ${name} <release folder | name | files…> [--json]`,
      );
    }
    console.log(await body(args));
  } catch (e) {
    console.error(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    Deno.exit(1);
  }
}
