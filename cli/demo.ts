/**
 * Generate or check the SYNTHETIC demo bundle.
 *
 * ```sh
 * deno run -A cli/demo.ts                 # write data/demo/releases/
 * deno run -A cli/demo.ts --check         # regenerate in a temp dir, compare with data/demo/SHA256SUMS
 * deno run -A cli/demo.ts --write-sums    # write the bundle and rewrite data/demo/SHA256SUMS
 * deno run -A cli/demo.ts --out /tmp/big --scale 100   # ~10M tweets, for benchmarks
 * ```
 *
 * Options: `--out <dir>` (default `data/demo/releases` in the repository),
 * `--seed <int>` (the generator's seed, default 20190101; `TAKEDOWN_SEED` is
 * not read, so a study's seed never changes the bundle), `--scale <x>`
 * (default 1; multiplies tweets per account), `--check`, `--write-sums`,
 * and the common `--json`, `--no-cache` (no effect: nothing is cached) and
 * `--help`. `--check` and `--write-sums` only accept the committed seed and
 * scale 1. Exit status 2 on a bad option, 1 on a failed check.
 *
 * @module
 */
import { relative } from "node:path";
import { fileURLToPath as fromFileUrl } from "node:url";
import {
  bundlePaths,
  checksumText,
  DEFAULT_SEED,
  diffChecksums,
  generateDemo,
} from "../lib/demo/mod.ts";
import {
  type CommandSpec,
  numberOption,
  type ParsedCommand,
  runCommand,
  UsageError,
} from "./_cli.ts";

const ROOT = fromFileUrl(new URL("..", import.meta.url));
const SUMS = fromFileUrl(new URL("../data/demo/SHA256SUMS", import.meta.url));
const DEFAULT_OUT = fromFileUrl(
  new URL("../data/demo/releases", import.meta.url),
);

/** The command's arguments. */
export const DEMO = {
  name: "demo",
  summary: "Generates the SYNTHETIC demo bundle (three releases with planted " +
    "findings), or checks it against data/demo/SHA256SUMS.",
  options: {
    out: {
      type: "string",
      arg: "DIR",
      defaultText: "data/demo/releases of the project",
      doc: "where to write the bundle",
    },
    seed: {
      type: "string",
      arg: "N",
      default: String(DEFAULT_SEED),
      doc: "the generator's seed, an integer in [0, 4294967296) (not the " +
        "study parameter: TAKEDOWN_SEED is not read)",
    },
    scale: {
      type: "string",
      arg: "X",
      default: "1",
      doc: "multiplies the tweets per account (100: about 10M tweets, for " +
        "benchmarks)",
    },
    check: {
      type: "boolean",
      doc: "regenerate in a temporary folder and compare with " +
        "data/demo/SHA256SUMS (committed seed and scale only)",
    },
    "write-sums": {
      type: "boolean",
      doc: "write the bundle and rewrite data/demo/SHA256SUMS",
    },
  },
  common: {
    json: "print exactly one JSON object on stdout (what was written or " +
      "checked)",
    "no-cache": "accepted; no effect (the generator reads no release)",
  },
} as const satisfies CommandSpec;

type Demo = ParsedCommand<typeof DEMO>;

/** The options, checked. */
function demoOptions({ values: v }: Demo) {
  const seed = numberOption(
    "seed",
    v.seed,
    (n) => /^\d+$/.test(v.seed) && Number.isSafeInteger(n) && n < 2 ** 32,
    "an integer in [0, 4294967296)",
  )!;
  const scale = numberOption(
    "scale",
    v.scale,
    (n) => Number.isFinite(n) && n > 0,
    "a positive number",
  )!;
  if ((v.check || v["write-sums"]) && (seed !== DEFAULT_SEED || scale !== 1)) {
    throw new UsageError(
      `Read --check / --write-sums: SHA256SUMS records the committed bundle ` +
        `(seed ${DEFAULT_SEED}, scale 1), got: --seed ${seed} --scale ` +
        `${scale}. Drop --seed and --scale.`,
    );
  }
  if (v.check && v["write-sums"]) {
    throw new UsageError(
      "Read the options: --check and --write-sums exclude each other, got: " +
        "both. Pick one.",
    );
  }
  return { out: v.out ?? DEFAULT_OUT, seed, scale };
}

/**
 * Regenerate into a temporary folder (removed afterwards) and compare with
 * SHA256SUMS. Throws with the list of differing files on a mismatch.
 *
 * @returns The success message and the number of files compared.
 */
async function check(seed: number): Promise<{ text: string; files: number }> {
  let expected: string;
  try {
    expected = await Deno.readTextFile(SUMS);
  } catch {
    throw new Error(
      `Check the demo bundle: missing file: ${relative(ROOT, SUMS)}. ` +
        "Run ./lab demo --write-sums to write it.",
    );
  }
  const tmp = await Deno.makeTempDir({ prefix: "takedown-demo-check-" });
  try {
    const truth = await generateDemo({ seed, outDir: tmp });
    const paths = bundlePaths(truth);
    const d = diffChecksums(expected, await checksumText(tmp, paths));
    if (d.changed.length + d.missing.length + d.extra.length === 0) {
      return {
        text: `OK: the regenerated demo bundle matches ${
          relative(ROOT, SUMS)
        } (${paths.length} files, seed ${seed}).`,
        files: paths.length,
      };
    }
    throw new Error([
      `Demo bundle check FAILED: regenerating with seed ${seed} does not reproduce ${
        relative(ROOT, SUMS)
      }:`,
      ...d.changed.map((p) => `  changed: ${p}`),
      ...d.missing.map((p) => `  in SHA256SUMS but not generated: ${p}`),
      ...d.extra.map((p) => `  generated but not in SHA256SUMS: ${p}`),
      "If the generator was changed on purpose, bump GENERATOR_VERSION in lib/demo/_config.ts, run deno run -A cli/demo.ts --write-sums, and update data/demo/README.md.",
    ].join("\n"));
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
}

/** Writes the bundle (and SHA256SUMS with `--write-sums`). */
async function write(cmd: Demo): Promise<string> {
  const opts = demoOptions(cmd);
  const t0 = performance.now();
  const truth = await generateDemo({
    seed: opts.seed,
    outDir: opts.out,
    scale: opts.scale,
  });
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  const lines = [
    `Wrote the SYNTHETIC demo bundle to ${opts.out}: ${truth.totals.tweets} tweets, ` +
    `${truth.totals.accounts} accounts in 3 releases (seed ${opts.seed}, scale ${opts.scale}) in ${seconds} s.`,
  ];
  const writeSums = cmd.values["write-sums"];
  if (writeSums) {
    await Deno.writeTextFile(
      SUMS,
      await checksumText(opts.out, bundlePaths(truth)),
    );
    lines.push(`Rewrote ${relative(ROOT, SUMS)}.`);
  }
  if (!cmd.json) return lines.join("\n");
  return JSON.stringify({
    out: opts.out,
    tweets: truth.totals.tweets,
    accounts: truth.totals.accounts,
    seed: opts.seed,
    scale: opts.scale,
    sums_rewritten: writeSums,
  });
}

async function demo(cmd: Demo): Promise<string> {
  if (!cmd.values.check) return await write(cmd);
  const { seed } = demoOptions(cmd);
  const { text, files } = await check(seed);
  return cmd.json
    ? JSON.stringify({ check: "ok", sums: relative(ROOT, SUMS), files, seed })
    : text;
}

if (import.meta.main) await runCommand(DEMO, demo);
