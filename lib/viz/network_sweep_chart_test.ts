import { deepEqual, ok } from "node:assert/strict";
import { show } from "./show.ts";
import type { ChartSpec } from "./_spec.ts";
import {
  networkSweepChart,
  networkSweepChartRows,
  windowLabel,
} from "./network_sweep_chart.ts";

/** The parts of a facet spec the tests read. */
type FacetSpec = {
  title: { text: string; subtitle?: string };
  facet: { column: { sort: string[] } };
  spec: { encoding: { color: { sort: string[] } } };
};

Deno.test("windowLabel() reads seconds as minutes or hours", () => {
  deepEqual([60, 300, 3600, 7200].map(windowLabel), [
    "1 min",
    "5 min",
    "1 h",
    "2 h",
  ]);
});

Deno.test("networkSweepChart() renders both panels with one line per window", async () => {
  const spec = networkSweepChart({
    title: "Sweep",
    synthetic: true,
    subtitle: "a + b; log scale",
    windows: [60, 3600],
  }) as unknown as FacetSpec;
  deepEqual(spec.title, {
    text: "Sweep — SYNTHETIC DEMO DATA",
    subtitle: "a + b; log scale",
  });
  deepEqual(spec.spec.encoding.color.sort, ["1 min", "1 h"]);
  const rows = networkSweepChartRows([
    { window_s: 60, min_repeat: 2, edges: 30, accounts: 12 },
    { window_s: 60, min_repeat: 3, edges: 20, accounts: 9 },
    { window_s: 3600, min_repeat: 2, edges: 300, accounts: 40 },
    { window_s: 3600, min_repeat: 3, edges: 200, accounts: 30 },
  ]);
  deepEqual(rows.map((r) => r.value), [30, 12, 20, 9, 300, 40, 200, 30]);
  // Outside a Jupyter kernel, show() returns the rendered SVG.
  const svg = await show(spec as unknown as ChartSpec, rows);
  ok(svg?.startsWith("<svg"));
  ok(svg?.includes("Accounts in an edge"));
  ok(svg?.includes("Minimum repeat K"));
});
