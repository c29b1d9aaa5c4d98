/**
 * One executed notebook as a section of the report.
 *
 * @module
 */
import { Buffer } from "node:buffer";
import { escapeHtml } from "../viz/mod.ts";
import { renderMarkdown } from "./render_markdown.ts";
import { sanitizeTableHtml } from "./sanitize_table_html.ts";

/** Multi-line text as nbformat stores it: a string or a list of lines. */
export type MultilineText = string | string[];

/** One output of a code cell (nbformat 4). */
export interface NotebookOutput {
  output_type: string;
  /** `stream`: `stdout` or `stderr`. */
  name?: string;
  /** `stream`: the text. */
  text?: MultilineText;
  /** `display_data`, `execute_result`: MIME type → value. */
  data?: Record<string, unknown>;
  /** `error`: name, message and traceback lines. */
  ename?: string;
  evalue?: string;
  traceback?: string[];
}

/** One cell (nbformat 4). */
export interface NotebookCell {
  cell_type: string;
  source: MultilineText;
  outputs?: NotebookOutput[];
}

/** An executed notebook (nbformat 4), as far as the report reads it. */
export interface Notebook {
  cells: NotebookCell[];
}

/** Options of {@link notebookHtml}. */
export interface NotebookHtmlOptions {
  /** The notebook's path relative to the report, e.g. `notebooks/01_overview.ipynb`. */
  path: string;
  /** The `id` of the section (an in-page anchor). */
  id: string;
  /**
   * Where chart specs go: each vega-lite output is appended here and its
   * container refers to it by index (`data-chart`).
   */
  charts: unknown[];
}

/** Text of a multi-line nbformat value. */
function joined(text: MultilineText | undefined): string {
  return Array.isArray(text) ? text.join("") : text ?? "";
}

// ANSI terminal escapes (colours, cursor moves) that kernels put in
// tracebacks and console output; CSI sequences: ESC [ params intermediates final.
// deno-lint-ignore no-control-regex
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]/g;

/** Plain text in a `<pre>`, escaped, ANSI escapes removed. */
function pre(text: string, className: string): string {
  return `<pre class="${className}">${
    escapeHtml(text.replace(ANSI, ""))
  }</pre>\n`;
}

/** The title of a vega-lite spec as plain text ("" when it has none). */
function chartTitle(spec: unknown): string {
  const title = (spec as { title?: unknown })?.title;
  const text =
    typeof title === "object" && title !== null && !Array.isArray(title)
      ? (title as { text?: unknown }).text
      : title;
  if (typeof text === "string") return text;
  if (Array.isArray(text)) return text.map(String).join(" ");
  return "";
}

const VEGA_LITE = /^application\/vnd\.vegalite\.v\d+\+json$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** A displayed value (`display_data` / `execute_result`) as HTML. */
function displayHtml(
  data: Record<string, unknown>,
  charts: unknown[],
): string {
  const text = (mime: string) => joined(data[mime] as MultilineText);
  const svg = data["image/svg+xml"] === undefined
    ? undefined
    : Buffer.from(text("image/svg+xml"), "utf8").toString("base64");
  const vegaLite = Object.keys(data).find((k) => VEGA_LITE.test(k));
  if (vegaLite !== undefined) {
    const raw = data[vegaLite];
    const spec = typeof raw === "string" ? JSON.parse(raw) : raw;
    charts.push(spec);
    const label = escapeHtml(chartTitle(spec) || "Chart");
    const fallback = svg === undefined
      ? ""
      : `<noscript><img alt="${label}" src="data:image/svg+xml;base64,${svg}"></noscript>`;
    return `<figure class="chart-figure"><div class="chart" data-chart="${
      charts.length - 1
    }" role="img" aria-label="${label}"></div>${fallback}</figure>\n`;
  }
  if (data["text/html"] !== undefined) {
    return `<div class="output-html">${
      sanitizeTableHtml(text("text/html"))
    }</div>\n`;
  }
  if (svg !== undefined) {
    return `<figure class="image"><img alt="Figure" src="data:image/svg+xml;base64,${svg}"></figure>\n`;
  }
  if (data["image/png"] !== undefined) {
    const png = text("image/png").replace(/\s+/g, "");
    return BASE64.test(png)
      ? `<figure class="image"><img alt="Figure" src="data:image/png;base64,${png}"></figure>\n`
      : `<p class="output-note">A PNG output is not shown: it is not base64 data.</p>\n`;
  }
  if (data["text/markdown"] !== undefined) {
    return `<div class="markdown">${
      renderMarkdown(text("text/markdown"))
    }</div>\n`;
  }
  if (data["application/json"] !== undefined) {
    return pre(JSON.stringify(data["application/json"], null, 2), "text");
  }
  if (data["text/plain"] !== undefined) return pre(text("text/plain"), "text");
  const kinds = Object.keys(data).sort().join(", ");
  return `<p class="output-note">An output of type ${
    escapeHtml(kinds)
  } is not shown here.</p>\n`;
}

