/**
 * The report page, from what {@link readReportInput} reads.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { escapeHtml } from "../viz/mod.ts";
import type { ChartScripts } from "./chart_scripts.ts";
import { code } from "./_format.ts";
import { ledgerHtml, type LedgerTable } from "./ledger_html.ts";
import { isSyntheticRelease, type ReportManifest } from "./manifest.ts";
import { manifestHtml } from "./manifest_html.ts";
import { type Notebook, notebookHtml, notebookTitle } from "./notebook_html.ts";
import { REPORT_CSS } from "./_style.ts";

/** Everything the report is made from. */
export interface ReportInput {
  /** `manifest.json`. */
  manifest: ReportManifest;
  /** The executed notebooks in run order, with paths relative to the output folder. */
  notebooks: { path: string; notebook: Notebook }[];
  /** `tables/tab01_ledger.parquet`, or null when absent. */
  ledger: LedgerTable | null;
  /** The inlined chart libraries and the page's chart script. */
  chartScripts: ChartScripts;
}

/** CSP source for an inline script: `'sha256-<base64 digest>'`. */
function scriptHash(text: string): string {
  return `'sha256-${
    createHash("sha256").update(text, "utf8").digest("base64")
  }'`;
}

/**
 * JSON that can sit inside `<script type="application/json">`: `<`, `>`, `&`
 * and the line separators U+2028/U+2029 written as `\uXXXX` escapes, so no
 * string in the data can end the element; `JSON.parse` restores them.
 */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Anchor id of a notebook section: `nb-` + file name without `.ipynb`. */
