/**
 * Path helpers for tests.
 *
 * @module
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The read-only real test data folder, `../shared/realdata/` from the repo root. */
export const REALDATA = fileURLToPath(
  new URL("../../../shared/realdata/", import.meta.url),
);

/** True when the real data file exists; logs why a test is skipped if not. */
export function hasRealData(file: string): boolean {
  const ok = existsSync(REALDATA + file);
  if (!ok) {
    console.log(
      `Skipping real-data test: ${
        REALDATA + file
      } is absent (it lives in shared/realdata beside the repository)`,
    );
  }
  return ok;
}
