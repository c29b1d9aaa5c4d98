/**
 * Zero-filled creation counts over a calendar range, for charts.
 *
 * @module
 */
import { dayToIso, isoToDay, weekdayOfDay } from "./_time.ts";

/** Period of a creation series: a calendar day, an ISO week or a month. */
export type CreationUnit = "day" | "week" | "month";

/** One period of {@linkcode creationSeries}. */
export interface CreationSeriesRow {
  /** Label as in `CreationTally`: `YYYY-MM-DD`, `GGGG-Www` or `YYYY-MM`. */
  period: string;
  /** First calendar day of the period, `YYYY-MM-DD` (a Monday for weeks). */
  period_start: string;
  /** The count under `period` in the input, 0 when absent. */
  count: number;
}

/**
 * Lists every period that overlaps the calendar range [from, to]
 * (inclusive), in order, with its count from a `CreationTally` record
 * (`by_day`, `by_week` or `by_month` of `creationCounts`) and 0 where the
 * record has none, so that a chart draws empty periods as zeros instead of
 * joining the points around them. Weeks are ISO 8601 weeks (Monday start,
 * the week-year is the year of the week's Thursday), labelled as
 * `creationCounts` labels them. Entries of `counts` whose period does not
 * overlap the range are left out (e.g. a baseline counted over all time and
 * charted over a set's span).
 *
 * @param counts period label → count
 * @param unit `day`, `week` or `month`: the kind of label in `counts`
 * @param from first day of the range, `YYYY-MM-DD`
 * @param to last day of the range, `YYYY-MM-DD` (≥ from)
 * @returns one row per period, ascending
 * @example
 * ```ts
 * import { creationSeries } from "./creation_series.ts";
 * import { deepEqual } from "node:assert/strict";
 * deepEqual(creationSeries({ "2017-11": 64, "2018-02": 1 }, "month", "2017-11-08", "2018-01-03"), [
 *   { period: "2017-11", period_start: "2017-11-01", count: 64 },
 *   { period: "2017-12", period_start: "2017-12-01", count: 0 },
 *   { period: "2018-01", period_start: "2018-01-01", count: 0 },
 * ]);
 * ```
 */
export function creationSeries(
  counts: Readonly<Record<string, number>>,
  unit: CreationUnit,
  from: string,
  to: string,
): CreationSeriesRow[] {
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if (!iso.test(from) || !iso.test(to) || from > to) {
    throw new RangeError(
      `Building a creation series: the range is not two YYYY-MM-DD days in order: ${from} .. ${to}.`,
    );
  }
  if (!["day", "week", "month"].includes(unit)) {
    throw new RangeError(
      `Building a creation series: unknown unit: ${unit}. Use day, week or month.`,
    );
  }
  const first = isoToDay(from);
  const last = isoToDay(to);
  const rows: CreationSeriesRow[] = [];
  const push = (period: string, start: string) =>
    rows.push({ period, period_start: start, count: counts[period] ?? 0 });
  if (unit === "day") {
    for (let d = first; d <= last; d++) push(dayToIso(d), dayToIso(d));
  } else if (unit === "week") {
    for (let d = first - weekdayOfDay(first); d <= last; d += 7) {
      push(isoWeekLabel(d), dayToIso(d));
    }
  } else {
    let [y, m] = from.split("-").map(Number);
    const end = to.slice(0, 7);
    for (;;) {
      const label = `${y}-${String(m).padStart(2, "0")}`;
      if (label > end) break;
      push(label, `${label}-01`);
      m === 12 ? (y++, m = 1) : m++;
    }
  }
  return rows;
}

/** ISO 8601 week label `GGGG-Www` of a day index (as `creationCounts`). */
function isoWeekLabel(day: number): string {
  const thursday = day - weekdayOfDay(day) + 3;
  const year = new Date(thursday * 86_400_000).getUTCFullYear();
  const jan1 = Math.round(Date.UTC(year, 0, 1) / 86_400_000);
  const week = Math.floor((thursday - jan1) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}
