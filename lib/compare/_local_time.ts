/**
 * Private: local hour and weekday of `tweet_time` at a fixed UTC offset, as
 * polars expressions on Int64 epoch milliseconds (the same convention as
 * lib/profile: local time = UTC + offset hours, no daylight saving; day
 * index = floor(ms / 86 400 000); 1970-01-01 was a Thursday, so weekday =
 * (day index + 3) mod 7 with Monday = 0).
 *
 * @module
 */
import pl from "nodejs-polars";

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Throws unless `hours` is a whole or half hour in −12 … +14. */
export function checkOffset(hours: number, what: string): void {
  if (
    !Number.isFinite(hours) || !Number.isInteger(hours * 2) || hours < -12 ||
    hours > 14
  ) {
    throw new RangeError(
      `${what}: the UTC offset is not a whole or half hour in -12..14: ${hours}. Give hours such as -4, 0, 5.5.`,
    );
  }
}

function int(n: number): pl.Expr {
  return pl.lit(n).cast(pl.Int64);
}

function floorDiv(e: pl.Expr, n: number): pl.Expr {
  return e.sub(e.modulo(int(n))).div(int(n)).cast(pl.Int64);
}

function localMs(column: string, hours: number): pl.Expr {
  return pl.col(column).cast(pl.Int64).add(int(Math.round(hours * HOUR_MS)));
}

/** Local hour 0–23 (Int64; null where the time is null). */
export function localHour(column: string, hours: number): pl.Expr {
  return floorDiv(localMs(column, hours), HOUR_MS).modulo(int(24));
}

/** Local weekday, Monday = 0 … Sunday = 6 (Int64; null where null). */
export function localWeekday(column: string, hours: number): pl.Expr {
  return floorDiv(localMs(column, hours), DAY_MS).add(int(3)).modulo(int(7));
}
