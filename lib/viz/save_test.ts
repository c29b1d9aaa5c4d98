import assert from "node:assert/strict";
import * as aq from "arquero";
import pl from "nodejs-polars";
import { categoryBarChart } from "./category_bar_chart.ts";
import { saveFigure, saveSvgFigure } from "./save_figure.ts";
import { saveTable } from "./save_table.ts";
import { networkLayout, networkSvg } from "./network_svg.ts";

const spec = categoryBarChart({
  title: "Top hashtags",
  synthetic: true,
  category: "tag",
});
const rows = [
  { tag: "=cmd|' /C calc'!A0", count: 3 },
  { tag: "#news", count: 10 },
  { tag: "@SUM(1)", count: -1 },
];

async function bytes(path: string): Promise<Uint8Array> {
  return await Deno.readFile(path);
}

Deno.test("saveFigure() writes SVG, 2× PNG, spec with data and safe CSV, byte-identical on a second save", async () => {
  const dir = await Deno.makeTempDir();
  const a = await saveFigure("fig_tags", spec, rows, { dir: `${dir}/a` });
  const b = await saveFigure("fig_tags", spec, rows, { dir: `${dir}/b` });
  for (const k of ["svg", "png", "spec", "csv"] as const) {
    assert.ok(a[k]!.endsWith(`fig_tags.${k === "spec" ? "vl.json" : k}`));
    assert.deepEqual(await bytes(a[k]!), await bytes(b[k]!), k);
  }
  assert.equal(
    await Deno.readTextFile(a.csv),
    "tag,count\n'=cmd|' /C calc'!A0,3\n#news,10\n'@SUM(1),-1\n",
  );
  const saved = JSON.parse(await Deno.readTextFile(a.spec!));
  assert.equal(
    saved.$schema,
    "https://vega.github.io/schema/vega-lite/v6.json",
  );
  assert.deepEqual(saved.data, { values: rows });
  assert.equal(saved.config.font, "DejaVu Sans");
  assert.equal(saved.title.text, "Top hashtags — SYNTHETIC DEMO DATA");
  const png = await bytes(a.png);
  const svg = await Deno.readTextFile(a.svg);
  const w = Number(svg.match(/width="(\d+)"/)![1]);
  assert.equal(new DataView(png.buffer).getUint32(16), 2 * w);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("saveFigure() takes polars DataFrames and arquero tables with the same result as rows", async () => {
  const dir = await Deno.makeTempDir();
  const fromRows = await saveFigure("r", spec, rows, { dir });
  const fromPolars = await saveFigure(
    "p",
    spec,
    pl.readRecords(rows).select("tag", "count"),
    { dir },
  );
  const fromArquero = await saveFigure("q", spec, aq.from(rows), { dir });
  // polars reads the counts as Float64; JSON and CSV print 3.0 as 3.
  for (const other of [fromPolars, fromArquero]) {
    assert.equal(
      await Deno.readTextFile(other.csv),
      await Deno.readTextFile(fromRows.csv),
    );
    assert.equal(
      await Deno.readTextFile(other.svg),
      await Deno.readTextFile(fromRows.svg),
    );
  }
  await Deno.remove(dir, { recursive: true });
});

Deno.test("saveFigure() writes dates as ISO UTC strings into the spec and the CSV", async () => {
  const dir = await Deno.makeTempDir();
  const out = await saveFigure("d", {
    mark: "point",
    encoding: { x: { field: "t", type: "temporal" } },
  }, [
    { t: new Date(Date.UTC(2019, 0, 31, 23)) },
  ], { dir });
  assert.equal(
    await Deno.readTextFile(out.csv),
    "t\n2019-01-31T23:00:00.000Z\n",
  );
  assert.deepEqual(JSON.parse(await Deno.readTextFile(out.spec!)).data.values, [
    { t: "2019-01-31T23:00:00.000Z" },
  ]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("saveFigure() refuses names that are paths", async () => {
  await assert.rejects(
    () => saveFigure("../x", spec, rows, { dir: "/tmp" }),
    /name must be letters, digits, "\.", "_" or "-" and start with a letter or digit: "\.\.\/x"/,
  );
});

Deno.test("saveSvgFigure() writes a network's SVG, PNG and node CSV", async () => {
  const dir = await Deno.makeTempDir();
  const nodes = [{ id: "+a=", community: 1 }, { id: "b", community: 1 }, {
    id: "c",
  }];
  const edges = [{ source: "+a=", target: "b" }];
  const svg = networkSvg(nodes, edges, { title: "Net", synthetic: false });
  const out = await saveSvgFigure("net", svg, networkLayout(nodes, edges), {
    dir,
  });
  assert.equal(out.spec, undefined);
  assert.equal(await Deno.readTextFile(out.svg), svg);
  const csv = await Deno.readTextFile(out.csv);
  assert.match(csv, /^id,community,x,y\n'\+a=,1,[\d.]+,[\d.]+\nb,1,/);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("saveTable() writes safe CSV and Parquet; both are byte-identical on a second write", async () => {
  const dir = await Deno.makeTempDir();
  const n = 200_000;
  const df = pl.DataFrame({
    userid: Array.from(
      { length: n },
      (_, i) => i % 97 === 0 ? `+${i}=` : String(i * 7919 % 1_000_003),
    ),
    tweets: Array.from({ length: n }, (_, i) => (i * 31) % 977),
  }).withColumns(pl.col("tweets").cast(pl.Int64));
  const a = await saveTable("t", df, { dir: `${dir}/a` });
  const b = await saveTable("t", df, { dir: `${dir}/b` });
  assert.deepEqual(await bytes(a.parquet), await bytes(b.parquet));
  assert.deepEqual(await bytes(a.csv), await bytes(b.csv));
  const back = pl.readParquet(a.parquet);
  assert.equal(back.height, n);
  assert.ok(back.getColumn("tweets").dtype.equals(pl.Int64));
  assert.equal(back.getColumn("userid").get(0), "+0="); // Parquet keeps exact values
  const csv = await Deno.readTextFile(a.csv);
  assert.ok(csv.startsWith("userid,tweets\n'+0=,0\n"));
  await Deno.remove(dir, { recursive: true });
});

Deno.test("saveTable() turns row objects into Parquet with inferred types, and handles no rows", async () => {
  const dir = await Deno.makeTempDir();
  const out = await saveTable("rows", [
    { k: "a", n: 1, t: new Date(Date.UTC(2020, 0, 1)) },
    { k: "-b", n: null, t: null },
  ], { dir });
  const back = pl.readParquet(out.parquet);
  assert.deepEqual(back.columns, ["k", "n", "t"]);
  assert.deepEqual(back.getColumn("k").toArray(), ["a", "-b"]);
  assert.equal(
    await Deno.readTextFile(out.csv),
    "k,n,t\na,1,2020-01-01T00:00:00.000Z\n'-b,,\n",
  );
  const empty = await saveTable("empty", [], { dir });
  assert.equal(await Deno.readTextFile(empty.csv), "\n");
  assert.equal(pl.readParquet(empty.parquet).height, 0);
  await Deno.remove(dir, { recursive: true });
});
