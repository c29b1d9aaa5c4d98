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
 * `--seed <int>` (default 20190101), `--scale <x>` (default 1; multiplies
 * tweets per account), `--check`, `--write-sums`. `--check` and
 * `--write-sums` only accept the committed seed and scale 1. Exit status 1 on
 * a failed check or a bad option.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { relative } from "node:path";
import { fileURLToPath as fromFileUrl } from "node:url";
import {
  bundlePaths,
  checksumText,
  DEFAULT_SEED,
  diffChecksums,
  generateDemo,
} from "../lib/demo/mod.ts";

const ROOT = fromFileUrl(new URL("..", import.meta.url));
const SUMS = fromFileUrl(new URL("../data/demo/SHA256SUMS", import.meta.url));
const DEFAULT_OUT = fromFileUrl(
  new URL("../data/demo/releases", import.meta.url),
);

/** Print `demo: <message>` on stderr and exit 1, like the other commands. */
function fail(message: string): never {
  console.error(`demo: ${message}`);
  Deno.exit(1);
}

function parseOptions() {
  let v;
  try {
    v = parseArgs({
      args: Deno.args,
      options: {
        out: { type: "string" },
        seed: { type: "string" },
        scale: { type: "string" },
        check: { type: "boolean", default: false },
        "write-sums": { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    fail(
      `Cannot read the options: ${
        (e as Error).message
      }. Usage: deno run -A cli/demo.ts [--out dir] [--seed n] [--scale x] [--check] [--write-sums]`,
    );
  }
  const seed = v.seed === undefined ? DEFAULT_SEED : Number(v.seed);
  if (
    !/^\d+$/.test(v.seed ?? "0") || !Number.isSafeInteger(seed) ||
    seed >= 2 ** 32
  ) {
    fail(
      `Cannot use --seed: expected an integer in [0, 4294967296): ${v.seed}`,
    );
  }
  const scale = v.scale === undefined ? 1 : Number(v.scale);
  if (!Number.isFinite(scale) || scale <= 0) {
    fail(`Cannot use --scale: expected a positive number: ${v.scale}`);
  }
  if ((v.check || v["write-sums"]) && (seed !== DEFAULT_SEED || scale !== 1)) {
    fail(
      `Cannot use --check or --write-sums with --seed ${seed} --scale ${scale}: SHA256SUMS records the committed bundle (seed ${DEFAULT_SEED}, scale 1); drop --seed and --scale.`,
    );
  }
  if (v.check && v["write-sums"]) {
    fail("Cannot use --check together with --write-sums: pick one.");
  }
  return {
    out: v.out ?? DEFAULT_OUT,
    seed,
    scale,
    check: v.check,
    writeSums: v["write-sums"],
  };
}

/**
 * Regenerate into a temporary folder (removed afterwards) and compare with
 * SHA256SUMS. Throws with the list of differing files on a mismatch.
 *
 * @returns The success message.
 */
async function check(seed: number): Promise<string> {
  let expected: string;
  try {
    expected = await Deno.readTextFile(SUMS);
  } catch {
    throw new Error(
      `Cannot check the demo bundle: ${
        relative(ROOT, SUMS)
      } is missing: run deno run -A cli/demo.ts --write-sums`,
    );
  }
  const tmp = await Deno.makeTempDir({ prefix: "takedown-demo-check-" });
  try {
    const truth = await generateDemo({ seed, outDir: tmp });
    const paths = bundlePaths(truth);
    const d = diffChecksums(expected, await checksumText(tmp, paths));
    if (d.changed.length + d.missing.length + d.extra.length === 0) {
      return `OK: the regenerated demo bundle matches ${
        relative(ROOT, SUMS)
      } (${paths.length} files, seed ${seed}).`;
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

const opts = parseOptions();
try {
  if (opts.check) {
    console.log(await check(opts.seed));
  } else {
    const t0 = performance.now();
    const truth = await generateDemo({
      seed: opts.seed,
      outDir: opts.out,
      scale: opts.scale,
    });
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(
      `Wrote the SYNTHETIC demo bundle to ${opts.out}: ${truth.totals.tweets} tweets, ` +
        `${truth.totals.accounts} accounts in 3 releases (seed ${opts.seed}, scale ${opts.scale}) in ${seconds} s.`,
    );
    if (opts.writeSums) {
      await Deno.writeTextFile(
        SUMS,
        await checksumText(opts.out, bundlePaths(truth)),
      );
      console.log(`Rewrote ${relative(ROOT, SUMS)}.`);
    }
  }
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
