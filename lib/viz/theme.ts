/**
 * The project's vega-lite theme: DejaVu Sans for every piece of text, white
 * background, sizes fit for a journal column at 2× resolution.
 *
 * @module
 */
import type { Config } from "vega-lite";
import type { ChartSpec } from "./_spec.ts";

/** Font family used for all chart text (the PNG renderer loads only this). */
export const FONT_FAMILY = "DejaVu Sans";

/**
 * Vega-lite config applied to every figure. `font` sets the default for all
 * text; the per-part font keys repeat it so a spec that overrides one part's
 * size does not fall back to another family.
 */
export const vizTheme: Config = {
  font: FONT_FAMILY,
  background: "white",
  padding: 8,
  view: { continuousWidth: 560, continuousHeight: 300, stroke: "#bbb" },
  title: {
    font: FONT_FAMILY,
    fontSize: 15,
    fontWeight: "bold",
    subtitleFont: FONT_FAMILY,
    subtitleFontSize: 12,
    subtitleColor: "#444",
    anchor: "start",
    offset: 10,
  },
  axis: {
    labelFont: FONT_FAMILY,
    titleFont: FONT_FAMILY,
    labelFontSize: 11,
    titleFontSize: 12,
    titleFontWeight: "bold",
    labelColor: "#222",
    titleColor: "#222",
    gridColor: "#e6e6e6",
  },
  legend: {
    labelFont: FONT_FAMILY,
    titleFont: FONT_FAMILY,
    labelFontSize: 11,
    titleFontSize: 12,
    titleFontWeight: "bold",
  },
  header: {
    labelFont: FONT_FAMILY,
    titleFont: FONT_FAMILY,
    labelFontSize: 12,
    titleFontSize: 13,
  },
  mark: { font: FONT_FAMILY },
  text: { font: FONT_FAMILY, fontSize: 11 },
};

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x) &&
    Object.getPrototypeOf(x) === Object.prototype;
}

function mergeDeep(
  base: Record<string, unknown>,
  over: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = isPlainObject(b) && isPlainObject(v) ? mergeDeep(b, v) : v;
  }
  return out;
}

/**
 * The spec with the project theme as its `config`; keys the spec's own
 * `config` sets win (merged object by object).
 *
 * @param spec A vega-lite spec.
 * @returns A new spec; `spec` is not modified.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const s = withTheme({ mark: "point", config: { title: { fontSize: 20 } } });
 * assert.equal(s.config.title?.fontSize, 20);
 * assert.equal(s.config.title?.font, "DejaVu Sans");
 * ```
 */
export function withTheme<T extends ChartSpec>(
  spec: T,
): T & { config: Config } {
  const config = mergeDeep(
    vizTheme as Record<string, unknown>,
    (spec.config ?? {}) as Record<string, unknown>,
  );
  return { ...spec, config } as T & { config: Config };
}
