import { deepEqual } from "node:assert/strict";
import { join } from "node:path";
import { scanCsv } from "./_csv_scan.ts";

const TRICKY = [
  'a,"b",c\r\n',
  '1,"x\r\ny, ""z""",3\r\n',
  "\r\n",
  '4,"ok",6,7\n',
  '8,bad"quote,9\n',
  '"10","11","12"\n',
  '13,"cut',
].join("");

Deno.test("scanCsv() gives the same structure whatever the chunk size", async () => {
  const path = join(await Deno.makeTempDir(), "t.csv");
  await Deno.writeTextFile(path, TRICKY);
  const whole = await scanCsv(path);
  deepEqual(whole.header, ["a", "b", "c"]);
  deepEqual(whole.records, 6);
  deepEqual(
    whole.bad.map((b) => [b.index, b.line, b.field, b.reason.slice(0, 20)]),
    [
      [1, 4, null, "blank line"],
      [2, 5, 4, "record has 4 fields,"],
      [3, 6, 2, "stray double quote i"],
      [5, 8, 2, "the file ends inside"],
    ],
  );
  // Good records: line 2 (index 0), then "10","11","12" on line 7 = 1 + 2 + 4.
  deepEqual(whole.lineBreaks, [[0, 0], [1, 4]]);
  for (const size of [1, 2, 3, 5, 7, 64]) {
    deepEqual(await scanCsv(path, size), whole, `chunk size ${size}`);
  }
});
