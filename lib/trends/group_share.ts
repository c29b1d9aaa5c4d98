/**
 * Share of a conversation's messages by actor group.
 *
 * @module
 */
import pl from "nodejs-polars";

/**
 * The share of all tweets of the conversation posted by each actor group,
 * as ProBox reported "one camp produced 91.6 % of the messages".
 *
 * Groups are either a table (`userid`, `group`: an account may be in
 * several groups, each counted on its own, and a tweet of an account in no
 * group counts only in the total) or the name of a tweet column whose value
 * is the group of each tweet (e.g. `source`: the release a tweet came from;
 * a null value counts in the total only).
 *
 * @param tweets Tweets of the conversation (archive schema).
 * @param groups A `userid`/`group` table or a column name.
 * @returns Columns `group`, `n_accounts` (distinct userids with tweets in
 *   the group), `n_tweets`, `share` (n_tweets / all tweets; null when there
 *   are none), `total_tweets` (Float64); sorted by n_tweets descending,
 *   then group.
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { groupShare } from "./group_share.ts";
 * import { deepEqual } from "node:assert/strict";
 * const tweets = pl.DataFrame({ userid: ["a", "a", "a", "b"], source: ["r", "r", "r", "s"] }).lazy();
 * const byTable = await groupShare(tweets, pl.DataFrame({ userid: ["a"], group: ["camp"] }));
 * deepEqual(byTable.select("group", "share").toRecords(), [{ group: "camp", share: 0.75 }]);
 * const bySource = await groupShare(tweets, "source");
 * deepEqual(bySource.getColumn("n_tweets").toArray(), [3, 1]);
 * ```
 */
export async function groupShare(
  tweets: pl.LazyDataFrame,
  groups: pl.DataFrame | string,
): Promise<pl.DataFrame> {
  const totalDf = await tweets.select(pl.len().alias("n")).collect();
  const total = Number(totalDf.getColumn("n").toArray()[0]);
  let labelled: pl.LazyDataFrame;
  if (typeof groups === "string") {
    if (!tweets.columns.includes(groups)) {
      throw new RangeError(
        `Measuring group shares: the tweets have no column: ${groups}. Give a column name such as source, or a userid/group table.`,
      );
    }
    labelled = tweets
      .select(pl.col("userid"), pl.col(groups).cast(pl.Utf8).alias("group"))
      .filter(pl.col("group").isNotNull());
  } else {
    for (const c of ["userid", "group"]) {
      if (!groups.columns.includes(c)) {
        throw new RangeError(
          `Measuring group shares: the groups table lacks the column: ${c}. Give columns userid and group.`,
        );
      }
    }
    labelled = tweets.select("userid").join(
      groups.lazy().select(
        pl.col("userid").cast(pl.Utf8),
        pl.col("group").cast(pl.Utf8),
      ).unique(),
      { on: "userid", how: "inner" },
    );
  }
  return await labelled
    .groupBy("group")
    .agg(
      pl.col("userid").dropNulls().nUnique().cast(pl.Float64).alias(
        "n_accounts",
      ),
      pl.len().cast(pl.Float64).alias("n_tweets"),
    )
    .select(
      pl.col("group"),
      pl.col("n_accounts"),
      pl.col("n_tweets"),
      (total > 0
        ? pl.col("n_tweets").div(total)
        : pl.lit(null).cast(pl.Float64))
        .alias("share"),
      pl.lit(total).cast(pl.Float64).alias("total_tweets"),
    )
    .sort(["n_tweets", "group"], [true, false])
    .collect();
}
