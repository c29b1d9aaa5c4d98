/**
 * `./lab coordinate <release folder | tweets files… | CooRTweet csv>
 * [--mode retweet|hashtag|url|domain|text|reply] [--window S]
 * [--min-repeat K] [--weighting objects|coortweet] [--out DIR] [--json]
 * [--no-cache]`
 *
 * Builds the co-action (coordination) network of a release or a CooRTweet
 * table and prints a summary; with `--json`, exactly one JSON object
 * ({@linkcode networkJson}). Defaults: retweet, 60 s, 2, objects.
 * `--window` and `--min-repeat` are the study parameters `window_s` and
 * `min_repeat` (also read from `TAKEDOWN_WINDOW`, `TAKEDOWN_MIN_REPEAT`).
 * The definitions are in `lib/coord/mod.ts`; `./lab coordinate --help`
 * lists every option.
 *
 * @module
 */
import type pl from "nodejs-polars";
import { type Ledger, ledgerTotals, loadRelease } from "../lib/io/mod.ts";
import {
  COORD_MODES,
  coordinationNetwork,
  type CoordMode,
  type CoordNetwork,
  extractActions,
  isCoorTweetHeader,
  readCoorTweet,
  type Weighting,
  writeNetworkFiles,
} from "../lib/coord/mod.ts";
import {
  CommandError,
  type CommandSpec,
  type ParsedCommand,
  releaseSource,
  runCommand,
  UsageError,
} from "./_cli.ts";

/** The edge weightings `--weighting` accepts. */
const WEIGHTINGS: readonly Weighting[] = ["objects", "coortweet"];

/** The command's arguments. */
export const COORDINATE = {
  name: "coordinate",
  summary: "Co-action (coordination) network of a release or a CooRTweet " +
    "table: accounts co-act when they act on the same object within the " +
    "window; an edge needs at least --min-repeat shared objects (see " +
    "lib/coord/mod.ts for the definitions).\n\n" +
    "A CSV whose header has object_id, account_id, content_id, " +
    "timestamp_share is read as a CooRTweet table (its object_id is the " +
    "object; --mode does not apply).",
  args: { usage: "<release folder | tweets files… | CooRTweet csv>", min: 1 },
  options: {
    mode: {
      type: "string",
      arg: "MODE",
      defaultText: "retweet",
      doc: `the objects: ${COORD_MODES.join(", ")}`,
    },
    weighting: {
      type: "string",
      arg: "W",
      default: "objects",
      doc: "a pair's weight: objects (distinct objects shared) or coortweet " +
        "(co-acting action pairs, as CooRTweet counts)",
    },
    out: {
      type: "string",
      arg: "DIR",
      doc: "also write the network here: GEXF, GraphML and edge/node CSV " +
        "and Parquet",
    },
  },
  study: ["window_s", "min_repeat"],
  common: {
    json: "print exactly one JSON object: window_s, min_repeat, " +
      "n_pairs_any, n_pairs, n_accounts, sum_weight, max_weight, pairs " +
      "([u, v, weight] with weight ≥ K, u < v, sorted)",
  },
} as const satisfies CommandSpec;

/** What the command reads releases with: `loadRelease`, or a test's stand-in. */
export type ReleaseLoader = (
  source: string | string[],
  options: { cache: boolean },
) => Promise<{ tweets: pl.LazyDataFrame; ledger?: Ledger }>;

/** The actions read, and how the input and its objects are named. */
interface CoordinateInput {
  actions: pl.LazyDataFrame;
  inputLabel: string;
  objectLabel: string;
}

