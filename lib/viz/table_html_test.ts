import assert from "node:assert/strict";
import * as aq from "arquero";
import pl from "nodejs-polars";
import { tableHtml, tableText } from "./table_html.ts";

const hostile = {
  user_screen_name: "<img src=x onerror=alert(1)>",
  tweet_text: "<script>alert('x')</script> & \"quoted\"",
};

Deno.test("tableHtml() escapes every cell and column name", () => {
  const html = tableHtml([{ ...hostile, "<b>": 1 }]);
  assert.ok(!html.includes("<img"));
  assert.ok(!html.includes("<script"));
  assert.ok(!html.includes("<b>"));
  assert.ok(html.includes("<th>&lt;b&gt;</th>"));
  assert.ok(
    html.includes(
      "<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;</td>",
    ),
  );
  assert.ok(html.includes("<td>&lt;img src=x onerror=alert(1)&gt;</td>"));
});

Deno.test("tableHtml() shows the first maxRows of a polars DataFrame and says how many there are", () => {
  const df = pl.DataFrame({
    i: [1, 2, 3, 4, 5],
    s: ["a", "b", null, "d", "e"],
  });
  const html = tableHtml(df, { maxRows: 3 });
  assert.equal(
    html,
    "<table>\n<thead><tr><th>i</th><th>s</th></tr></thead>\n<tbody>\n" +
      "<tr><td>1</td><td>a</td></tr>\n<tr><td>2</td><td>b</td></tr>\n" +
      "<tr><td>3</td><td></td></tr>\n</tbody>\n</table>\n" +
      "<p>Showing 3 of 5 rows.</p>\n",
  );
});

Deno.test("tableHtml() reads arquero tables and formats dates as ISO UTC", () => {
  const t = aq.table({ d: [new Date(Date.UTC(2019, 5, 1))], n: [2] });
  assert.ok(
    tableHtml(t).includes("<td>2019-06-01T00:00:00.000Z</td><td>2</td>"),
  );
});

Deno.test("tableText() cuts long cells to 40 characters and notes hidden rows", () => {
  const text = tableText([{ t: "x".repeat(50) }, { t: "y" }], { maxRows: 1 });
  assert.equal(text, `t\n${"x".repeat(39)}…\n(1 of 2 rows)\n`);
});
