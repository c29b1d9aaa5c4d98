/**
 * Tables as escaped HTML (for notebooks and the report).
 *
 * @module
 */
import { escapeHtml } from "./escape_html.ts";
import { headRows, type TableData } from "./_rows.ts";

/** Options of {@link tableHtml}. */
export interface TableHtmlOptions {
  /** Rows to show; default 20. */
  maxRows?: number;
}

/**
 * Display text of one table cell, before escaping: null and undefined →
 * empty, Date → ISO 8601 UTC (`Invalid Date` if invalid), arrays and objects
 * → JSON (bigints as strings), anything else → `String(v)`.
 *
 * @param v A cell value.
 * @returns Its text.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(cellDisplay(null), "");
 * assert.equal(cellDisplay(["a", 1]), '["a",1]');
 * assert.equal(cellDisplay(new Date(Date.UTC(2019, 0, 1))), "2019-01-01T00:00:00.000Z");
 * ```
 */
export function cellDisplay(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) {
    return Number.isNaN(v.getTime()) ? "Invalid Date" : v.toISOString();
  }
  if (typeof v === "object") {
    return JSON.stringify(
      v,
      (_k, x) => typeof x === "bigint" ? String(x) : x,
    );
  }
  return String(v);
}

/**
 * The first rows of a table as an HTML `<table>`, every column name and cell
 * escaped with {@link escapeHtml} (tweet text and profile fields are
 * untrusted), followed by a `<p>` saying how many rows are shown when some
 * are left out. Null cells are empty; dates are ISO 8601 UTC.
 *
 * @param data Row objects, polars DataFrame or arquero table (only the first
 *   `maxRows` rows of a DataFrame are converted).
 * @param options `maxRows` (default 20).
 * @returns The HTML.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const html = tableHtml([{ text: "<script>x</script>" }]);
 * assert.ok(html.includes("<td>&lt;script&gt;x&lt;/script&gt;</td>"));
 * ```
 */
export function tableHtml(
  data: TableData,
  { maxRows = 20 }: TableHtmlOptions = {},
): string {
  const { columns, rows, total } = headRows(data, maxRows);
  const head = columns.map((c) => `<th>${escapeHtml(c)}</th>`).join("");
  const body = rows.map((r) =>
    "<tr>" +
    columns.map((c) => `<td>${escapeHtml(cellDisplay(r[c]))}</td>`).join("") +
    "</tr>"
  );
  const note = total > rows.length
    ? `\n<p>Showing ${rows.length} of ${total} rows.</p>`
    : "";
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${
    body.join("\n")
  }${body.length ? "\n" : ""}</tbody>\n</table>${note}\n`;
}

/**
 * The same rows as plain text: ` | `-separated, cells cut to 40 characters.
 *
 * @param data Row objects, polars DataFrame or arquero table.
 * @param options `maxRows` (default 20).
 * @returns The text.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(tableText([{ a: 1, b: "x" }]), "a | b\n1 | x\n");
 * ```
 */
export function tableText(
  data: TableData,
  { maxRows = 20 }: TableHtmlOptions = {},
): string {
  const { columns, rows, total } = headRows(data, maxRows);
  const cut = (s: string) => s.length > 40 ? s.slice(0, 39) + "…" : s;
  const lines = [columns.join(" | ")];
  for (const r of rows) {
    lines.push(columns.map((c) => cut(cellDisplay(r[c]))).join(" | "));
  }
  if (total > rows.length) lines.push(`(${rows.length} of ${total} rows)`);
  return lines.join("\n") + "\n";
}
