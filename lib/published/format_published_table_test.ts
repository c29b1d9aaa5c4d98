import { deepEqual, equal, ok } from "node:assert/strict";
import pl from "nodejs-polars";
import {
  formatPublishedTable,
  publishedFrame,
} from "./format_published_table.ts";
import type { PublishedRow } from "./reproduce_figures.ts";

const rows: PublishedRow[] = [
  {
    release: "venezuela_201906_1",
    figure: "tweets",
    source: "s",
    published: 569455,
    qualifier: "exactly",
    reproduced: 569455,
    difference: 0,
    relative_difference: 0,
    status: "match",
    note: "computed: tweet rows loaded",
  },
  {
    release: "venezuela_201901_2",
    figure: "accounts",
    source: "s",
    published: 1200,
    qualifier: "about",
    reproduced: null,
    difference: null,
    relative_difference: null,
    status: "release_absent",
    note: "published: q | computed: get it from data/raw/x/",
  },
];

Deno.test("formatPublishedTable() aligns the table and lists absent releases once", () => {
  equal(
    formatPublishedTable(rows),
    [
      "release             figure    published  reproduced  difference  relative  status",
      "venezuela_201906_1  tweets      569,455     569,455           0     0.00%  match",
      "venezuela_201901_2  accounts    ≈ 1,200           –           –         –  release_absent",
      "",
      "absent:",
      "  venezuela_201901_2: get it from data/raw/x/",
      "",
      "notes:",
      "  venezuela_201906_1 tweets: computed: tweet rows loaded",
    ].join("\n"),
  );
});

Deno.test("publishedFrame() keeps numeric types when a column is all null", () => {
  const df = publishedFrame([rows[1]]);
  deepEqual(df.columns, [
    "release",
    "figure",
    "source",
    "published",
    "qualifier",
    "reproduced",
    "difference",
    "relative_difference",
    "status",
    "note",
  ]);
  ok(df.getColumn("reproduced").dtype.equals(pl.Float64));
  ok(df.getColumn("status").dtype.equals(pl.String));
  equal(df.getColumn("published").get(0), 1200);
});
