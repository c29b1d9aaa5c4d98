/**
 * Notebook files as the project keeps them in git: listed in run order,
 * checked for outputs, and stripped.
 *
 * Notebooks in git carry no outputs and no execution counts (the executed
 * copies live in `outputs/<release>/notebooks/`), and name the project's
 * kernel so Jupyter opens them with it.
 *
 * @module
 */
import { join } from "node:path";

/** The project's Jupyter kernel (written by `scripts/setup.sh`). */
export const KERNEL_NAME = "takedown-deno";

/** The kernelspec metadata a notebook in git carries. */
export const KERNELSPEC = {
  name: KERNEL_NAME,
  display_name: "Takedown Lab (Deno 2.9.6)",
  language: "typescript",
} as const;

/** One cell of an nbformat 4 notebook (only the fields used here). */
export interface NotebookCell {
  cell_type: string;
  id?: string;
  source: string | string[];
  metadata: Record<string, unknown>;
  outputs?: unknown[];
  execution_count?: number | null;
  [key: string]: unknown;
}

/** An nbformat 4 notebook (only the fields used here). */
export interface Notebook {
  cells: NotebookCell[];
  metadata: Record<string, unknown>;
  nbformat: number;
  nbformat_minor: number;
  [key: string]: unknown;
}

/**
 * The numbered notebooks of a folder, in run order: files named
 * `<digits>_<anything>.ipynb`, sorted by name.
 *
 * @param dir The folder (`notebooks/`).
 * @returns Their paths (`dir` joined with the name); empty when `dir` is
 *   missing.
 */
export function listNotebooks(dir: string): string[] {
  let entries: Deno.DirEntry[];
  try {
    entries = [...Deno.readDirSync(dir)];
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return [];
    throw e;
  }
  return entries
    .filter((e) => e.isFile && /^\d+_.*\.ipynb$/.test(e.name))
    .map((e) => e.name)
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Parses a notebook file's text.
 *
 * @param text The file's contents.
 * @param file The file's name, for the error message.
 * @returns The notebook.
 * @throws {SyntaxError} When the text is not an nbformat 4 notebook.
 */
export function parseNotebook(text: string, file: string): Notebook {
  let nb: Notebook;
  try {
    nb = JSON.parse(text);
  } catch (e) {
    throw new SyntaxError(
      `Read notebook ${file}: not valid JSON: ${(e as Error).message}`,
    );
  }
  if (nb?.nbformat !== 4 || !Array.isArray(nb.cells)) {
    throw new SyntaxError(
      `Read notebook ${file}: not an nbformat 4 notebook: nbformat ${nb?.nbformat}. Open and save it with Jupyter to convert it.`,
    );
  }
  return nb;
}

/**
 * What keeps a notebook from being stored in git as is: outputs, execution
 * counts, a kernel other than the project's.
 *
 * @param nb The notebook.
 * @returns One message per problem; empty when the notebook is clean.
 *
 * @example
 * ```ts
 * import { KERNELSPEC, notebookProblems } from "./_notebooks.ts";
 * import { deepEqual } from "node:assert/strict";
 * const nb = {
 *   nbformat: 4, nbformat_minor: 5, metadata: { kernelspec: KERNELSPEC },
 *   cells: [{ cell_type: "code", id: "a", source: "1", metadata: {},
 *             outputs: [{ output_type: "stream" }], execution_count: 3 }],
 * };
 * deepEqual(notebookProblems(nb), [
 *   'cell 1 (id "a"): 1 output(s)',
 *   'cell 1 (id "a"): execution count 3',
 * ]);
 * ```
 */
export function notebookProblems(nb: Notebook): string[] {
  const problems: string[] = [];
  const kernel = (nb.metadata?.kernelspec as { name?: string } | undefined)
    ?.name;
  if (kernel !== KERNEL_NAME) {
    problems.push(
      `metadata.kernelspec.name is ${JSON.stringify(kernel ?? null)}, ` +
        `expected "${KERNEL_NAME}"`,
    );
  }
  nb.cells.forEach((cell, i) => {
    const where = `cell ${i + 1}${cell.id ? ` (id "${cell.id}")` : ""}`;
    if (cell.outputs && cell.outputs.length > 0) {
      problems.push(`${where}: ${cell.outputs.length} output(s)`);
    }
    if (cell.execution_count !== undefined && cell.execution_count !== null) {
      problems.push(`${where}: execution count ${cell.execution_count}`);
    }
  });
  return problems;
}

/**
 * A copy of a notebook fit for git: outputs emptied, execution counts
 * nulled, cell `metadata.execution` (timings) removed, kernelspec set to
 * the project's, `language_info` cut to its name (its version changes with
 * Deno), and, for nbformat ≥ 4.5, every cell given a unique id (`cell-<n>`,
 * n the 0-based position, for a cell with none or a duplicate).
 *
 * @param nb The notebook (not modified).
 * @returns The stripped copy.
 *
 * @example
 * ```ts
 * import { notebookProblems, stripNotebook } from "./_notebooks.ts";
 * import { deepEqual } from "node:assert/strict";
 * const nb = {
 *   nbformat: 4, nbformat_minor: 5, metadata: {},
 *   cells: [{ cell_type: "code", source: "1", metadata: {},
 *             outputs: [{ output_type: "stream" }], execution_count: 3 }],
 * };
 * const clean = stripNotebook(nb);
 * deepEqual(notebookProblems(clean), []);
 * deepEqual(clean.cells[0].id, "cell-0");
 * ```
 */
export function stripNotebook(nb: Notebook): Notebook {
  const copy: Notebook = structuredClone(nb);
  copy.metadata = {
    ...copy.metadata,
    kernelspec: { ...KERNELSPEC },
    language_info: { name: "typescript" },
  };
  const wantsIds = copy.nbformat > 4 ||
    (copy.nbformat === 4 && copy.nbformat_minor >= 5);
  const seen = new Set<string>();
  copy.cells.forEach((cell, i) => {
    if (cell.metadata) delete cell.metadata.execution;
    if (cell.cell_type === "code") {
      cell.outputs = [];
      cell.execution_count = null;
    }
    if (wantsIds) {
      if (!cell.id || seen.has(cell.id)) cell.id = `cell-${i}`;
      seen.add(cell.id);
    }
  });
  return copy;
}

/**
 * Serializes a notebook the way Jupyter saves it (nbformat's writer):
 * keys sorted, one-space indent, non-ASCII kept, a final newline, so a
 * stripped notebook differs from Jupyter's own save only where it must.
 *
 * @param nb The notebook.
 * @returns The file text.
 *
 * @example
 * ```ts
 * import { formatNotebook } from "./_notebooks.ts";
 * import { equal } from "node:assert/strict";
 * const nb = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [] };
 * equal(
 *   formatNotebook(nb),
 *   '{\n "cells": [],\n "metadata": {},\n "nbformat": 4,\n "nbformat_minor": 5\n}\n',
 * );
 * ```
 */
export function formatNotebook(nb: Notebook): string {
  return JSON.stringify(sortKeys(nb), null, 1) + "\n";
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const obj = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(obj).sort().map((k) => [k, sortKeys(obj[k])]),
  );
}
