import { equal, ok } from "node:assert/strict";
import { renderMarkdown } from "./render_markdown.ts";

Deno.test("renderMarkdown() renders GitHub-flavoured markdown, headings one level down", () => {
  equal(
    renderMarkdown("# 01 · Title\n\n## Was every row read?\n\nA *b* `c<d>`"),
    "<h2>01 · Title</h2>\n<h3>Was every row read?</h3>\n" +
      "<p>A <em>b</em> <code>c&lt;d&gt;</code></p>\n",
  );
  equal(renderMarkdown("###### six"), "<h6>six</h6>\n");
  const table = renderMarkdown("| a | b |\n| :-- | --: |\n| 1 | 2 |\n");
  ok(table.includes('<th align="left">a</th>'), table);
  ok(table.includes('<td align="right">2</td>'), table);
});

Deno.test("renderMarkdown() drops raw HTML that could run or load anything", () => {
  const attacks = [
    `<img src=x onerror="window.__xss=1">`,
    `<script>window.__xss=2</script>`,
    `<iframe src="https://example.org/"></iframe>`,
    `<svg onload="window.__xss=3"></svg>`,
    `<a href="javascript:window.__xss=4">a</a>`,
    `<style>body{display:none}</style>`,
    `<object data="x.swf"></object>`,
    `<p onclick="window.__xss=5">p</p>`,
    `[x](javascript:window.__xss=6)`,
    `[x](JaVaScRiPt:window.__xss=7)`,
    `[x](data:text/html;base64,PHNjcmlwdD4=)`,
    `[x](//example.org/)`,
    `![img](https://example.org/pixel.png)`,
  ];
  for (const attack of attacks) {
    const html = renderMarkdown(`before ${attack} after`);
    ok(!/<(script|img|iframe|svg|style|object)\b/i.test(html), html);
    ok(!/\son\w+=/i.test(html), html);
    ok(!/javascript:|data:|\/\/example/i.test(html), html);
    ok(!html.includes("window.__xss=2"), html);
  }
});

Deno.test("renderMarkdown() keeps web, mail and in-page links, without referrer", () => {
  equal(
    renderMarkdown(
      "[a](https://example.org/x?y=1&z=2) [b](mailto:a@b.org) [c](#ledger) [d](tables/t.csv)",
    ),
    '<p><a href="https://example.org/x?y=1&amp;z=2" rel="noopener noreferrer">a</a> ' +
      '<a href="mailto:a@b.org" rel="noopener noreferrer">b</a> ' +
      '<a href="#ledger" rel="noopener noreferrer">c</a> ' +
      '<a href="tables/t.csv" rel="noopener noreferrer">d</a></p>\n',
  );
});
