import pl from "nodejs-polars";
import { WEEKDAYS } from "../io/weekdays.ts";
import {
  CLIENT_CATEGORIES,
  clientCategory,
  type ClientTaxonomy,
} from "../profile/client_taxonomy.ts";
import { checkOffset, localHour, localWeekday } from "./_local_time.ts";

/** A categorical variable of a tweet, counted per account. */
export type CategoricalVariable = "hour" | "weekday" | "client_category";

/** The variables {@link accountCategoryCounts} knows, in report order. */
export const CATEGORICAL_VARIABLES: readonly CategoricalVariable[] = [
  "hour",
  "weekday",
  "client_category",
];

/** Options of {@link accountCategoryCounts}. */
export interface AccountCategoryCountsOptions {
  /** UTC offset in hours of local time (for `hour` and `weekday`). */
  utcOffset: number;
  /** Client taxonomy (for `client_category`). */
  taxonomy: ClientTaxonomy;
}

/** Result of {@link accountCategoryCounts}. */
export interface AccountCategoryCounts {
  variable: CategoricalVariable;
  /** Category labels, in vector order. */
  categories: string[];
  /** Accounts with at least one counted tweet, sorted. */
  userids: string[];
  /** counts[i][c]: tweets of `userids[i]` in category c. */
  counts: number[][];
}

/**
 * Counts each account's tweets per category of one variable:
 * - `hour`: local hour of `tweet_time` at `utcOffset` (UTC + offset hours,
 *   fixed), labels `00` … `23`; tweets with a null time are not counted;
 * - `weekday`: local weekday, labels `Mon` … `Sun`; same rule;
 * - `client_category`: the taxonomy category of `tweet_client_name`
 *   (`official`, `scheduler`, `automation`, `unknown`; a null or unmapped
 *   client is `unknown`), every tweet counted.
 * Tweets with a null `userid` are left out. The group-by runs in polars; JS
 * only pivots the (accounts × categories) result.
 *
 * @param tweets Tweets frame (archive schema).
 * @param variable Which variable.
 * @param options `{ utcOffset, taxonomy }`.
 * @returns Labels, sorted userids and one count vector per userid.
 * @throws {RangeError} When the offset is not a whole or half hour in
 *   −12 … +14.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import pl from "nodejs-polars";
 * import { accountCategoryCounts } from "./account_category_counts.ts";
 * const tweets = pl.DataFrame({
 *   userid: ["b", "a", "a"],
 *   // 2019-01-07 was a Monday; 03:30 UTC is Sunday 23:30 at UTC−4.
 *   tweet_time: pl.Series([
 *     new Date("2019-01-07T03:30:00Z"), new Date("2019-01-07T15:00:00Z"), null,
 *   ]).cast(pl.Datetime("ms")),
 *   tweet_client_name: ["IFTTT", null, "IFTTT"],
 * }).lazy();
 * const taxonomy = { source: "x", entries: [] };
 * const r = await accountCategoryCounts(tweets, "weekday", { utcOffset: -4, taxonomy });
 * assert.deepEqual(r.userids, ["a", "b"]);
 * assert.deepEqual(r.counts, [[1, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 1]]);
 * ```
 */
export async function accountCategoryCounts(
  tweets: pl.LazyDataFrame,
  variable: CategoricalVariable,
  options: AccountCategoryCountsOptions,
): Promise<AccountCategoryCounts> {
  checkOffset(options.utcOffset, `Counting tweets per ${variable}`);
  let categories: string[];
  let expr: pl.Expr;
  if (variable === "hour") {
    categories = Array.from(
      { length: 24 },
      (_, h) => String(h).padStart(2, "0"),
    );
    expr = localHour("tweet_time", options.utcOffset);
  } else if (variable === "weekday") {
    categories = [...WEEKDAYS];
    expr = localWeekday("tweet_time", options.utcOffset);
  } else if (variable === "client_category") {
    categories = [...CLIENT_CATEGORIES];
    expr = clientCategory(options.taxonomy).replaceStrict(
      categories,
      categories.map((_, i) => i),
    );
  } else {
    throw new RangeError(
      `Counting tweets per category: unknown variable: ${variable}. Use one of ${
        CATEGORICAL_VARIABLES.join(", ")
      }.`,
    );
  }
  const df = await tweets
    .filter(pl.col("userid").isNotNull())
    .select(pl.col("userid"), expr.cast(pl.Int64).alias("_c"))
    .filter(pl.col("_c").isNotNull())
    .groupBy(["userid", "_c"])
    .agg(pl.len().alias("_n"))
    .sort(["userid", "_c"])
    .collect();
  const ids = df.getColumn("userid").toArray() as string[];
  const cs = df.getColumn("_c").toArray() as number[];
  const ns = df.getColumn("_n").toArray() as number[];
  const userids: string[] = [];
  const counts: number[][] = [];
  ids.forEach((id, i) => {
    if (userids[userids.length - 1] !== id) {
      userids.push(id);
      counts.push(new Array<number>(categories.length).fill(0));
    }
    counts[counts.length - 1][Number(cs[i])] = Number(ns[i]);
  });
  return { variable, categories, userids, counts };
}
