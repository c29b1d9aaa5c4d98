/**
 * Turning the table shapes notebooks hold (row objects, polars DataFrames,
 * arquero tables) into row objects with a fixed column order.
 *
 * @module
 */
import type { ColumnTable } from "arquero";
import type pl from "nodejs-polars";

/** Row objects, a polars DataFrame or an arquero table. */
export type TableData =
  | readonly object[]
  | pl.DataFrame
  | ColumnTable;

/** Rows plus their column order. */
export interface Rows {
  columns: string[];
  rows: Record<string, unknown>[];
}

function isPolars(x: unknown): x is pl.DataFrame {
  return typeof x === "object" && x !== null &&
    typeof (x as pl.DataFrame).toRecords === "function" &&
    Array.isArray((x as pl.DataFrame).columns);
}

function isArquero(x: unknown): x is ColumnTable {
  return typeof x === "object" && x !== null &&
    typeof (x as ColumnTable).objects === "function" &&
    typeof (x as ColumnTable).columnNames === "function";
}

/**
 * Rows and column order of a table. Row objects keep the first-seen key order
 * across rows; a polars DataFrame gives `df.columns` and `df.toRecords()`; an
 * arquero table gives `columnNames()` and `objects()`.
 */
export function toRows(data: TableData): Rows {
  if (isPolars(data)) {
    return { columns: [...data.columns], rows: data.toRecords() };
  }
  if (isArquero(data)) {
    return {
      columns: data.columnNames(),
      rows: data.objects() as Record<string, unknown>[],
    };
  }
  if (!Array.isArray(data)) {
    throw new TypeError(
      `Read table data: expected row objects, a polars DataFrame or an arquero table: ${
        Object.prototype.toString.call(data)
      }`,
    );
  }
  const rows = data as Record<string, unknown>[];
  const seen = new Set<string>();
  for (const row of rows) for (const k of Object.keys(row)) seen.add(k);
  return { columns: [...seen], rows };
}

/** A value as plain JSON: Date → ISO string, bigint → number (or string past 2^53). */
function jsonValue(v: unknown): unknown {
  if (v instanceof Date) {
    return Number.isNaN(v.getTime()) ? null : v.toISOString();
  }
  if (typeof v === "bigint") {
    return v <= BigInt(Number.MAX_SAFE_INTEGER) &&
        v >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(v)
      : String(v);
  }
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  return v;
}

/**
 * Rows restricted to `columns`, in that key order, with values that
 * serialise to JSON unchanged (see `jsonValue`), for inlining into a spec.
 */
export function jsonRows({ columns, rows }: Rows): Record<string, unknown>[] {
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const c of columns) out[c] = jsonValue(row[c] ?? null);
    return out;
  });
}

/** The first `n` rows of a table, its columns and its total row count. */
export function headRows(
  data: TableData,
  n: number,
): Rows & { total: number } {
  if (isPolars(data)) {
    return {
      columns: [...data.columns],
      rows: data.head(n).toRecords(),
      total: data.height,
    };
  }
  if (isArquero(data)) {
    return {
      columns: data.columnNames(),
      rows: data.objects({ limit: n }) as Record<string, unknown>[],
      total: data.numRows(),
    };
  }
  const all = toRows(data);
  return { ...all, rows: all.rows.slice(0, n), total: all.rows.length };
}
