/**
 * Private test helper: small releases in the full archive schema, built
 * from a few given columns (the rest null; list columns empty; is_retweet
 * false).
 *
 * @module
 */
import pl from "nodejs-polars";
import { columnType, TWEET_COLUMNS, USER_COLUMNS } from "../io/schema.ts";
import type { Release } from "../io/release_types.ts";

/** Column name → values; times `YYYY-MM-DD HH:MM` (UTC), dates `YYYY-MM-DD`. */
export type Columns = Record<string, unknown[]>;

function series(name: string, values: unknown[]): pl.Series {
  const type = columnType(name);
  if (name === "tweet_time" || name === "account_creation_date") {
    const ms = values.map((v) =>
      v === null ? null : Date.parse(
        `${String(v).replace(" ", "T")}${
          String(v).length === 10 ? "T00:00" : ""
        }Z`,
      )
    );
    return pl.Series(name, ms.map((m) => (m === null ? null : new Date(m))))
      .cast(pl.Datetime("ms")).cast(type);
  }
  return pl.Series(name, values).cast(type);
}

function frame(schema: readonly string[], c: Columns): pl.LazyDataFrame {
  const n = c.userid.length;
  return pl.DataFrame(schema.map((name) => {
    if (c[name] !== undefined) return series(name, c[name]);
    if (name === "is_retweet") {
      return pl.Series(name, Array(n).fill(false), pl.Bool);
    }
    if (columnType(name).variant === "List") {
      return series(name, Array.from({ length: n }, () => [] as string[]));
    }
    return pl.Series(name, Array(n).fill(null)).cast(columnType(name));
  })).lazy();
}

/** A release named `name` from users and tweets columns (need `userid`). */
export function testRelease(
  name: string,
  users: Columns,
  tweets: Columns,
): Release {
  return {
    name,
    users: frame(USER_COLUMNS, users),
    tweets: frame(TWEET_COLUMNS, tweets),
    ledger: { files: [] },
    synthetic: false,
  };
}
