/**
 * Notebooks are stored without outputs or execution counts, naming the
 * project kernel (fix with `deno task strip-notebooks`). One test per
 * notebook in `notebooks/` and in the runner fixtures.
 */
import { deepEqual } from "node:assert/strict";
import { join, relative } from "node:path";
import { notebookProblems, parseNotebook } from "../cli/_notebooks.ts";
import { PROJECT_ROOT } from "../lib/study/mod.ts";

function ipynbIn(dir: string): string[] {
  try {
    return [...Deno.readDirSync(join(PROJECT_ROOT, dir))]
      .filter((e) => e.isFile && e.name.endsWith(".ipynb"))
      .map((e) => join(PROJECT_ROOT, dir, e.name))
      .sort();
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return [];
    throw e;
  }
}

const files = [
  ...ipynbIn("notebooks"),
  ...ipynbIn("tests/testdata/notebooks_ok"),
  ...ipynbIn("tests/testdata/notebooks_fail"),
];

for (const file of files) {
  const name = relative(PROJECT_ROOT, file);
  Deno.test(`${name} has no outputs or execution counts and names the project kernel`, () => {
    const nb = parseNotebook(Deno.readTextFileSync(file), name);
    deepEqual(
      notebookProblems(nb),
      [],
      `${name}: run \`deno task strip-notebooks\` before committing`,
    );
  });
}
