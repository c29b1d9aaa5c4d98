/**
 * Which daily rhythm an hourly profile resembles: a human day, an office
 * day, or no rhythm at all.
 *
 * @module
 */
import { jensenShannon } from "../stats/jensen_shannon.ts";
import { inferUtcOffset, type OffsetFit } from "./infer_utc_offset.ts";

/**
 * The office-day template by local hour 0–23: weight 1 for 08:00–17:59
 * (hours 8 … 17, the working hours of `weeklyRhythm`), 0 otherwise.
 */
export const OFFICE_DAY_REFERENCE: readonly number[] = Array.from(
  { length: 24 },
  (_, h) => (h >= 8 && h < 18 ? 1 : 0),
);

/** The three templates, in tie-breaking order. */
export const RHYTHM_TEMPLATES = ["human", "office", "flat"] as const;

/** A daily-rhythm template. */
export type RhythmTemplate = typeof RHYTHM_TEMPLATES[number];

/** Result of {@linkcode dailyRhythmFit}. */
export interface DailyRhythmFit {
  /** Tweets in the profile. */
  n_tweets: number;
  /** Fit against the human (baseline) reference, `inferUtcOffset`. */
  human: OffsetFit;
  /** Fit against {@linkcode OFFICE_DAY_REFERENCE}. */
  office: OffsetFit;
  /** Jensen–Shannon divergence (bits) to a flat profile (every hour equal). */
  flat_distance: number;
  /** The template with the smallest distance (ties: human, office, flat). */
  closest: RhythmTemplate;
  /** The closest template's best offset; null when `closest` is `flat`. */
  utc_offset: number | null;
}

/**
 * Fits a UTC hourly tweet profile against three templates and says which
 * it resembles most:
 * - `human`: the baseline's local-hour profile (`humanReference`, e.g.
 *   from `diurnalReference`), fitted over offsets by `inferUtcOffset`;
 * - `office`: {@linkcode OFFICE_DAY_REFERENCE}, 08:00–17:59 local, fitted
 *   the same way;
 * - `flat`: equal activity in every hour (round-the-clock posting), whose
 *   distance does not depend on the offset.
 *
 * Distances are Jensen–Shannon divergences in bits (0 identical, 1
 * disjoint; `jensenShannon` of `lib/compare`). `closest` is the template
 * with the smallest distance, ties broken in the order human, office,
 * flat; `utc_offset` is its best offset (null for `flat`: a profile closer
 * to flat than to any day shape has no time zone to read). Hours only:
 * weekends are judged separately (`weeklyRhythm`).
 *
 * @param utcCounts 24 tweet counts by UTC hour 0–23
 * @param humanReference 24 weights by local hour 0–23
 * @returns the three fits, or null when `utcCounts` sums to 0
 * @example
 * ```ts
 * import { dailyRhythmFit, OFFICE_DAY_REFERENCE } from "./daily_rhythm_fit.ts";
 * import { equal } from "node:assert/strict";
 * const human = [3, 2, 1, 1, 1, 1, 2, 4, 6, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 9, 9, 8, 6, 4];
 * // office hours at UTC−4 seen in UTC: local hour h is UTC hour h + 4
 * const utc = OFFICE_DAY_REFERENCE.map((_, u) => OFFICE_DAY_REFERENCE[(u - 4 + 24) % 24] * 10 + 1);
 * const fit = dailyRhythmFit(utc, human)!;
 * equal(fit.closest, "office");
 * equal(fit.utc_offset, -4);
 * ```
 */
export function dailyRhythmFit(
  utcCounts: readonly number[],
  humanReference: readonly number[],
): DailyRhythmFit | null {
  const human = inferUtcOffset(utcCounts, humanReference);
  if (human === null) return null;
  const office = inferUtcOffset(utcCounts, OFFICE_DAY_REFERENCE)!;
  const flat = jensenShannon(utcCounts, new Array<number>(24).fill(1));
  const distances = [human.distance, office.distance, flat];
  const best = distances.indexOf(Math.min(...distances));
  const closest = RHYTHM_TEMPLATES[best];
  return {
    n_tweets: human.n_tweets,
    human,
    office,
    flat_distance: flat,
    closest,
    utc_offset: closest === "human"
      ? human.utc_offset
      : closest === "office"
      ? office.utc_offset
      : null,
  };
}
