/**
 * Private time helpers: exact integer arithmetic on epoch milliseconds, so
 * that local hours, days and weekdays at any UTC offset (whole or half
 * hours) are computed inside polars without time-zone databases.
 *
 * Conventions used throughout `lib/profile`:
 * - `tweet_time` is naive UTC `Datetime("ms")`; its physical value is the
 *   number of milliseconds since 1970-01-01 00:00 UTC.
 * - local time at offset `o` hours is UTC + `o` hours (a fixed offset: no
 *   daylight-saving rules).
 * - a day index is the number of whole days since 1970-01-01 (floor
 *   division, so times before 1970 get negative indices).
 * - weekdays are numbered Monday = 0 … Sunday = 6; day index 0 (1970-01-01)
 *   was a Thursday, so weekday = (day index + 3) mod 7.
 *
 * @module
 */
import pl from "nodejs-polars";

/** Milliseconds in one hour. */
export const HOUR_MS = 3_600_000;
/** Milliseconds in one day. */
export const DAY_MS = 86_400_000;
/** Lowest accepted UTC offset in hours. */
export const MIN_UTC_OFFSET = -12;
/** Highest accepted UTC offset in hours. */
export const MAX_UTC_OFFSET = 14;

/**
 * Checks a UTC offset in hours: a multiple of 0.5 within −12 … +14.
 * Throws a RangeError naming the bad value otherwise.
 */
export function checkUtcOffset(offsetHours: number, what = "UTC offset") {
  if (
    !Number.isFinite(offsetHours) || !Number.isInteger(offsetHours * 2) ||
    offsetHours < MIN_UTC_OFFSET || offsetHours > MAX_UTC_OFFSET
  ) {
    throw new RangeError(
      `Checking the ${what}: not a whole or half hour in -12..14: ${offsetHours}. ` +
        "Give hours such as -4, 0, 5.5.",
    );
  }
}

/**
 * An Int64 literal. (A bare JS number becomes a Float64 literal, and Int64
 * epoch milliseconds mixed with Float64 lose exactness in polars' modulo
 * and division; keep all time arithmetic in Int64.)
 */
export function int(n: number): pl.Expr {
  return pl.lit(n).cast(pl.Int64);
}

/**
 * Floor division of an Int64 expression by a positive integer `n`:
 * (e − e mod n) / n, with polars' floored modulo, so exact for negatives.
 */
export function floorDiv(e: pl.Expr, n: number): pl.Expr {
  return e.sub(e.modulo(int(n))).div(int(n)).cast(pl.Int64);
}

/** Local time at `offsetHours` as Int64 epoch milliseconds. */
export function localMs(column: string, offsetHours: number): pl.Expr {
  return pl.col(column).cast(pl.Int64).add(
    int(Math.round(offsetHours * HOUR_MS)),
  );
}

/** Local day index (days since 1970-01-01) at `offsetHours`, Int64. */
export function localDay(column: string, offsetHours: number): pl.Expr {
  return floorDiv(localMs(column, offsetHours), DAY_MS);
}

/** Local hour of day 0–23 at `offsetHours`, Int64. */
export function localHour(column: string, offsetHours: number): pl.Expr {
  return floorDiv(localMs(column, offsetHours), HOUR_MS).modulo(int(24));
}

/** Local weekday (Monday = 0 … Sunday = 6) at `offsetHours`, Int64. */
export function localWeekday(column: string, offsetHours: number): pl.Expr {
  return localDay(column, offsetHours).add(int(3)).modulo(int(7));
}

/** Weekday (Monday = 0) of a day index. */
export function weekdayOfDay(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** `YYYY-MM-DD` of a day index. */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day index of a `YYYY-MM-DD` string. */
export function isoToDay(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/**
 * Numbers of weekend (Saturday, Sunday) and weekday days in the inclusive
 * range of day indices [first, last].
 */
export function countWeekdays(
  first: number,
  last: number,
): { weekendDays: number; weekdayDays: number } {
  const n = last - first + 1;
  if (n <= 0) return { weekendDays: 0, weekdayDays: 0 };
  let weekendDays = Math.floor(n / 7) * 2;
  const start = weekdayOfDay(first);
  for (let i = 0; i < n % 7; i++) {
    if ((start + i) % 7 >= 5) weekendDays++;
  }
  return { weekendDays, weekdayDays: n - weekendDays };
}
