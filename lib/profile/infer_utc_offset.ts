/**
 * Time-zone inference from the hourly posting profile.
 *
 * @module
 */
import { jensenShannon } from "../stats/jensen_shannon.ts";

/** Candidate offsets reported in a fit curve: −12 … +14 hours. */
export const CANDIDATE_OFFSETS: readonly number[] = Array.from(
  { length: 27 },
  (_, i) => i - 12,
);

/** Fit of a UTC hourly profile against a local-time reference. */
export interface OffsetFit {
  /** The best UTC offset (hours). */
  utc_offset: number;
  /** Its Jensen–Shannon divergence (bits) to the reference. */
  distance: number;
  /** The best offset with a different shift (not ≡ best mod 24). */
  second_offset: number;
  /** Distance of `second_offset` minus `distance` (≥ 0). */
  margin: number;
  /** Tweets in the profile. */
  n_tweets: number;
  /** Distance for every offset −12 … +14 in order (27 values). */
  curve: { utc_offset: number; distance: number }[];
}

/**
 * Infers the UTC offset at which an hourly profile best matches a human
 * diurnal reference.
 *
 * For a candidate offset o, local hour h = (UTC hour + o) mod 24, so the
 * profile seen in local time is p_o[h] = utcCounts[(h − o) mod 24]. The
 * distance is the Jensen–Shannon divergence in bits between p_o and the
 * reference (`jensenShannon` of `lib/compare`; both normalised). The curve
 * lists offsets −12 … +14; offsets 24 apart (−12/+12, −11/+13, −10/+14)
 * give the same shift and distance, so the best offset is chosen among the
 * 24 distinct shifts labelled −11 … +12: smallest distance, ties broken by
 * smaller |o|, then by smaller o. The margin is the second-smallest
 * distance over those 24 minus the smallest: near 0 means the profile does
 * not single out one offset.
 *
 * @param utcCounts 24 tweet counts by UTC hour 0–23
 * @param reference 24 weights by local hour 0–23 (any scale), e.g. from
 *   `diurnalReference`
 * @returns the fit, or null when `utcCounts` sums to 0
 * @example
 * ```ts
 * import { inferUtcOffset } from "./infer_utc_offset.ts";
 * import { equal } from "node:assert/strict";
 * const reference = [1, 1, 1, 1, 1, 1, 2, 4, 6, 8, 8, 8, 8, 8, 8, 8, 8, 8, 7, 6, 5, 4, 3, 2];
 * // the same activity observed from UTC for a population at UTC−4:
 * const utc = reference.map((_, u) => reference[(u - 4 + 24) % 24]);
 * equal(inferUtcOffset(utc, reference)?.utc_offset, -4);
 * ```
 */
export function inferUtcOffset(
  utcCounts: readonly number[],
  reference: readonly number[],
): OffsetFit | null {
  if (utcCounts.length !== 24 || reference.length !== 24) {
    throw new RangeError(
      `Inferring a UTC offset: profiles must have 24 hourly values: ${utcCounts.length} and ${reference.length}.`,
    );
  }
  const n = utcCounts.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const distanceAt = (o: number) => {
    const local = Array.from(
      { length: 24 },
      (_, h) => utcCounts[(((h - o) % 24) + 24) % 24],
    );
    return jensenShannon(local, reference);
  };
  const curve = CANDIDATE_OFFSETS.map((o) => ({
    utc_offset: o,
    distance: distanceAt(o),
  }));
  const distinct = curve
    .filter((c) => c.utc_offset >= -11 && c.utc_offset <= 12)
    .sort((a, b) =>
      a.distance - b.distance ||
      Math.abs(a.utc_offset) - Math.abs(b.utc_offset) ||
      a.utc_offset - b.utc_offset
    );
  return {
    utc_offset: distinct[0].utc_offset,
    distance: distinct[0].distance,
    second_offset: distinct[1].utc_offset,
    margin: distinct[1].distance - distinct[0].distance,
    n_tweets: n,
    curve,
  };
}
