/**
 * Every notebook in `notebooks/` runs headlessly on the demo bundle, as
 * `./lab reproduce` runs it, and a second run gives the same bytes in every
 * output file (figures, tables, networks, executed notebooks, manifest),
 * none of which contains an absolute path of this machine. The run's
 * offline report (`index.html`) opens in headless Chromium with every chart
 * drawn, no console error and no request leaving the page (skipped with a
 * message without Chromium; see tests/_browser.ts); a screenshot of it is
 * saved as `outputs/demo_report_screenshot.png`.
 * Skipped, with a message, while `notebooks/` has no notebooks. Needs
 * `./lab setup` and the demo bundle (`./lab demo`).
 */
import { deepEqual, equal, ok } from "node:assert/strict";
import { join } from "node:path";
import { listNotebooks } from "../cli/_notebooks.ts";
import { PROJECT_ROOT } from "../lib/study/mod.ts";
import {
  differences,
  fingerprint,
  runReproduce,
  withTempDir,
} from "./_reproduce.ts";
import { hasChromium, visitReport } from "./_browser.ts";

const SCREENSHOT = join(PROJECT_ROOT, "outputs", "demo_report_screenshot.png");
const browser = hasChromium("tests/notebooks_run_test.ts");

const notebooks = listNotebooks(join(PROJECT_ROOT, "notebooks"));
if (notebooks.length === 0) {
  console.log(
    "tests/notebooks_run_test.ts: skipped: no notebooks/NN_*.ipynb yet",
  );
}

Deno.test({
  name:
    `all ${notebooks.length} notebooks run headlessly on the demo bundle, twice with byte-identical outputs`,
  ignore: notebooks.length === 0,
  fn: () =>
    withTempDir(async (tmp) => {
      const runs = [join(tmp, "first"), join(tmp, "second")];
      for (const outputs of runs) {
        const run = await runReproduce([
          "--outputs",
          outputs,
          "--cell-timeout",
          "600",
        ]);
        equal(run.code, 0, run.output);
      }
      const [first, second] = runs.map((r) => join(r, "demo"));
      deepEqual(differences(first, second), []);
      const home = Deno.env.get("HOME");
      for (const file of Object.keys(fingerprint(first))) {
        const text = new TextDecoder("latin1").decode(
          Deno.readFileSync(join(first, file)),
        );
        for (const leak of [PROJECT_ROOT, tmp, home && `${home}/`]) {
          ok(!leak || !text.includes(leak), `${file} contains ${leak}`);
        }
      }
      if (!browser) return;
      Deno.mkdirSync(join(PROJECT_ROOT, "outputs"), { recursive: true });
      const visit = await visitReport(
        join(first, "index.html"),
        async (page) => {
          await page.screenshot({ path: SCREENSHOT, fullPage: true });
        },
      );
      ok(visit.chartWidths.length > 0, "the report shows no chart");
      ok(
        visit.chartWidths.every((w) => w > 100),
        `chart widths: ${visit.chartWidths.join(", ")}`,
      );
      deepEqual(visit.problems, []);
      deepEqual(visit.csp, []);
      deepEqual(visit.requests, [visit.url]);
    }),
});
