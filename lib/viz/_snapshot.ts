/**
 * SVG snapshot assertions for chart tests (after Observable Plot's tests).
 *
 * @module
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Folder of stored snapshots: `lib/viz/testdata/`. */
export const TESTDATA = fileURLToPath(new URL("./testdata/", import.meta.url));

/**
 * Compare `svg` with `testdata/<name>.svg`.
 *
 * With `UPDATE_SNAPSHOTS=1` in the environment the stored file is (re)written
 * and the assertion passes. Otherwise, when the file is missing or differs,
 * the new output is written to `testdata/<name>-changed.svg` (git-ignored) so
 * a reviewer can look at both pictures, and the assertion fails; on a match a
 * stale `-changed.svg` is removed.
 */
export async function assertSvgSnapshot(
  name: string,
  svg: string,
): Promise<void> {
  const stored = `${TESTDATA}${name}.svg`;
  const changed = `${TESTDATA}${name}-changed.svg`;
  if (Deno.env.get("UPDATE_SNAPSHOTS") === "1") {
    await Deno.writeTextFile(stored, svg);
    return;
  }
  const expected = existsSync(stored)
    ? await Deno.readTextFile(stored)
    : undefined;
  if (expected === svg) {
    if (existsSync(changed)) await Deno.remove(changed);
    return;
  }
  await Deno.writeTextFile(changed, svg);
  throw new Error(
    expected === undefined
      ? `Compare snapshot ${stored}: no stored snapshot; wrote ${changed}; ` +
        "run the tests with UPDATE_SNAPSHOTS=1 to store it"
      : `Compare snapshot ${stored}: output differs; wrote ${changed}; ` +
        "look at both, then run the tests with UPDATE_SNAPSHOTS=1 if the change is intended",
  );
}
