/**
 * Account-creation counts by day, ISO week and month.
 *
 * @module
 */
import pl from "nodejs-polars";
import { creationDayCounts } from "./_creation.ts";
import { dayToIso } from "./_time.ts";

/** Creation counts of one set of users rows. */
export interface CreationTally {
  /** Rows with a non-null `account_creation_date`. */
  n_valid: number;
  /** Rows whose `account_creation_date` is null. */
  n_missing: number;
  /** First and last creation day (`YYYY-MM-DD`), null when no valid row. */
  first_day: string | null;
  last_day: string | null;
  /** `{"YYYY-MM-DD": n}`, days with ≥ 1 creation, ascending. */
  by_day: Record<string, number>;
  /** `{"GGGG-Www": n}` (ISO 8601 week-year and week, Monday start), ascending. */
  by_week: Record<string, number>;
  /** `{"YYYY-MM": n}`, ascending. */
  by_month: Record<string, number>;
}

/** Result of {@linkcode creationCounts}. */
export interface CreationCounts {
  /** The set's counts over all its rows. */
  set: CreationTally;
  /**
   * The baseline's counts restricted to the set's calendar span
   * [set.first_day, set.last_day] (null when no baseline was given;
   * `n_missing` counts the baseline's null dates over the whole baseline).
   */
  baseline: CreationTally | null;
}

/**
 * Counts account creations by calendar day, ISO week and month.
 *
 * Unit: users rows (one per row, so a userid listed twice counts twice;
 * loaders normally give one row per userid). Rows with a null
 * `account_creation_date` are left out and counted in `n_missing`. The
 * baseline, when given, is counted over the same calendar span as the
 * set (the set's first to last creation day, inclusive), so the two can be
 * compared bin by bin.
 *
 * @param users users frame (archive schema; `account_creation_date` Date)
 * @param options.baseline a baseline users frame
 * @returns counts for the set and for the baseline
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { creationCounts } from "./creation_counts.ts";
 * import { deepEqual } from "node:assert/strict";
 * const users = pl.DataFrame({
 *   userid: ["1", "2", "3"],
 *   account_creation_date: pl.Series([
 *     new Date("2016-11-23"), new Date("2016-11-23"), null,
 *   ]).cast(pl.Date),
 * }).lazy();
 * const c = await creationCounts(users);
 * deepEqual(c.set.by_month, { "2016-11": 2 });
 * deepEqual(c.set.n_missing, 1);
 * ```
 */
export async function creationCounts(
  users: pl.LazyDataFrame,
  options: { baseline?: pl.LazyDataFrame } = {},
): Promise<CreationCounts> {
  const set = await tally(users, null);
  if (!options.baseline) return { set, baseline: null };
  const span = set.first_day === null || set.last_day === null
    ? null
    : [set.first_day, set.last_day] as const;
  return { set, baseline: await tally(options.baseline, span) };
}

async function tally(
  users: pl.LazyDataFrame,
  span: readonly [string, string] | null,
): Promise<CreationTally> {
  const days = await creationDayCounts(users);
  const inSpan = span === null ? days.counts : days.counts.filter(([d]) => {
    const iso = dayToIso(d);
    return iso >= span[0] && iso <= span[1];
  });
  const byDay: Record<string, number> = {};
  const byWeek = new Map<string, number>();
  const byMonth = new Map<string, number>();
  let nValid = 0;
  for (const [day, n] of inSpan) {
    const iso = dayToIso(day);
    byDay[iso] = n;
    const week = isoWeek(day);
    byWeek.set(week, (byWeek.get(week) ?? 0) + n);
    const month = iso.slice(0, 7);
    byMonth.set(month, (byMonth.get(month) ?? 0) + n);
    nValid += n;
  }
  return {
    n_valid: nValid,
    n_missing: days.nMissing,
    first_day: inSpan.length ? dayToIso(inSpan[0][0]) : null,
    last_day: inSpan.length ? dayToIso(inSpan[inSpan.length - 1][0]) : null,
    by_day: byDay,
    by_week: sortedRecord(byWeek),
    by_month: sortedRecord(byMonth),
  };
}

/** ISO 8601 week label `GGGG-Www` of a day index. */
function isoWeek(day: number): string {
  const weekday = (((day + 3) % 7) + 7) % 7; // Monday = 0
  const thursday = day - weekday + 3; // the week's Thursday decides the year
  const year = new Date(thursday * 86_400_000).getUTCFullYear();
  const jan1 = Math.round(Date.UTC(year, 0, 1) / 86_400_000);
  const week = Math.floor((thursday - jan1) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

function sortedRecord(m: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of [...m.keys()].sort()) out[k] = m.get(k)!;
  return out;
}
