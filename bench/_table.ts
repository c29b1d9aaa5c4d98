/**
 * The benchmark's results table, as plain text.
 *
 * @module
 */
import type { PhaseResult } from "./_phases.ts";

const STEPS = ["load", "summarize", "profile", "coordinate"];

/**
 * Formats measured phases as a table: tool, phase, wall seconds, peak RSS
 * (MiB), wall time and peak RSS as ratios to DuckDB's, wall time as a ratio
 * to pandas', and the seconds of each step the child reported (load /
 * summarize / profile / coordinate). A failed phase's wall time is the
 * time until it failed (`>`); when pandas ran out of memory, ratios to it
 * are upper bounds (`<`).
 *
 * @param results Measured phases.
 * @returns The table, one line per phase after a header.
 * @example
 * ```ts
 * import { formatTable } from "./_table.ts";
 * import { ok } from "node:assert/strict";
 * const t = formatTable([
 *   { impl: "duckdb", phase: "from CSV", exit: 0, wall_s: 2, peak_rss_mib: 100,
 *     rss_method: "time -v", steps: { load: 1 }, metrics: "" },
 * ]);
 * ok(t.includes("1.00"));
 * ```
 */
export function formatTable(results: PhaseResult[]): string {
  const duck = results.find((r) => r.impl === "duckdb" && r.exit === 0);
  // pandas out of memory: its wall time is a lower bound, so a ratio to it
  // is an upper bound ("<").
  const pandas = results.find((r) =>
    r.impl === "pandas" && (r.exit === 0 || r.out_of_memory)
  );
  const bound = pandas?.exit === 0 ? "" : "<";
  const ratio = (
    a: number | null,
    b: number | null | undefined,
    prefix = "",
  ) => a === null || !b ? "-" : prefix + (a / b).toFixed(2);
  const rows = [[
    "tool",
    "phase",
    "wall s",
    "peak RSS MiB",
    "wall / DuckDB",
    "RSS / DuckDB",
    "wall / pandas",
    "load / summarize / profile / coordinate s",
  ]];
  for (const r of results) {
    const ok = r.exit === 0;
    rows.push([
      r.impl,
      r.phase +
      (ok ? "" : r.out_of_memory ? " (OUT OF MEMORY)" : " (FAILED)"),
      (ok ? "" : ">") + r.wall_s.toFixed(1),
      r.peak_rss_mib === null ? "?" : r.peak_rss_mib.toFixed(0),
      ok ? ratio(r.wall_s, duck?.wall_s) : "-",
      ok ? ratio(r.peak_rss_mib, duck?.peak_rss_mib) : "-",
      !ok
        ? "-"
        : r === pandas
        ? "1.00"
        : ratio(r.wall_s, pandas?.wall_s, bound),
      STEPS.map((s) => r.steps[s]?.toFixed(1) ?? "-").join(" / "),
    ]);
  }
  const widths = rows[0].map((_, i) =>
    Math.max(...rows.map((r) => r[i].length))
  );
  return rows.map((r) =>
    r.map((c, i) => i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))
      .join("  ")
  ).join("\n");
}
