/**
 * Reading CooRTweet's input table as coordination actions.
 *
 * @module
 */
import pl from "nodejs-polars";
import { basename } from "node:path";

/** The columns CooRTweet's `detect_groups` requires. */
export const COORTWEET_COLUMNS = [
  "object_id",
  "account_id",
  "content_id",
  "timestamp_share",
] as const;

/**
 * Whether a CSV header line names all of CooRTweet's required columns
 * (quoted or not, in any order, extra columns allowed).
 *
 * @param header The first line of a CSV file.
 * @returns True for a CooRTweet table.
 *
 * @example
 * ```ts
 * import { equal } from "node:assert/strict";
 * import { isCoorTweetHeader } from "./read_coortweet.ts";
 * equal(isCoorTweetHeader('"object_id","account_id","content_id","timestamp_share"'), true);
 * equal(isCoorTweetHeader("tweetid,userid,tweet_time"), false);
 * ```
 */
export function isCoorTweetHeader(header: string): boolean {
  const names = new Set(
    header.replace(/^\uFEFF/, "").trim().split(",").map((s) =>
      s.trim().replace(/^"(.*)"$/, "$1")
    ),
  );
  return COORTWEET_COLUMNS.every((c) => names.has(c));
}

/**
 * Read a CooRTweet table (`object_id, account_id, content_id,
 * timestamp_share`, the last in Unix seconds) into actions.
 *
 * Mapping: `account_id` → `userid`, `object_id` → `object`,
 * `timestamp_share` → `t`, `content_id` → `tweetid`; `_file` is the file's
 * base name and `_line` the 1-based line of the record (header = line 1,
 * one record per line). Ids are read as text.
 *
 * @param path The CSV file.
 * @returns Actions in the columns of `ACTION_COLUMNS`.
 * @throws {SyntaxError} naming the file when a required column is missing,
 *   or the file and line when a field is empty or `timestamp_share` is not
 *   a whole number.
 *
 * @example
 * ```ts
 * import { equal } from "node:assert/strict";
 * import { readCoorTweet } from "./read_coortweet.ts";
 * const path = await Deno.makeTempFile({ suffix: ".csv" });
 * await Deno.writeTextFile(path, "object_id,account_id,content_id,timestamp_share\no1,a,c1,1600000000\n");
 * const actions = await readCoorTweet(path).collect();
 * equal(actions.getColumn("userid").get(0), "a");
 * equal(actions.getColumn("_line").get(0), 2);
 * await Deno.remove(path);
 * ```
 */
export function readCoorTweet(path: string): pl.LazyDataFrame {
  let df: pl.DataFrame;
  try {
    df = pl.readCSV(path, { inferSchemaLength: 0, hasHeader: true });
  } catch (err) {
    throw new SyntaxError(
      `Reading CooRTweet table ${path}: not a readable CSV: ${
        (err as Error).message
      }`,
    );
  }
  const missing = COORTWEET_COLUMNS.filter((c) => !df.columns.includes(c));
  if (missing.length > 0) {
    throw new SyntaxError(
      `Reading CooRTweet table ${path}: missing column(s): ${
        missing.join(", ")
      }; the table needs ${COORTWEET_COLUMNS.join(", ")}`,
    );
  }
  const rows = df.select(...COORTWEET_COLUMNS).withRowIndex("_i").select(
    pl.col("account_id").alias("userid"),
    pl.col("object_id").alias("object"),
    pl.col("timestamp_share").str.strip().cast(pl.Int64, false).alias("t"),
    pl.col("content_id").alias("tweetid"),
    pl.lit(basename(path)).alias("_file"),
    pl.col("_i").cast(pl.Float64).add(2).alias("_line"),
    pl.col("timestamp_share").alias("_raw"),
  );
  const bad = rows.filter(
    pl.col("userid").isNull().or(pl.col("object").isNull())
      .or(pl.col("tweetid").isNull()).or(pl.col("t").isNull()),
  ).head(1);
  if (bad.height > 0) {
    const line = bad.getColumn("_line").get(0);
    const raw = bad.getColumn("_raw").get(0);
    throw new SyntaxError(
      `Reading CooRTweet table ${path}, line ${line}: an empty id or a timestamp_share that is not whole Unix seconds: ${
        raw ?? "(empty)"
      }; fix or remove that row`,
    );
  }
  return rows.drop("_raw").lazy();
}
