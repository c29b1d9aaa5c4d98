/**
 * The regular-posting rule: accounts that post on a fixed 1- or 5-minute
 * schedule.
 *
 * @module
 */
import pl from "nodejs-polars";

/**
 * Modal gaps (seconds) that flag a schedule: 1 minute (a 30-second or
 * 1-minute schedule, which minute resolution shows as 0- and 1-minute
 * gaps) and 5 minutes, the schedules Venezuelan monitors of Twitter trends
 * (e.g. ProBox) describe as automated.
 */
export const REGULAR_GAPS_S: readonly number[] = [60, 300];

/** Least share of an account's gaps at its modal gap to flag it (0.25). */
export const REGULARITY_MIN = 0.25;

/**
 * The accounts of an `intervalStats` table that post regularly: modal
 * non-zero gap in {@linkcode REGULAR_GAPS_S} and regularity (share of gaps
 * at that length) ≥ {@linkcode REGULARITY_MIN}. A rule of thumb aimed at
 * the schedules monitors describe; other schedules need their own rule.
 *
 * @param accounts `intervalStats(…).accounts` (columns `modal_gap_s`,
 *   `regularity`, …).
 * @returns The flagged rows, in the table's order.
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { regularPosters } from "./regular_posting.ts";
 * import { deepEqual } from "node:assert/strict";
 * const accounts = pl.DataFrame({
 *   userid: ["a", "b", "c"],
 *   modal_gap_s: [300, 300, 120],
 *   regularity: [0.5, 0.2, 0.9],
 * });
 * deepEqual(regularPosters(accounts).getColumn("userid").toArray(), ["a"]);
 * ```
 */
export function regularPosters(accounts: pl.DataFrame): pl.DataFrame {
  return accounts.filter(
    pl.col("modal_gap_s").isIn([...REGULAR_GAPS_S]).and(
      pl.col("regularity").gtEq(REGULARITY_MIN),
    ),
  );
}
