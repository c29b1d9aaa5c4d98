/**
 * Account age at each tweet, as a polars expression.
 *
 * @module
 */
import pl from "nodejs-polars";
import { localDay } from "./_time.ts";

/**
 * Expression: the account's age in whole days at each tweet, defined as
 * (UTC calendar day of `tweet_time`) − `account_creation_date`, both as day
 * numbers, so a tweet on the creation day has age 0. Null when either is
 * null; negative when the data put a tweet before the creation date.
 * Uses the tweets frame's own `account_creation_date` column.
 *
 * @returns an Int64 expression named `account_age_days`
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { accountAgeDays } from "./account_age_days.ts";
 * import { deepEqual } from "node:assert/strict";
 * const tweets = pl.DataFrame({
 *   tweet_time: pl.Series([new Date("2017-01-03T23:59:00Z")]).cast(pl.Datetime("ms")),
 *   account_creation_date: pl.Series([new Date("2017-01-01")]).cast(pl.Date),
 * });
 * deepEqual(tweets.select(accountAgeDays()).getColumn("account_age_days").toArray(), [2]);
 * ```
 */
export function accountAgeDays(): pl.Expr {
  return localDay("tweet_time", 0)
    .sub(pl.col("account_creation_date").cast(pl.Int32).cast(pl.Int64))
    .alias("account_age_days");
}
