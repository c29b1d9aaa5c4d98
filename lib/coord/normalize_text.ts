/**
 * Text normalisation for the `text` coordination mode, as a polars
 * expression.
 *
 * @module
 */
import pl from "nodejs-polars";

/**
 * Normalise tweet texts so that copies of one message become one object.
 *
 * Steps, in order:
 * 1. Lower-case (Unicode lower-casing).
 * 2. Leading manual-retweet prefixes `rt @handle:` are removed, repeatedly
 *    (regex `^(\s*rt\s+@\w+:?)+`), so `RT @x: hello` and `hello` are one
 *    object. (Native retweets are not text actions at all; see
 *    `extractActions`.)
 * 3. URLs (`http://` or `https://` up to the next whitespace) are removed,
 *    since shorteners give each copy its own link.
 * 4. Runs of whitespace become one space; leading and trailing whitespace is
 *    trimmed.
 * 5. A text that is empty after this gives null (no action).
 *
 * Mentions, hashtags, punctuation and emoji are kept.
 *
 * @param text A Utf8 expression holding one tweet text per row.
 * @returns A Utf8 expression with the normalised text, or null.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { equal } from "node:assert/strict";
 * import { normalizeTextExpr } from "./normalize_text.ts";
 * const df = pl.DataFrame({ s: ["RT @Bot_1: Vote  NOW https://t.co/x\n!"] });
 * equal(df.select(normalizeTextExpr(pl.col("s"))).getColumn("s").get(0), "vote now !");
 * ```
 */
export function normalizeTextExpr(text: pl.Expr): pl.Expr {
  const norm = text.str.toLowerCase()
    .str.replace("^(\\s*rt\\s+@\\w+:?)+", "")
    .str.replaceAll("https?://\\S*", "")
    .str.replaceAll("\\s+", " ")
    .str.strip();
  return pl.when(norm.neq(pl.lit(""))).then(norm).otherwise(
    pl.lit(null).cast(pl.Utf8),
  );
}
