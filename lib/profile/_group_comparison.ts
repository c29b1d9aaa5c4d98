/**
 * The two-group comparison the profile steps report (notebooks 02 and 03):
 * `comparisonTable` of lib/stats, or a stand-in in tests.
 *
 * @module
 */

/** The fields of a two-group comparison row the steps report. */
export interface GroupComparison {
  metric: string;
  n_a: number;
  n_b: number;
  median_a: number;
  median_b: number;
  /** Cliff's delta of A vs B. */
  effect: number;
  /** Its seeded bootstrap interval. */
  effect_ci: [number, number];
  /** Mann–Whitney p-value. */
  mwu_p: number;
  /** Benjamini–Hochberg q over the rows. */
  q: number;
}

/** A two-group comparison with the shape of `comparisonTable` (lib/stats). */
export type CompareGroups = (
  a: Record<string, (number | null)[]>,
  b: Record<string, (number | null)[]>,
  options: { seed: number; metrics?: readonly string[] },
) => GroupComparison[];
