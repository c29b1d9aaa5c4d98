/**
 * `deno task strip-notebooks [--check] [FILE.ipynb…]`
 *
 * Notebooks are kept in git without outputs or execution counts, and with
 * the project kernel (`takedown-deno`) named in their metadata. Without
 * `--check`, rewrites every given notebook (default: `notebooks/*.ipynb`)
 * that is not so, as Jupyter would save it (see `stripNotebook` in
 * `cli/_notebooks.ts`), and lists what it changed. With `--check`, changes
 * nothing, lists each problem, and exits 1 if there is any.
 *
 * @module
 */
import { join, relative } from "node:path";
import {
  formatNotebook,
  notebookProblems,
  parseNotebook,
  stripNotebook,
} from "../cli/_notebooks.ts";
import { PROJECT_ROOT } from "../lib/study/mod.ts";

function defaultNotebooks(): string[] {
  const dir = join(PROJECT_ROOT, "notebooks");
  try {
    return [...Deno.readDirSync(dir)]
      .filter((e) => e.isFile && e.name.endsWith(".ipynb"))
      .map((e) => join(dir, e.name))
      .sort();
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return [];
    throw e;
  }
}

const check = Deno.args.includes("--check");
const files = Deno.args.filter((a) => a !== "--check");
const bad = files.find((f) => f.startsWith("--"));
if (bad) {
  console.error(
    `strip-notebooks: unknown option: ${bad}. ` +
      "Usage: deno task strip-notebooks [--check] [FILE.ipynb…]",
  );
  Deno.exit(2);
}
let problems = 0;
for (const file of files.length > 0 ? files : defaultNotebooks()) {
  const rel = relative(Deno.cwd(), file);
  const name = rel === "" || rel.startsWith("..") ? file : rel;
  const text = Deno.readTextFileSync(file);
  const nb = parseNotebook(text, name);
  if (check) {
    for (const p of notebookProblems(nb)) {
      console.error(`${name}: ${p}`);
      problems++;
    }
    continue;
  }
  const stripped = formatNotebook(stripNotebook(nb));
  if (stripped !== text) {
    Deno.writeTextFileSync(file, stripped);
    console.log(`stripped ${name}`);
  }
}
if (problems > 0) {
  console.error(
    `strip-notebooks: ${problems} problem(s). Run \`deno task strip-notebooks\` ` +
      "(or clear outputs and save in Jupyter) before committing.",
  );
  Deno.exit(1);
}
