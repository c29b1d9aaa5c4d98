/**
 * Where the seconds of a cold load go: times the parts of `loadTable` on
 * one tweets CSV, each on its own, so that the structural scan, hashing,
 * polars' CSV parse, the typing rules (ids, dates, lists, numbers) and the
 * Parquet write can be compared. Findings are in `bench/README.md`.
 *
 * ```sh
 * deno run -A bench/profile_load.ts FILE.csv [--skip-load]
 * ```
 *
 * Prints one line per part (seconds, and MB/s of the file where that
 * reads naturally), then one JSON line with all timings. The typing parts
 * run on the already-parsed all-text frame held in memory, so they exclude
 * the parse; the `loadTable` lines are the real loader, cold (empty cache
 * folder) and warm.
 *
 * @module
 */
import pl from "nodejs-polars";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { type CommandSpec, parseCommandOrExit } from "../cli/_cli.ts";
import { loadTable } from "../lib/io/load_table.ts";
import { scanCsv } from "../lib/io/_csv_scan.ts";
import { typedExpressions } from "../lib/io/_typing.ts";
import {
  COUNT_COLUMNS,
  ID_COLUMNS,
  LIST_COLUMNS,
  TWEET_COLUMNS,
} from "../lib/io/schema.ts";

/** The script's arguments. */
const SPEC = {
  name: "bench/profile_load.ts",
  invocation: "deno run -A bench/profile_load.ts",
  script: null,
  summary: "Splits the time of a cold load of one tweets CSV into its parts.",
  args: { usage: "<FILE.csv>", min: 1, max: 1 },
  options: {
    "skip-load": {
      type: "boolean",
      doc: "time the parts only, not the real loader (loadTable cold and warm)",
    },
  },
} as const satisfies CommandSpec;

const args = parseCommandOrExit(SPEC);
const path = args.positionals[0];
const bytes = (await Deno.stat(path)).size;
const timings: Record<string, number> = {};

async function time<T>(
  name: string,
  f: () => T | Promise<T>,
  perByte = false,
): Promise<T> {
  const t0 = performance.now();
  const out = await f();
  const s = (performance.now() - t0) / 1000;
  timings[name] = Number(s.toFixed(3));
  const rate = perByte ? `  (${(bytes / 1e6 / s).toFixed(0)} MB/s)` : "";
  console.log(`${name.padEnd(44)} ${s.toFixed(2).padStart(7)} s${rate}`);
  return out;
}

async function readAll(onChunk: (b: Uint8Array) => void) {
  const file = await Deno.open(path);
  const buf = new Uint8Array(1 << 22);
  for (;;) {
    const n = await file.read(buf);
    if (n === null) break;
    onChunk(buf.subarray(0, n));
  }
  file.close();
}

console.log(`${path}: ${(bytes / 1e6).toFixed(0)} MB`);
await time("read the file (4 MiB chunks)", () => readAll(() => {}), true);
await time("SHA-256 (read + node:crypto)", async () => {
  const h = createHash("sha256");
  await readAll((b) => h.update(b));
  return h.digest("hex");
}, true);
const scan = await time(
  "scanCsv (read + SHA-256 + structural scan)",
  () => scanCsv(path),
  true,
);
console.log(
  `  structural scan alone ≈ ${
    (timings["scanCsv (read + SHA-256 + structural scan)"] -
      timings["SHA-256 (read + node:crypto)"]).toFixed(2)
  } s`,
);

const raw = await time(
  "polars CSV parse, all text (collect)",
  () =>
    pl.scanCSV(path, {
      inferSchemaLength: 0,
      hasHeader: true,
      quoteChar: '"',
      rowIndexName: "_row",
    }).collectSync(),
  true,
);
console.log(`  ${raw.height} rows, ${raw.width} columns`);

const header = scan.header;
const lazy = () => raw.lazy();
await time("empty → null, every column", () =>
  lazy().select(
    ...header.map((c) =>
      pl.when(pl.col(c).str.lengths().eq(pl.lit(0))).then(pl.lit(null))
        .otherwise(pl.col(c)).alias(c)
    ),
  ).collectSync());

const all = typedExpressions([...TWEET_COLUMNS], "tweets");
const pick = (names: string[]) =>
  all.filter((e) => {
    const s = e.toString();
    return names.some((n) => s.includes(`col("${n}")`));
  });
const groups: Record<string, string[]> = {
  "ids (7 columns, mangled-id check)": [...ID_COLUMNS],
  "tweet_time (regex + strptime)": ["tweet_time"],
  "account_creation_date": ["account_creation_date"],
  "counts, lat/long (regex + cast)": [
    ...COUNT_COLUMNS,
    "latitude",
    "longitude",
  ],
  "list columns (regex + split + unescape)": [...LIST_COLUMNS, "poll_choices"],
};
for (const [name, cols] of Object.entries(groups)) {
  const exprs = pick(cols.filter((c) => header.includes(c)));
  await time(`typing: ${name}`, () => lazy().select(...exprs).collectSync());
}
const typed = await time(
  "typing: all typed expressions together",
  () => lazy().select(...all).collectSync(),
);
const tmp = await Deno.makeTempDir({ prefix: "profile-load-" });
try {
  await time(
    "Parquet write (zstd) of the typed frame",
    () => typed.writeParquet(join(tmp, "t.parquet"), { compression: "zstd" }),
  );
  await Deno.remove(join(tmp, "t.parquet"));
  if (!args.values["skip-load"]) {
    const cache = join(tmp, "cache");
    await time("loadTable cold (the real loader)", async () => {
      const t = await loadTable(path, "tweets", { cacheDir: cache });
      return t.ledger.rowsLoaded;
    }, true);
    await time("loadTable warm (+ collect all columns)", async () => {
      const t = await loadTable(path, "tweets", { cacheDir: cache });
      return t.frame.collectSync().height;
    });
  }
} finally {
  await Deno.remove(tmp, { recursive: true });
}
console.log(JSON.stringify({ file: path, bytes, timings }));
