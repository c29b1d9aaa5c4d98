/**
 * `./lab report <output folder>` (or `deno run -A cli/report.ts …`): writes
 * `<output folder>/index.html`, the offline report of a `./lab reproduce`
 * run (see lib/report/mod.ts), and prints its path (with `--json`:
 * `{"report": path}`). Options: `./lab report --help`.
 *
 * @module
 */
import { writeReport } from "../lib/report/mod.ts";
import { type CommandSpec, runCommand } from "./_cli.ts";

/** The command's arguments. */
export const REPORT = {
  name: "report",
  summary: "Writes <output folder>/index.html: the executed notebooks, the " +
    "ledger and the run record as one self-contained page that works " +
    "offline (e.g. ./lab report outputs/demo).",
  args: { usage: "<output folder>", min: 1, max: 1 },
  common: {
    json: 'print one JSON object: {"report": "<path of index.html>"}',
    "no-cache": "accepted; no effect (the report reads no release)",
  },
} as const satisfies CommandSpec;

if (import.meta.main) {
  await runCommand(REPORT, async (cmd) => {
    const path = await writeReport(cmd.positionals[0]);
    return cmd.json ? JSON.stringify({ report: path }) : path;
  });
}
