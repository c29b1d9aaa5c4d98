/**
 * What an analysis step returns, and the one function that shows and saves
 * it. A step in `lib` computes, charts and words its finding; a notebook
 * cell calls the step and `present()`s the result.
 *
 * @module
 */
import {
  type ChartSpec,
  saveFigure,
  saveSvgFigure,
  saveTable,
  show,
  showSvg,
  showTable,
  type TableData,
} from "../viz/mod.ts";
import type { OutputDirs } from "./output_dirs.ts";
import { shownPath } from "./output_dirs.ts";

/** A table a step produced. */
export interface StepTable {
  /**
   * File stem under `tables/` (`tab02_burst_days`); unnamed tables are only
   * shown.
   */
  name?: string;
  /** The rows saved (CSV and Parquet) and, unless `display` is given, shown. */
  rows: TableData;
  /** Rows to show instead of `rows` (rounded, reordered); not saved. */
  display?: TableData;
  /** Show it in the notebook (default true). */
  show?: boolean;
  /** Rows shown at most (default 20). */
  maxRows?: number;
}

/** A chart a step produced. */
export interface StepChart {
  /** File stem under `figures/` (`fig02_creation_by_month`); unnamed charts are only shown. */
  name?: string;
  /** The Vega-Lite spec, from a `lib/viz` builder. */
  spec: ChartSpec;
  /** The rows behind it (saved beside it as CSV). */
  rows: TableData;
  /** Show it in the notebook (default true). */
  show?: boolean;
}

/** A figure a step drew itself as SVG (a network drawing), not a Vega-Lite chart. */
export interface StepFigure {
  /** File stem under `figures/`; unnamed figures are only shown. */
  name?: string;
  /** The SVG document. */
  svg: string;
  /** The rows behind it (saved beside it as CSV). */
  rows: TableData;
  /** Show it in the notebook (default true). */
  show?: boolean;
}

/**
 * The result of one analysis step: its value for later steps, and what a
 * reader sees (sentences that give the numbers, tables, charts).
 */
export interface StepResult<T = unknown> {
  /** The computed value, for the next steps. */
  value: T;
  /** Sentences stating the finding with its numbers, in reading order. */
  text: string[];
  /** Tables, in reading order. */
  tables: StepTable[];
  /** Charts, shown after the tables. */
  charts: StepChart[];
  /** SVG figures, shown after the charts. */
  figures: StepFigure[];
}

/**
 * A step result from its parts; missing parts are empty.
 *
 * @example
 * ```ts
 * import { stepResult } from "./present.ts";
 * import { deepEqual } from "node:assert/strict";
 * deepEqual(stepResult(3, { text: ["Three."] }), {
 *   value: 3, text: ["Three."], tables: [], charts: [], figures: [],
 * });
 * ```
 */
export function stepResult<T>(
  value: T,
  parts: Partial<Omit<StepResult<T>, "value">> = {},
): StepResult<T> {
  return {
    value,
    text: parts.text ?? [],
    tables: parts.tables ?? [],
    charts: parts.charts ?? [],
    figures: parts.figures ?? [],
  };
}

/** Options of {@linkcode present}. */
export interface PresentOptions {
  /** Print one line listing the files written (default true). */
  listSaved?: boolean;
}

/**
 * Shows a step's result and saves its named tables and charts: prints the
 * sentences, shows each table (escaped HTML in Jupyter) and chart (Vega-Lite
 * with an SVG fallback) and SVG figure, writes `tables/<name>.{csv,parquet}`,
 * `figures/<name>.{svg,png,vl.json,csv}` for charts and
 * `figures/<name>.{svg,png,csv}` for SVG figures.
 *
 * Returns nothing, so a cell that ends with `await present(…)` shows only
 * what the step says; keep the result for later cells:
 * `const bursts = await creationBurstsStep(study); await present(study, bursts);`
 * then `bursts.value`.
 *
 * @param study Where to save: an object with the output folders (a study).
 * @param result The step's result.
 * @param options Printing options.
 *
 * @example
 * ```ts
 * import { present, stepResult } from "./present.ts";
 * import { equal } from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * const dirs = { out: dir, tables: `${dir}/tables`, figures: `${dir}/figures`, networks: dir };
 * await present({ dirs }, stepResult(2, {
 *   text: ["Two rows."],
 *   tables: [{ name: "tab_x", rows: [{ a: 1 }, { a: 2 }] }],
 * }), { listSaved: false });
 * equal(await Deno.readTextFile(`${dir}/tables/tab_x.csv`), "a\n1\n2\n");
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function present(
  study: { dirs: OutputDirs },
  result: StepResult<unknown>,
  options: PresentOptions = {},
): Promise<void> {
  const dirs = study.dirs;
  for (const line of result.text) console.log(line);
  const saved: string[] = [];
  for (const t of result.tables) {
    if (t.name) {
      const out = await saveTable(t.name, t.rows, { dir: dirs.tables });
      saved.push(shownPath(out.csv, dirs.out));
    }
    if (t.show !== false) {
      await showTable(t.display ?? t.rows, { maxRows: t.maxRows });
    }
  }
  for (const c of result.charts) {
    if (c.name) {
      const out = await saveFigure(c.name, c.spec, c.rows, {
        dir: dirs.figures,
      });
      saved.push(shownPath(out.svg, dirs.out));
    }
    if (c.show !== false) await show(c.spec, c.rows);
  }
  for (const f of result.figures) {
    if (f.name) {
      const out = await saveSvgFigure(f.name, f.svg, f.rows, {
        dir: dirs.figures,
      });
      saved.push(shownPath(out.svg, dirs.out));
    }
    if (f.show !== false) await showSvg(f.svg);
  }
  if (options.listSaved !== false && saved.length > 0) {
    console.log(`Saved ${saved.join(", ")}.`);
  }
}
