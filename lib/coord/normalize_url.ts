/**
 * URL normalisation for the `url` and `domain` coordination modes, as polars
 * expressions.
 *
 * @module
 */
import pl from "nodejs-polars";

const SCHEME = "^[A-Za-z][A-Za-z0-9+.-]*://";

/**
 * Normalise URLs (a Utf8 expression) so that trivially different spellings
 * of one link become one object.
 *
 * Steps, in order:
 * 1. Surrounding whitespace is trimmed.
 * 2. A value that does not start with a scheme (`letter [letters digits + . -]* ://`)
 *    is read as `http://` + value — unless it starts `scheme:` followed by
 *    something other than a digit (`mailto:x`, `javascript:…`), which is
 *    not a web link and gives null.
 * 3. The scheme is lower-cased (`http` and `https` stay different objects).
 * 4. The fragment (from the first `#`) is dropped.
 * 5. The authority (up to the first `/` or `?`) is lower-cased whole.
 * 6. Trailing `/`s of the path (up to the first `?`) are dropped, so
 *    `http://a.org/` and `http://a.org` are one object.
 * 7. In the query (after the first `?`), `&`-separated parameters that
 *    are empty or whose name starts with `utm_` (any case) are dropped; the
 *    others are kept in order, unchanged; an empty query loses its `?`.
 * 8. A URL whose authority is empty gives null (no action).
 *
 * Nothing else changes: no percent-decoding, no default-port removal, no
 * parameter sorting, no redirect (`t.co`) expansion.
 *
 * @param url A Utf8 expression holding one URL per row.
 * @returns A Utf8 expression: `scheme://authority[path][?query]`, or null.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { equal } from "node:assert/strict";
 * import { normalizeUrlExpr } from "./normalize_url.ts";
 * const df = pl.DataFrame({ u: ["HTTPS://WWW.Ex.org/a/?utm_source=x&id=3#top"] });
 * equal(df.select(normalizeUrlExpr(pl.col("u"))).getColumn("u").get(0),
 *   "https://www.ex.org/a?id=3");
 * ```
 */
export function normalizeUrlExpr(url: pl.Expr): pl.Expr {
  const trimmed = url.str.strip();
  const full = pl.when(trimmed.str.contains(SCHEME))
    .then(trimmed)
    .otherwise(pl.concatString([pl.lit("http://"), trimmed], ""));
  const scheme = full.str.extract("^([^:]*)://", 1).str.toLowerCase();
  const rest = full.str.replace("^[^:]*://", "").str.replace("#[\\s\\S]*$", "");
  const authority = rest.str.extract("^([^/?]*)", 1).str.toLowerCase();
  const path = rest.str.extract("^[^/?]*([^?]*)", 1).str.replace("/+$", "");
  const query = pl.concatString([
    pl.lit("&"),
    rest.str.extract("^[^?]*\\?([\\s\\S]*)$", 1),
    pl.lit("&"),
  ], "")
    .str.replaceAll("(?i)&utm_[^&]*", "")
    .str.replaceAll("&&+", "&")
    .str.replace("^&", "")
    .str.replace("&$", "");
  const tail = pl.when(query.isNotNull().and(query.neq(pl.lit(""))))
    .then(pl.concatString([pl.lit("?"), query], ""))
    .otherwise(pl.lit(""));
  const opaque = trimmed.str.contains(SCHEME).not().and(
    trimmed.str.contains("^[A-Za-z][A-Za-z0-9+.-]*:[^0-9]"),
  );
  return pl.when(authority.neq(pl.lit("")).and(opaque.not()))
    .then(
      pl.concatString([scheme, pl.lit("://"), authority, path, tail], ""),
    )
    .otherwise(pl.lit(null).cast(pl.Utf8));
}

/**
 * The domain of URLs: the authority of the normalised URL
 * ({@link normalizeUrlExpr}) without user information (up to the last `@`),
 * without a `:port` suffix and without one leading `www.`; null when that
 * leaves nothing.
 *
 * @param url A Utf8 expression holding one URL per row.
 * @returns A Utf8 expression with the lower-case host, or null.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { equal } from "node:assert/strict";
 * import { urlDomainExpr } from "./normalize_url.ts";
 * const df = pl.DataFrame({ u: ["https://WWW.Example.com:8080/x"] });
 * equal(df.select(urlDomainExpr(pl.col("u"))).getColumn("u").get(0), "example.com");
 * ```
 */
export function urlDomainExpr(url: pl.Expr): pl.Expr {
  const host = normalizeUrlExpr(url)
    .str.extract("^[^:]*://([^/?]*)", 1)
    .str.replace("^.*@", "")
    .str.replace(":[0-9]*$", "")
    .str.replace("^www\\.", "");
  return pl.when(host.neq(pl.lit(""))).then(host).otherwise(
    pl.lit(null).cast(pl.Utf8),
  );
}
