/**
 * Private: type-7 median of a frame column.
 *
 * @module
 */
import pl from "nodejs-polars";

/**
 * Median of column `c` over its non-null, non-NaN values by polars'
 * `quantile(0.5, "linear")` (type 7); null when there is none.
 */
export function medianOf(df: pl.DataFrame, c: string): number | null {
  const v = df
    .select(pl.col(c).cast(pl.Float64))
    .filter(pl.col(c).isNotNull().and(pl.col(c).isNan().not()))
    .select(pl.col(c).quantile(0.5, "linear"))
    .getColumn(c)
    .toArray()[0];
  return v === null || v === undefined ? null : Number(v);
}
