import { deepEqual, equal, ok } from "node:assert/strict";
import { Buffer } from "node:buffer";
import {
  type Notebook,
  notebookHtml,
  type NotebookOutput,
  notebookTitle,
} from "./notebook_html.ts";

/** HTML of one code cell with the given outputs, and the charts collected. */
function render(outputs: NotebookOutput[], source = "x") {
  const charts: unknown[] = [];
  const html = notebookHtml(
    { cells: [{ cell_type: "code", source, outputs }] },
    { path: "notebooks/01_a b.ipynb", id: "nb-01_a_b", charts },
  );
  return { html, charts };
}

const body = (html: string) =>
  html.replace(/^<section[^]*?<\/details>\n/, "").replace(
    /<\/div>\n<\/section>\n$/,
    "",
  );

Deno.test("notebookHtml() wraps the notebook in a section with a link to the executed file", () => {
  const { html } = render([]);
  ok(html.startsWith('<section class="notebook" id="nb-01_a_b">\n'));
  ok(
    html.includes(
      '<a href="notebooks/01_a%20b.ipynb">notebooks/01_a b.ipynb</a>',
    ),
  );
  ok(
    html.includes(
      '<details class="code"><summary>Code</summary><pre><code>x</code></pre></details>',
    ),
  );
});

Deno.test("notebookHtml() escapes console output, removes ANSI colours, marks stderr, skips empty streams", () => {
  const { html } = render([
    {
      output_type: "stream",
      name: "stdout",
      text: ["\u001b[31m<b>red</b>\u001b[0m\n", "two & 'three'\n"],
    },
    { output_type: "stream", name: "stderr", text: "warn\n" },
    { output_type: "stream", name: "stdout", text: "" },
  ]);
  equal(
    body(html),
    '<pre class="stream">&lt;b&gt;red&lt;/b&gt;\ntwo &amp; &#39;three&#39;\n</pre>\n' +
      '<pre class="stream stderr">warn\n</pre>\n',
  );
});

Deno.test("notebookHtml() turns vega-lite outputs into chart containers, numbered across calls, with an SVG fallback", () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg"><text>&lt;b&gt;</text></svg>';
  const charts: unknown[] = [{ earlier: true }];
  const nb: Notebook = {
    cells: [{
      cell_type: "code",
      source: "show()",
      outputs: [
        {
          output_type: "display_data",
          data: {
            "application/vnd.vegalite.v5+json": {
              title: { text: ["A", "<b>"] },
              mark: "bar",
            },
            "image/svg+xml": svg,
            "text/plain": "<vega-lite chart>",
          },
        },
        {
          output_type: "display_data",
          data: { "application/vnd.vegalite.v6+json": '{"mark":"point"}' },
        },
      ],
    }],
  };
  const html = notebookHtml(nb, {
    path: "notebooks/x.ipynb",
    id: "nb-x",
    charts,
  });
  deepEqual(charts, [{ earlier: true }, {
    title: { text: ["A", "<b>"] },
    mark: "bar",
  }, { mark: "point" }]);
  const b64 = Buffer.from(svg, "utf8").toString("base64");
  equal(
    body(html),
    '<figure class="chart-figure"><div class="chart" data-chart="1" role="img" aria-label="A &lt;b&gt;"></div>' +
      `<noscript><img alt="A &lt;b&gt;" src="data:image/svg+xml;base64,${b64}"></noscript></figure>\n` +
      '<figure class="chart-figure"><div class="chart" data-chart="2" role="img" aria-label="Chart"></div></figure>\n',
  );
});

Deno.test("notebookHtml() filters HTML outputs and prefers them to plain text", () => {
  const { html } = render([{
    output_type: "display_data",
    data: {
      "text/html":
        '<table><tr><td onclick="x()">1</td></tr></table><script>x()</script>',
      "text/plain": "1",
    },
  }]);
  equal(
    body(html),
    '<div class="output-html"><table><tr><td>1</td></tr></table></div>\n',
  );
});

