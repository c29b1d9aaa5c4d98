import { equal, ok, rejects } from "node:assert/strict";
import { join } from "node:path";
import { writeReport } from "./write_report.ts";
import { writeReportFixture } from "./_testing.ts";

async function withFixture(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "report_write_" });
  try {
    await writeReportFixture(dir, { synthetic: false });
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("writeReport() says what to run when the folder is not a finished run", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await rejects(
      () => writeReport(dir),
      {
        message: `Read the run record: missing ${
          join(dir, "manifest.json")
        }; the report is made from a finished ./lab reproduce run (outputs/<release>/). Run ./lab reproduce.`,
      },
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("writeReport() names a missing executed notebook, and reports a missing ledger", () =>
  withFixture(async (dir) => {
    await Deno.remove(join(dir, "tables"), { recursive: true });
    const html = await Deno.readTextFile(await writeReport(dir));
    ok(
      html.includes(
        "<p>This run has no ledger table (tables/tab01_ledger.parquet, written by notebook 01).</p>",
      ),
    );
    ok(!html.includes("SYNTHETIC DEMO DATA"));
    await Deno.remove(join(dir, "notebooks", "02_second.ipynb"));
    await rejects(
      () => writeReport(dir),
      /Read executed notebook notebooks\/02_second\.ipynb: missing .*02_second\.ipynb/,
    );
    await Deno.writeTextFile(join(dir, "notebooks", "02_second.ipynb"), "{}");
    await rejects(() => writeReport(dir), /no "cells" list/);
  }));

Deno.test("cli/report.ts writes the report and prints its path", () =>
  withFixture(async (dir) => {
    const cli = new URL("../../cli/report.ts", import.meta.url).pathname;
    const run = (args: string[]) =>
      new Deno.Command(Deno.execPath(), {
        args: ["run", "-A", cli, ...args],
        stdout: "piped",
        stderr: "piped",
      }).output();
    const ok1 = await run([dir]);
    equal(new TextDecoder().decode(ok1.stdout), join(dir, "index.html") + "\n");
    equal(ok1.code, 0);
    const usage = await run([]);
    equal(usage.code, 2);
    ok(
      new TextDecoder().decode(usage.stderr).startsWith(
        "report: Read the arguments: missing <output folder>, got: nothing.",
      ),
    );
    const missing = await run([join(dir, "nope")]);
    equal(missing.code, 1);
    ok(
      new TextDecoder().decode(missing.stderr).startsWith(
        "report: Read the run record: missing",
      ),
    );
  }));
