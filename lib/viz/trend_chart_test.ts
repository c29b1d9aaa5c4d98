import { equal, ok } from "node:assert/strict";
import { assertSvgSnapshot } from "./_snapshot.ts";
import { specWithData } from "./_spec.ts";
import { renderSvg } from "./render_svg.ts";
import { trendChart } from "./trend_chart.ts";

/** Two hashtags over six days; #b trends on day 5. */
const rows = ["a", "b"].flatMap((hashtag) =>
  [3, 4, 2, 5, 40, 6].map((n, i) => ({
    hashtag,
    day: `2021-01-0${i + 1}`,
    n_tweets: hashtag === "a" ? 3 : n,
    threshold: i < 2 ? null : hashtag === "a" ? 3 : 9.5,
    trending: hashtag === "b" && i === 4,
  }))
);

Deno.test("trendChart() draws one panel per hashtag with threshold and trending days", async () => {
  const spec = trendChart({
    title: "Daily tweets",
    synthetic: true,
    subtitle: "Fixed test data",
    xTitle: "Local day (UTC-4)",
    height: 60,
  });
  const s = spec as unknown as {
    facet: { row: { field: string } };
    spec: { layer: { mark: { color: string } }[] };
  };
  equal(s.facet.row.field, "hashtag");
  equal(s.spec.layer.length, 3);
  equal(s.spec.layer[2].mark.color, "#d62728");
  const svg = await renderSvg(specWithData(spec, rows).spec);
  ok(svg.includes("Local day (UTC-4)"));
  await assertSvgSnapshot("trend_chart", svg);
});
