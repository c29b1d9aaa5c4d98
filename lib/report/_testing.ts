/**
 * Test fixture: an output folder shaped as `./lab reproduce` writes one
 * (executed notebooks, figures, tables, manifest.json), built with the
 * project's own writers (lib/viz `saveFigure`, `saveTable`, `showTable`),
 * whose tweet text, names, file names and manifest values carry script
 * injection attempts. Used by lib/report's tests and
 * tests/report_browser_test.ts.
 *
 * @module
 */
import { Buffer } from "node:buffer";
import { createHash } from "node:crypto";
import { join, relative } from "node:path";
import {
  binRows,
  categoryBarChart,
  type ChartSpec,
  dailyCountsChart,
  ecdfChart,
  ecdfRows,
  histogramChart,
  renderPng,
  saveFigure,
  saveTable,
  showTable,
  type TableData,
  tableText,
  VEGA_LITE_MIME,
  weekdayHourHeatmap,
  weekdayHourRows,
} from "../viz/mod.ts";
import type { ReportManifest } from "./manifest.ts";
import type { NotebookCell, NotebookOutput } from "./notebook_html.ts";

/** Sets `window.__xss = 1` if it ever becomes markup. */
export const XSS_IMG = `<img src=x onerror="window.__xss=1">`;
/** Sets `window.__xss = 2` if it ever becomes markup. */
export const XSS_SCRIPT = `<script>window.__xss=2</script>`;
/** Sets `window.__xss = 3` if it can close the page's JSON `<script>` block. */
export const XSS_CLOSE = `</script><script>window.__xss=3</script>`;

/** Number of vega-lite charts in the fixture's notebooks. */
export const FIXTURE_CHARTS = 5;

/** Escape sequence of an ANSI colour, as kernels print in tracebacks. */
const RED = "\u001b[31m";
const RESET = "\u001b[0m";

const stream = (name: string, text: string): NotebookOutput => ({
  output_type: "stream",
  name,
  text,
});
const display = (data: Record<string, unknown>): NotebookOutput => ({
  output_type: "display_data",
  data,
});
const code = (source: string, outputs: NotebookOutput[]): NotebookCell => ({
  cell_type: "code",
  source,
  outputs,
});
const markdown = (source: string): NotebookCell => ({
  cell_type: "markdown",
  source,
});

/** The display bundle `show(spec, rows)` of lib/viz sends, via `saveFigure`'s files. */
async function chart(
  name: string,
  spec: ChartSpec,
  rows: TableData,
  dir: string,
): Promise<NotebookOutput> {
  const saved = await saveFigure(name, spec, rows, { dir });
  return display({
    [VEGA_LITE_MIME]: JSON.parse(await Deno.readTextFile(saved.spec!)),
    "image/svg+xml": await Deno.readTextFile(saved.svg),
    "text/plain": "<vega-lite chart>",
  });
}

/** The bar chart with a tooltip on hover (vega-tooltip builds it as HTML from the data). */
function withTooltip(spec: ChartSpec): ChartSpec {
  const encoding = (spec as { encoding?: Record<string, unknown> }).encoding;
  const tooltip = [
    { field: "client", type: "nominal" },
    { field: "count", type: "quantitative" },
  ];
  return { ...spec, encoding: { ...encoding, tooltip } } as ChartSpec;
}

