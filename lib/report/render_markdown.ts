/**
 * Markdown to safe HTML for the report.
 *
 * @module
 */
import { Marked } from "marked";
import { sanitizeHtml } from "./_sanitize.ts";

const markdown = new Marked({ gfm: true, async: false });

/** Tags markdown may produce in the report, after the heading shift. */
const MARKDOWN_TAGS = [
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "p",
  "br",
  "hr",
  "em",
  "strong",
  "del",
  "code",
  "pre",
  "blockquote",
  "ul",
  "ol",
  "li",
  "a",
  "sup",
  "sub",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
];

/**
 * Markdown (GitHub-flavoured, rendered with `marked`) as HTML that is safe
 * to put in the report, whatever the markdown contains.
 *
 * After rendering, the HTML is filtered with `sanitize-html`: only the tags
 * listed in `MARKDOWN_TAGS` survive (others are dropped, their text kept;
 * `script`, `style`, `textarea` and the like are dropped with their
 * content); the only attributes kept are `href` and `title` on links,
 * `start` on ordered lists and `align` on table cells; links must be
 * `http:`, `https:`, `mailto:`, in-page (`#…`) or relative, and get
 * `rel="noopener noreferrer"`. Headings move one level down (`#` → `<h2>`,
 * `######` stays `<h6>`) because the report's own title is the only
 * `<h1>`. Images are dropped (the page loads no files).
 *
 * @param source Markdown text.
 * @returns The HTML.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(
 *   renderMarkdown("# Title\n\nSome **bold** <script>alert(1)</script>"),
 *   "<h2>Title</h2>\n<p>Some <strong>bold</strong> </p>\n",
 * );
 * assert.equal(
 *   renderMarkdown("[x](javascript:alert(1))"),
 *   "<p><a rel=\"noopener noreferrer\">x</a></p>\n",
 * );
 * ```
 */
export function renderMarkdown(source: string): string {
  const html = markdown.parse(source) as string;
  return sanitizeHtml(html, {
    allowedTags: MARKDOWN_TAGS,
    allowedAttributes: {
      a: ["href", "title", "rel"],
      ol: ["start"],
      th: ["align"],
      td: ["align"],
    },
    allowedSchemes: ["http", "https", "mailto"],
    allowProtocolRelative: false,
    transformTags: {
      h1: "h2",
      h2: "h3",
      h3: "h4",
      h4: "h5",
      h5: "h6",
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, rel: "noopener noreferrer" },
      }),
    },
  });
}
