/**
 * `deno run -A cli/report.ts <output folder>` (or `./lab report outputs/demo`):
 * writes `<output folder>/index.html`, the offline report of a
 * `./lab reproduce` run (see lib/report/mod.ts), and prints its path.
 *
 * @module
 */
import { writeReport } from "../lib/report/mod.ts";

const USAGE =
  `Usage: deno run -A cli/report.ts <output folder>   (e.g. outputs/demo)

Writes <output folder>/index.html: the executed notebooks, the ledger and
the run record as one self-contained page that works offline.`;

if (import.meta.main) {
  const args = Deno.args;
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    Deno.exit(0);
  }
  if (args.length !== 1 || args[0].startsWith("-")) {
    console.error(
      `report: expected one output folder, got: ${
        args.length === 0 ? "nothing" : args.join(" ")
      }\n\n${USAGE}`,
    );
    Deno.exit(2);
  }
  try {
    console.log(await writeReport(args[0]));
  } catch (e) {
    console.error(`report: ${e instanceof Error ? e.message : String(e)}`);
    Deno.exit(1);
  }
}
