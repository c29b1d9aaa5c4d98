/**
 * Reading a run's output folder for the report.
 *
 * @module
 */
import pl from "nodejs-polars";
import { basename, join } from "node:path";
import type { ReportInput } from "./build_report.ts";
import { chartScripts } from "./chart_scripts.ts";
import type { LedgerTable } from "./ledger_html.ts";
import { parseManifest } from "./manifest.ts";
import type { Notebook } from "./notebook_html.ts";

/** The ledger table's file, relative to the output folder. */
export const LEDGER_TABLE = "tables/tab01_ledger.parquet";

async function readText(path: string, what: string): Promise<string> {
  try {
    return await Deno.readTextFile(path);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) {
      throw new Error(
        `Read ${what}: missing ${path}; the report is made from a finished ` +
          "./lab reproduce run (outputs/<release>/). Run ./lab reproduce.",
      );
    }
    throw e;
  }
}

async function readLedger(path: string): Promise<LedgerTable | null> {
  try {
    await Deno.stat(path);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return null;
    throw e;
  }
  const df = pl.readParquet(path);
  return { columns: [...df.columns], rows: df.toRecords() };
}

/**
 * Reads what the report is made from, in a run's output folder
 * (`outputs/<release>/` as `./lab reproduce` writes it):
 *
 * - `manifest.json` (required; checked by {@link parseManifest});
 * - the executed notebooks `notebooks/<name>.ipynb`, one per entry of the
 *   manifest's `notebooks`, in that (run) order (required);
 * - the ledger `tables/tab01_ledger.parquet` (null when absent); Parquet
 *   rather than the CSV beside it, whose text cells may carry the `'` that
 *   neutralises spreadsheet formulas;
 * - the chart libraries ({@link chartScripts}).
 *
 * @param outDir The output folder.
 * @returns The report's input.
 * @throws {Error} When the manifest or an executed notebook is missing, or
 *   the manifest is malformed.
 */
export async function readReportInput(outDir: string): Promise<ReportInput> {
  const manifestPath = join(outDir, "manifest.json");
  const manifest = parseManifest(
    await readText(manifestPath, "the run record"),
    manifestPath,
  );
  const notebooks = [];
  for (const entry of manifest.notebooks) {
    const path = `notebooks/${basename(entry.path)}`;
    const file = join(outDir, path);
    const notebook = JSON.parse(
      await readText(file, `executed notebook ${entry.path}`),
    ) as Notebook;
    if (!Array.isArray(notebook?.cells)) {
      throw new TypeError(
        `Read executed notebook ${file}: no "cells" list; expected an ` +
          "nbformat 4 notebook as ./lab reproduce saves it",
      );
    }
    notebooks.push({ path, notebook });
  }
  return {
    manifest,
    notebooks,
    ledger: await readLedger(join(outDir, LEDGER_TABLE)),
    chartScripts: await chartScripts(),
  };
}
