/**
 * The offline HTML report of a run: `outputs/<release>/index.html`.
 *
 * {@link writeReport}(outDir) turns what `./lab reproduce` wrote (the
 * executed notebooks, the ledger table, `manifest.json`) into one page that
 * a reader opens from the file system:
 *
 * - each notebook in run order: its markdown rendered ({@link renderMarkdown},
 *   `marked` then `sanitize-html`), its code folded away, its outputs:
 *   console text escaped, tables filtered ({@link sanitizeTableHtml}),
 *   charts interactive (vega-embed, with vega and vega-lite, inlined);
 * - the ledger (every file read; {@link ledgerHtml});
 * - the run record ({@link manifestHtml}): parameters, inputs with SHA-256,
 *   code commit, tool versions, outputs.
 *
 * Notebook outputs carry untrusted text (tweets, names, profile fields):
 * every value is escaped or filtered, and a Content-Security-Policy runs
 * only the page's own scripts (by hash) and forbids every request, so the
 * page neither leaks nor runs injected code. SYNTHETIC demo runs are
 * labelled as such. The same outputs give the same bytes.
 *
 * @example
 * ```ts ignore
 * import { writeReport } from "./mod.ts";
 * console.log(await writeReport("outputs/demo"));   // outputs/demo/index.html
 * ```
 *
 * @module
 */
export { writeReport } from "./write_report.ts";
export { LEDGER_TABLE, readReportInput } from "./read_report_input.ts";
export { buildReport, type ReportInput } from "./build_report.ts";
export {
  type ChartScripts,
  chartScripts,
  type InlinedPackage,
} from "./chart_scripts.ts";
export {
  isSyntheticRelease,
  type ManifestFile,
  type ManifestRelease,
  parseManifest,
  type ReportManifest,
} from "./manifest.ts";
export {
  type MultilineText,
  type Notebook,
  type NotebookCell,
  notebookHtml,
  type NotebookHtmlOptions,
  type NotebookOutput,
  notebookTitle,
} from "./notebook_html.ts";
export { ledgerHtml, type LedgerTable } from "./ledger_html.ts";
export { manifestHtml } from "./manifest_html.ts";
export { renderMarkdown } from "./render_markdown.ts";
export { sanitizeTableHtml } from "./sanitize_table_html.ts";
