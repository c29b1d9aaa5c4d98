import { deepEqual, equal, match, ok } from "node:assert/strict";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { buildReport, type ReportInput } from "./build_report.ts";
import { readReportInput } from "./read_report_input.ts";
import { writeReport } from "./write_report.ts";
import {
  FIXTURE_CHARTS,
  writeReportFixture,
  XSS_CLOSE,
  XSS_IMG,
  XSS_SCRIPT,
} from "./_testing.ts";

/** A fixture folder, its report and its input, made once for this file. */
const fixture = (async () => {
  const dir = await Deno.makeTempDir({ prefix: "report_fixture_" });
  await writeReportFixture(dir);
  const path = await writeReport(dir);
  return {
    dir,
    path,
    html: await Deno.readTextFile(path),
    input: await readReportInput(dir),
  };
})();

/** The page without the bodies of its inline scripts, and those bodies. */
function splitScripts(html: string): { rest: string; scripts: string[] } {
  const scripts: string[] = [];
  const rest = html.replace(
    /<script>([^]*?)<\/script>/g,
    (_m, body: string) => {
      scripts.push(body);
      return "<script></script>";
    },
  );
  return { rest, scripts };
}

Deno.test("writeReport() writes index.html, the same bytes for the same outputs wherever they are", async () => {
  const { dir, path, html } = await fixture;
  equal(path, join(dir, "index.html"));
  const other = await Deno.makeTempDir({ prefix: "report_fixture_other_" });
  try {
    await writeReportFixture(other);
    const again = await Deno.readTextFile(await writeReport(other));
    ok(again === html, "reports of identical outputs in two folders differ");
    equal(await Deno.readTextFile(await writeReport(dir)), html);
    ok(
      !html.includes(dir) && !html.includes(other),
      "the page contains an absolute path",
    );
    ok(!html.includes(Deno.cwd()), "the page contains the working folder");
  } finally {
    await Deno.remove(other, { recursive: true });
  }
});

Deno.test("buildReport() leaves no live markup from untrusted text", async () => {
  const { html } = await fixture;
  const { rest, scripts } = splitScripts(html);
  equal(scripts.length, 4, "vega, vega-lite, vega-embed and the chart script");
  // Outside the inline scripts (the libraries' own code), the only <script>
  // elements are those four (now empty) and the charts' JSON block.
  equal(rest.match(/<script\b/gi)?.length, 5);
  equal(
    rest.match(/<script type="application\/json" id="report-charts">/g)?.length,
    1,
  );
  for (const payload of [XSS_IMG, XSS_SCRIPT, XSS_CLOSE]) {
    ok(!html.includes(payload), `the page contains ${payload} unescaped`);
  }
  ok(
    !/<[a-z][^>]*\son[a-z]+\s*=/i.test(rest),
    "an element has an event handler",
  );
  ok(
    !/<(iframe|object|embed|form|base|link|meta http-equiv="refresh")\b/i.test(
      rest,
    ),
  );
  ok(!/href\s*=\s*["']?\s*javascript:/i.test(rest), "a javascript: link");
  const sources = [...rest.matchAll(/\ssrc="([^"]*)"/g)].map((m) => m[1]);
  ok(sources.length > 0);
  ok(sources.every((s) => s.startsWith("data:image/")), sources.join(" "));
  // The charts' JSON: escaped so no value can close the element, and whole.
  const json =
    /<script type="application\/json" id="report-charts">([^]*?)<\/script>/
      .exec(rest)![1];
  ok(!/[<>&]/.test(json));
  const specs = JSON.parse(json) as {
    data: { values: Record<string, unknown>[] };
  }[];
  equal(specs.length, FIXTURE_CHARTS);
  ok(specs[0].data.values.some((r) => r.client === XSS_CLOSE));
  // The text itself still reaches the reader, escaped.
  ok(html.includes("&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;"));
  ok(
    html.includes(
      "warning: &lt;/script&gt;&lt;script&gt;window.__xss=3&lt;/script&gt;",
    ),
  );
});

Deno.test("buildReport() allows exactly its inline scripts by SHA-256 and forbids every request", async () => {
  const { html } = await fixture;
  const csp =
    /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(
      html,
    )![1];
  const { scripts } = splitScripts(html);
  const hashes = scripts.map((s) =>
    `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`
  );
  equal(
    csp,
    `default-src 'none'; script-src ${
      hashes.join(" ")
    }; style-src 'unsafe-inline'; ` +
      "img-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'",
  );
  // The policy comes before anything it governs.
  ok(html.indexOf("Content-Security-Policy") < html.indexOf("<style>"));
  ok(html.includes('<meta name="referrer" content="no-referrer">'));
});

Deno.test("buildReport() lists notebooks in run order, then the ledger and the run record", async () => {
  const { html } = await fixture;
  const order = [
    '<a href="#nb-01_injection">01 · Does the report keep untrusted text inert?</a>',
    '<a href="#nb-02_second">02 · A second notebook</a>',
    '<a href="#ledger">',
    '<a href="#run">',
    '<section class="notebook" id="nb-01_injection">',
    '<section class="notebook" id="nb-02_second">',
    '<section id="ledger">',
    '<section id="run">',
  ].map((s) => html.indexOf(s));
  ok(
    order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1])),
    String(order),
  );
  ok(
    html.includes(
      "2 files: 1,202 records read, 1,201 loaded, 1 rejected; 4 field issues.",
    ),
  );
  ok(html.includes("2 files, 1,234,577 bytes."));
  ok(
    html.includes(
      "Code: git commit <code>0123456789abcdef0123456789abcdef01234567</code>.</p>",
    ),
  );
  ok(
    html.includes(
      "Charts drawn in the page with vega 6.4.0 (BSD-3-Clause), vega-lite 6.5.0 (BSD-3-Clause), vega-embed 7.3.0 (BSD-3-Clause), inlined.",
    ),
  );
});

