import { deepEqual, equal } from "node:assert/strict";
import { outputDirs, shownPath } from "./output_dirs.ts";

Deno.test("outputDirs() creates the three subfolders and is idempotent", () => {
  const out = `${Deno.makeTempDirSync()}/run`;
  const first = outputDirs(out);
  Deno.writeTextFileSync(`${first.tables}/t.csv`, "a\n1\n");
  const second = outputDirs(out);
  deepEqual(second, first);
  deepEqual(
    [...Deno.readDirSync(out)].map((e) => e.name).sort(),
    ["figures", "networks", "tables"],
  );
  equal(Deno.readTextFileSync(`${out}/tables/t.csv`), "a\n1\n");
  Deno.removeSync(out, { recursive: true });
});

Deno.test("shownPath() hides the run folder", () => {
  equal(
    shownPath("/o/.tmp-demo-9/figures/f.svg", "/o/.tmp-demo-9/"),
    "figures/f.svg",
  );
});
