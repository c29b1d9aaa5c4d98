/**
 * Inlining a table into a vega-lite spec.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { jsonRows, type Rows, type TableData, toRows } from "./_rows.ts";
import { withTheme } from "./theme.ts";

/** `Omit` applied to each member of a union. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K>
  : never;

/**
 * A vega-lite spec that may leave out `data`: the chart builders return
 * these, and {@link saveFigure} / {@link show} add the data.
 */
export type ChartSpec = TopLevelSpec | DistributiveOmit<TopLevelSpec, "data">;

/** The vega-lite 6 schema URL written into every saved spec. */
export const VEGA_LITE_SCHEMA =
  "https://vega.github.io/schema/vega-lite/v6.json";

/**
 * The spec as it is saved and displayed: `$schema` (kept if present), the
 * project theme as `config`, and — when `data` is given — `data.values` set to
 * the table's rows (JSON-safe: dates as ISO 8601 UTC strings), replacing any
 * data the spec had. Also returns the rows, for the CSV beside the figure.
 */
export function specWithData(
  spec: ChartSpec,
  data?: TableData,
): { spec: TopLevelSpec; rows?: Rows } {
  const rows = data === undefined ? undefined : toRows(data);
  const withData = rows === undefined
    ? spec
    : { ...spec, data: { values: jsonRows(rows) } };
  return {
    spec: withTheme({ $schema: VEGA_LITE_SCHEMA, ...withData } as TopLevelSpec),
    rows,
  };
}
