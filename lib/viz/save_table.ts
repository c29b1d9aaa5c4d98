/**
 * Writing a result table as CSV and Parquet.
 *
 * @module
 */
import { join } from "node:path";
import pl from "nodejs-polars";
import { toSafeCsv } from "./csv.ts";
import { checkName } from "./_name.ts";
import { type TableData, toRows } from "./_rows.ts";

/** Options of {@link saveTable}. */
export interface SaveTableOptions {
  /** Folder to write into (created if missing), e.g. `outputs/tables`. */
  dir: string;
}

/** Paths {@link saveTable} wrote. */
export interface SavedTable {
  csv: string;
  parquet: string;
}

function isPolars(x: unknown): x is pl.DataFrame {
  return typeof x === "object" && x !== null &&
    typeof (x as pl.DataFrame).writeParquet === "function";
}

/** Row objects as a polars DataFrame: types inferred from all rows. */
function rowsToPolars(
  columns: string[],
  rows: Record<string, unknown>[],
  path: string,
): pl.DataFrame {
  if (rows.length === 0) {
    return pl.DataFrame(
      Object.fromEntries(columns.map((c) => [c, pl.Series(c, [], pl.Utf8)])),
    );
  }
  try {
    return pl.readRecords(rows, { inferSchemaLength: rows.length })
      .select(...columns);
  } catch (e) {
    throw new TypeError(
      `Write Parquet ${path}: cannot infer column types from the rows: ${
        (e as Error).message
      }; pass a polars DataFrame with explicit types`,
    );
  }
}

/**
 * Save a result table as `<dir>/<name>.csv` (spreadsheet-safe, see
 * {@link toSafeCsv}) and `<dir>/<name>.parquet` (polars `writeParquet`, zstd).
 *
 * A polars DataFrame keeps its types in Parquet. Row objects and arquero
 * tables go through `pl.readRecords` (types inferred from all rows: JS numbers
 * become Float64, `Date` becomes Datetime(ms)). The CSV is built in JS from
 * the rows, so it suits result tables (up to about a million rows), not raw
 * tweet tables. Polars 0.25.2 writes the same bytes for the same frame (tested
 * on 300,000 rows), so both files are reproducible.
 *
 * @param name File stem, e.g. `table02_top_hashtags`.
 * @param data Row objects, polars DataFrame or arquero table.
 * @param options `dir` (required).
 * @returns The written paths.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * const out = await saveTable("t", [{ tag: "+win", n: -1 }], { dir });
 * assert.equal(await Deno.readTextFile(out.csv), "tag,n\n'+win,-1\n");
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function saveTable(
  name: string,
  data: TableData,
  { dir }: SaveTableOptions,
): Promise<SavedTable> {
  checkName("Save table", name);
  const out: SavedTable = {
    csv: join(dir, `${name}.csv`),
    parquet: join(dir, `${name}.parquet`),
  };
  const { columns, rows } = toRows(data);
  const df = isPolars(data) ? data : rowsToPolars(columns, rows, out.parquet);
  await Deno.mkdir(dir, { recursive: true });
  await Deno.writeTextFile(out.csv, toSafeCsv(rows, columns));
  await Deno.writeFile(out.parquet, df.writeParquet({ compression: "zstd" }));
  return out;
}
