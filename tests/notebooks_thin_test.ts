/**
 * Notebooks read as narrative over library calls: no code cell over 25
 * lines, no sentences built with `console.log`, no chart spec written or
 * patched in a cell, no helper functions defined in a cell, and nothing read
 * from `../shared` (a clone without it must give the same outputs). One
 * test per notebook; the problems name the cell.
 */
import { deepEqual } from "node:assert/strict";
import { join } from "node:path";
import { PROJECT_ROOT } from "../lib/study/mod.ts";

/** Longest code cell allowed, in lines. */
const MAX_CELL_LINES = 25;

const RULES: [RegExp, string][] = [
  [
    /console\.(log|error|warn)\(/,
    "prints with console (return text from a lib step)",
  ],
  [
    /\.(encoding|mark|layer|transform)\s*(\.\w+)*\s*=[^=]/,
    "patches a chart spec",
  ],
  [/["']?\$schema["']?\s*:|\bencoding\s*:\s*\{/, "writes a chart spec inline"],
  [/^\s*(export\s+)?(async\s+)?function\s/m, "defines a function"],
  [
    /^\s*const \w+ = (async )?\([^)]*\)\s*(:[^=]*)?=>/m,
    "defines a helper function",
  ],
  [/shared\/realdata/, "reads ../shared (use data/samples/)"],
];

function notebooks(): string[] {
  return [...Deno.readDirSync(join(PROJECT_ROOT, "notebooks"))]
    .filter((e) => e.isFile && /^\d+_.*\.ipynb$/.test(e.name))
    .map((e) => e.name)
    .sort();
}

/** What keeps a notebook from being thin, one line per problem. */
export function thinNotebookProblems(text: string): string[] {
  const nb = JSON.parse(text) as {
    cells: { cell_type: string; source: string[] | string }[];
  };
  const problems: string[] = [];
  nb.cells.forEach((cell, i) => {
    if (cell.cell_type !== "code") return;
    const source = Array.isArray(cell.source)
      ? cell.source.join("")
      : cell.source;
    const lines = source.replace(/\n$/, "").split("\n").length;
    if (lines > MAX_CELL_LINES) {
      problems.push(`cell ${i}: ${lines} lines (at most ${MAX_CELL_LINES})`);
    }
    for (const [rule, what] of RULES) {
      if (rule.test(source)) problems.push(`cell ${i}: ${what}`);
    }
  });
  return problems;
}

for (const name of notebooks()) {
  Deno.test(`notebooks/${name} is narrative over library calls`, () => {
    const text = Deno.readTextFileSync(join(PROJECT_ROOT, "notebooks", name));
    deepEqual(thinNotebookProblems(text), []);
  });
}
