/**
 * The client (source app) taxonomy: client names → categories.
 *
 * @module
 */
import pl from "nodejs-polars";

/** Categories of the taxonomy; `unknown` is also given to unmapped names. */
export const CLIENT_CATEGORIES = [
  "official",
  "scheduler",
  "automation",
  "unknown",
] as const;

/** A client category. */
export type ClientCategory = typeof CLIENT_CATEGORIES[number];

/** One taxonomy row. */
export interface ClientTaxonomyEntry {
  client_name: string;
  category: ClientCategory;
  note: string;
}

/** A parsed taxonomy. */
export interface ClientTaxonomy {
  /** Where it came from (file path or a label). */
  source: string;
  /** Rows in file order. */
  entries: ClientTaxonomyEntry[];
}

/** The project's taxonomy file, `data/client_taxonomy.csv`. */
export const DEFAULT_CLIENT_TAXONOMY: URL = new URL(
  "../../data/client_taxonomy.csv",
  import.meta.url,
);

/**
 * Parses a client taxonomy CSV.
 *
 * Format: UTF-8 CSV (RFC 4180 quoting) with exactly the header
 * `client_name,category,note`; one row per client name as it appears in
 * the archives' `tweet_client_name`; `category` one of `official` (Twitter's
 * own apps and websites), `scheduler` (professional publishing and
 * scheduling tools: TweetDeck, Hootsuite, Buffer, Sprout Social…),
 * `automation` (third-party automation, cross-posting and bot services:
 * IFTTT, dlvr.it, twittbot.net…) or `unknown`; `note` free text (may be
 * empty). Names are matched after trimming and lower-casing, so two rows
 * that differ only in case or surrounding spaces are an error.
 *
 * @param text the CSV text
 * @param source a label for error messages (file path)
 * @returns the taxonomy
 * @example
 * ```ts
 * import { parseClientTaxonomy } from "./client_taxonomy.ts";
 * import { equal } from "node:assert/strict";
 * const t = parseClientTaxonomy("client_name,category,note\nIFTTT,automation,\n");
 * equal(t.entries[0].category, "automation");
 * ```
 */
export function parseClientTaxonomy(
  text: string,
  source = "client taxonomy",
): ClientTaxonomy {
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0].trim();
  if (header !== "client_name,category,note") {
    throw new SyntaxError(
      `Reading ${source}, line 1: the header is not "client_name,category,note": ${header}. ` +
        "Restore the header.",
    );
  }
  const df = pl.readCSV(text.replace(/^\uFEFF/, ""), {
    inferSchemaLength: 0,
    hasHeader: true,
  });
  const names = df.getColumn("client_name").toArray() as (string | null)[];
  const cats = df.getColumn("category").toArray() as (string | null)[];
  const notes = df.getColumn("note").toArray() as (string | null)[];
  const seen = new Map<string, number>();
  const entries = names.map((name, i) => {
    const line = i + 2;
    const trimmed = (name ?? "").trim();
    if (trimmed === "") {
      throw new SyntaxError(
        `Reading ${source}, line ${line}: client_name is empty: "${
          name ?? ""
        }". Give the client's name.`,
      );
    }
    const key = trimmed.toLowerCase();
    if (seen.has(key)) {
      throw new SyntaxError(
        `Reading ${source}, line ${line}: client_name repeats line ${
          seen.get(key)
        } (case-insensitively): ${trimmed}. Keep one row.`,
      );
    }
    seen.set(key, line);
    const category = (cats[i] ?? "").trim();
    if (!(CLIENT_CATEGORIES as readonly string[]).includes(category)) {
      throw new SyntaxError(
        `Reading ${source}, line ${line}: unknown category: ${category}. ` +
          `Use one of ${CLIENT_CATEGORIES.join(", ")}.`,
      );
    }
    return {
      client_name: trimmed,
      category: category as ClientCategory,
      note: (notes[i] ?? "").trim(),
    };
  });
  return { source, entries };
}

/**
 * Reads and parses a client taxonomy file (see `parseClientTaxonomy`).
 *
 * @param path the CSV file (default: the project's `data/client_taxonomy.csv`)
 * @returns the taxonomy
 * @example
 * ```ts
 * import { loadClientTaxonomy } from "./client_taxonomy.ts";
 * import { ok } from "node:assert/strict";
 * const t = await loadClientTaxonomy();
 * ok(t.entries.some((e) => e.client_name === "Twitter for iPhone"));
 * ```
 */
export async function loadClientTaxonomy(
  path: string | URL = DEFAULT_CLIENT_TAXONOMY,
): Promise<ClientTaxonomy> {
  const label = path instanceof URL ? decodeURIComponent(path.pathname) : path;
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (e) {
    throw new Error(
      `Reading the client taxonomy: cannot read the file: ${label} (${
        (e as Error).message
      }). Check the path.`,
    );
  }
  return parseClientTaxonomy(text, label);
}

/**
 * Expression mapping a client-name column to its category: the column is
 * trimmed and lower-cased and looked up among the taxonomy's names (also
 * trimmed and lower-cased); unmatched and null names give `unknown`.
 *
 * @param taxonomy a parsed taxonomy
 * @param column the client-name column (default `tweet_client_name`)
 * @returns a Utf8 expression named `client_category`
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { clientCategory, parseClientTaxonomy } from "./client_taxonomy.ts";
 * import { deepEqual } from "node:assert/strict";
 * const t = parseClientTaxonomy("client_name,category,note\nIFTTT,automation,\n");
 * const df = pl.DataFrame({ tweet_client_name: [" ifttt", "Foo", null] });
 * deepEqual(
 *   df.select(clientCategory(t)).getColumn("client_category").toArray(),
 *   ["automation", "unknown", "unknown"],
 * );
 * ```
 */
export function clientCategory(
  taxonomy: ClientTaxonomy,
  column = "tweet_client_name",
): pl.Expr {
  const key = pl.col(column).cast(pl.Utf8).str.strip().str.toLowerCase();
  if (taxonomy.entries.length === 0) {
    // when/then keeps the column's length (a bare literal would be one row).
    return pl.when(key.isNull()).then(pl.lit("unknown"))
      .otherwise(pl.lit("unknown")).alias("client_category");
  }
  return key
    .replaceStrict(
      taxonomy.entries.map((e) => e.client_name.toLowerCase()),
      taxonomy.entries.map((e) => e.category),
      "unknown",
    )
    .fillNull("unknown")
    .alias("client_category");
}
