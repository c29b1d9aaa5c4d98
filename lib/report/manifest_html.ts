/**
 * The run record section of the report.
 *
 * @module
 */
import { escapeHtml } from "../viz/mod.ts";
import { code, fullTable, groupDigits } from "./_format.ts";
import type { ManifestFile, ReportManifest } from "./manifest.ts";

/** Total size of files, in bytes. */
function totalBytes(files: ManifestFile[]): number {
  return files.reduce((s, f) => s + f.bytes, 0);
}

/** A list of files as a table: path, bytes (grouped digits), SHA-256. */
function filesTable(files: ManifestFile[]): string {
  return files.length === 0 ? "<p>None.</p>\n" : fullTable(files.map((f) => ({
    path: f.path,
    bytes: groupDigits(f.bytes),
    sha256: f.sha256,
  })));
}

/**
 * A summary of `manifest.json` as an HTML `<section id="run">`: the
 * parameters and fixed environment; the release and baseline arguments and
 * folders; every input file with its size and SHA-256 (so a reader can
 * check their copy of the data with `sha256sum`); the notebooks run; the
 * code's git commit, with a warning when the work tree had uncommitted
 * changes; the tool versions; the npm packages (in a closed `<details>`);
 * the number and total size of output files, and the list with SHA-256 (in
 * a closed `<details>`). Every value is escaped.
 *
 * @param m The manifest.
 * @returns The section's HTML.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const rel = { argument: "demo", name: "demo", paths: ["data/demo/releases/demo_statebacked"] };
 * const html = manifestHtml({
 *   manifest_version: 1, parameters: { release: "demo", baseline: "demo_organic", seed: 7 },
 *   environment: { TZ: "UTC" }, release: rel, baseline: rel,
 *   inputs: [{ path: "data/<x>.csv", bytes: 1234567, sha256: "ab" }], notebooks: [], outputs: [],
 *   code: { git_commit: null, git_dirty: null }, tools: { deno: "2.9.6" }, npm: ["vega@6.4.0"],
 * });
 * assert.ok(html.includes("<td>data/&lt;x&gt;.csv</td><td>1,234,567</td><td>ab</td>"));
 * ```
 */
export function manifestHtml(m: ReportManifest): string {
  const releaseRows = [m.release, m.baseline].map((r, i) => ({
    role: i === 0 ? "release" : "baseline",
    argument: r.argument,
    "output name": r.name,
    paths: r.paths.join(", "),
  }));
  const tools = Object.entries(m.tools).map(([tool, version]) => ({
    tool,
    version,
  }));
  return [
    '<section id="run">\n<h2>How these outputs were made</h2>\n',
    "<p>This is a summary of ",
    '<a href="manifest.json">manifest.json</a>, the record ',
    `${code("./lab reproduce")} wrote for this run: what went in, with `,
    "which code and tools, and what came out, each file with its SHA-256 ",
    `digest. To check a copy of the data: ${code("sha256sum <file>")}.</p>\n`,
    "<h3>Parameters</h3>\n",
    fullTable(settingRows(m)),
    fullTable(releaseRows),
    `<h3>Inputs</h3>\n<p>${m.inputs.length} files, ${
      groupDigits(totalBytes(m.inputs))
    } bytes.</p>\n`,
    filesTable(m.inputs),
    "<h3>Notebooks run</h3>\n",
    filesTable(m.notebooks),
    "<h3>Code and tools</h3>\n",
    codeLine(m.code),
    "\n",
    fullTable(tools),
    `<details><summary>${m.npm.length} npm packages (from deno.lock)</summary>`,
    `<ul class="npm">${
      m.npm.map((p) => `<li>${escapeHtml(p)}</li>`).join("")
    }</ul></details>\n`,
    `<h3>Outputs</h3>\n<p>${m.outputs.length} output files, ${
      groupDigits(totalBytes(m.outputs))
    } bytes (this page, index.html, is made from them and not listed).</p>\n`,
    `<details><summary>Every output file with its SHA-256</summary>\n${
      filesTable(m.outputs)
    }</details>\n`,
    "</section>\n",
  ].join("");
}

/** The code paragraph: the git commit, and a warning if the tree was dirty. */
function codeLine(c: ReportManifest["code"]): string {
  const { git_commit: commit, git_dirty: dirty } = c;
  return commit === null
    ? "<p>The code was not in a git repository, so no commit is recorded.</p>"
    : `<p>Code: git commit ${code(commit)}.${
      dirty
        ? ' <strong class="warning">The work tree had uncommitted changes: ' +
          "this commit alone does not reproduce these outputs.</strong>"
        : ""
    }</p>`;
}

/** The parameters, then the kernel environment, as setting/value rows. */
function settingRows(m: ReportManifest): { setting: string; value: string }[] {
  return [
    ...Object.entries(m.parameters).map(([name, value]) => ({
      setting: name,
      value: value === null ? "(none)" : String(value),
    })),
    ...Object.entries(m.environment).map(([k, v]) => ({
      setting: `${k} (kernel environment)`,
      value: v,
    })),
  ];
}