/**
 * Runs the coordinate command: reads the input, builds the co-action
 * network, optionally writes its files (`--out`), and returns the text for
 * stdout (the summary, or with `--json` one JSON object, without a final
 * newline). Notes and warnings go to `warn`, one whole line each.
 *
 * @param cmd The parsed command line.
 * @param warn Receives each stderr line (`coordinate: note: …`), no newline.
 * @param load The release loader (default `loadRelease`).
 * @returns The stdout text.
 * @throws {UsageError} On an unknown `--mode` or `--weighting`.
 * @throws {CommandError} When an input path does not exist (exit 1); the
 *   loader's and reader's errors pass through (exit 1).
 *
 * @example
 * ```ts
 * import { equal } from "node:assert/strict";
 * import { COORDINATE, coordinate } from "./coordinate.ts";
 * import { parseCommand } from "./_cli.ts";
 * const path = await Deno.makeTempFile({ suffix: ".csv" });
 * await Deno.writeTextFile(path, "object_id,account_id,content_id,timestamp_share\n" +
 *   "x,a,1,100\nx,b,2,130\ny,a,3,500\ny,b,4,500\n");
 * const cmd = parseCommand(COORDINATE, [path, "--json"], {});
 * const out = await coordinate(cmd, () => {});
 * equal(JSON.parse(out).pairs[0][2], 2);
 * await Deno.remove(path);
 * ```
 */
export async function coordinate(
  cmd: ParsedCommand<typeof COORDINATE>,
  warn: (line: string) => void,
  load: ReleaseLoader = loadRelease,
): Promise<string> {
  const mode = checkedMode(cmd.values.mode);
  const weighting = checkedWeighting(cmd.values.weighting);
  const input = await readInput(cmd, mode, warn, load);
  const network = await coordinationNetwork(input.actions, {
    window: cmd.params.window_s,
    minRepeat: cmd.params.min_repeat,
    weighting,
  });
  for (const w of network.warnings) warn(`coordinate: warning: ${w}`);
  if (cmd.values.out) {
    const name =
      `coord_${input.objectLabel}_w${network.window_s}_k${network.min_repeat}`;
    const files = await writeNetworkFiles(cmd.values.out, name, network.edges);
    warn(`coordinate: wrote ${Object.values(files).join(", ")}`);
  }
  return cmd.json
    ? networkJson(network)
    : networkSummary(network, input.objectLabel, input.inputLabel);
}

/** `--mode` checked (retweet when absent). */
function checkedMode(given: string | undefined): CoordMode {
  const mode = given ?? "retweet";
  if (!(COORD_MODES as readonly string[]).includes(mode)) {
    throw new UsageError(
      `Read --mode: unknown mode: ${mode}. Give one of ${
        COORD_MODES.join(", ")
      }.`,
    );
  }
  return mode as CoordMode;
}

/** `--weighting` checked. */
function checkedWeighting(given: string): Weighting {
  if (!(WEIGHTINGS as readonly string[]).includes(given)) {
    throw new UsageError(
      `Read --weighting: unknown weighting: ${given}. Give one of ${
        WEIGHTINGS.join(", ")
      }.`,
    );
  }
  return given as Weighting;
}

/** Fails (exit 1) naming the first input path that cannot be read. */
async function checkPaths(paths: string[]): Promise<void> {
  for (const p of paths) {
    try {
      await Deno.stat(p);
    } catch (e) {
      const why = e instanceof Deno.errors.NotFound
        ? "no such file or folder"
        : (e as Error).message;
      throw new CommandError(`Cannot read ${p}: ${why}. Check the path.`);
    }
  }
}

/** Reads a CooRTweet table or a release into actions. */
async function readInput(
  cmd: ParsedCommand<typeof COORDINATE>,
  mode: CoordMode,
  warn: (line: string) => void,
  load: ReleaseLoader,
): Promise<CoordinateInput> {
  const { positionals } = cmd;
  await checkPaths(positionals);
  if (positionals.length === 1 && await isCoorTweetFile(positionals[0])) {
    if (cmd.values.mode !== undefined) {
      warn(
        `coordinate: note: --mode ${mode} does not apply to a CooRTweet table; its object_id is the object`,
      );
    }
    return {
      actions: readCoorTweet(positionals[0]),
      objectLabel: "coortweet",
      inputLabel: `${positionals[0]} (CooRTweet table)`,
    };
  }
  const release = await load(releaseSource(positionals), { cache: cmd.cache });
  const rejected = release.ledger
    ? ledgerTotals(release.ledger, "tweets").rowsRejected
    : 0;
  if (rejected > 0) {
    warn(
      `coordinate: note: ${rejected} tweet row(s) could not be loaded and are left out (see the load ledger)`,
    );
  }
  return {
    actions: extractActions(release.tweets, mode),
    objectLabel: mode,
    inputLabel: positionals.join(", "),
  };
}

