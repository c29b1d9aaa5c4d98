/**
 * Opening a study: the parameters, the loaded sets and baseline, the output
 * folders and (on the demo) the planted truth, in one object every step
 * takes.
 *
 * @module
 */
import { join } from "node:path";
import {
  loadBaseline,
  loadRelease,
  PROJECT_ROOT,
  type Release,
  type ResolvedRelease,
  resolveRelease,
} from "../io/mod.ts";
import type { DemoTruth } from "../demo/mod.ts";
import { type OutputDirs, outputDirs } from "./output_dirs.ts";
import { type StudyParams, studyParams } from "./params.ts";

/** Everything a notebook or command step needs. */
export interface Study {
  /** The parameters, checked. */
  params: StudyParams;
  /** Output folders (created). */
  dirs: OutputDirs;
  /** What the release argument stands for (its name names `outputs/<name>/`). */
  target: ResolvedRelease;
  /**
   * Every release the release argument stands for, in its order (the three
   * demo folders for `demo`, the baseline among them; otherwise one).
   */
  releases: Release[];
  /** The sets studied: the release's folders other than the baseline. */
  sets: Release[];
  /** The organic comparison release. */
  baseline: Release;
  /** The sets, then the baseline: the order of every chart and table. */
  groups: Release[];
  /** True when any group is synthetic demo data. */
  synthetic: boolean;
  /** The demo's planted truth (`TRUTH.json`) on the demo, else null. */
  truth: DemoTruth | null;
  /** The actor to follow: the parameter, else the demo's ministry on the demo. */
  actor: string | null;
  /** Problems a reader must see before any number (e.g. a synthetic baseline). */
  warnings: string[];
}

/** Options of {@linkcode openStudy}. */
export interface OpenStudyOptions {
  /** Use the Parquet cache (default true). */
  cache?: boolean;
}

/**
 * Opens a study: checks the parameters, resolves and loads the release's
 * sets and the baseline (lazily), creates the output folders and reads the
 * demo's truth.
 *
 * @param params The parameters (default: from the environment).
 * @param options Cache options.
 * @returns The study.
 * @throws {RangeError} When the release is the baseline itself.
 * @throws {Deno.errors.NotFound} When a release cannot be found.
 *
 * @example
 * ```ts ignore
 * const study = await openStudy();
 * console.log(study.sets.map((r) => r.name)); // ["demo_statebacked", "demo_unattributed"]
 * ```
 */
export async function openStudy(
  params: StudyParams = studyParams(),
  options: OpenStudyOptions = {},
): Promise<Study> {
  const cache = options.cache ?? true;
  const target = resolveRelease(params.release);
  const baselineRef = resolveRelease(params.baseline);
  if (baselineRef.releases.length !== 1) {
    throw new RangeError(
      `Open the study: the baseline must be one release, got: ${params.baseline}. ` +
        "Set --baseline (TAKEDOWN_BASELINE) to an organic release such as demo_organic.",
    );
  }
  // A release folder, a twarc2 or v1.1 JSON-lines capture (format detected).
  const baseline = await loadBaseline(baselineRef.releases[0].path, { cache });
  const baselinePath = baselineRef.releases[0].path;
  const releases: Release[] = [];
  for (const ref of target.releases) {
    releases.push(
      ref.path === baselinePath
        ? baseline
        : await loadRelease(ref.path, { cache }),
    );
  }
  const sets = releases.filter((r) => r !== baseline);
  if (sets.length === 0) {
    throw new RangeError(
      `Open the study: the release is the baseline itself: ${params.release}. ` +
        "Set --release (TAKEDOWN_RELEASE) to a takedown release.",
    );
  }
  const groups = [...sets, baseline];
  const truth = target.name === "demo" ? await readTruth() : null;
  return {
    params,
    dirs: outputDirs(params.out),
    target,
    releases,
    sets,
    baseline,
    groups,
    synthetic: groups.some((r) => r.synthetic),
    truth,
    actor: params.actor ?? truth?.organic.officials[0]?.screenName ?? null,
    warnings: studyWarnings(sets, baseline),
  };
}

async function readTruth(): Promise<DemoTruth> {
  const path = join(PROJECT_ROOT, "data", "demo", "releases", "TRUTH.json");
  return JSON.parse(await Deno.readTextFile(path));
}

/**
 * What a reader must know before any number: a real release compared with
 * a synthetic baseline, or the reverse.
 */
export function studyWarnings(sets: Release[], baseline: Release): string[] {
  const real = sets.filter((r) => !r.synthetic).map((r) => r.name);
  if (baseline.synthetic && real.length > 0) {
    return [
      `WARNING: ${real.join(", ")} (real) is compared with the SYNTHETIC ` +
      `demo baseline ${baseline.name}. Set --baseline (TAKEDOWN_BASELINE) ` +
      "to an organic sample of the same country and period.",
    ];
  }
  if (!baseline.synthetic && sets.some((r) => r.synthetic)) {
    return [
      `WARNING: SYNTHETIC demo sets are compared with the real baseline ` +
      `${baseline.name}.`,
    ];
  }
  return [];
}
