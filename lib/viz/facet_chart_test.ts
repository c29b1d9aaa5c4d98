import { deepEqual, equal, ok } from "node:assert/strict";
import { show, weekdayHourHeatmap, weekdayHourRows } from "./mod.ts";
import { facetChart } from "./facet_chart.ts";
import { offsetFitChart } from "./offset_fit_chart.ts";

Deno.test("facetChart() keeps title and config on top and renders one panel per group", async () => {
  const heat = weekdayHourHeatmap({
    title: "When",
    synthetic: true,
    subtitle: "two sets",
  });
  const faceted = facetChart(heat, { field: "set", order: ["zeta", "alpha"] });
  const spec = faceted as Record<string, unknown>;
  deepEqual(spec.title, {
    text: "When — SYNTHETIC DEMO DATA",
    subtitle: "two sets",
  });
  deepEqual(spec.config, { axis: { grid: false } });
  equal(spec.columns, 1);
  equal("resolve" in spec, false);
  const inner = spec.spec as Record<string, unknown>;
  equal("title" in inner, false);
  equal("config" in inner, false);
  deepEqual(inner.mark, { type: "rect" });
  const grid = Array.from(
    { length: 7 },
    (_, d) => Array.from({ length: 24 }, (_, h) => d + h),
  );
  const rows = ["alpha", "zeta"].flatMap((set) =>
    weekdayHourRows(grid).map((r) => ({ set, ...r }))
  );
  const svg = (await show(faceted, rows))!;
  ok(
    svg.indexOf(">zeta<") > 0 && svg.indexOf(">alpha<") > 0,
    "both panel titles drawn",
  );
  ok(
    svg.indexOf(">zeta<") < svg.indexOf(">alpha<"),
    "panels in the given order",
  );
});

Deno.test("offsetFitChart() draws curves per reference, faceted with free y scales", async () => {
  const faceted = facetChart(
    offsetFitChart({ title: "Fit", synthetic: false }),
    {
      field: "set",
      independent: ["y"],
    },
  );
  deepEqual((faceted as Record<string, unknown>).resolve, {
    scale: { y: "independent" },
  });
  const rows = ["a", "b"].flatMap((set) =>
    ["human", "office"].flatMap((reference) =>
      Array.from({ length: 27 }, (_, i) => ({
        set,
        reference,
        utc_offset: i - 12,
        distance: Math.abs(i - 8) / 40,
      }))
    )
  );
  const svg = (await show(faceted, rows))!;
  ok(svg.includes("Candidate UTC offset (hours)"));
  ok(svg.includes(">office<"));
});

type Heat = {
  encoding: { color: { field: string; legend?: unknown } & object };
};

Deno.test("weekdayHourHeatmap() colours by another field with a legend format; defaults unchanged", () => {
  const plain = weekdayHourHeatmap({ title: "W", synthetic: false }) as Heat;
  deepEqual(plain.encoding.color, {
    field: "count",
    type: "quantitative",
    title: "Tweets",
    scale: { scheme: "blues", zero: true },
  });
  const share = weekdayHourHeatmap({
    title: "W",
    synthetic: false,
    countTitle: "Share",
    colorField: "share",
    legendFormat: ".1%",
  }) as Heat;
  deepEqual(Object.keys(share.encoding.color), [
    "field",
    "type",
    "title",
    "scale",
    "legend",
  ]);
  equal(share.encoding.color.field, "share");
  deepEqual(share.encoding.color.legend, { format: ".1%" });
});
