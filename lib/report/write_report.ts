/**
 * Writing the report of a run.
 *
 * @module
 */
import { join } from "node:path";
import { buildReport } from "./build_report.ts";
import { readReportInput } from "./read_report_input.ts";

/**
 * Writes `<outDir>/index.html`, the offline report of a `./lab reproduce`
 * run: {@link buildReport} of {@link readReportInput}(outDir). The page is
 * self-contained (open it from the file system, no network needed or
 * allowed) and deterministic (the same outputs give the same bytes).
 *
 * @param outDir The run's output folder, e.g. `outputs/demo`.
 * @returns The path of the page written (`join(outDir, "index.html")`).
 * @throws {Error} As {@link readReportInput}.
 * @example
 * ```ts ignore
 * const page = await writeReport("outputs/demo");   // "outputs/demo/index.html"
 * ```
 */
export async function writeReport(outDir: string): Promise<string> {
  const html = buildReport(await readReportInput(outDir));
  const path = join(outDir, "index.html");
  await Deno.writeTextFile(path, html);
  return path;
}
