import assert from "node:assert/strict";
import { csvColumns, toSafeCsv, writeSafeCsv } from "./csv.ts";

Deno.test("toSafeCsv() prefixes text cells that spreadsheets would run as formulas", () => {
  const rows = [
    { v: "=cmd|' /C calc'!A0" },
    { v: "@SUM(1)" },
    { v: "+1" },
    { v: "-1+2" },
    { v: "\tx" },
    { v: "\rx" },
    { v: "plain" },
    { v: "a=b" },
  ];
  assert.equal(
    toSafeCsv(rows),
    [
      "v",
      `'=cmd|' /C calc'!A0`,
      "'@SUM(1)",
      "'+1",
      "'-1+2",
      "'\tx",
      `"'\rx"`,
      "plain",
      "a=b",
      "",
    ].join("\n"),
  );
});

Deno.test("toSafeCsv() leaves numbers alone: the number -1 stays -1, the text '-1' is prefixed", () => {
  assert.equal(
    toSafeCsv([{ n: -1, t: "-1" }, { n: -3.5, t: "-3.5" }, { n: 1e21, t: "" }]),
    "n,t\n-1,'-1\n-3.5,'-3.5\n1e+21,\n",
  );
  assert.equal(toSafeCsv([{ b: -5n, x: false }]), "b,x\n-5,false\n");
});

Deno.test("toSafeCsv() quotes fields with comma, quote, CR or LF (RFC 4180)", () => {
  assert.equal(
    toSafeCsv([{ a: 'he said "hi"', b: "x,y", c: "line1\nline2", d: "ok" }]),
    'a,b,c,d\n"he said ""hi""","x,y","line1\nline2",ok\n',
  );
  // A neutralised cell that also needs quoting: prefix inside the quotes.
  assert.equal(
    toSafeCsv([{ a: '=HYPERLINK("x")' }]),
    `a\n"'=HYPERLINK(""x"")"\n`,
  );
});

Deno.test("toSafeCsv() writes null and missing as empty, dates as ISO UTC, objects as JSON", () => {
  const csv = toSafeCsv(
    [
      { a: null, d: new Date(Date.UTC(2020, 0, 2, 3, 4, 5)), o: ["x", 1] },
      { d: undefined, o: { k: "=v" } },
    ],
    ["a", "d", "o"],
  );
  assert.equal(
    csv,
    'a,d,o\n,2020-01-02T03:04:05.000Z,"[""x"",1]"\n,,"{""k"":""=v""}"\n',
  );
});

Deno.test("toSafeCsv() neutralises header names too and keeps the given column order", () => {
  assert.equal(toSafeCsv([{ "=h": 1, b: 2 }], ["b", "=h"]), "b,'=h\n2,1\n");
});

Deno.test("toSafeCsv() rejects an invalid Date with its row and column", () => {
  assert.throws(
    () => toSafeCsv([{ d: new Date(NaN) }]),
    /row 1, column "d": invalid Date/,
  );
});

Deno.test("csvColumns() returns keys in first-seen order", () => {
  assert.deepEqual(csvColumns([{ b: 1 }, { a: 1, b: 2 }, { c: 3 }]), [
    "b",
    "a",
    "c",
  ]);
  assert.equal(toSafeCsv([]), "\n");
});

Deno.test("writeSafeCsv() writes the same text toSafeCsv() returns", async () => {
  const path = await Deno.makeTempFile({ suffix: ".csv" });
  const rows = [{ t: "@user hello", n: -2 }];
  await writeSafeCsv(path, rows);
  assert.equal(await Deno.readTextFile(path), toSafeCsv(rows));
  assert.equal(await Deno.readTextFile(path), "t,n\n'@user hello,-2\n");
  await Deno.remove(path);
});
