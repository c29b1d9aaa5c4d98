import { deepEqual, ok } from "node:assert/strict";
import { facetChart } from "./facet_chart.ts";
import { histogramChart } from "./histogram_chart.ts";
import { offsetHistogramChart } from "./offset_histogram_chart.ts";
import { show } from "./show.ts";

Deno.test("offsetHistogramChart() is histogramChart with the x axis fixed to -12.5 … 14.5", async () => {
  const o = {
    title: "Offsets",
    synthetic: false,
    xTitle: "UTC offset (hours)",
  };
  // deno-lint-ignore no-explicit-any
  const spec = offsetHistogramChart(o) as unknown as Record<string, any>;
  // deno-lint-ignore no-explicit-any
  const base = histogramChart(o) as unknown as Record<string, any>;
  deepEqual(spec.encoding.x, {
    ...base.encoding.x,
    scale: { domain: [-12.5, 14.5] },
  });
  deepEqual(spec.encoding.y, base.encoding.y);
  deepEqual(
    "scale" in base.encoding.x,
    false,
    "the base builder is not changed",
  );
  const rows = [{ panel: "a", bin_start: -4.5, bin_end: -3.5, count: 3 }];
  const svg = (await show(
    facetChart(offsetHistogramChart(o), { field: "panel" }),
    rows,
  ))!;
  ok(/>[−-]10</.test(svg) && />10</.test(svg), "axis spans −10 … 10 and more");
});
