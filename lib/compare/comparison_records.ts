import { roundForDisplay } from "../stats/_round.ts";
import type {
  CategoricalRow,
  MetricComparisonRow,
} from "./compare_releases.ts";

/** Options of {@link comparisonRecords} and {@link categoricalRecords}. */
export interface RecordsOptions {
  /**
   * Round numbers to this many significant digits, never rounding the
   * integer part (2017 stays 2017); default: keep all digits.
   */
  digits?: number;
}

/** A flat table record: text, finite numbers and nulls only. */
export type FlatRecord = Record<string, string | number | null>;

/**
 * Flat records of metric rows for tables (CSV, Parquet, HTML): one record
 * per row with the columns `metric`, `description`, `n_a`, `n_b`,
 * `median_a`, `q1_a`, `q3_a`, `median_b`, `q1_b`, `q3_b`, `ks_d`, `ks_p`,
 * `mwu_u`, `mwu_p`, `effect`, `effect_lo`, `effect_hi`, `q` (the interval
 * arrays split into their ends; non-finite numbers become null).
 *
 * @param rows Rows of `compareReleases` (or `comparisonTable` rows with a
 *   `description`).
 * @param options `{ digits }` for display.
 * @returns The records, in row order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { comparisonTable } from "../stats/comparison_table.ts";
 * import { comparisonRecords } from "./comparison_records.ts";
 * const rows = comparisonTable({ x: [1, 2, 3] }, { x: [4, 5, 6] }, { rounds: 50 })
 *   .map((r) => ({ ...r, description: "a number" }));
 * const [rec] = comparisonRecords(rows, { digits: 3 });
 * assert.equal(rec.effect, -1);
 * assert.equal(rec.q1_b, 4.5);
 * assert.equal(rec.mwu_p, 0.0809);
 * ```
 */
export function comparisonRecords(
  rows: readonly MetricComparisonRow[],
  options: RecordsOptions = {},
): FlatRecord[] {
  const f = format(options.digits);
  return rows.map((r) => ({
    metric: r.metric,
    description: r.description,
    n_a: r.n_a,
    n_b: r.n_b,
    median_a: f(r.median_a),
    q1_a: f(r.iqr_a[0]),
    q3_a: f(r.iqr_a[1]),
    median_b: f(r.median_b),
    q1_b: f(r.iqr_b[0]),
    q3_b: f(r.iqr_b[1]),
    ks_d: f(r.ks_d),
    ks_p: f(r.ks_p),
    mwu_u: f(r.mwu_u),
    mwu_p: f(r.mwu_p),
    effect: f(r.effect),
    effect_lo: f(r.effect_ci[0]),
    effect_hi: f(r.effect_ci[1]),
    q: f(r.q),
  }));
}

/**
 * Flat records of categorical rows: `variable`, `n_tweets_a`,
 * `n_tweets_b`, `n_accounts_a`, `n_accounts_b`, `chi2`, `df`, `chi2_p`,
 * `perm_p`, `jsd`, `q` (non-finite numbers become null; the per-category
 * counts are left out).
 *
 * @param rows `categorical` of `compareReleases`.
 * @param options `{ digits }` for display.
 * @returns The records, in row order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { categoricalRecords } from "./comparison_records.ts";
 * import type { CategoricalRow } from "./compare_releases.ts";
 * const row = { variable: "hour", n_tweets_a: 3, n_tweets_b: 4, n_accounts_a: 1,
 *   n_accounts_b: 2, chi2: 1.23456, df: 1, chi2_p: 0.3, perm_p: 0.5,
 *   jsd: 0.01, q: NaN } as unknown as CategoricalRow;
 * assert.deepEqual(categoricalRecords([row], { digits: 2 })[0].chi2, 1.2);
 * assert.equal(categoricalRecords([row])[0].q, null);
 * ```
 */
export function categoricalRecords(
  rows: readonly CategoricalRow[],
  options: RecordsOptions = {},
): FlatRecord[] {
  const f = format(options.digits);
  return rows.map((r) => ({
    variable: r.variable,
    n_tweets_a: r.n_tweets_a,
    n_tweets_b: r.n_tweets_b,
    n_accounts_a: r.n_accounts_a,
    n_accounts_b: r.n_accounts_b,
    chi2: f(r.chi2),
    df: f(r.df),
    chi2_p: f(r.chi2_p),
    perm_p: f(r.perm_p),
    jsd: f(r.jsd),
    q: f(r.q),
  }));
}

function format(digits: number | undefined): (x: number) => number | null {
  if (
    digits !== undefined &&
    (!Number.isInteger(digits) || digits < 1 || digits > 21)
  ) {
    throw new RangeError(
      `Formatting comparison records: digits must be an integer in 1..21: ${digits}`,
    );
  }
  return (x) =>
    digits === undefined
      ? (Number.isFinite(x) ? x : null)
      : roundForDisplay(x, digits);
}
