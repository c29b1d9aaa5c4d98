import { deepEqual, equal, ok } from "node:assert/strict";
import { show } from "./show.ts";
import type { ChartSpec } from "./_spec.ts";
import {
  logBin,
  nullModelChart,
  nullModelChartRows,
} from "./null_model_chart.ts";

/** The parts of a facet spec the tests read. */
type FacetSpec = {
  title: { text: string; subtitle?: string };
  facet: { column: { sort: string[] } };
  spec: { encoding: { color: { sort: string[] } } };
};

Deno.test("logBin() rounds to ten steps per factor e, two digits", () => {
  deepEqual([0, 0.01, 1, 18, 17.83, 419].map(logBin), [0, 0, 1, 17, 17, 400]);
});

Deno.test("nullModelChartRows() counts edges per bin, sorted", () => {
  const rows = nullModelChartRows([
    { null_model: "b", weight: 5, expected_weight: 0.2, significant: false },
    { null_model: "a", weight: 5, expected_weight: 0.2, significant: true },
    { null_model: "a", weight: 5, expected_weight: 0.21, significant: true },
    { null_model: "a", weight: 2, expected_weight: 3, significant: false },
  ], 0.01);
  deepEqual(rows, [
    {
      null_model: "a",
      weight: 2,
      expected_weight: 3.1,
      kept: "q > 0.01",
      edges: 1,
    },
    {
      null_model: "a",
      weight: 5,
      expected_weight: 0.22,
      kept: "q ≤ 0.01",
      edges: 2,
    },
    {
      null_model: "b",
      weight: 5,
      expected_weight: 0.22,
      kept: "q > 0.01",
      edges: 1,
    },
  ]);
});

Deno.test("nullModelChart() renders one panel per null model", async () => {
  const spec = nullModelChart({
    title: "Chance",
    synthetic: false,
    subtitle: "Δ = 60 s",
    panels: ["a", "b"],
    alpha: 0.05,
  }) as unknown as FacetSpec;
  deepEqual(spec.facet.column.sort, ["a", "b"]);
  equal(spec.title.text, "Chance");
  const svg = await show(
    spec as unknown as ChartSpec,
    nullModelChartRows([
      { null_model: "a", weight: 5, expected_weight: 0.2, significant: true },
      { null_model: "b", weight: 9, expected_weight: 7, significant: false },
    ], 0.05),
  );
  ok(svg?.startsWith("<svg"));
  ok(svg?.includes("Benjamini–Hochberg"));
  ok(svg?.includes("Expected weight (mean over rounds)"));
});
