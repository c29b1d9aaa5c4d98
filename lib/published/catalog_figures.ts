/**
 * The catalog's published figures as a flat list, for reading.
 *
 * @module
 */
import type { Catalog } from "./read_catalog.ts";

/** One published figure, flattened. */
export interface CatalogFigureRow {
  release: string;
  /** The releases a combined entry stands for, joined with `+`; else "". */
  combines: string;
  figure: string;
  /** The value as text: `569,455`, or `Mon 81,853 · Tue 85,417 · …`. */
  value: string;
  /** The catalog's qualifier, or "exactly". */
  qualifier: string;
  source: string;
  note: string;
}

/**
 * Every published figure of the catalog, in catalog order.
 *
 * @param catalog The catalog (see `readCatalog`).
 * @returns One row per published figure.
 *
 * @example
 * ```ts
 * import { deepEqual } from "node:assert/strict";
 * import { catalogFigures } from "./catalog_figures.ts";
 * deepEqual(catalogFigures({ releases: [{
 *   release: "r",
 *   published_figures: [{ source: "s", figure: "tweets", value: 569455 }],
 * }] }), [{
 *   release: "r", combines: "", figure: "tweets", value: "569,455",
 *   qualifier: "exactly", source: "s", note: "",
 * }]);
 * ```
 */
export function catalogFigures(catalog: Catalog): CatalogFigureRow[] {
  const fmt = (n: number) => n.toLocaleString("en-US");
  return catalog.releases.flatMap((e) =>
    e.published_figures.map((f) => ({
      release: e.release,
      combines: (e.combines ?? []).join("+"),
      figure: f.figure,
      value: typeof f.value === "number"
        ? fmt(f.value)
        : Object.entries(f.value).map(([k, v]) => `${k} ${fmt(v)}`).join(" · "),
      qualifier: f.qualifier ?? "exactly",
      source: f.source,
      note: f.note ?? "",
    }))
  );
}
