import { deepEqual, equal, throws } from "node:assert/strict";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  formatNotebook,
  KERNELSPEC,
  listNotebooks,
  type Notebook,
  notebookProblems,
  parseNotebook,
  stripNotebook,
} from "./_notebooks.ts";

const TESTDATA = fileURLToPath(new URL("../tests/testdata/", import.meta.url));

Deno.test("listNotebooks() keeps <digits>_*.ipynb files in name order", () => {
  const dir = Deno.makeTempDirSync();
  for (
    const f of [
      "10_last.ipynb",
      "02_b.ipynb",
      "01_a.ipynb",
      "README.ipynb",
      "03_c.ipynb.bak",
      "_04_hidden.ipynb",
    ]
  ) Deno.writeTextFileSync(join(dir, f), "{}");
  Deno.mkdirSync(join(dir, "05_folder.ipynb"));
  deepEqual(listNotebooks(dir), [
    join(dir, "01_a.ipynb"),
    join(dir, "02_b.ipynb"),
    join(dir, "10_last.ipynb"),
  ]);
  deepEqual(listNotebooks(join(dir, "missing")), []);
  Deno.removeSync(dir, { recursive: true });
});

Deno.test("parseNotebook() names the file and the problem", () => {
  throws(
    () => parseNotebook("{", "notebooks/01_x.ipynb"),
    (e: Error) =>
      e instanceof SyntaxError &&
      e.message.startsWith(
        "Read notebook notebooks/01_x.ipynb: not valid JSON:",
      ),
  );
  throws(
    () => parseNotebook('{"nbformat": 3, "worksheets": []}', "old.ipynb"),
    (e: Error) => e.message.includes("not an nbformat 4 notebook: nbformat 3."),
  );
});

Deno.test("stripNotebook() turns an executed notebook back into its source, byte for byte", () => {
  const executed = Deno.readTextFileSync(
    join(TESTDATA, "executed/01_arith.ipynb"),
  );
  const source = Deno.readTextFileSync(
    join(TESTDATA, "notebooks_ok/01_arith.ipynb"),
  );
  const nb = parseNotebook(executed, "executed/01_arith.ipynb");
  deepEqual(notebookProblems(nb), [
    'cell 2 (id "arithmetic"): 1 output(s)',
    'cell 2 (id "arithmetic"): execution count 1',
    'cell 3 (id "params"): 1 output(s)',
    'cell 3 (id "params"): execution count 2',
    'cell 4 (id "table"): 1 output(s)',
    'cell 4 (id "table"): execution count 3',
  ]);
  equal(formatNotebook(stripNotebook(nb)), source);
});

Deno.test("stripNotebook() drops timings, fixes the kernel and duplicate ids", () => {
  const nb: Notebook = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: {
        name: "deno",
        display_name: "Deno",
        language: "typescript",
      },
      language_info: { name: "typescript", version: "5.6.2" },
      authors: ["kept"],
    },
    cells: [
      {
        cell_type: "code",
        id: "same",
        source: "1",
        metadata: {
          execution: { "iopub.execute_input": "2024-01-01T00:00:00Z" },
          tags: ["kept"],
        },
        outputs: [],
        execution_count: 7,
      },
      { cell_type: "markdown", id: "same", source: "# x", metadata: {} },
    ],
  };
  equal(
    notebookProblems(nb)[0],
    'metadata.kernelspec.name is "deno", expected "takedown-deno"',
  );
  const clean = stripNotebook(nb);
  deepEqual(notebookProblems(clean), []);
  deepEqual(clean.metadata, {
    kernelspec: KERNELSPEC,
    language_info: { name: "typescript" },
    authors: ["kept"],
  });
  deepEqual(clean.cells[0].metadata, { tags: ["kept"] });
  deepEqual(clean.cells.map((c) => c.id), ["same", "cell-1"]);
  equal(nb.cells[0].execution_count, 7, "the input is not modified");
});

Deno.test("stripNotebook() leaves ids alone before nbformat 4.5", () => {
  const clean = stripNotebook({
    nbformat: 4,
    nbformat_minor: 4,
    metadata: {},
    cells: [{ cell_type: "code", source: "1", metadata: {}, outputs: [] }],
  });
  equal("id" in clean.cells[0], false);
});