Deno.test("buildReport() labels a demo run SYNTHETIC, and a real release compared with the demo baseline", async () => {
  const { html, input } = await fixture;
  match(
    html,
    /<title>SYNTHETIC DEMO DATA — Takedown Lab report: report_test<\/title>/,
  );
  ok(
    html.includes(
      '<p class="synthetic-banner"><strong>SYNTHETIC DEMO DATA.</strong>',
    ),
  );
  const real: ReportInput = {
    ...input,
    manifest: {
      ...input.manifest,
      release: {
        argument: "iran_201906",
        name: "iran_201906",
        paths: ["data/raw/iran_201906"],
      },
    },
  };
  const realHtml = buildReport(real);
  match(realHtml, /<title>Takedown Lab report: iran_201906<\/title>/);
  ok(!realHtml.includes("<strong>SYNTHETIC DEMO DATA.</strong>"));
  ok(
    realHtml.includes(
      "<strong>SYNTHETIC BASELINE.</strong> The comparison baseline of this run, <code>demo_organic</code>",
    ),
  );
  const realBaseline = buildReport({
    ...real,
    manifest: {
      ...real.manifest,
      baseline: { argument: "b", name: "b", paths: ["data/raw/b"] },
    },
  });
  ok(!realBaseline.includes('<p class="synthetic-banner">'));
});

Deno.test("buildReport() of a run without charts inlines no script and allows none", async () => {
  const { input } = await fixture;
  const html = buildReport({
    ...input,
    notebooks: [{
      path: "notebooks/01_text.ipynb",
      notebook: {
        cells: [{ cell_type: "markdown", source: "# 01 · Text only" }],
      },
    }],
  });
  ok(html.includes("script-src 'none';"));
  ok(!/<script/i.test(html));
  ok(html.includes("This run displayed no charts."));
});

Deno.test("buildReport() flags a ledger row where records read ≠ loaded + rejected", async () => {
  const { input } = await fixture;
  const rows = input.ledger!.rows.map((r) => ({ ...r }));
  rows[1].rows_loaded = 1000;
  const html = buildReport({
    ...input,
    ledger: { columns: input.ledger!.columns, rows },
  });
  ok(html.includes(
    '<strong class="warning">Records read ≠ loaded + rejected for: &lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;.</strong>',
  ));
  deepEqual(input.ledger!.rows[1].rows_loaded, 1199);
});

Deno.test({
  name: "(cleanup) remove the fixture folder",
  fn: async () => {
    await Deno.remove((await fixture).dir, { recursive: true });
  },
});