function sectionId(path: string): string {
  const file = path.slice(path.lastIndexOf("/") + 1).replace(/\.ipynb$/, "");
  return `nb-${file.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

/**
 * The Content-Security-Policy of the page. Nothing may be fetched or sent:
 * `default-src 'none'` and `connect-src 'none'`, no fonts, frames, objects,
 * forms or base URL; images only from `data:` URLs; styles inline; scripts
 * only the inline scripts whose SHA-256 is listed (or none), so an injected
 * `<script>` or event handler (`onerror="…"`) would not run even if it got
 * past the escaping.
 */
function contentSecurityPolicy(scripts: string[]): string {
  const scriptSrc = scripts.length === 0
    ? "'none'"
    : scripts.map(scriptHash).join(" ");
  return [
    "default-src 'none'",
    `script-src ${scriptSrc}`,
    "style-src 'unsafe-inline'",
    "img-src data:",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** The banner of a synthetic release or baseline, or "". */
function syntheticBanner(m: ReportManifest): string {
  if (isSyntheticRelease(m.release)) {
    return '<p class="synthetic-banner"><strong>SYNTHETIC DEMO DATA.</strong> ' +
      "This report was made from the generated demo bundle (data/demo/), " +
      "not from a real Twitter release. Every account, tweet and pattern in " +
      "it is invented, planted to test the methods: do not cite its numbers " +
      "as findings.</p>\n";
  }
  if (isSyntheticRelease(m.baseline)) {
    return '<p class="synthetic-banner"><strong>SYNTHETIC BASELINE.</strong> ' +
      `The comparison baseline of this run, ${
        code(m.baseline.argument)
      }, is generated demo data, not real organic accounts: comparisons with ` +
      "it test the methods only. Run again with --baseline set to a real " +
      "baseline before citing them.</p>\n";
  }
  return "";
}

/**
 * The report as one self-contained HTML page (UTF-8): a title (prefixed
 * `SYNTHETIC DEMO DATA —` and with a banner when the release is the demo
 * bundle; a banner also when only the baseline is), a line with the
 * parameters and commit, a table of contents, then each notebook in run
 * order ({@link notebookHtml}), the ledger ({@link ledgerHtml}) and the run
 * record ({@link manifestHtml}).
 *
 * Offline and locked down: the chart libraries are inlined (see
 * {@link chartScripts}); the chart specs sit in one
 * `<script type="application/json">` block, escaped so no value can close
 * it; a Content-Security-Policy `<meta>` forbids every request and runs
 * only the listed scripts (by SHA-256); links to other sites get
 * `rel="noopener noreferrer"` and the page sends no referrer.
 *
 * Deterministic: no clock, no absolute path, nothing machine-dependent
 * (numbers are grouped by hand, not by locale); the same input gives the
 * same bytes.
 *
 * @param input What {@link readReportInput} returns.
 * @returns The page's HTML.
 */
export function buildReport(input: ReportInput): string {
  const { manifest: m, ledger } = input;
  const { charts, contents, sections } = notebookParts(input.notebooks);
  const scripts = charts.length === 0 ? [] : input.chartScripts.scripts;
  const title = `${
    isSyntheticRelease(m.release) ? "SYNTHETIC DEMO DATA — " : ""
  }Takedown Lab report: ${m.release.name}`;
  return [
    pageHead(title, scripts),
    "<body>\n<header>\n",
    `<h1>${escapeHtml(title)}</h1>\n`,
    syntheticBanner(m),
    runLine(m),
    "<nav>\n<h2>Contents</h2>\n<ol>\n",
    contents.join("\n"),
    "\n</ol>\n</nav>\n</header>\n<main>\n",
    sections.join(""),
    ledgerHtml(ledger),
    manifestHtml(m),
    "</main>\n",
    pageFooter(input.chartScripts, charts, scripts),
    "</body>\n</html>\n",
  ].join("");
}

/**
 * Each notebook's section and contents entry (then the ledger's and the
 * run's); `charts` collects the specs of the charts the sections display.
 */
function notebookParts(
  notebooks: ReportInput["notebooks"],
): { charts: unknown[]; contents: string[]; sections: string[] } {
  const charts: unknown[] = [];
  const contents: string[] = [];
  const sections: string[] = [];
  for (const { path, notebook } of notebooks) {
    const id = sectionId(path);
    const file = path.slice(path.lastIndexOf("/") + 1);
    contents.push(
      `<li><a href="#${id}">${
        escapeHtml(notebookTitle(notebook, file))
      }</a></li>`,
    );
    sections.push(notebookHtml(notebook, { path, id, charts }));
  }
  contents.push(
    '<li><a href="#ledger">Ledger: every file read</a></li>',
    '<li><a href="#run">How these outputs were made</a></li>',
  );
  return { charts, contents, sections };
}

/** The doctype and `<head>`: CSP allowing exactly `scripts`, title, style. */
function pageHead(title: string, scripts: string[]): string {
  return [
    "<!DOCTYPE html>\n",
    '<html lang="en">\n<head>\n<meta charset="utf-8">\n',
    `<meta http-equiv="Content-Security-Policy" content="${
      contentSecurityPolicy(scripts)
    }">\n`,
    '<meta name="referrer" content="no-referrer">\n',
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    '<meta name="generator" content="Takedown Lab (lib/report)">\n',
    `<title>${escapeHtml(title)}</title>\n`,
    `<style>\n${REPORT_CSS}</style>\n`,
    "</head>\n",
  ].join("");
}

/** The header's line naming the release, baseline, seed and commit. */
function runLine(m: ReportManifest): string {
  const commit = m.code.git_commit === null
    ? "no git commit recorded"
    : `code ${code(m.code.git_commit.slice(0, 12))}${
      m.code.git_dirty ? " (with uncommitted changes)" : ""
    }`;
  return [
    `<p class="meta">Release ${code(m.parameters.release)}, baseline ${
      code(m.parameters.baseline)
    }, seed ${code(String(m.parameters.seed))}; ${commit}. Made by `,
    `${code("./lab reproduce")} from the files beside this page; it works `,
    "offline and loads nothing from the network.</p>\n",
  ].join("");
}

/** The footer, the charts' JSON and the inlined chart scripts. */
function pageFooter(
  chartScripts: ChartScripts,
  charts: unknown[],
  scripts: string[],
): string {
  const libraries = chartScripts.packages.map((p) =>
    `${escapeHtml(p.name)} ${escapeHtml(p.version)} (${escapeHtml(p.license)})`
  ).join(", ");
  return [
    "<footer>\n<p>",
    charts.length === 0
      ? "This run displayed no charts. "
      : `Charts drawn in the page with ${libraries}, inlined. `,
    "A Content-Security-Policy forbids the page every network request.</p>\n",
    "</footer>\n",
    charts.length === 0
      ? ""
      : `<script type="application/json" id="report-charts">${
        scriptJson(charts)
      }</script>\n`,
    scripts.map((s) => `<script>${s}</script>\n`).join(""),
  ].join("");
}
