/**
 * The ledger section of the report.
 *
 * @module
 */
import { escapeHtml } from "../viz/mod.ts";
import { fullTable, groupDigits } from "./_format.ts";

/** The ledger table as `saveTable("tab01_ledger", …)` wrote it. */
export interface LedgerTable {
  /** Column names in file order. */
  columns: string[];
  /** One row per file read. */
  rows: Record<string, unknown>[];
}

/** Sum of a numeric column (bigints and numeric strings count; others 0). */
function sum(rows: Record<string, unknown>[], column: string): number {
  return rows.reduce((s, r) => s + (Number(r[column]) || 0), 0);
}

/**
 * The ledger (one row per file read: rows in the file, rows loaded, rows
 * rejected, field issues, …; see notebook 01 and lib/io/ledger.ts) as an
 * HTML `<section id="ledger">`: a sentence with the totals, a check that
 * `rows_in = rows_loaded + rows_rejected` holds for every file (the files
 * where it does not are named), and the whole table, escaped. When the
 * table is missing, the section says so.
 *
 * @param ledger The table, or null when `tables/tab01_ledger.parquet` is
 *   absent.
 * @returns The section's HTML.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const html = ledgerHtml({
 *   columns: ["file", "rows_in", "rows_loaded", "rows_rejected", "field_issues"],
 *   rows: [{ file: "a.csv", rows_in: 1200, rows_loaded: 1199, rows_rejected: 1, field_issues: 3 }],
 * });
 * assert.ok(html.includes("1 file: 1,200 records read, 1,199 loaded, 1 rejected; 3 field issues."));
 * ```
 */
export function ledgerHtml(ledger: LedgerTable | null): string {
  const head = '<section id="ledger">\n<h2>Ledger: every file read</h2>\n';
  if (ledger === null) {
    return head +
      "<p>This run has no ledger table (tables/tab01_ledger.parquet, " +
      "written by notebook 01).</p>\n</section>\n";
  }
  const { columns, rows } = ledger;
  const has = (c: string) => columns.includes(c);
  const parts = [head];
  if (has("rows_in") && has("rows_loaded") && has("rows_rejected")) {
    const files = `${rows.length} file${rows.length === 1 ? "" : "s"}`;
    const issues = has("field_issues")
      ? `; ${groupDigits(sum(rows, "field_issues"))} field issues`
      : "";
    parts.push(
      `<p>${files}: ${groupDigits(sum(rows, "rows_in"))} records read, ${
        groupDigits(sum(rows, "rows_loaded"))
      } loaded, ${groupDigits(sum(rows, "rows_rejected"))} rejected${issues}.`,
    );
    const broken = rows.filter((r) =>
      Number(r.rows_in) !== Number(r.rows_loaded) + Number(r.rows_rejected)
    );
    parts.push(
      broken.length === 0
        ? " For every file, records read = loaded + rejected: no row was dropped silently.</p>\n"
        : ` <strong class="warning">Records read ≠ loaded + rejected for: ${
          escapeHtml(broken.map((r) => String(r.file ?? "?")).join(", "))
        }.</strong></p>\n`,
    );
  }
  parts.push(fullTable(rows, columns));
  parts.push(
    '<p>Also in <a href="tables/tab01_ledger.csv">tables/tab01_ledger.csv</a>.</p>\n</section>\n',
  );
  return parts.join("");
}
