import { pchisqUpper } from "./_pvalues.ts";

/** Options of {@link chiSquaredHomogeneity}. */
export interface ChiSquaredOptions {
  /**
   * Apply Yates' continuity correction to a 2×2 table (after dropping empty
   * rows/columns), as R's `correct = TRUE`; ignored for larger tables, as in
   * R. Default false.
   */
  correct?: boolean;
}

/** Result of {@link chiSquaredHomogeneity}. */
export interface ChiSquaredResult {
  /** X² = Σ (|O − E| − c)² / E over the kept cells (c = Yates term or 0). */
  statistic: number;
  /** (rows − 1)(columns − 1) of the kept table. */
  df: number;
  /** P(χ²(df) > X²). */
  pValue: number;
  /** True when Yates' correction was applied (2×2 and `correct`). */
  yates: boolean;
  /** Smallest expected count E; R warns when any E < 5. */
  minExpected: number;
  /** Indices of all-zero rows that were dropped before testing. */
  droppedRows: number[];
  /** Indices of all-zero columns that were dropped before testing. */
  droppedColumns: number[];
}

/**
 * Pearson's chi-squared test of homogeneity (independence) for a contingency
 * table, reproducing R's `chisq.test(matrix, correct = FALSE)` (or
 * `correct = TRUE` with the option).
 *
 * E_ij = r_i c_j / n (row sum × column sum / total);
 * X² = Σ_ij (|O_ij − E_ij| − Y)² / E_ij, with Y = min(0.5, min_ij |O_ij − E_ij|)
 * for a 2×2 table with `correct: true`, otherwise Y = 0; df = (R − 1)(C − 1);
 * p = P(χ²_df > X²).
 *
 * Rows and columns whose counts are all zero are dropped first (R would
 * return NaN: their expected counts are 0) and reported in `droppedRows` /
 * `droppedColumns`; the test then needs at least 2 rows and 2 columns.
 * Counts may be non-integer weights but must be finite and ≥ 0.
 *
 * @param table Rows of counts (all rows the same length).
 * @param options `{ correct }`.
 * @returns `{ statistic, df, pValue, yates, minExpected, droppedRows, droppedColumns }`.
 * @throws {RangeError} On a ragged table, a negative or non-finite count, or
 *   fewer than 2 non-empty rows or columns.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chiSquaredHomogeneity } from "./chi_squared_homogeneity.ts";
 * const r = chiSquaredHomogeneity([[10, 20], [20, 10]]);
 * assert.equal(r.df, 1);
 * assert.ok(Math.abs(r.statistic - 20 / 3) < 1e-12);
 * ```
 */
export function chiSquaredHomogeneity(
  table: readonly (readonly number[])[],
  options: ChiSquaredOptions = {},
): ChiSquaredResult {
  const nCols = checkTable(table);
  const rowSum = table.map((row) => row.reduce((a, b) => a + b, 0));
  const colSum = Array.from(
    { length: nCols },
    (_, j) => table.reduce((a, row) => a + row[j], 0),
  );
  const rows = [...rowSum.keys()].filter((i) => rowSum[i] > 0);
  const cols = [...colSum.keys()].filter((j) => colSum[j] > 0);
  if (rows.length < 2 || cols.length < 2) {
    throw new RangeError(
      `chiSquaredHomogeneity(): cannot test table: after dropping all-zero rows and columns it is ${rows.length}×${cols.length}: need at least 2×2`,
    );
  }
  const total = rows.reduce((a, i) => a + rowSum[i], 0);
  const expected = rows.map((i) =>
    cols.map((j) => rowSum[i] * colSum[j] / total)
  );
  const yates = options.correct === true && rows.length === 2 &&
    cols.length === 2;
  const correction = yates ? yatesCorrection(table, rows, cols, expected) : 0;
  let statistic = 0;
  let minExpected = Infinity;
  rows.forEach((i, a) =>
    cols.forEach((j, b) => {
      const e = expected[a][b];
      const dev = Math.abs(table[i][j] - e) - correction;
      statistic += dev * dev / e;
      minExpected = Math.min(minExpected, e);
    })
  );
  const df = (rows.length - 1) * (cols.length - 1);
  return {
    statistic,
    df,
    pValue: pchisqUpper(statistic, df),
    yates,
    minExpected,
    droppedRows: [...rowSum.keys()].filter((i) => rowSum[i] === 0),
    droppedColumns: [...colSum.keys()].filter((j) => colSum[j] === 0),
  };
}

/**
 * The number of columns, after checking the table is rectangular and holds
 * finite counts ≥ 0.
 */
function checkTable(table: readonly (readonly number[])[]): number {
  const nRows = table.length;
  const nCols = nRows > 0 ? table[0].length : 0;
  for (let i = 0; i < nRows; i++) {
    if (table[i].length !== nCols) {
      throw new RangeError(
        `chiSquaredHomogeneity(): cannot test table: row ${i} has ${
          table[i].length
        } cells but row 0 has ${nCols}: pass a rectangular table`,
      );
    }
    for (let j = 0; j < nCols; j++) {
      const v = table[i][j];
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
        throw new RangeError(
          `chiSquaredHomogeneity(): cannot test table: cell [${i}][${j}] is not a finite count ≥ 0: ${v}`,
        );
      }
    }
  }
  return nCols;
}

/** Yates' correction of a 2×2 table: min(0.5, min |observed − expected|). */
function yatesCorrection(
  table: readonly (readonly number[])[],
  rows: number[],
  cols: number[],
  expected: number[][],
): number {
  let correction = 0.5;
  rows.forEach((i, a) =>
    cols.forEach((j, b) => {
      correction = Math.min(
        correction,
        Math.abs(table[i][j] - expected[a][b]),
      );
    })
  );
  return correction;
}
