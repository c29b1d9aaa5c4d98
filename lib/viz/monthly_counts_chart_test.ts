import { deepEqual } from "node:assert/strict";
import { dailyCountsChart } from "./daily_counts_chart.ts";
import { monthlyCountsChart } from "./monthly_counts_chart.ts";

const options = {
  title: "Accounts created per month",
  subtitle: "a against b",
  synthetic: true,
  x: "month",
  y: "accounts",
  color: "release",
  xTitle: "Month of account creation (UTC)",
  yTitle: "Accounts created",
};

/** A spec as plain JSON (what saveFigure writes). */
const json = (x: unknown) => JSON.parse(JSON.stringify(x));

Deno.test("monthlyCountsChart() is dailyCountsChart() with year labels on x", () => {
  const monthly = json(monthlyCountsChart(options));
  const daily = json(dailyCountsChart(options));
  deepEqual(monthly.encoding.x, {
    ...daily.encoding.x,
    axis: { format: "%Y", labelAngle: 0 },
  });
  // Same key order as the daily chart's x encoding (the saved spec reads the same).
  deepEqual(Object.keys(monthly.encoding.x), Object.keys(daily.encoding.x));
  deepEqual({ ...monthly, encoding: { ...monthly.encoding, x: null } }, {
    ...daily,
    encoding: { ...daily.encoding, x: null },
  });
});

Deno.test("monthlyCountsChart() takes another label format", () => {
  const s = json(monthlyCountsChart({ ...options, xFormat: "%b %Y" }));
  deepEqual(s.encoding.x.axis, { format: "%b %Y", labelAngle: 0 });
});
