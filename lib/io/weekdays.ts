/**
 * Weekday names, for every table and chart indexed by weekday.
 *
 * @module
 */

/**
 * Weekday names, Monday first: index 0..6 is ISO 8601 weekday 1..7, the
 * `Monday = 0` numbering of every weekday × hour matrix in this project.
 */
export const WEEKDAYS = [
  "Mon",
  "Tue",
  "Wed",
  "Thu",
  "Fri",
  "Sat",
  "Sun",
] as const;

/** A weekday name. */
export type Weekday = typeof WEEKDAYS[number];