Deno.test("notebookHtml() shows SVG and PNG images as data: URLs, and refuses PNG data that is not base64", () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" onload="x()"><script>x()</script></svg>';
  const { html } = render([
    { output_type: "display_data", data: { "image/svg+xml": [svg] } },
    { output_type: "display_data", data: { "image/png": "iVBORw0K\nGgo=\n" } },
    { output_type: "display_data", data: { "image/png": 'x" onerror="y()' } },
  ]);
  equal(
    body(html),
    `<figure class="image"><img alt="Figure" src="data:image/svg+xml;base64,${
      Buffer.from(svg).toString("base64")
    }"></figure>\n` +
      '<figure class="image"><img alt="Figure" src="data:image/png;base64,iVBORw0KGgo="></figure>\n' +
      '<p class="output-note">A PNG output is not shown: it is not base64 data.</p>\n',
  );
});

Deno.test("notebookHtml() renders markdown, JSON, plain text, errors and unknown outputs safely", () => {
  const { html } = render([
    {
      output_type: "display_data",
      data: { "text/markdown": "**b** <script>x()</script>" },
    },
    { output_type: "display_data", data: { "application/json": { a: "<b>" } } },
    { output_type: "execute_result", data: { "text/plain": "'<i>'" } },
    {
      output_type: "error",
      ename: "TypeError",
      evalue: "<x>",
      traceback: [
        "\u001b[31mTypeError\u001b[0m: <x>",
        "    at <anonymous>:1:1",
      ],
    },
    { output_type: "display_data", data: { "application/x-widget": {} } },
    { output_type: "update_display_data" },
  ]);
  equal(
    body(html),
    '<div class="markdown"><p><strong>b</strong> </p>\n</div>\n' +
      '<pre class="text">{\n  &quot;a&quot;: &quot;&lt;b&gt;&quot;\n}</pre>\n' +
      '<pre class="text">&#39;&lt;i&gt;&#39;</pre>\n' +
      '<pre class="error">TypeError: &lt;x&gt;\nTypeError: &lt;x&gt;\n    at &lt;anonymous&gt;:1:1</pre>\n' +
      '<p class="output-note">An output of type application/x-widget is not shown here.</p>\n' +
      '<p class="output-note">An output of kind update_display_data is not shown here.</p>\n',
  );
});

Deno.test("notebookHtml() renders markdown cells, leaves out raw cells and empty code cells", () => {
  const charts: unknown[] = [];
  const html = notebookHtml({
    cells: [
      { cell_type: "markdown", source: ["# T\n", "\n", "<b>x</b> y"] },
      { cell_type: "raw", source: "<script>x()</script>" },
      { cell_type: "code", source: "  \n", outputs: [] },
      {
        cell_type: "code",
        source: "",
        outputs: [{ output_type: "stream", name: "stdout", text: "z\n" }],
      },
    ],
  }, { path: "notebooks/t.ipynb", id: "nb-t", charts });
  equal(
    html,
    '<section class="notebook" id="nb-t">\n' +
      '<p class="source">Executed notebook: <a href="notebooks/t.ipynb">notebooks/t.ipynb</a></p>\n' +
      '<div class="markdown"><h2>T</h2>\n<p>x y</p>\n</div>\n' +
      '<div class="cell">\n<pre class="stream">z\n</pre>\n</div>\n' +
      "</section>\n",
  );
});

Deno.test("notebookTitle() takes the first level-1 heading of the first markdown cell", () => {
  const md = (source: string) => ({
    cells: [{ cell_type: "markdown", source }],
  });
  equal(notebookTitle(md("Intro\n\n# 03 · Cadence ##\n"), "f"), "03 · Cadence");
  equal(notebookTitle(md("## Not a title\n"), "f"), "f");
  equal(
    notebookTitle({ cells: [{ cell_type: "code", source: "# comment" }] }, "f"),
    "f",
  );
});
