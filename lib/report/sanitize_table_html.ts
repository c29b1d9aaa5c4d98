/**
 * Filtering the HTML outputs of notebooks.
 *
 * @module
 */
import { sanitizeHtml } from "./_sanitize.ts";

/** Tags an HTML output may keep: tables and plain text markup. */
const TABLE_TAGS = [
  "table",
  "caption",
  "colgroup",
  "col",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "th",
  "td",
  "p",
  "br",
  "span",
  "div",
  "b",
  "strong",
  "i",
  "em",
  "code",
  "pre",
  "ul",
  "ol",
  "li",
];

/**
 * An HTML output of a notebook (a `text/html` display, such as
 * `showTable()` of lib/viz makes) as HTML safe to put in the report.
 *
 * Notebook outputs carry untrusted data (tweet text, screen names, profile
 * fields). `showTable` already escapes every cell, but the report does not
 * rely on that: the HTML is filtered with `sanitize-html`, keeping only
 * table and plain-text tags (`TABLE_TAGS`) and no attribute other than
 * `colspan`/`rowspan` on cells. Anything else is dropped: `script` and
 * `style` with their content, other tags keeping their text, every event
 * handler, style, class, link and image. Escaped text stays escaped.
 *
 * @param html The output's HTML.
 * @returns The filtered HTML.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(
 *   sanitizeTableHtml('<table><tr><td onclick="x()">&lt;b&gt; <img src=x onerror="y()"></td></tr></table><script>z()</script>'),
 *   "<table><tr><td>&lt;b&gt; </td></tr></table>",
 * );
 * ```
 */
export function sanitizeTableHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: TABLE_TAGS,
    allowedAttributes: {
      th: ["colspan", "rowspan"],
      td: ["colspan", "rowspan"],
    },
  });
}
