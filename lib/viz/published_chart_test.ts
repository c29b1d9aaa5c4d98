import { deepEqual, ok } from "node:assert/strict";
import { show } from "./mod.ts";
import {
  type ComparedFigure,
  publishedChart,
  publishedChartRows,
} from "./published_chart.ts";

function row(
  figure: string,
  published: number,
  reproduced: number | null,
  status: string,
): ComparedFigure {
  return {
    release: "r",
    figure,
    published,
    reproduced,
    relative_difference: reproduced === null
      ? null
      : (reproduced - published) / published,
    status,
  };
}

Deno.test("publishedChartRows() keeps computed figures with their difference in percent", () => {
  deepEqual(
    publishedChartRows([
      row("accounts", 33, 33, "match"),
      row("tweets_with_media", 10, null, "not_reproducible"),
      row("tweets", 569455, 5694, "differs"),
    ]),
    [
      {
        label: "r · accounts",
        published: 33,
        reproduced: 33,
        difference_percent: 0,
        status: "match",
      },
      {
        label: "r · tweets",
        published: 569455,
        reproduced: 5694,
        difference_percent: -99,
        status: "differs",
      },
    ],
  );
});

Deno.test("publishedChart() renders matches and differences with the ±5% band", async () => {
  const data = publishedChartRows([
    row("accounts", 33, 33, "match"),
    row("tweets", 569455, 5694, "differs"),
  ]);
  const spec = publishedChart({
    title: "Check",
    synthetic: true,
    bandPercent: 5,
  });
  ok(JSON.stringify(spec).includes('"values":[{"lo":-5,"hi":5}]'));
  ok(JSON.stringify(spec).includes('"values":[{"edge":-10},{"edge":10}]'));
  // Outside a Jupyter kernel, show() returns the rendered SVG.
  const svg = await show(spec, data);
  ok(svg?.startsWith("<svg"));
  ok(svg?.includes("SYNTHETIC DEMO DATA"));
  ok(svg?.includes("r · tweets"));
  ok(svg?.includes("Reproduced − published (% of published)"));
});
