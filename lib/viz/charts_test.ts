import assert from "node:assert/strict";
import { assertSvgSnapshot } from "./_snapshot.ts";
import { type ChartSpec, specWithData } from "./_spec.ts";
import type { TableData } from "./_rows.ts";
import { categoryBarChart } from "./category_bar_chart.ts";
import { dailyCountsChart } from "./daily_counts_chart.ts";
import { ecdfChart, ecdfRows } from "./ecdf_chart.ts";
import { binRows, histogramChart } from "./histogram_chart.ts";
import { renderSvg } from "./render_svg.ts";
import { weekdayHourHeatmap, weekdayHourRows } from "./weekday_hour_heatmap.ts";

/** Render a builder's spec with its data, as saveFigure does. */
function render(spec: ChartSpec, data: TableData): Promise<string> {
  return renderSvg(specWithData(spec, data).spec);
}

const days = [
  ["2019-06-01", 12],
  ["2019-06-02", 30],
  ["2019-06-03", 25],
  ["2019-06-04", 0],
  ["2019-06-05", 41],
  ["2019-06-06", 38],
  ["2019-06-07", 17],
].map(([day, count]) => ({ day, count }));

Deno.test("dailyCountsChart() line chart matches its snapshot", async () => {
  const spec = dailyCountsChart({
    title: "Tweets per day",
    synthetic: true,
    subtitle: "Fixed test data",
  });
  await assertSvgSnapshot("daily_counts_line", await render(spec, days));
});

Deno.test("dailyCountsChart() stacked bars per series match their snapshot", async () => {
  const rows = days.flatMap((d, i) => [
    { ...d, kind: "original" },
    { day: d.day, count: (i * 7) % 11, kind: "retweet" },
  ]);
  const spec = dailyCountsChart({
    title: "Tweets per day by kind",
    synthetic: false,
    mark: "bar",
    color: "kind",
  });
  await assertSvgSnapshot("daily_counts_bar", await render(spec, rows));
});

Deno.test("dailyCountsChart() gives the same SVG whatever the machine's time zone", async () => {
  const spec = dailyCountsChart({ title: "t", synthetic: false, width: 200 });
  const rows = [{ day: "2019-06-01", count: 1 }, {
    day: "2019-06-03",
    count: 2,
  }];
  const here = await render(spec, rows);
  assert.ok(here.includes(">Jun 01, 2019</text>"));
  const code = `
    import { renderSvg } from "./lib/viz/render_svg.ts";
    import { specWithData } from "./lib/viz/_spec.ts";
    const { spec, rows } = ${JSON.stringify({ spec, rows })};
    console.log(await renderSvg(specWithData(spec, rows).spec));`;
  const root = new URL("../../", import.meta.url);
  for (const tz of ["America/Los_Angeles", "Asia/Tokyo"]) {
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["eval", "--ext=ts", code],
      cwd: root,
      env: { TZ: tz },
      stdout: "piped",
      stderr: "inherit",
    }).output();
    assert.ok(out.success, `deno eval under TZ=${tz} failed`);
    assert.equal(new TextDecoder().decode(out.stdout), here + "\n", tz);
  }
});

Deno.test("categoryBarChart() sorts bars by count, largest first, and matches its snapshot", async () => {
  const rows = [
    { lang: "ru", count: 1200 },
    { lang: "en", count: 5400 },
    { lang: "ar", count: 310 },
    { lang: "und", count: 1200 },
    { lang: "<script>x</script>", count: 3 },
  ];
  const svg = await render(
    categoryBarChart({
      title: "Tweets by language",
      synthetic: true,
      category: "lang",
      categoryTitle: "Language",
      countTitle: "Tweets",
    }),
    rows,
  );
  const yLabels = [...svg.matchAll(/role-axis-label[^]*?<\/g>/g)]
    .map((m) => m[0].match(/>([^<]+)<\/text>/g)!.map((t) => t.slice(1, -7)))
    .find((labels) => labels.includes("en"))!;
  const order = yLabels;
  assert.deepEqual(order.slice(0, 5), [
    "en",
    "ru",
    "und",
    "ar",
    "&lt;script&gt;x&lt;/script&gt;",
  ]);
  assert.ok(!svg.includes("<script"));
  await assertSvgSnapshot("category_bar", svg);
});

