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

/** One set-against-baseline row of a comparison table (notebooks 02, 03). */
export interface SetComparisonRow {
  release: string;
  baseline: string;
  metric: string;
  n_set: number;
  n_baseline: number;
  median_set: number;
  median_baseline: number;
  cliffs_delta: number;
  delta_ci_low: number;
  delta_ci_high: number;
  mwu_p: number;
  q: number;
}

/** A comparison row named for a set (`_set`) and its baseline (`_baseline`). */
export function setComparisonRow(
  release: string,
  baseline: string,
  c: GroupComparison,
): SetComparisonRow {
  return {
    release,
    baseline,
    metric: c.metric,
    n_set: c.n_a,
    n_baseline: c.n_b,
    median_set: c.median_a,
    median_baseline: c.median_b,
    cliffs_delta: c.effect,
    delta_ci_low: c.effect_ci[0],
    delta_ci_high: c.effect_ci[1],
    mwu_p: c.mwu_p,
    q: c.q,
  };
}
