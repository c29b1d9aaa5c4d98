import { deepEqual, ok } from "node:assert/strict";
import { burstinessChart } from "./burstiness_chart.ts";
import { ecdfChart, ecdfRows } from "./ecdf_chart.ts";
import { show } from "./show.ts";

Deno.test("burstinessChart() is ecdfChart with the x axis fixed to -1 … 1", async () => {
  const o = { title: "B", synthetic: false, xTitle: "Burstiness B" };
  // deno-lint-ignore no-explicit-any
  const spec = burstinessChart(o) as unknown as Record<string, any>;
  // deno-lint-ignore no-explicit-any
  const base = ecdfChart(o) as unknown as Record<string, any>;
  deepEqual(spec.encoding.x, {
    ...base.encoding.x,
    scale: { domain: [-1, 1] },
  });
  deepEqual(base.encoding.x.scale, { type: "linear", zero: false });
  const svg = (await show(spec as never, ecdfRows({ a: [0.1, 0.2] })))!;
  ok(svg.includes("Burstiness B"));
});
