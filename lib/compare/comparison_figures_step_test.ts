import assert from "node:assert/strict";
import { comparisonFigures } from "./comparison_figures_step.ts";

Deno.test("comparisonFigures() names the clock of the working-hours axis", () => {
  assert.deepEqual(comparisonFigures(-4).map((f) => f.name), [
    "fig04_ecdf_working_hours",
    "fig04_ecdf_automation_clients",
    "fig04_ecdf_median_gap",
    "fig04_ecdf_urls",
  ]);
  assert.equal(
    comparisonFigures(5.5)[0].xTitle,
    "Share of tweets Mon–Fri 08:00–17:59 at UTC+5.5",
  );
  assert.equal(comparisonFigures(0)[2].xScale, "log");
});
