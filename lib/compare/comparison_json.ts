import type { ReleaseComparison } from "./compare_releases.ts";

/**
 * The JSON form of a {@link ReleaseComparison} (what `cli/compare.ts
 * --json` prints): every field but the per-account tables, with every
 * non-finite number (NaN, ±Infinity) replaced by null, recursively. Field
 * names and meanings are stable: `rows[]` carry `metric`, `n_a`, `n_b`,
 * `ks_d`, `ks_p`, `mwu_u`, `mwu_p`, `effect`, `effect_ci`, `q` (and more),
 * `categorical[]` the fields of `CategoricalRow`, and `separability` the
 * fields of `Separability` (`auc`, `fold_aucs`, …).
 *
 * @param result A comparison.
 * @returns A plain object for `JSON.stringify`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { comparisonJson } from "./comparison_json.ts";
 * import type { ReleaseComparison } from "./compare_releases.ts";
 * const j = comparisonJson({ a: "x", rows: [{ q: NaN, effect_ci: [Infinity, 1] }],
 *   accounts_a: {}, accounts_b: {} } as unknown as ReleaseComparison);
 * assert.deepEqual(j, { a: "x", rows: [{ q: null, effect_ci: [null, 1] }] });
 * ```
 */
export function comparisonJson(
  result: ReleaseComparison,
): Record<string, unknown> {
  const { accounts_a: _a, accounts_b: _b, ...rest } = result;
  return finiteOrNull(rest) as Record<string, unknown>;
}

function finiteOrNull(v: unknown): unknown {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (Array.isArray(v)) return v.map(finiteOrNull);
  if (typeof v === "object" && v !== null) {
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [k, finiteOrNull(x)]),
    );
  }
  return v;
}
