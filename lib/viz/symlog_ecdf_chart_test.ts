import { deepEqual } from "node:assert/strict";
import { ecdfChart } from "./ecdf_chart.ts";
import { symlogEcdfChart } from "./symlog_ecdf_chart.ts";

const options = {
  title: "Days from account creation to first tweet",
  subtitle: "x axis is symmetric-log",
  synthetic: true,
  xTitle: "Dormancy (days)",
  groupTitle: "Release",
};

/** A spec as plain JSON (what saveFigure writes). */
const json = (x: unknown) => JSON.parse(JSON.stringify(x));

Deno.test("symlogEcdfChart() is a symlog ecdfChart() with ticks at the given values", () => {
  const ticks = [0, 2, 7, 30];
  const s = json(symlogEcdfChart({ ...options, ticks }));
  const base = json(ecdfChart({ ...options, xScale: "symlog" }));
  deepEqual(s.encoding.x, { ...base.encoding.x, axis: { values: ticks } });
  deepEqual(Object.keys(s.encoding.x), [
    ...Object.keys(base.encoding.x),
    "axis",
  ]);
  deepEqual({ ...s, encoding: { ...s.encoding, x: null } }, {
    ...base,
    encoding: { ...base.encoding, x: null },
  });
});

Deno.test("symlogEcdfChart() copies the ticks (the caller's array is not shared)", () => {
  const ticks = [0, 1];
  const s = json(symlogEcdfChart({ ...options, ticks }));
  ticks.push(5);
  deepEqual(s.encoding.x.axis.values, [0, 1]);
});
