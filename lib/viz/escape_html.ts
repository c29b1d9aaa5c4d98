/**
 * HTML escaping for untrusted text (tweet text, profile fields).
 *
 * @module
 */

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escape `&`, `<`, `>`, `"` and `'` as `&amp;`, `&lt;`, `&gt;`, `&quot;` and
 * `&#39;`, so the text is inert both between tags and inside a quoted
 * attribute value. (It does not make text safe inside `<script>`, `<style>`
 * or an unquoted attribute; do not put it there.)
 *
 * @param s Any text.
 * @returns The escaped text.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(
 *   escapeHtml(`<img src=x onerror="alert('1')">&`),
 *   "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;",
 * );
 * ```
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}
