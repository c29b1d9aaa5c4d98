/**
 * The steps of notebook 07 ("Do the release files give the numbers
 * published about them?"): what the catalog records, which catalogued
 * releases are in `data/raw/` and whether they give their published
 * numbers, which are absent, whether the release under study gives its
 * known numbers (the planted truth on the demo), and the saved table and
 * chart of all of it. Each returns what a reader sees.
 *
 * @module
 */
import { join } from "node:path";
import { PROJECT_ROOT } from "../io/mod.ts";
import {
  type StepResult,
  stepResult,
  type Study,
  verdict,
} from "../study/mod.ts";
import { publishedChart, publishedChartRows } from "../viz/published_chart.ts";
import { type AbsentRelease, absentReleases } from "./absent_releases.ts";
import { catalogFigures } from "./catalog_figures.ts";
import { checkDemoTruth } from "./check_demo_truth.ts";
import { ABOUT_TOLERANCE_PERCENT } from "./compare_figure.ts";
import { publishedFrame } from "./format_published_table.ts";
import { publishedTable } from "./published_table.ts";
import {
  type Catalog,
  CATALOG_PATH,
  type CatalogEntry,
  findCatalogEntry,
  readCatalog,
} from "./read_catalog.ts";
import { type PublishedRow, reproduceFigures } from "./reproduce_figures.ts";
import { mergeStudiedRows, sideBySideRows } from "./side_by_side.ts";

/** `data/raw` of this project: where downloaded releases go. */
export const RAW_DIR: string = join(PROJECT_ROOT, "data", "raw");

/**
 * What was published about each release, and by whom? Reads the catalog
 * and lists every published figure (notes left out; the saved table has
 * them), with one sentence counting figures, releases and sources.
 *
 * @param path The catalog (default `data/catalog.json`).
 * @returns The catalog, for the next steps.
 */
export async function catalogFiguresStep(
  path: string = CATALOG_PATH,
): Promise<StepResult<Catalog>> {
  const catalog = await readCatalog(path);
  const published = catalogFigures(catalog);
  const sources = new Set(published.map((f) => f.source));
  const withFigures = new Set(published.map((f) => f.release));
  const without = catalog.releases
    .filter((e) => e.published_figures.length === 0).map((e) => e.release);
  return stepResult(catalog, {
    text: [
      `The catalog has ${catalog.releases.length} entries. It records ` +
      `${published.length} published figures about ${withFigures.size} ` +
      `releases or release groups, from ${sources.size} sources; ` +
      (without.length === 0
        ? "every catalogued release has at least one."
        : `${without.length} catalogued releases have no figure recorded ` +
          `yet (${without.join(", ")}).`),
    ],
    tables: [{
      rows: published.map(({ note: _note, ...rest }) => rest),
      maxRows: 50,
    }],
  });
}

/** How many rows have `status`. */
function countStatus(rows: PublishedRow[], status: string): number {
  return rows.filter((r) => r.status === status).length;
}

/**
 * Which catalogued releases are on this machine, and do they give the
 * published numbers? Reproduces every figure of every catalogued release
 * found in the raw-data folder (see `publishedTable`); the others are
 * `release_absent`. Shows the computed rows side by side.
 *
 * @param catalog The catalog (from {@linkcode catalogFiguresStep}).
 * @param rawDir The raw-data folder (default `data/raw`).
 * @returns Every row, absent ones included, in catalog order.
 */
export async function rawReleasesStep(
  catalog: Catalog,
  rawDir: string = RAW_DIR,
): Promise<StepResult<PublishedRow[]>> {
  const rows = await publishedTable(catalog, rawDir);
  const computed = rows.filter((r) => r.status !== "release_absent");
  const present = [...new Set(computed.map((r) => r.release))];
  const text = computed.length === 0
    ? "No catalogued release is in data/raw/, so no published figure could " +
      "be recomputed here; the next section says where to get them."
    : `${present.length} catalogued release(s) found in data/raw/ ` +
      `(${present.join(", ")}): of ${computed.length} published numbers, ` +
      `${countStatus(computed, "match")} reproduced, ` +
      `${countStatus(computed, "differs")} differ, ` +
      `${countStatus(computed, "not_reproducible")} cannot be computed ` +
      "from the archive files.";
  return stepResult(rows, {
    text: [text],
    tables: computed.length === 0
      ? []
      : [{ rows: sideBySideRows(computed), maxRows: 100 }],
  });
}

/**
 * Which releases are missing, and where do I get them? The absent
 * releases of {@linkcode rawReleasesStep}'s rows, with the numbers waiting
 * for each and where to download it.
 *
 * @param rows The rows of {@linkcode rawReleasesStep}.
 * @returns One entry per absent release or group.
 */
export function absentReleasesStep(
  rows: PublishedRow[],
): StepResult<AbsentRelease[]> {
  const absent = absentReleases(rows);
  const waiting = absent.reduce((s, a) => s + a.figures, 0);
  return stepResult(absent, {
    text: [
      absent.length === 0
        ? "Every catalogued release with published figures is present."
        : `${absent.length} catalogued releases or groups are absent, ` +
          `holding ${waiting} published numbers.`,
    ],
    tables: absent.length === 0 ? [] : [{ rows: absent, maxRows: 50 }],
  });
}

/**
 * Does the demo bundle give back the numbers its generator planted
 * (`TRUTH.json`)? Computes each figure on the study's demo releases (the
 * baseline included) and checks it against the planted number: a table
 * check / expected / observed / difference / verdict. Only on the demo:
 * without a planted truth it says so and returns no rows.
 *
 * @param study An opened study.
 * @returns The rows, as `checkDemoTruth` gives them (they join the saved
 *   table).
 */
