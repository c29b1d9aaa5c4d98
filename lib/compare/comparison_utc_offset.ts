/**
 * The one rule for the clock at which a comparison reads local time.
 *
 * @module
 */
import type { StudyParams } from "../study/mod.ts";

/**
 * The UTC offset, in hours, at which a comparison reads the local time of
 * BOTH groups (working hours, weekend ratio, hour of day, weekday): the
 * sets' clock when it is given (`--utc-offset`), else the baseline's
 * (`--baseline-utc-offset`, default −4: Venezuela since May 2016, −4.5
 * from December 2007). One offset for both groups, so "office hours" means
 * the same clock on both sides. Used by notebook 04 and `./lab compare`.
 *
 * @param params The study parameters (only the two offsets are read).
 * @returns Hours added to UTC.
 *
 * @example
 * ```ts
 * import { comparisonUtcOffset } from "./comparison_utc_offset.ts";
 * import { equal } from "node:assert/strict";
 * equal(comparisonUtcOffset({ utc_offset: null, baseline_utc_offset: -4 }), -4);
 * equal(comparisonUtcOffset({ utc_offset: 5.5, baseline_utc_offset: -4 }), 5.5);
 * equal(comparisonUtcOffset({ utc_offset: 0, baseline_utc_offset: -4 }), 0);
 * ```
 */
export function comparisonUtcOffset(
  params: Pick<StudyParams, "utc_offset" | "baseline_utc_offset">,
): number {
  return params.utc_offset ?? params.baseline_utc_offset;
}

/**
 * An offset as written after "UTC": `-4` → `"-4"`, `5.5` → `"+5.5"`, `0` →
 * `"+0"`.
 *
 * @example
 * ```ts
 * import { utcOffsetLabel } from "./comparison_utc_offset.ts";
 * import { equal } from "node:assert/strict";
 * equal(`UTC${utcOffsetLabel(-4)}`, "UTC-4");
 * equal(`UTC${utcOffsetLabel(5.5)}`, "UTC+5.5");
 * ```
 */
export function utcOffsetLabel(hours: number): string {
  return hours < 0 ? String(hours) : `+${hours}`;
}
