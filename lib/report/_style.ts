/**
 * The report's style sheet: readable prose width, tables that scroll
 * sideways, charts that may be wider than the text, a print layout.
 *
 * @module
 */

/** CSS of the report page (inlined in a `<style>` element). */
export const REPORT_CSS = `:root {
  color-scheme: light;
  --text: #1a1a1a;
  --muted: #555;
  --rule: #d9d9d9;
  --panel: #f6f6f4;
  --accent: #7a1f1f;
}
* { box-sizing: border-box; }
body {
  margin: 0 auto;
  max-width: 80rem;
  padding: 1.5rem 1.25rem 4rem;
  font: 16px/1.55 "DejaVu Sans", "Helvetica Neue", Arial, sans-serif;
  color: var(--text);
  background: #fff;
}
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 0.75rem; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 0.6rem; }
h3 { font-size: 1.12rem; margin: 1.6rem 0 0.5rem; }
h4, h5, h6 { font-size: 1rem; margin: 1.2rem 0 0.4rem; }
p, li { max-width: 46rem; }
a { color: #1f4e8c; }
code, pre { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.86em; }
pre {
  background: var(--panel);
  border-left: 3px solid var(--rule);
  padding: 0.6rem 0.8rem;
  overflow-x: auto;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}
pre.stderr { border-left-color: #b58900; }
pre.error { border-left-color: var(--accent); background: #fbeeee; }
.meta, .source, footer { color: var(--muted); font-size: 0.9rem; }
nav ol { padding-left: 1.4rem; }
.synthetic-banner {
  max-width: none;
  border: 2px solid var(--accent);
  background: #fdf3f3;
  color: var(--accent);
  padding: 0.7rem 1rem;
}
.warning { color: var(--accent); }
section.notebook { border-top: 2px solid var(--text); margin-top: 3rem; padding-top: 0.5rem; }
section#ledger, section#run { border-top: 2px solid var(--text); margin-top: 3rem; }
.cell { margin: 0.8rem 0 1.2rem; }
details.code summary { cursor: pointer; color: var(--muted); font-size: 0.85rem; }
details.code pre { white-space: pre; }
.table-wrap, .output-html { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; font-size: 0.85rem; margin: 0.6rem 0; }
th, td { border-bottom: 1px solid var(--rule); padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
th { border-bottom: 2px solid #999; }
td { font-variant-numeric: tabular-nums; }
figure { margin: 1rem 0; overflow-x: auto; }
figure img { max-width: 100%; height: auto; }
.chart-failed { color: var(--accent); }
.output-note { color: var(--muted); font-style: italic; }
ul.npm { columns: 3 14rem; font-size: 0.8rem; }
@media print {
  body { max-width: none; padding: 0; }
  details.code { display: none; }
  section.notebook, section#ledger, section#run { break-before: page; }
  .vega-embed details { display: none; }
}
`;
