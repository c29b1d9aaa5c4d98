/**
 * Private test helper: the demo study opened once per test process (output
 * in a temporary folder), and its comparisons at 200 rounds, shared by the
 * step tests.
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { openStudy, type Study, studyParams } from "../study/mod.ts";
import type { ReleaseComparison } from "./compare_releases.ts";
import { compareSetsStep } from "./comparison_steps.ts";
import type { StepResult } from "../study/mod.ts";

/** Bootstrap rounds and permutations of the step tests. */
export const TEST_ROUNDS = 200;

const DEMO = fileURLToPath(
  new URL("../../data/demo/releases/demo_organic", import.meta.url),
);

/** Whether the demo bundle is present (else the demo tests are ignored). */
export const hasDemo: boolean = (() => {
  try {
    return Deno.statSync(DEMO).isDirectory;
  } catch {
    console.log(
      `skipping the demo-study step tests: ${DEMO} is missing (run ./lab demo)`,
    );
    return false;
  }
})();

let opened: Promise<{ study: Study; out: string }> | null = null;
let compared: Promise<StepResult<ReleaseComparison[]>> | null = null;

/**
 * The demo study, with the given parameter variables (`TAKEDOWN_OUT` is a
 * temporary folder); without variables, one study per process.
 */
export function demoStudy(
  env: Record<string, string> = {},
): Promise<{ study: Study; out: string }> {
  const open = async () => {
    const out = await Deno.makeTempDir({ prefix: "compare_steps_" });
    globalThis.addEventListener("unload", () => {
      try {
        Deno.removeSync(out, { recursive: true });
      } catch {
        // already removed
      }
    });
    const params = studyParams({ env: { ...env, TAKEDOWN_OUT: out } });
    return { study: await openStudy(params), out };
  };
  if (Object.keys(env).length > 0) return open();
  opened ??= open();
  return opened;
}

/** `compareSetsStep` of the shared demo study at {@link TEST_ROUNDS}. */
export async function demoComparisons(): Promise<
  StepResult<ReleaseComparison[]>
> {
  const { study } = await demoStudy();
  compared ??= compareSetsStep(study, { rounds: TEST_ROUNDS });
  return await compared;
}
