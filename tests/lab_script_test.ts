/**
 * `./lab kernel --user` registers the project kernel in the user's Jupyter
 * folder (here a temporary `JUPYTER_DATA_DIR`), and `--remove` takes it
 * away; unknown options are refused; `./lab jupyter` knows every study
 * flag.
 */
import { deepEqual, equal, match } from "node:assert/strict";
import { join } from "node:path";
import { PROJECT_ROOT, STUDY_PARAMETERS } from "../lib/study/mod.ts";

async function lab(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = await new Deno.Command("bash", {
    args: [join(PROJECT_ROOT, "lab"), ...args],
    cwd: PROJECT_ROOT,
    env,
    stdin: "null",
  }).output();
  const text = new TextDecoder();
  return {
    code: out.code,
    stdout: text.decode(out.stdout),
    stderr: text.decode(out.stderr),
  };
}

Deno.test("./lab kernel --user writes the kernel spec into JUPYTER_DATA_DIR and --remove deletes it", async () => {
  const data = await Deno.makeTempDir();
  try {
    const added = await lab(["kernel", "--user"], { JUPYTER_DATA_DIR: data });
    equal(added.code, 0, added.stderr);
    const spec = JSON.parse(
      await Deno.readTextFile(join(data, "kernels/takedown-deno/kernel.json")),
    );
    equal(spec.language, "typescript");
    deepEqual(spec.argv.slice(1), [
      "jupyter",
      "--kernel",
      "--conn",
      "{connection_file}",
    ]);
    match(spec.argv[0], /deno-2\.9\.6\/node_modules\/\.bin\/deno$/);
    const removed = await lab(["kernel", "--remove"], {
      JUPYTER_DATA_DIR: data,
    });
    equal(removed.code, 0, removed.stderr);
    deepEqual([...Deno.readDirSync(join(data, "kernels"))], []);
  } finally {
    await Deno.remove(data, { recursive: true });
  }
});

Deno.test("./lab kernel refuses an unknown option and names the valid ones", async () => {
  const r = await lab(["kernel", "--global"], {});
  equal(r.code, 2);
  match(r.stderr, /unknown option: --global\. Valid: --user .*--remove/);
});

Deno.test("./lab jupyter turns every study flag into its TAKEDOWN_* variable", () => {
  const script = Deno.readTextFileSync(join(PROJECT_ROOT, "lab"));
  const listed = script.match(/--release \| --baseline[^)]*\)/)![0]
    .replace(/\\\n/g, " ").match(/--[a-z-]+/g)!;
  deepEqual(
    listed.sort(),
    STUDY_PARAMETERS.map((p) => `--${p.flag}`).sort(),
  );
  for (const p of STUDY_PARAMETERS) {
    equal(p.env, `TAKEDOWN_${p.flag.toUpperCase().replaceAll("-", "_")}`);
  }
});
