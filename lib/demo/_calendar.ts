/**
 * Time in the demo bundle: every timestamp is an integer count of minutes
 * since 1970-01-01 00:00 UTC (archive `tweet_time` has minute resolution).
 *
 * Venezuelan local time is UTC−4 all year (no daylight saving since 2016).
 * Office hours are local Monday–Friday 08:00–17:59, which is UTC 12:00–21:59
 * on the same calendar day.
 *
 * @module
 */
import { bisectLeft, bisectRight } from "d3";
import type { Rng } from "./_rng.ts";

/** First minute of the bundle's span: 2018-06-01 00:00 UTC. */
export const SPAN_START = Date.UTC(2018, 5, 1) / 60000;
/** Minute just after the span: 2019-02-01 00:00 UTC (exclusive). */
export const SPAN_END = Date.UTC(2019, 1, 1) / 60000;
/** Venezuelan offset from UTC, in hours. */
export const UTC_OFFSET_HOURS = -4;
/** Local office hours [from, to) on Monday–Friday. */
export const OFFICE_LOCAL_HOURS = { from: 8, to: 18 } as const;
/** The same hours in UTC. */
export const OFFICE_UTC_HOURS = {
  from: OFFICE_LOCAL_HOURS.from - UTC_OFFSET_HOURS,
  to: OFFICE_LOCAL_HOURS.to - UTC_OFFSET_HOURS,
} as const;
/** Weekday names, Monday first, as used in TRUTH.json. */
export { WEEKDAYS } from "../io/weekdays.ts";

const OFFSET_MINUTES = UTC_OFFSET_HOURS * 60;
const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, "0"));
const dayCache = new Map<number, string>();

/** `YYYY-MM-DD` of an epoch day (days since 1970-01-01). */
export function formatDay(day: number): string {
  let s = dayCache.get(day);
  if (s === undefined) {
    s = new Date(day * 86400000).toISOString().slice(0, 10);
    dayCache.set(day, s);
  }
  return s;
}

/** Epoch day of a `YYYY-MM-DD` string. */
export function parseDay(date: string): number {
  return Date.parse(date + "T00:00:00Z") / 86400000;
}

/** Archive `tweet_time` (`YYYY-MM-DD HH:MM`, UTC) of a minute. */
export function formatMinute(minute: number): string {
  const day = Math.floor(minute / 1440);
  const m = minute - day * 1440;
  return formatDay(day) + " " + TWO[Math.floor(m / 60)] + ":" + TWO[m % 60];
}

/** Weekday of an epoch day, 0 = Monday … 6 = Sunday. */
export function weekdayOfDay(day: number): number {
  return (day + 3) % 7;
}

/** UTC weekday of a minute, 0 = Monday … 6 = Sunday. */
export function utcWeekday(minute: number): number {
  return weekdayOfDay(Math.floor(minute / 1440));
}

/** Local (UTC−4) epoch day of a minute. */
export function localDay(minute: number): number {
  return Math.floor((minute + OFFSET_MINUTES) / 1440);
}

/**
 * Whether a minute falls in Venezuelan office hours: local (UTC−4)
 * Monday–Friday, local hour 8 to 17 inclusive.
 */
export function isOfficeMinute(minute: number): boolean {
  const local = minute + OFFSET_MINUTES;
  const day = Math.floor(local / 1440);
  if (weekdayOfDay(day) > 4) return false;
  const hour = Math.floor((local - day * 1440) / 60);
  return hour >= OFFICE_LOCAL_HOURS.from && hour < OFFICE_LOCAL_HOURS.to;
}

/** Epoch days of the span whose weekday is Monday–Friday. */
const WORKING_DAYS: number[] = [];
for (let d = SPAN_START / 1440; d < SPAN_END / 1440; d++) {
  if (weekdayOfDay(d) <= 4) WORKING_DAYS.push(d);
}

/**
 * A working day on or after `fromDay`, uniformly, or -1 when none is left.
 */
export function workingDay(rng: Rng, fromDay: number): number {
  const i = bisectLeft(WORKING_DAYS, fromDay);
  if (i >= WORKING_DAYS.length) return -1;
  return WORKING_DAYS[i + Math.floor(rng() * (WORKING_DAYS.length - i))];
}

/**
 * A minute in office hours (UTC 12:00–21:59 of a working day) on or after
 * the day containing `fromMinute`, uniformly; -1 when none is left.
 */
export function officeMinute(rng: Rng, fromMinute: number): number {
  const day = workingDay(rng, Math.floor(fromMinute / 1440));
  if (day < 0) return -1;
  const span = (OFFICE_UTC_HOURS.to - OFFICE_UTC_HOURS.from) * 60;
  return day * 1440 + OFFICE_UTC_HOURS.from * 60 + Math.floor(rng() * span);
}

/** A minute uniformly in [fromMinute, SPAN_END), or -1 when empty. */
export function uniformMinute(rng: Rng, fromMinute: number): number {
  const from = Math.max(fromMinute, SPAN_START);
  if (from >= SPAN_END) return -1;
  return from + Math.floor(rng() * (SPAN_END - from));
}

/**
 * Samples minutes of the span with a human daily rhythm: each hour of the
 * span has weight `hourWeights[local hour]`, times `weekendFactor` when its
 * local day is a Saturday or Sunday; the minute within the hour is uniform.
 */
export class DiurnalSampler {
  readonly #cum: Float64Array;
  readonly #firstHour = SPAN_START / 60;

  /**
   * @param hourWeights 24 weights, index = local (UTC−4) hour.
   * @param weekendFactor Multiplier for local Saturdays and Sundays.
   */
  constructor(hourWeights: readonly number[], weekendFactor: number) {
    const n = (SPAN_END - SPAN_START) / 60;
    this.#cum = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) {
      const local = (this.#firstHour + i) * 60 + OFFSET_MINUTES;
      const day = Math.floor(local / 1440);
      const hour = Math.floor((local - day * 1440) / 60);
      const w = hourWeights[hour] * (weekdayOfDay(day) > 4 ? weekendFactor : 1);
      this.#cum[i + 1] = this.#cum[i] + w;
    }
  }

  /** A minute on or after `fromMinute` (hour-aligned), or -1 when empty. */
  sample(rng: Rng, fromMinute: number): number {
    const n = this.#cum.length - 1;
    const a = Math.max(0, Math.ceil(fromMinute / 60) - this.#firstHour);
    if (a >= n) return -1;
    const u = this.#cum[a] + rng() * (this.#cum[n] - this.#cum[a]);
    const i = Math.min(n - 1, Math.max(a, bisectRight(this.#cum, u) - 1));
    return (this.#firstHour + i) * 60 + Math.floor(rng() * 60);
  }
}
