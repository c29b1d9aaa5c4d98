/**
 * Private: creation counts per day, shared by `creationCounts` and
 * `creationBursts`.
 *
 * @module
 */
import pl from "nodejs-polars";

/**
 * Creation counts per day index (days since 1970-01-01), ascending, and the
 * number of rows with a null date.
 */
export async function creationDayCounts(
  users: pl.LazyDataFrame,
): Promise<{ counts: [number, number][]; nMissing: number }> {
  const df = await users
    .select(pl.col("account_creation_date").cast(pl.Int32).alias("day"))
    .groupBy("day")
    .agg(pl.len().alias("n"))
    .sort("day")
    .collect();
  const days = df.getColumn("day").toArray() as (number | null)[];
  const ns = df.getColumn("n").toArray() as number[];
  const counts: [number, number][] = [];
  let nMissing = 0;
  days.forEach((d, i) => {
    if (d === null) nMissing += Number(ns[i]);
    else counts.push([d, Number(ns[i])]);
  });
  return { counts, nMissing };
}
