import assert from "node:assert/strict";
import { show, showTable } from "./show.ts";
import { renderSvg } from "./render_svg.ts";
import { specWithData } from "./_spec.ts";

Deno.test("show() outside Jupyter only renders, returning the SVG of the spec with the data inlined", async () => {
  const spec = { mark: "bar", encoding: { x: { field: "k" } } } as const;
  const rows = [{ k: "a" }, { k: "b" }];
  const svg = await show(spec, rows);
  assert.equal(svg, await renderSvg(specWithData(spec, rows).spec));
});

Deno.test("showTable() outside Jupyter returns escaped HTML", async () => {
  const html = await showTable([{ bio: "<img src=x onerror=alert(1)>" }]);
  assert.ok(html?.includes("<td>&lt;img src=x onerror=alert(1)&gt;</td>"));
});
