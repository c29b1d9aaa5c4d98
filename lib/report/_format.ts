/**
 * Small formatting helpers of the report (locale-independent, so the page
 * is the same bytes on every machine).
 *
 * @module
 */
import { escapeHtml, tableHtml } from "../viz/mod.ts";

/**
 * An integer with `,` between groups of three digits: 21686812 →
 * `21,686,812`. Other numbers are written with `String`.
 */
export function groupDigits(n: number): string {
  return Number.isInteger(n)
    ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",")
    : String(n);
}

/** Every row of a table as escaped HTML (lib/viz `tableHtml`, no row limit). */
export function fullTable(rows: readonly object[], columns?: string[]): string {
  const ordered = columns === undefined
    ? rows
    : rows.map((r) =>
      Object.fromEntries(
        columns.map((c) => [c, (r as Record<string, unknown>)[c]]),
      )
    );
  return `<div class="table-wrap">${
    tableHtml(ordered, { maxRows: Math.max(rows.length, 1) })
  }</div>\n`;
}

/** `<code>` around escaped text. */
export function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}
