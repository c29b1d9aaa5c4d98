/**
 * The benchmark's results table, as plain text.
 *
 * @module
 */
import { label, type PhaseResult } from "./_phases.ts";

const STEPS = ["load", "summarize", "profile", "coordinate"];

/**
 * Formats measured phases as a table: phase, wall seconds, peak RSS (MiB),
 * wall time and peak RSS as ratios to DuckDB's, and the seconds of each
 * step the child reported (load / summarize / profile / coordinate).
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
  const ratio = (a: number | null, b: number | null | undefined) =>
    a === null || !b ? "-" : (a / b).toFixed(2);
  const rows = [[
    "phase",
    "wall s",
    "peak RSS MiB",
    "wall / DuckDB",
    "RSS / DuckDB",
    "load / summarize / profile / coordinate s",
  ]];
  for (const r of results) {
    rows.push([
      label(r) + (r.exit === 0 ? "" : " (FAILED)"),
      r.wall_s.toFixed(1),
      r.peak_rss_mib === null ? "?" : r.peak_rss_mib.toFixed(0),
      ratio(r.wall_s, duck?.wall_s),
      ratio(r.peak_rss_mib, duck?.peak_rss_mib),
      STEPS.map((s) => r.steps[s]?.toFixed(1) ?? "-").join(" / "),
    ]);
  }
  const widths = rows[0].map((_, i) =>
    Math.max(...rows.map((r) => r[i].length))
  );
  return rows.map((r) =>
    r.map((c, i) => i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))
      .join("  ")
  ).join("\n");
}
