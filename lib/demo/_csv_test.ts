import { equal } from "node:assert/strict";
import { csvParseRows } from "d3";
import { CsvWriter, pyList, quote, record } from "./_csv.ts";

Deno.test("quote() wraps in double quotes and doubles inner quotes", () => {
  equal(quote(""), '""');
  equal(quote("a,b"), '"a,b"');
  equal(quote('dijo "no"'), '"dijo ""no"""');
});

Deno.test("record() quotes every field and ends with LF", () => {
  equal(record(["1", "", "x\ny"]), '"1","","x\ny"\n');
});

Deno.test("pyList() writes Python repr of a list of strings", () => {
  equal(pyList([]), "[]");
  equal(pyList(["DemoVzlaSoberana", "sí"]), "['DemoVzlaSoberana', 'sí']");
  equal(pyList(["it's"]), `["it's"]`);
  equal(pyList([`a'b"c`]), `['a\\'b"c']`);
  equal(pyList(["back\\slash"]), "['back\\\\slash']");
});

Deno.test("CsvWriter writes a header, counts records and round-trips", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const path = `${dir}/x.csv`;
    const w = await CsvWriter.create(path, ["a", "b"]);
    const long = "ñ".repeat(3_000_000); // larger than the buffer once encoded
    await w.push(record(["1", 'quoted "x", with comma\nand newline']));
    await w.push(record(["2", long]));
    await w.push(record(["3", "عربي 🇻🇪"]));
    await w.close();
    equal(w.rows, 3);
    const text = await Deno.readTextFile(path);
    const rows = csvParseRows(text);
    equal(rows.length, 4);
    equal(rows[0].join("|"), "a|b");
    equal(rows[1][1], 'quoted "x", with comma\nand newline');
    equal(rows[2][1], long);
    equal(rows[3][1], "عربي 🇻🇪");
    equal(text.includes("\r"), false);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