Deno.test("weekdayHourRows() lays a 7×24 matrix out Monday first and rejects other shapes", () => {
  const m = Array.from(
    { length: 7 },
    (_, d) => Array.from({ length: 24 }, (_, h) => d * 24 + h),
  );
  const rows = weekdayHourRows(m);
  assert.equal(rows.length, 168);
  assert.deepEqual(rows[0], { weekday: "Mon", hour: 0, count: 0 });
  assert.deepEqual(rows[167], { weekday: "Sun", hour: 23, count: 167 });
  assert.throws(
    () => weekdayHourRows(m.slice(1)),
    /expected 7 rows of 24 counts \(Monday first\): 6 rows/,
  );
});

Deno.test("weekdayHourHeatmap() puts Mon on top and Sun at the bottom; matches its snapshot", async () => {
  const m = Array.from({ length: 7 }, (_, d) =>
    Array.from(
      { length: 24 },
      (_, h) => (d < 5 ? 10 : 3) * (h >= 8 && h <= 18 ? 4 : 1) + ((d + h) % 3),
    ));
  const svg = await render(
    weekdayHourHeatmap({
      title: "Tweets by weekday and hour",
      synthetic: true,
    }),
    weekdayHourRows(m),
  );
  const ys = Object.fromEntries(
    [...svg.matchAll(/translate\(-7,([\d.]+)\)"[^>]*>(Mon|Sun)</g)].map((
      x,
    ) => [x[2], Number(x[1])]),
  );
  assert.ok(ys.Mon < ys.Sun);
  await assertSvgSnapshot("weekday_hour_heatmap", svg);
});

Deno.test("ecdfRows() gives one step per distinct value with the share ≤ value", () => {
  const rows = ecdfRows(
    new Map([["b", [5, 1, 1, null, 2]], ["a", [Infinity, 7]], ["empty", []]]),
  );
  assert.deepEqual(rows, [
    { group: "b", value: 1, ecdf: 0.5 },
    { group: "b", value: 2, ecdf: 0.75 },
    { group: "b", value: 5, ecdf: 1 },
    { group: "a", value: 7, ecdf: 1 },
  ]);
});

Deno.test("ecdfChart() with a log x axis matches its snapshot", async () => {
  const rows = ecdfRows({
    "Takedown accounts": [1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144],
    "Baseline accounts": [2, 4, 4, 8, 16, 16, 32, 64, 128, 256, 512],
  });
  const svg = await render(
    ecdfChart({
      title: "Tweets per account",
      synthetic: false,
      xTitle: "Tweets (log scale)",
      xScale: "log",
      groupTitle: "Accounts",
    }),
    rows,
  );
  await assertSvgSnapshot("ecdf_log", svg);
});

Deno.test("binRows() bins with d3.bin: [x0, x1) and the maximum in the last bin", () => {
  assert.deepEqual(
    binRows([0, 0.5, 1, 1.5, 2, NaN, null], { thresholds: [1] }),
    [
      { bin_start: 0, bin_end: 1, count: 2 },
      { bin_start: 1, bin_end: 2, count: 3 },
    ],
  );
  assert.deepEqual(
    binRows([1, 2, 3, 4, 10], { thresholds: [5], domain: [0, 5] }),
    [
      { bin_start: 0, bin_end: 5, count: 4 },
      { bin_start: 5, bin_end: 5, count: 0 },
    ],
  );
  const auto = binRows(Array.from({ length: 100 }, (_, i) => i));
  assert.equal(auto.reduce((s, b) => s + b.count, 0), 100);
  assert.equal(auto[0].bin_start, 0);
});

Deno.test("histogramChart() matches its snapshot", async () => {
  const values = Array.from(
    { length: 300 },
    (_, i) => ((i * 37) % 101) + (i % 7) * 9,
  );
  const svg = await render(
    histogramChart({
      title: "Account age at first tweet",
      synthetic: true,
      xTitle: "Days",
      yTitle: "Accounts",
    }),
    binRows(values, { thresholds: 12 }),
  );
  await assertSvgSnapshot("histogram", svg);
});
