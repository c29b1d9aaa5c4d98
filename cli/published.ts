/**
 * Published figures versus the numbers the release files give.
 *
 * ```sh
 * deno task published                      # every catalogued release in data/raw/
 * deno task published --raw /data/twitter  # another raw-data folder
 * deno task published --json               # one JSON object {"rows": [...]}
 * deno task published --release ~/dl/vz --as venezuela_201906_1
 * deno task published --demo               # the SYNTHETIC demo bundle vs TRUTH.json
 * ```
 *
 * Options: `--raw <dir>` (default `data/raw` of the project), `--release
 * <path>` (one release folder or file, checked against the catalog entry
 * named by `--as`, default the folder's name), `--demo` (compare the demo
 * bundle `data/demo/releases` with its planted numbers; exit status 1 when
 * one is not reproduced), `--catalog <file>` (default `data/catalog.json`),
 * `--json`, `--no-cache`. Rows and statuses: see `lib/published/`. Exit
 * status 1 with a message on stderr on errors.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { join } from "node:path";
import { loadRelease } from "../lib/io/mod.ts";
import { PROJECT_ROOT, releaseName } from "../lib/study/mod.ts";
import {
  CATALOG_PATH,
  demoTruthTable,
  findCatalogEntry,
  formatPublishedTable,
  type PublishedRow,
  publishedTable,
  readCatalog,
  reproduceFigures,
} from "../lib/published/mod.ts";

function fail(message: string): never {
  console.error(`published: ${message}`);
  Deno.exit(1);
}

async function main(): Promise<void> {
  const { values: v } = parseArgs({
    args: Deno.args,
    options: {
      raw: { type: "string" },
      release: { type: "string" },
      as: { type: "string" },
      catalog: { type: "string" },
      demo: { type: "boolean" },
      json: { type: "boolean" },
      "no-cache": { type: "boolean" },
    },
    strict: true,
    allowPositionals: false,
  });
  if (v.demo && (v.release !== undefined || v.raw !== undefined)) {
    throw new TypeError(
      "Use --demo alone (it reads data/demo/releases): got --demo with " +
        `${v.release !== undefined ? "--release" : "--raw"}.`,
    );
  }
  if (v.as !== undefined && v.release === undefined) {
    throw new TypeError(
      `Option --as needs --release: got --as ${v.as}. Give the folder to check.`,
    );
  }
  const load = { cache: !v["no-cache"] };
  let rows: PublishedRow[];
  if (v.demo) {
    rows = await demoTruthTable(
      join(PROJECT_ROOT, "data", "demo", "releases"),
      load,
    );
  } else {
    const catalog = await readCatalog(v.catalog ?? CATALOG_PATH);
    if (v.release !== undefined) {
      const entry = findCatalogEntry(
        catalog,
        v.as ?? releaseName(v.release),
      );
      if (entry.combines) {
        throw new TypeError(
          `Check ${v.release} as ${entry.release}: that entry combines ` +
            `${entry.combines.join(", ")}: put each in a raw-data folder ` +
            "and run with --raw <folder> instead of --release.",
        );
      }
      rows = reproduceFigures(entry, [await loadRelease(v.release, load)]);
    } else {
      rows = await publishedTable(
        catalog,
        v.raw ?? join(PROJECT_ROOT, "data", "raw"),
        load,
      );
    }
  }
  console.log(v.json ? JSON.stringify({ rows }) : formatPublishedTable(rows));
  if (v.demo && rows.some((r) => r.status !== "match")) {
    fail("some planted numbers of the demo bundle were not reproduced (above)");
  }
}

try {
  await main();
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