/** The edges as parallel arrays. */
function edgeLists(
  network: CoordNetwork,
): { us: string[]; vs: string[]; ws: number[] } {
  return {
    us: network.edges.getColumn("u").toArray() as string[],
    vs: network.edges.getColumn("v").toArray() as string[],
    ws: (network.edges.getColumn("weight").toArray() as unknown[]).map(Number),
  };
}

/**
 * The `--json` output, a fixed public contract: one object with
 * `window_s, min_repeat, n_pairs_any, n_pairs, n_accounts, sum_weight,
 * max_weight, pairs` (`[u, v, weight]`, in the network's order), without a
 * final newline.
 *
 * @param network The co-action network.
 * @returns The JSON text.
 */
export function networkJson(network: CoordNetwork): string {
  const { us, vs, ws } = edgeLists(network);
  return JSON.stringify({
    window_s: network.window_s,
    min_repeat: network.min_repeat,
    n_pairs_any: network.n_pairs_any,
    n_pairs: network.n_pairs,
    n_accounts: network.n_accounts,
    sum_weight: network.sum_weight,
    max_weight: network.max_weight,
    pairs: us.map((u, i) => [u, vs[i], ws[i]]),
  });
}

/**
 * The text summary: counts, then the ten heaviest edges (ties in the
 * network's order), without a final newline.
 *
 * @param network The co-action network.
 * @param objectLabel What the objects are (`retweet`, …, `coortweet`).
 * @param inputLabel What was read.
 * @returns The summary lines.
 */
export function networkSummary(
  network: CoordNetwork,
  objectLabel: string,
  inputLabel: string,
): string {
  const f = (n: number) => n.toLocaleString("en-US");
  const lines = [
    `Coordination network: ${objectLabel} objects, window ${network.window_s} s, minimum repeat ${network.min_repeat}, weighting ${network.weighting}`,
    `Input: ${inputLabel}: ${f(network.n_actions)} distinct actions`,
    `Account pairs co-acting at least once: ${f(network.n_pairs_any)}`,
    `Edges (weight ≥ ${network.min_repeat}): ${f(network.n_pairs)} among ${
      f(network.n_accounts)
    } accounts; total weight ${
      f(network.sum_weight)
    }; largest weight of any pair ${f(network.max_weight)}`,
  ];
  if (network.n_pairs > 0) {
    const { us, vs, ws } = edgeLists(network);
    const top = us.map((_, i) => i)
      .sort((a, b) => ws[b] - ws[a] || a - b)
      .slice(0, 10);
    lines.push(`Heaviest edges (weight, u, v):`);
    for (const i of top) lines.push(`  ${ws[i]}  ${us[i]}  ${vs[i]}`);
  }
  return lines.join("\n");
}

/** Whether `path` is a file whose first line is a CooRTweet header. */
async function isCoorTweetFile(path: string): Promise<boolean> {
  const info = await Deno.stat(path);
  if (!info.isFile) return false;
  const file = await Deno.open(path);
  try {
    const buf = new Uint8Array(65536);
    const n = await file.read(buf);
    if (n === null) return false;
    const text = new TextDecoder().decode(buf.subarray(0, n));
    return isCoorTweetHeader(text.split(/\r?\n/)[0]);
  } finally {
    file.close();
  }
}

if (import.meta.main) {
  await runCommand(COORDINATE, (cmd) => coordinate(cmd, console.error));
}