/** The display bundle of lib/viz `showTable(rows)`. */
async function table(rows: TableData): Promise<NotebookOutput> {
  return display({
    "text/html": await showTable(rows),
    "text/plain": tableText(rows),
  });
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Every file below `dir` except manifest.json, as manifest records. */
function outputRecords(dir: string): ReportManifest["outputs"] {
  const out: ReportManifest["outputs"] = [];
  const walk = (d: string) => {
    for (const e of [...Deno.readDirSync(d)]) {
      const p = join(d, e.name);
      if (e.isDirectory) walk(p);
      else if (e.name !== "manifest.json" && e.name !== "index.html") {
        const bytes = Deno.readFileSync(p);
        out.push({
          path: relative(dir, p),
          bytes: bytes.length,
          sha256: sha256(bytes),
        });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

function writeNotebook(path: string, cells: NotebookCell[]): Promise<void> {
  const nb = {
    cells: cells.map((c, i) => ({
      ...c,
      id: `cell-${String(i + 1).padStart(2, "0")}`,
      metadata: {},
      ...(c.cell_type === "code" ? { execution_count: i + 1 } : {}),
    })),
    metadata: {
      kernelspec: {
        display_name: "Takedown Lab (Deno 2.9.6)",
        language: "typescript",
        name: "takedown-deno",
      },
      language_info: { name: "typescript" },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return Deno.writeTextFile(path, JSON.stringify(nb, null, 1) + "\n");
}

/** The fixture's rows: tweets, clients, days, a weekday×hour matrix, values. */
const TWEETS = [
  { user_screen_name: XSS_SCRIPT, tweet_text: XSS_IMG, retweets: 3 },
  { user_screen_name: '=HYPERLINK("x")', tweet_text: XSS_CLOSE, retweets: 0 },
];
const CATEGORIES = [
  { client: XSS_IMG, count: 12 },
  { client: XSS_SCRIPT, count: 7 },
  { client: XSS_CLOSE, count: 3 },
];
const DAYS = Array.from({ length: 30 }, (_, i) => ({
  day: `2019-01-${String(i + 1).padStart(2, "0")}`,
  count: (i * 37) % 23,
  release: i % 2 === 0 ? "report_test" : XSS_IMG,
}));
const MATRIX = Array.from(
  { length: 7 },
  (_, d) => Array.from({ length: 24 }, (_, h) => (d * 24 + h) % 17),
);
const VALUES = Array.from({ length: 200 }, (_, i) => (i * 7919) % 101);
const TINY_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#4c78a8"/></svg>';

/** A chart title with the fixture's `synthetic` flag. */
type Titler = (t: string) => { title: string; synthetic: boolean };

/**
 * Writes the fixture output folder into `dir` (created if missing):
 * `notebooks/01_injection.ipynb` (every kind of output, each carrying
 * {@link XSS_IMG}, {@link XSS_SCRIPT} or {@link XSS_CLOSE}, and four of the
 * five charts), `notebooks/02_second.ipynb` (the fifth chart),
 * `figures/`, `tables/tab01_ledger.{csv,parquet}` and `manifest.json`.
 *
 * @param dir The folder.
 * @param options `synthetic`: whether the manifest records the demo bundle
 *   (default true) or a release under data/raw/.
 */
export async function writeReportFixture(
  dir: string,
  { synthetic = true }: { synthetic?: boolean } = {},
): Promise<void> {
  const figures = join(dir, "figures");
  const tables = join(dir, "tables");
  const notebooks = join(dir, "notebooks");
  for (const d of [figures, tables, notebooks, join(dir, "networks")]) {
    await Deno.mkdir(d, { recursive: true });
  }
  const title: Titler = (t) => ({ title: t, synthetic });
  await writeNotebook(
    join(notebooks, "01_injection.ipynb"),
    await injectionCells(figures, title),
  );
  await writeNotebook(join(notebooks, "02_second.ipynb"), [
    markdown(
      "# 02 · A second notebook\n\nCharts keep their order across notebooks.",
    ),
    code("await show(histogram);", [
      await chart(
        "fig02_histogram",
        histogramChart({ ...title("Account age"), xTitle: "Days" }),
        binRows(VALUES, { thresholds: 10 }),
        figures,
      ),
    ]),
  ]);
  await writeLedgerTable(tables);
  await Deno.writeTextFile(
    join(dir, "manifest.json"),
    JSON.stringify(fixtureManifest(dir, synthetic), null, 2) + "\n",
  );
}

/** The cells of `01_injection.ipynb` (writes its four charts into `figures`). */
async function injectionCells(
  figures: string,
  title: Titler,
): Promise<NotebookCell[]> {
  return [
    markdown(
      "# 01 · Does the report keep untrusted text inert?\n\n" +
        `Tweet text such as ${XSS_IMG} and ${XSS_SCRIPT} must show as text or not at all. ` +
        "[A script link](javascript:window.__xss=4), [a web link](https://example.org/).\n\n" +
        "| Inputs | Outputs |\n| --- | --- |\n| `TAKEDOWN_RELEASE` | `tab01_ledger` |\n",
    ),
    code("console.log(tweets[0].tweet_text);", [
      stream("stdout", `${XSS_IMG}\n${XSS_SCRIPT}\n${RED}red${RESET} text\n`),
      stream("stderr", `warning: ${XSS_CLOSE}\n`),
    ]),
    markdown("## Which tweets?"),
    code("await showTable(tweets);", [await table(TWEETS)]),
    code("// A notebook that displays raw HTML by mistake", [
      display({
        "text/html":
          `<table onmouseover="window.__xss=5"><tr><td>${XSS_IMG}</td>` +
          `<td><a href="javascript:window.__xss=6">link</a></td></tr></table>` +
          `${XSS_SCRIPT}<style>body { display: none }</style>` +
          '<iframe src="https://example.org/"></iframe><p>after</p>',
        "text/plain": "raw",
      }),
    ]),
    markdown("## When, where and how much?"),
    code("await show(charts);", await injectionCharts(figures, title)),
    code("// Images and other kinds of output", otherOutputs()),
    code("throw new Error(tweet)", [{
      output_type: "error",
      ename: "Error",
      evalue: XSS_SCRIPT,
      traceback: [`${RED}Error${RESET}: ${XSS_IMG}`, "    at <anonymous>:1:7"],
    }]),
    markdown(
      "## Methods, assumptions and limits\n\nA fixture: every value is made up.",
    ),
  ];
}

/** The four charts of `01_injection.ipynb`, saved into `figures`. */
async function injectionCharts(
  figures: string,
  title: Titler,
): Promise<NotebookOutput[]> {
  return [
    await chart(
      "fig01_clients",
      withTooltip(categoryBarChart({
        ...title("Clients"),
        subtitle: XSS_IMG,
        category: "client",
      })),
      CATEGORIES,
      figures,
    ),
    await chart(
      "fig01_per_day",
      dailyCountsChart({ ...title("Tweets per day"), color: "release" }),
      DAYS,
      figures,
    ),
    await chart(
      "fig01_weekday_hour",
      weekdayHourHeatmap(title("Weekday and hour")),
      weekdayHourRows(MATRIX),
      figures,
    ),
    await chart(
      "fig01_ecdf",
      ecdfChart({ ...title("Retweets per account"), xTitle: "Retweets" }),
      ecdfRows({ [XSS_SCRIPT]: VALUES, other: VALUES.map((v) => v / 2) }),
      figures,
    ),
  ];
}

/** Images, markdown, JSON and an execute result, each carrying an attack. */
function otherOutputs(): NotebookOutput[] {
  return [
    display({
      "image/svg+xml":
        '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="30" onload="window.__xss=7">' +
        '<script>window.__xss=8</script><rect width="60" height="30" fill="#e45756"/></svg>',
    }),
    display({
      "image/png": Buffer.from(renderPng(TINY_SVG, { scale: 1 })).toString(
        "base64",
      ),
      "text/plain": "<png>",
    }),
    display({ "text/markdown": `**Bold** ${XSS_SCRIPT} ${XSS_IMG}` }),
    display({ "application/json": { text: XSS_CLOSE } }),
    {
      output_type: "execute_result",
      data: { "text/plain": `'${XSS_IMG}'` },
      metadata: {},
    } as NotebookOutput,
  ];
}

/** `tables/tab01_ledger.{csv,parquet}`, with an attack as a file name. */
async function writeLedgerTable(tables: string): Promise<void> {
  await saveTable("tab01_ledger", [
    {
      release: "report_test",
      file: "report_test_users.csv",
      table: "users",
      rows_in: 2,
      rows_loaded: 2,
      rows_rejected: 0,
      field_issues: 0,
      absent_columns: "",
    },
    {
      release: "report_test",
      file: XSS_IMG,
      table: "tweets",
      rows_in: 1200,
      rows_loaded: 1199,
      rows_rejected: 1,
      field_issues: 4,
      absent_columns: XSS_SCRIPT,
    },
  ], { dir: tables });
}

/** The fixture's manifest; its outputs are the files now below `dir`. */
function fixtureManifest(dir: string, synthetic: boolean): ReportManifest {
  const releaseDir = synthetic
    ? "data/demo/releases/report_test"
    : "data/raw/report_test";
  return {
    manifest_version: 1,
    parameters: {
      release: synthetic ? "demo" : "report_test",
      baseline: "demo_organic",
      seed: 20190101,
    },
    environment: { TZ: "UTC", LC_ALL: "en_US.UTF-8" },
    release: {
      argument: synthetic ? "demo" : "report_test",
      name: "report_test",
      paths: [releaseDir],
    },
    baseline: {
      argument: "demo_organic",
      name: "demo_organic",
      paths: ["data/demo/releases/demo_organic"],
    },
    inputs: [
      {
        path: `${releaseDir}/report_test_tweets.csv`,
        bytes: 1234567,
        sha256: "0".repeat(64),
      },
      {
        path: `${releaseDir}/${XSS_IMG}.csv`,
        bytes: 10,
        sha256: "1".repeat(64),
      },
    ],
    notebooks: [
      {
        path: "notebooks/01_injection.ipynb",
        bytes: 100,
        sha256: "2".repeat(64),
      },
      { path: "notebooks/02_second.ipynb", bytes: 100, sha256: "3".repeat(64) },
    ],
    code: {
      git_commit: "0123456789abcdef0123456789abcdef01234567",
      git_dirty: false,
    },
    tools: { deno: "2.9.6", python: XSS_SCRIPT },
    npm: ["vega@6.4.0", XSS_IMG],
    outputs: outputRecords(dir),
  };
}
