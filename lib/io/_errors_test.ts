import { ok, rejects } from "node:assert/strict";
import { join } from "node:path";
import { loadMappedCsv } from "./mapped_csv.ts";
import { loadTable } from "./load_table.ts";
import { loadTwarc2 } from "./twarc2.ts";
import { briefly } from "./_errors.ts";

const MAPPING = { columns: { tweetid: "id", userid: "who" } };

Deno.test("loaders name a missing file and say what to do", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const missing = join(dir, "nope.jsonl");
    const said = new RegExp(
      `Cannot read a file: no such file or folder: ${
        missing.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      }\\. Check the path`,
    );
    await rejects(() => loadTwarc2(missing), Deno.errors.NotFound);
    await rejects(() => loadTwarc2(missing), said);
    await rejects(
      () => loadTable(missing, "tweets", { cache: false }),
      Deno.errors.NotFound,
    );
    await rejects(() => loadMappedCsv(missing, MAPPING), said);
    await rejects(
      () => loadMappedCsv(dir, MAPPING),
      /Cannot read a file: it is a folder: .*\. Give the CSV file/,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("loadMappedCsv() words polars' parse failures in the loaders' voice", async () => {
  const path = await Deno.makeTempFile({ suffix: ".csv" });
  try {
    await Deno.writeTextFile(path, "id,who\n1,2,3,4\n");
    await rejects(
      () => loadMappedCsv(path, MAPPING),
      (e: Error) => {
        ok(e.message.startsWith(`Cannot read ${path}: `), e.message);
        ok(e.message.includes(`the mapping's sep (",")`), e.message);
        ok(!e.message.includes("\n"), e.message);
        return true;
      },
    );
  } finally {
    await Deno.remove(path);
  }
});

Deno.test("briefly() keeps a message's first paragraph on one line", () => {
  ok(
    briefly("bad thing\nat col 2.\n\nYou might want to try:\n- x") ===
      "bad thing at col 2",
  );
});
