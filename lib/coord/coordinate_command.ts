/**
 * The `coordinate` command behind `cli/coordinate.ts`.
 *
 * @module
 */
import type pl from "nodejs-polars";
import { type Ledger, ledgerTotals } from "../io/ledger.ts";
import { parseArgs } from "node:util";
import {
  COORD_MODES,
  type CoordMode,
  extractActions,
} from "./extract_actions.ts";
import { isCoorTweetHeader, readCoorTweet } from "./read_coortweet.ts";
import { coordinationNetwork, type Weighting } from "./coordination_network.ts";
import { writeNetworkFiles } from "./write_network_files.ts";

/** What the command needs from its surroundings. */
export interface CoordinateIo {
  /** The release loader (`loadRelease` from `lib/io/mod.ts`). */
  loadRelease: (
    source: string | string[],
  ) => Promise<{ tweets: pl.LazyDataFrame; ledger?: Ledger }>;
  /** Write to standard output (text is passed whole, with newlines). */
  stdout: (text: string) => void;
  /** Write to standard error. */
  stderr: (text: string) => void;
}

const USAGE =
  `usage: deno run -A cli/coordinate.ts <release folder | tweets files… | CooRTweet csv>
         [--mode retweet|hashtag|url|domain|text|reply] [--window S] [--min-repeat K]
         [--weighting objects|coortweet] [--out DIR] [--json]
Defaults: --mode retweet --window 60 --min-repeat 2 --weighting objects.
A CSV whose header has object_id, account_id, content_id, timestamp_share is
read as a CooRTweet table (its object_id is the object; --mode does not apply).
--json prints one JSON object: window_s, min_repeat, n_pairs_any, n_pairs,
n_accounts, sum_weight, max_weight, pairs ([u, v, weight] with weight ≥ K,
u < v, sorted). --out writes GEXF, GraphML and edge/node CSV and Parquet.
`;

/**
 * Run the coordinate command: read the input, build the co-action network,
 * print a summary (or, with `--json`, exactly one JSON object) and
 * optionally write the network files. Warnings go to standard error.
 *
 * @param args Command-line arguments (without the program name).
 * @param io Loader and output streams.
 * @returns The exit code: 0 on success, 1 for unreadable input, 2 for bad
 *   arguments.
 *
 * @example
 * ```ts
 * import { equal } from "node:assert/strict";
 * import { coordinateCommand } from "./coordinate_command.ts";
 * const path = await Deno.makeTempFile({ suffix: ".csv" });
 * await Deno.writeTextFile(path, "object_id,account_id,content_id,timestamp_share\n" +
 *   "x,a,1,100\nx,b,2,130\ny,a,3,500\ny,b,4,500\n");
 * let out = "";
 * const code = await coordinateCommand([path, "--json"], {
 *   loadRelease: () => Promise.reject(new Error("unused")),
 *   stdout: (s) => out += s, stderr: () => {},
 * });
 * equal(code, 0);
 * equal(JSON.parse(out).pairs[0][2], 2);
 * await Deno.remove(path);
 * ```
 */
