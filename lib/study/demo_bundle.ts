/**
 * Where the generated demo bundle lives, and whether it is there.
 *
 * @module
 */
import { join } from "node:path";
import { DEMO_RELEASES, PROJECT_ROOT } from "../io/mod.ts";

/** The generated demo bundle: `data/demo/releases/` (not in git). */
export const DEMO_DIR: string = join(PROJECT_ROOT, "data", "demo", "releases");

/**
 * Whether the demo bundle's three release folders and `TRUTH.json` exist.
 * When they do not, prints that `testFile` is skipped and how to generate
 * the bundle, so a test can use it as `ignore: !demoBundlePresent(…)`.
 *
 * @param testFile The test file, named in the message.
 * @returns True when the bundle is complete.
 */
export function demoBundlePresent(testFile: string): boolean {
  const present = [...DEMO_RELEASES, "TRUTH.json"].every((name) => {
    try {
      Deno.statSync(join(DEMO_DIR, name));
      return true;
    } catch {
      return false;
    }
  });
  if (!present) {
    console.log(
      `${testFile}: skipped: the demo bundle is missing (data/demo/releases); ` +
        "generate it with `deno run -A cli/demo.ts`",
    );
  }
  return present;
}