/** One output of a code cell as HTML. */
function outputHtml(output: NotebookOutput, charts: unknown[]): string {
  switch (output.output_type) {
    case "stream": {
      const text = joined(output.text);
      return text === ""
        ? ""
        : pre(text, output.name === "stderr" ? "stream stderr" : "stream");
    }
    case "display_data":
    case "execute_result":
      return displayHtml(output.data ?? {}, charts);
    case "error":
      return pre(
        [`${output.ename ?? "Error"}: ${output.evalue ?? ""}`]
          .concat(output.traceback ?? []).join("\n"),
        "error",
      );
    default:
      return `<p class="output-note">An output of kind ${
        escapeHtml(output.output_type)
      } is not shown here.</p>\n`;
  }
}

/**
 * The title of a notebook: the text of the first level-1 heading (`# …`)
 * of its first markdown cell, or `fallback` when there is none.
 *
 * @param notebook The notebook.
 * @param fallback Title to use otherwise, e.g. the file name.
 * @returns The title, as plain (unescaped) text.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const nb = { cells: [{ cell_type: "markdown", source: ["# 01 · What is in a release?\n", "\n", "Text"] }] };
 * assert.equal(notebookTitle(nb, "01_overview"), "01 · What is in a release?");
 * assert.equal(notebookTitle({ cells: [] }, "01_overview"), "01_overview");
 * ```
 */
export function notebookTitle(notebook: Notebook, fallback: string): string {
  const first = notebook.cells.find((c) => c.cell_type === "markdown");
  const match = /^# +(.+?)[ #]*$/m.exec(joined(first?.source));
  return match ? match[1] : fallback;
}

/**
 * One executed notebook as an HTML `<section>` of the report, cells in
 * order:
 *
 * - markdown cells: rendered with {@link renderMarkdown} (headings one level
 *   down, HTML filtered);
 * - code cells: the code in a closed `<details>` (escaped), then each
 *   output: console text (`stream`) and errors escaped in `<pre>` (ANSI
 *   colour codes removed); displayed values by the first MIME type present
 *   of: vega-lite (`application/vnd.vegalite.v<N>+json`, any N) → a chart
 *   container that the page's script fills with vega-embed (its spec goes
 *   into `options.charts`), with the output's SVG as a `<noscript>` image;
 *   `text/html` → filtered by {@link sanitizeTableHtml}; `image/svg+xml` and
 *   `image/png` → an `<img>` with a `data:` URL (an SVG in an `<img>` runs
 *   no script and loads nothing); `text/markdown` → {@link renderMarkdown};
 *   `application/json` and `text/plain` → escaped `<pre>`;
 * - raw cells are left out.
 *
 * @param notebook The executed notebook.
 * @param options Its path, the section id and the chart list to fill.
 * @returns The section's HTML.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const charts: unknown[] = [];
 * const html = notebookHtml({
 *   cells: [{ cell_type: "code", source: "show(spec)", outputs: [
 *     { output_type: "stream", name: "stdout", text: "<b>3</b> accounts\n" },
 *     { output_type: "display_data", data: { "application/vnd.vegalite.v5+json": { title: "T", mark: "bar" } } },
 *   ] }],
 * }, { path: "notebooks/01_x.ipynb", id: "nb-01_x", charts });
 * assert.ok(html.includes('<pre class="stream">&lt;b&gt;3&lt;/b&gt; accounts\n</pre>'));
 * assert.ok(html.includes('<div class="chart" data-chart="0" role="img" aria-label="T">'));
 * assert.deepEqual(charts, [{ title: "T", mark: "bar" }]);
 * ```
 */
export function notebookHtml(
  notebook: Notebook,
  { path, id, charts }: NotebookHtmlOptions,
): string {
  const parts = [
    `<section class="notebook" id="${escapeHtml(id)}">\n`,
    `<p class="source">Executed notebook: <a href="${
      escapeHtml(encodeURI(path))
    }">${escapeHtml(path)}</a></p>\n`,
  ];
  for (const cell of notebook.cells) {
    const source = joined(cell.source);
    if (cell.cell_type === "markdown") {
      parts.push(`<div class="markdown">${renderMarkdown(source)}</div>\n`);
    } else if (cell.cell_type === "code") {
      const code = source.trim() === ""
        ? ""
        : `<details class="code"><summary>Code</summary><pre><code>${
          escapeHtml(source)
        }</code></pre></details>\n`;
      const outputs = (cell.outputs ?? []).map((o) => outputHtml(o, charts))
        .join("");
      if (code !== "" || outputs !== "") {
        parts.push(`<div class="cell">\n${code}${outputs}</div>\n`);
      }
    }
  }
  parts.push("</section>\n");
  return parts.join("");
}