export async function coordinateCommand(
  args: string[],
  io: CoordinateIo,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        mode: { type: "string" },
        window: { type: "string", default: "60" },
        "min-repeat": { type: "string", default: "2" },
        weighting: { type: "string", default: "objects" },
        out: { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (err) {
    io.stderr(`coordinate: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const mode = (values.mode ?? "retweet") as CoordMode;
  const window = Number(values.window);
  const minRepeat = Number(values["min-repeat"]);
  const weighting = values.weighting as Weighting;
  const problems: string[] = [];
  if (positionals.length === 0) problems.push("no input given");
  if (!(COORD_MODES as readonly string[]).includes(mode)) {
    problems.push(`unknown --mode: ${mode}`);
  }
  if (!/^\d+$/.test(values.window!)) {
    problems.push(`--window must be whole seconds ≥ 0: ${values.window}`);
  }
  if (!/^\d+$/.test(values["min-repeat"]!) || minRepeat < 1) {
    problems.push(
      `--min-repeat must be a whole number ≥ 1: ${values["min-repeat"]}`,
    );
  }
  if (weighting !== "objects" && weighting !== "coortweet") {
    problems.push(`unknown --weighting: ${weighting}`);
  }
  if (problems.length > 0) {
    io.stderr(`coordinate: ${problems.join("; ")}\n${USAGE}`);
    return 2;
  }

  let actions: pl.LazyDataFrame;
  let inputLabel: string;
  let objectLabel: string = mode;
  let network;
  try {
    for (const p of positionals) {
      try {
        await Deno.stat(p);
      } catch {
        io.stderr(`coordinate: cannot read ${p}: no such file or folder\n`);
        return 1;
      }
    }
    if (positionals.length === 1 && await isCoorTweetFile(positionals[0])) {
      if (values.mode !== undefined) {
        io.stderr(
          `coordinate: note: --mode ${mode} does not apply to a CooRTweet table; its object_id is the object\n`,
        );
      }
      actions = readCoorTweet(positionals[0]);
      objectLabel = "coortweet";
      inputLabel = `${positionals[0]} (CooRTweet table)`;
    } else {
      const release = await io.loadRelease(
        positionals.length === 1 ? positionals[0] : positionals,
      );
      actions = extractActions(release.tweets, mode);
      const rejected = release.ledger
        ? ledgerTotals(release.ledger, "tweets").rowsRejected
        : 0;
      if (rejected > 0) {
        io.stderr(
          `coordinate: note: ${rejected} tweet row(s) could not be loaded and are left out (see the load ledger)\n`,
        );
      }
      inputLabel = positionals.join(", ");
    }
    network = await coordinationNetwork(actions, {
      window,
      minRepeat,
      weighting,
    });
  } catch (err) {
    io.stderr(
      `coordinate: reading ${positionals.join(", ")}: ${
        (err as Error).message
      }\n`,
    );
    return 1;
  }
  for (const w of network.warnings) io.stderr(`coordinate: warning: ${w}\n`);

  const us = network.edges.getColumn("u").toArray() as string[];
  const vs = network.edges.getColumn("v").toArray() as string[];
  const ws = (network.edges.getColumn("weight").toArray() as unknown[]).map(
    Number,
  );
  if (values.json) {
    io.stdout(
      JSON.stringify({
        window_s: network.windowS,
        min_repeat: network.minRepeat,
        n_pairs_any: network.nPairsAny,
        n_pairs: network.nPairs,
        n_accounts: network.nAccounts,
        sum_weight: network.sumWeight,
        max_weight: network.maxWeight,
        pairs: us.map((u, i) => [u, vs[i], ws[i]]),
      }) + "\n",
    );
  } else {
    const f = (n: number) => n.toLocaleString("en-US");
    const lines = [
      `Coordination network: ${objectLabel} objects, window ${network.windowS} s, minimum repeat ${network.minRepeat}, weighting ${network.weighting}`,
      `Input: ${inputLabel}: ${f(network.nActions)} distinct actions`,
      `Account pairs co-acting at least once: ${f(network.nPairsAny)}`,
      `Edges (weight ≥ ${network.minRepeat}): ${f(network.nPairs)} among ${
        f(network.nAccounts)
      } accounts; total weight ${
        f(network.sumWeight)
      }; largest weight of any pair ${f(network.maxWeight)}`,
    ];
    if (network.nPairs > 0) {
      const top = us.map((_, i) => i)
        .sort((a, b) => ws[b] - ws[a] || a - b)
        .slice(0, 10);
      lines.push(`Heaviest edges (weight, u, v):`);
      for (const i of top) lines.push(`  ${ws[i]}  ${us[i]}  ${vs[i]}`);
    }
    io.stdout(lines.join("\n") + "\n");
  }
  if (values.out) {
    const name =
      `coord_${objectLabel}_w${network.windowS}_k${network.minRepeat}`;
    const files = await writeNetworkFiles(values.out, name, network.edges);
    io.stderr(
      `coordinate: wrote ${Object.values(files).join(", ")}\n`,
    );
  }
  return 0;
}

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
