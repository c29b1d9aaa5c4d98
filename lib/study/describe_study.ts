/**
 * The first thing every notebook shows: what is studied against what, with
 * which parameters, and any warning a reader must see first.
 *
 * @module
 */
import type { Study } from "./open_study.ts";
import { parameterRows } from "./params.ts";
import { type StepResult, stepResult } from "./present.ts";

/**
 * The study's sets, baseline, warnings and parameters table.
 *
 * @param study An opened study.
 * @returns Text (sets, baseline, synthetic or not, warnings) and the
 *   parameters table (shown, not saved: `manifest.json` records them).
 */
export function describeStudy(study: Study): StepResult<null> {
  const synthetic = study.synthetic ? " (SYNTHETIC demo data)" : "";
  return stepResult(null, {
    text: [
      `Sets: ${study.sets.map((r) => r.name).join(", ")}; baseline: ` +
      `${study.baseline.name}${synthetic}.`,
      ...study.warnings,
    ],
    tables: [{ rows: parameterRows(study.params) }],
  });
}
