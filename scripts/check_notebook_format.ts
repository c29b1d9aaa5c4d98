/**
 * `deno run -A scripts/check_notebook_format.ts [--fix]`: checks that every
 * `.ipynb` of the project is as `deno fmt` formats it (code cells as
 * TypeScript, markdown cells as Markdown, the JSON itself), and with `--fix`
 * rewrites those that are not.
 *
 * Why not `deno fmt --check`: Deno 2.9.6 reports every notebook as "not
 * formatted", with an empty diff, unless its incremental cache already knows
 * the file, while `deno fmt` rewrites the same bytes (seen on this project's
 * notebooks; denoland/deno#25840 describes the same fault for YAML and
 * HTML: a formatter that reports a change when there is none). So `deno.json`
 * excludes notebooks from `deno fmt`, and this script formats a copy of each
 * in a temporary folder and compares bytes instead.
 *
 * Exit status: 0 when all are formatted (or were fixed), 1 otherwise.
 *
 * @module
 */
import { join, relative } from "node:path";
import { PROJECT_ROOT } from "../lib/study/mod.ts";

/** Folders whose notebooks are checked (outputs and data are not). */
const FOLDERS = ["notebooks", "tests/testdata"];

/** Every `.ipynb` below `dir`, sorted. */
function notebooksBelow(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    let entries: Deno.DirEntry[];
    try {
      entries = [...Deno.readDirSync(d)];
    } catch (e) {
      if (e instanceof Deno.errors.NotFound) return;
      throw e;
    }
    for (const e of entries) {
      const path = join(d, e.name);
      if (e.isDirectory) walk(path);
      else if (e.name.endsWith(".ipynb")) found.push(path);
    }
  };
  walk(dir);
  return found.sort();
}

/**
 * Formats copies of `files` with `deno fmt` outside the project (so no
 * project configuration applies: the project sets no formatting option)
 * and returns each file's formatted bytes.
 */
async function formatted(files: string[]): Promise<Uint8Array[]> {
  const tmp = await Deno.makeTempDir({ prefix: "takedown-nbfmt-" });
  try {
    const copies = files.map((_, i) => join(tmp, `${i}.ipynb`));
    files.forEach((f, i) => Deno.copyFileSync(f, copies[i]));
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["fmt", "--quiet", ...copies],
      cwd: tmp,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).output();
    if (!out.success) {
      throw new Error(
        `deno fmt failed on a notebook copy:\n${
          new TextDecoder().decode(out.stderr)
        }`,
      );
    }
    return copies.map((c) => Deno.readFileSync(c));
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

if (import.meta.main) {
  const fix = Deno.args.includes("--fix");
  const unknown = Deno.args.filter((a) => a !== "--fix");
  if (unknown.length > 0) {
    console.error(
      `check_notebook_format: unexpected argument: ${unknown[0]}. ` +
        "Usage: deno run -A scripts/check_notebook_format.ts [--fix]",
    );
    Deno.exit(2);
  }
  const files = FOLDERS.flatMap((f) => notebooksBelow(join(PROJECT_ROOT, f)));
  const results = await formatted(files);
  const unformatted = files.filter((f, i) =>
    !sameBytes(Deno.readFileSync(f), results[i])
  );
  for (const f of unformatted) {
    const shown = relative(PROJECT_ROOT, f);
    if (fix) {
      Deno.writeFileSync(f, results[files.indexOf(f)]);
      console.log(`formatted ${shown}`);
    } else {
      console.error(`not formatted: ${shown}`);
    }
  }
  if (!fix && unformatted.length > 0) {
    console.error(
      `${unformatted.length} of ${files.length} notebooks are not formatted: ` +
        "run `deno task fmt-notebooks` and commit the result.",
    );
    Deno.exit(1);
  }
  console.log(`Checked ${files.length} notebooks`);
}