export function demoTruthStep(study: Study): StepResult<PublishedRow[]> {
  const truth = study.truth;
  if (truth === null) {
    return stepResult([], {
      text: [
        `${study.target.name} is not the demo bundle: there is no planted ` +
        "truth to check.",
      ],
    });
  }
  const rows = checkDemoTruth(truth, study.releases);
  const bad = rows.filter((r) => r.status !== "match");
  return stepResult(rows, {
    text: [
      bad.length === 0
        ? `All ${rows.length} numbers planted in the demo bundle (seed ` +
          `${truth.seed}) were reproduced exactly.`
        : `${bad.length} of ${rows.length} planted numbers were NOT ` +
          `reproduced: ${
            bad.map((r) => `${r.release} ${r.figure}`).join(", ")
          }.`,
    ],
    tables: [{ rows: truthChecks(rows), maxRows: 100 }],
  });
}

/** One row of the demo-truth check table. */
export interface TruthCheck {
  /** `<release> <figure>`. */
  check: string;
  /** The number planted (TRUTH.json). */
  expected: number;
  /** The number the files give, or null. */
  observed: number | null;
  /** observed − expected, or null. */
  difference: number | null;
  verdict: "MET" | "NOT MET";
}

/**
 * Demo-truth rows as checks: met when the figure is reproduced exactly.
 *
 * @example
 * ```ts
 * import { deepEqual } from "node:assert/strict";
 * import { truthChecks } from "./published_steps.ts";
 * deepEqual(truthChecks([{
 *   release: "demo_x", figure: "tweets", source: "TRUTH.json", published: 5,
 *   qualifier: "exactly", reproduced: 4, difference: -1,
 *   relative_difference: -0.2, status: "differs", note: "",
 * }]), [{
 *   check: "demo_x tweets", expected: 5, observed: 4, difference: -1,
 *   verdict: "NOT MET",
 * }]);
 * ```
 */
export function truthChecks(rows: PublishedRow[]): TruthCheck[] {
  return rows.map((r) => ({
    check: `${r.release} ${r.figure}`,
    expected: r.published,
    observed: r.reproduced,
    difference: r.difference,
    verdict: verdict(r.status === "match"),
  }));
}

/**
 * Does the release under study give back its known numbers? On the demo,
 * the planted truth ({@linkcode demoTruthStep}); on a real release, the
 * published figures of the catalog entry of the same name, computed on
 * the study's release folder(s).
 *
 * @param study An opened study.
 * @param catalog The catalog (from {@linkcode catalogFiguresStep}).
 * @returns The rows (none when the release has no single-release entry).
 */
export function studiedReleaseStep(
  study: Study,
  catalog: Catalog,
): StepResult<PublishedRow[]> {
  if (study.truth !== null) return demoTruthStep(study);
  const name = study.target.name;
  const entry = entryOrNull(catalog, name);
  if (entry === null || entry.combines) {
    return stepResult([], {
      text: [
        `${name} has no single-release entry in data/catalog.json: add its ` +
        "published figures there to check them.",
      ],
    });
  }
  return catalogEntryCheck(entry, study);
}

/** The catalog entry of `name` (see `findCatalogEntry`), or null. */
function entryOrNull(catalog: Catalog, name: string): CatalogEntry | null {
  try {
    return findCatalogEntry(catalog, name);
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
}

/** The figures of one catalog entry on the study's release(s). */
function catalogEntryCheck(
  entry: CatalogEntry,
  study: Study,
): StepResult<PublishedRow[]> {
  const rows = reproduceFigures(entry, study.releases);
  return stepResult(rows, {
    text: [
      `${study.target.name}: ${countStatus(rows, "match")} of ${rows.length} ` +
      `published numbers reproduced, ${countStatus(rows, "differs")} ` +
      `differ, ${countStatus(rows, "not_reproducible")} not computable.`,
    ],
    tables: rows.length === 0
      ? []
      : [{ rows: sideBySideRows(rows), maxRows: 100 }],
  });
}

/**
 * Published and reproduced, side by side: the saved table
 * `tab07_published_vs_reproduced` (catalogued releases from `data/raw/`,
 * then the release under study, see `mergeStudiedRows`; notes included)
 * and the chart `fig07_published_vs_reproduced` of every computed number's
 * difference in percent of the published value.
 *
 * @param rawRows The rows of {@linkcode rawReleasesStep}.
 * @param studied The rows of {@linkcode studiedReleaseStep}.
 * @returns The saved rows.
 */
export function publishedVsReproducedStep(
  rawRows: PublishedRow[],
  studied: PublishedRow[],
): StepResult<PublishedRow[]> {
  const table = mergeStudiedRows(rawRows, studied);
  const chartRows = publishedChartRows(table);
  const spec = publishedChart({
    title: "Reproduced minus published, per figure",
    synthetic: chartRows.some((r) => r.label.startsWith("demo_")),
    subtitle: "0 = the published number exactly; grey band = " +
      `±${ABOUT_TOLERANCE_PERCENT}% ('about')`,
    bandPercent: ABOUT_TOLERANCE_PERCENT,
  });
  return stepResult(table, {
    text: [
      `The saved table holds ${table.length} rows, each with its note.`,
      ...(chartRows.length === 0
        ? ["Nothing to chart: no published number could be recomputed."]
        : []),
    ],
    tables: [{
      name: "tab07_published_vs_reproduced",
      rows: publishedFrame(table),
      show: false,
    }],
    charts: chartRows.length === 0
      ? []
      : [{ name: "fig07_published_vs_reproduced", spec, rows: chartRows }],
  });
}
