/**
 * Private day helpers: local calendar days at a fixed UTC offset, and
 * argument checks shared by the module.
 *
 * @module
 */
import pl from "nodejs-polars";

/** Milliseconds in one hour. */
export const HOUR_MS = 3_600_000;
/** Milliseconds in one day. */
export const DAY_MS = 86_400_000;

/**
 * Checks a UTC offset in hours: a multiple of 0.5 within −12 … +14.
 *
 * @param what Action for the error message.
 * @param offset Hours.
 */
export function checkUtcOffset(what: string, offset: number): void {
  if (
    !Number.isFinite(offset) || !Number.isInteger(offset * 2) ||
    offset < -12 || offset > 14
  ) {
    throw new RangeError(
      `${what}: the UTC offset is not a whole or half hour in -12..14: ${offset}. ` +
        "Give hours such as -4, 0, 5.5.",
    );
  }
}

/**
 * The local calendar day (`Date`) of `tweet_time` at a fixed UTC offset:
 * the UTC time plus `offset` hours, truncated to its day (floor, so exact
 * before 1970 too). Integer millisecond arithmetic, no time-zone rules.
 *
 * @param offset Hours added to UTC.
 * @returns A Date expression named `day` (null where `tweet_time` is null).
 */
export function localDay(offset: number): pl.Expr {
  return pl.col("tweet_time").cast(pl.Int64)
    .add(pl.lit(Math.round(offset * HOUR_MS)).cast(pl.Int64))
    .cast(pl.Datetime("ms"))
    .cast(pl.Date)
    .alias("day");
}

/** Days since 1970-01-01 of a Date value as polars hands it to JS. */
export function dayNumber(d: Date | number): number {
  const ms = d instanceof Date ? d.getTime() : d * DAY_MS;
  return Math.floor(ms / DAY_MS);
}

/** `YYYY-MM-DD` of a day number. */
export function dayIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day number of a `YYYY-MM-DD` string; throws on a malformed one. */
export function parseDay(what: string, iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const ms = m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : NaN;
  if (
    !m || !Number.isFinite(ms) ||
    new Date(ms).toISOString().slice(0, 10) !== iso
  ) {
    throw new RangeError(
      `${what}: not a calendar day YYYY-MM-DD: ${iso}. Give a day such as 2021-02-01.`,
    );
  }
  return ms / DAY_MS;
}

/** A Date series from day numbers. */
export function daySeries(name: string, days: number[]): pl.Series {
  return pl.Series(
    name,
    days.map((d) => new Date(d * DAY_MS)),
    pl.Datetime("ms"),
  )
    .cast(pl.Date);
}

/** A JS number from a polars cell (bigint, number or null). */
export function num(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  return Number(v);
}

/** Checks seeded-bootstrap options and fills in the defaults. */
export function bootstrapOptions(
  what: string,
  o: { rounds?: number; seed?: number; level?: number },
): { rounds: number; seed: number; level: number } {
  const rounds = o.rounds ?? 1000;
  const seed = o.seed ?? 1;
  const level = o.level ?? 0.95;
  if (!Number.isInteger(rounds) || rounds < 1) {
    throw new RangeError(
      `${what}: rounds is not a whole number ≥ 1: ${rounds}. Give e.g. 1000.`,
    );
  }
  if (!Number.isInteger(seed)) {
    throw new RangeError(
      `${what}: seed is not a whole number: ${seed}. Give e.g. 20190101.`,
    );
  }
  if (!(level > 0 && level < 1)) {
    throw new RangeError(
      `${what}: level is not in (0, 1): ${level}. Give e.g. 0.95.`,
    );
  }
  return { rounds, seed, level };
}

/** `YYYY-MM-DD` of a Date cell as polars hands it to JS (else its text). */
export function cellDay(v: unknown): string {
  return v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
}
