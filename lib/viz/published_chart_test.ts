import { ok } from "node:assert/strict";
import { show } from "./mod.ts";
import { publishedChart, publishedChartRows } from "./published_chart.ts";
import type { PublishedRow } from "../published/reproduce_figures.ts";

Deno.test("publishedChart() renders matches and differences with the ±5% band", async () => {
  const row = (
    figure: string,
    published: number,
    reproduced: number,
    status: PublishedRow["status"],
  ): PublishedRow => ({
    release: "r",
    figure,
    source: "s",
    published,
    qualifier: "exactly",
    reproduced,
    difference: reproduced - published,
    relative_difference: (reproduced - published) / published,
    status,
    note: "",
  });
  const data = publishedChartRows([
    row("accounts", 33, 33, "match"),
    row("tweets", 569455, 5694, "differs"),
  ]);
  // Outside a Jupyter kernel, show() returns the rendered SVG.
  const svg = await show(
    publishedChart({ title: "Check", synthetic: true }),
    data,
  );
  ok(svg?.startsWith("<svg"));
  ok(svg?.includes("SYNTHETIC DEMO DATA"));
  ok(svg?.includes("r · tweets"));
  ok(svg?.includes("Reproduced − published (% of published)"));
});
