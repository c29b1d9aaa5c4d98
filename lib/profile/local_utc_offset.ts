/**
 * Which UTC offset a set's local-time figures use: the one method shared by
 * notebook 03 and `./lab profile`.
 *
 * @module
 */
import { studyParams } from "../study/mod.ts";
import type { DailyRhythmFit, RhythmTemplate } from "./daily_rhythm_fit.ts";

/**
 * The baseline's UTC offset when none is given: the study parameters'
 * default `baseline_utc_offset` (−4, Venezuela, the demo baseline's
 * country).
 */
export const DEFAULT_BASELINE_UTC_OFFSET: number =
  studyParams({ env: {} }).baseline_utc_offset;

/** Where a local offset comes from. */
export type LocalOffsetSource =
  | "given"
  | "inferred"
  | "no_rhythm"
  | "baseline"
  | "utc_default";

/** The offset a set's local-time figures use, and why. */
export interface LocalOffset {
  /** Hours added to UTC. */
  utc_offset: number;
  /**
   * `given` (the `utc_offset` parameter), `inferred` (the best offset of
   * the closest day template), `no_rhythm` (closest to flat: the
   * baseline's offset), `baseline` (the baseline itself: its known offset)
   * or `utc_default` (no reference to infer from: 0).
   */
  source: LocalOffsetSource;
  /** The closest template of the fit (null without a fit). */
  template: RhythmTemplate | null;
}

/** Options of {@linkcode localUtcOffset}. */
export interface LocalOffsetOptions {
  /** The baseline's known offset; null when there is no baseline reference. */
  baselineUtcOffset: number | null;
  /** A given offset (the `utc_offset` parameter); null or absent: infer. */
  given?: number | null;
  /** True for the baseline itself, which keeps its known offset. */
  isBaseline?: boolean;
}

/**
 * Chooses a set's local offset from its daily-rhythm fit
 * (`dailyRhythmFit`: human day, office day, flat). In order: the baseline
 * keeps its known offset; a given offset wins; a set closest to a human or
 * an office day takes that template's best offset; a set closest to flat
 * has no daily rhythm to read an offset from and takes the baseline's;
 * without a fit (no baseline reference, or no tweet with a time) UTC.
 *
 * @param fit The set's fit, or null.
 * @param options The baseline's offset, a given offset, whether this is the baseline.
 * @returns The offset, its source and the closest template.
 * @throws {RangeError} For the baseline without a known offset.
 * @example
 * ```ts
 * import { localUtcOffset } from "./local_utc_offset.ts";
 * import { deepEqual } from "node:assert/strict";
 * const office = { closest: "office", utc_offset: -4 } as const;
 * deepEqual(localUtcOffset(office as never, { baselineUtcOffset: -4 }), {
 *   utc_offset: -4, source: "inferred", template: "office",
 * });
 * const flat = { closest: "flat", utc_offset: null } as const;
 * deepEqual(localUtcOffset(flat as never, { baselineUtcOffset: -4 }), {
 *   utc_offset: -4, source: "no_rhythm", template: "flat",
 * });
 * deepEqual(localUtcOffset(null, { baselineUtcOffset: null }), {
 *   utc_offset: 0, source: "utc_default", template: null,
 * });
 * ```
 */
export function localUtcOffset(
  fit: Pick<DailyRhythmFit, "closest" | "utc_offset"> | null,
  options: LocalOffsetOptions,
): LocalOffset {
  const template = fit?.closest ?? null;
  const base = options.baselineUtcOffset;
  if (options.isBaseline) {
    if (base === null) {
      throw new RangeError(
        "Choosing the baseline's local offset: none is known. " +
          "Give --baseline-utc-offset (TAKEDOWN_BASELINE_UTC_OFFSET).",
      );
    }
    return { utc_offset: base, source: "baseline", template };
  }
  if (options.given !== undefined && options.given !== null) {
    return { utc_offset: options.given, source: "given", template };
  }
  if (fit && fit.utc_offset !== null) {
    return { utc_offset: fit.utc_offset, source: "inferred", template };
  }
  if (fit && base !== null) {
    return { utc_offset: base, source: "no_rhythm", template };
  }
  return { utc_offset: 0, source: "utc_default", template };
}

/**
 * How notebook 03 names a local offset's origin (`offset_source` of
 * `tab03_weekly_rhythm`, the panel titles of `fig03_weekday_hour_local`).
 *
 * @param o A choice of {@linkcode localUtcOffset}.
 * @returns e.g. `office-day fit`, `no daily rhythm: baseline's offset`.
 * @example
 * ```ts
 * import { localOffsetLabel } from "./local_utc_offset.ts";
 * import { equal } from "node:assert/strict";
 * equal(localOffsetLabel({ utc_offset: -4, source: "inferred", template: "office" }), "office-day fit");
 * equal(localOffsetLabel({ utc_offset: -4, source: "baseline", template: "human" }), "baseline's known offset");
 * ```
 */
export function localOffsetLabel(o: LocalOffset): string {
  switch (o.source) {
    case "baseline":
      return "baseline's known offset";
    case "given":
      return "given (--utc-offset)";
    case "inferred":
      return `${o.template}-day fit`;
    case "no_rhythm":
      return "no daily rhythm: baseline's offset";
    case "utc_default":
      return "no reference: UTC";
  }
}
