import { equal, ok } from "node:assert/strict";
import { showTable } from "../viz/mod.ts";
import { sanitizeTableHtml } from "./sanitize_table_html.ts";

Deno.test("sanitizeTableHtml() keeps showTable()'s escaped table as it reads", async () => {
  const html = (await showTable([
    { text: `<img src=x onerror="window.__xss=1">`, n: 3 },
  ]))!;
  equal(
    sanitizeTableHtml(html),
    "<table>\n<thead><tr><th>text</th><th>n</th></tr></thead>\n<tbody>\n" +
      '<tr><td>&lt;img src=x onerror="window.__xss=1"&gt;</td><td>3</td></tr>\n' +
      "</tbody>\n</table>\n",
  );
});

Deno.test("sanitizeTableHtml() removes scripts, handlers, links, images, frames and styles", () => {
  const html = sanitizeTableHtml(
    `<table class="x" style="color:red" onmouseover="window.__xss=1"><tr>` +
      `<td colspan="2" onclick="window.__xss=2"><a href="javascript:window.__xss=3">l</a></td>` +
      `<td><img src="https://example.org/p.png"><svg onload="window.__xss=4"><circle/></svg></td></tr></table>` +
      `<script>window.__xss=5</script><style>td{}</style><iframe src="https://example.org"></iframe>` +
      `<form action="https://example.org"><input name="a"></form><p>kept</p>`,
  );
  equal(
    html,
    '<table><tr><td colspan="2">l</td><td></td></tr></table><p>kept</p>',
  );
  ok(!html.includes("__xss"));
});
