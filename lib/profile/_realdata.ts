/**
 * Private: where the shared real test data lives, for tests that skip
 * (with a message) when it is absent.
 *
 * @module
 */
import { fileURLToPath } from "node:url";

/** Absolute path of `shared/realdata/` beside the repository. */
export const REALDATA: string = fileURLToPath(
  new URL("../../../shared/realdata/", import.meta.url),
);

/** Whether `REALDATA/<sub>` exists; logs a skip message when not. */
export function realdataExists(sub: string): boolean {
  try {
    Deno.statSync(REALDATA + sub);
    return true;
  } catch {
    console.log(`skipping real-data test: ${REALDATA + sub} is absent`);
    return false;
  }
}
