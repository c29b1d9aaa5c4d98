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
 * `--json`, `--no-cache`, `--help`. Rows and statuses: see
 * `lib/published/`. Exit status 2 on a bad command line, 1 on other errors,
 * with a message on stderr.
 *
 * @module
 */
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
import {
  CommandError,
  type CommandSpec,
  type ParsedCommand,
  runCommand,
  UsageError,
} from "./_cli.ts";

/** The command's arguments. */
export const PUBLISHED = {
  name: "published",
  summary: "Published figures versus the numbers the release files give, " +
    "for every catalogued release (lib/published/).",
  options: {
    raw: {
      type: "string",
      arg: "DIR",
      defaultText: "the project's data/raw",
      doc: "raw-data folder holding the catalogued releases",
    },
    release: {
      type: "string",
      arg: "PATH",
      doc: "check one release folder or file (not a study release name) " +
        "against the catalog entry named by --as",
    },
    as: {
      type: "string",
      arg: "NAME",
      defaultText: "the folder's name",
      doc: "catalog entry for --release",
    },
    catalog: {
      type: "string",
      arg: "FILE",
      defaultText: "the project's data/catalog.json",
      doc: "the catalog of published figures",
    },
    demo: {
      type: "boolean",
      doc: "compare the SYNTHETIC demo bundle with its planted numbers " +
        "(exit status 1 when one is not reproduced)",
    },
  },
  epilog: "Examples:\n" +
    "  ./lab published --raw /data/twitter\n" +
    "  ./lab published --release ~/dl/vz --as venezuela_201906_1\n" +
    "  ./lab published --demo --json",
} as const satisfies CommandSpec;

type Published = ParsedCommand<typeof PUBLISHED>;

/** Rejects option combinations that do not go together. */
function checkCombination({ values: v }: Published): void {
  if (v.demo && (v.release !== undefined || v.raw !== undefined)) {
    throw new UsageError(
      "Read the options: --demo reads data/demo/releases, got: --demo with " +
        `${v.release !== undefined ? "--release" : "--raw"}. Use --demo alone.`,
    );
  }
  if (v.as !== undefined && v.release === undefined) {
    throw new UsageError(
      `Read --as: it needs --release, got: --as ${v.as}. Give the folder to ` +
        "check with --release.",
    );
  }
}

/** The rows of one release checked against its catalog entry. */
async function releaseRows(
  { values: v, cache }: Published,
  path: string,
): Promise<PublishedRow[]> {
  const catalog = await readCatalog(v.catalog ?? CATALOG_PATH);
  const entry = findCatalogEntry(catalog, v.as ?? releaseName(path));
  if (entry.combines) {
    throw new TypeError(
      `Check ${path} as ${entry.release}: that entry combines ` +
        `${entry.combines.join(", ")}: put each in a raw-data folder ` +
        "and run with --raw <folder> instead of --release.",
    );
  }
  return reproduceFigures(entry, [await loadRelease(path, { cache })]);
}

async function published(cmd: Published): Promise<string> {
  checkCombination(cmd);
  const { values: v, cache } = cmd;
  const rows = v.demo
    ? await demoTruthTable(join(PROJECT_ROOT, "data", "demo", "releases"), {
      cache,
    })
    : v.release !== undefined
    ? await releaseRows(cmd, v.release)
    : await publishedTable(
      await readCatalog(v.catalog ?? CATALOG_PATH),
      v.raw ?? join(PROJECT_ROOT, "data", "raw"),
      { cache },
    );
  const text = cmd.json ? JSON.stringify({ rows }) : formatPublishedTable(rows);
  if (v.demo && rows.some((r) => r.status !== "match")) {
    console.log(text);
    throw new CommandError(
      "check the demo bundle: some planted numbers were not reproduced " +
        "(above). Regenerate it with ./lab demo and run again.",
    );
  }
  return text;
}

if (import.meta.main) await runCommand(PUBLISHED, published);
