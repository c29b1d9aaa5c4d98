/**
 * Test helpers: open an offline report in headless Debian Chromium
 * (playwright-core with `executablePath`), offline, and record what a
 * reader's browser would do with it.
 *
 * @module
 */
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";

/** Debian's Chromium (`apt-get install -y --no-install-recommends chromium`). */
export const CHROMIUM = "/usr/bin/chromium";

/** Flags for a quiet, offline, throw-away headless browser. */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];

/** Runs in the page before its own scripts: records CSP violations. */
const RECORD_CSP_VIOLATIONS = `window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(e.violatedDirective + " " + e.blockedURI);
});`;

/**
 * Whether Debian's Chromium is installed; prints why a test is skipped
 * when it is not.
 *
 * @param testFile The test file, named in the message.
 * @returns True when {@link CHROMIUM} exists.
 */
export function hasChromium(testFile: string): boolean {
  try {
    Deno.statSync(CHROMIUM);
    return true;
  } catch {
    console.log(
      `${testFile}: browser check skipped: ${CHROMIUM} is missing ` +
        "(Debian: apt-get install -y --no-install-recommends chromium)",
    );
    return false;
  }
}

/** What happened while a report page was open. */
export interface ReportVisit {
  /** The page's `file://` URL. */
  url: string;
  /** Every URL the page requested, in order (all but file: are aborted). */
  requests: string[];
  /** Console errors and warnings, uncaught exceptions, WebSockets. */
  problems: string[];
  /** Content-Security-Policy violations (`directive blockedURI`). */
  csp: string[];
  /** Width in pixels of what each `[data-chart]` container drew (0: nothing). */
  chartWidths: number[];
  /** `window.__xss`: set only if an injected script ran. */
  xss: unknown;
  /** Number of windows open at the end (1 unless the page opened one). */
  windows: number;
}

/**
 * Opens `path` from the file system in headless Chromium with every
 * non-file request aborted, waits until the page reports its charts drawn
 * (`<html data-charts="drawn">`), runs `inspect` on the page, and returns
 * what was recorded. The browser gets a fresh temporary profile.
 *
 * @param path The report's `index.html`.
 * @param inspect Further checks or actions on the open page (hover,
 *   screenshot…), run before the record is taken.
 * @returns The visit's record.
 */
export async function visitReport(
  path: string,
  inspect: (page: Page) => Promise<void> = async () => {},
): Promise<ReportVisit> {
  const url = pathToFileURL(path).href;
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1200, height: 900 },
    });
    const requests: string[] = [];
    const problems: string[] = [];
    context.on("request", (r) => requests.push(r.url()));
    await context.route(/^(?!file:)/, (route) => route.abort());
    await context.addInitScript({ content: RECORD_CSP_VIOLATIONS });
    const page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") {
        problems.push(`console ${m.type()}: ${m.text()}`);
      }
    });
    page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
    page.on("websocket", (w) => problems.push(`websocket: ${w.url()}`));

    await page.goto(url, { waitUntil: "load" });
    await page.waitForSelector("html[data-charts]", { timeout: 120_000 });
    const status = await page.getAttribute("html", "data-charts");
    if (status !== "drawn") problems.push(`data-charts="${status}"`);
    const chartWidths = await page.$$eval(
      "[data-chart]",
      (els) =>
        els.map((el) => {
          const svg = el.querySelector("svg, canvas");
          return svg === null ? 0 : svg.getBoundingClientRect().width;
        }),
    );
    await inspect(page);
    const state = await page.evaluate(
      "({ xss: window.__xss, csp: window.__csp })",
    ) as { xss: unknown; csp: string[] };
    return {
      url,
      requests: [...new Set(requests)],
      problems,
      csp: state.csp,
      chartWidths,
      xss: state.xss,
      windows: context.pages().length,
    };
  } finally {
    await browser.close();
  }
}
