/**
 * The offline report in a real browser (headless Debian Chromium, driven by
 * playwright-core): a fixture output folder whose tweet text, names, file
 * names and manifest carry script injections (lib/report/_testing.ts) is
 * turned into `outputs/report_test/index.html` by `writeReport`, opened
 * from file://, and checked:
 *
 * - every chart is drawn (each vega-embed container holds an `<svg>`);
 * - no console error or warning, no uncaught exception, no
 *   Content-Security-Policy violation;
 * - no request but the page itself (every other request is recorded, then
 *   aborted so nothing leaves the machine), no WebSocket, no new window;
 * - `window.__xss` is never set, also after hovering a bar whose tooltip
 *   shows an injection as text;
 * - the injected text is shown to the reader as text, and the data: images
 *   load;
 * - the chart menus offer only "Save as SVG/PNG" (no "Open in Vega Editor",
 *   which would send the chart to another site).
 *
 * A screenshot of the whole page is saved as
 * `outputs/report_test/screenshot.png` for a person to look at.
 *
 * Needs /usr/bin/chromium (Debian: `apt-get install -y
 * --no-install-recommends chromium`); skipped with a message without it.
 */
import { deepEqual, equal, ok } from "node:assert/strict";
import { join } from "node:path";
import { PROJECT_ROOT } from "../lib/study/mod.ts";
import { writeReport } from "../lib/report/mod.ts";
import {
  FIXTURE_CHARTS,
  writeReportFixture,
  XSS_CLOSE,
  XSS_IMG,
} from "../lib/report/_testing.ts";
import { hasChromium, visitReport } from "./_browser.ts";

const OUT = join(PROJECT_ROOT, "outputs", "report_test");

/** Evaluated in the page once the charts are drawn (browser code, as text). */
const PAGE_STATE = `({
  stream: document.querySelector("pre.stream").textContent,
  stderr: document.querySelector("pre.stderr").textContent,
  images: [...document.querySelectorAll("figure.image img")].map((img) => img.naturalWidth),
  actions: [...new Set([...document.querySelectorAll(".vega-actions a")].map((a) => a.textContent))],
})`;

Deno.test({
  name:
    "writeReport() page opened from file:// draws every chart, runs no injected script and requests nothing",
  ignore: !hasChromium("tests/report_browser_test.ts"),
  fn: async () => {
    await Deno.remove(OUT, { recursive: true }).catch((e) => {
      if (!(e instanceof Deno.errors.NotFound)) throw e;
    });
    await writeReportFixture(OUT);
    const path = await writeReport(OUT);
    let state = {
      tooltip: "",
      stream: "",
      stderr: "",
      images: [] as number[],
      actions: [] as string[],
    };
    const visit = await visitReport(path, async (page) => {
      // Hover the first bar: its tooltip shows an injection, as text.
      await page.hover(".chart svg .mark-rect path");
      const tooltip = await page.waitForSelector(
        "#vg-tooltip-element.visible",
      );
      state = {
        tooltip: (await tooltip.textContent()) ?? "",
        ...await page.evaluate(PAGE_STATE) as Omit<typeof state, "tooltip">,
      };
      await page.screenshot({
        path: join(OUT, "screenshot.png"),
        fullPage: true,
      });
    });
    equal(visit.chartWidths.length, FIXTURE_CHARTS);
    ok(
      visit.chartWidths.every((w) => w > 100),
      `chart widths: ${visit.chartWidths.join(", ")}`,
    );
    ok(state.tooltip.includes(XSS_IMG), state.tooltip);
    equal(visit.xss, undefined);
    deepEqual(visit.csp, []);
    ok(state.stream.includes(XSS_IMG), state.stream);
    ok(state.stderr.includes(XSS_CLOSE), state.stderr);
    deepEqual(state.images, [60, 40]);
    deepEqual(state.actions, ["Save as SVG", "Save as PNG"]);
    equal(visit.windows, 1, "the page opened another window");
    deepEqual(visit.requests, [visit.url]);
    deepEqual(visit.problems, []);
  },
});
