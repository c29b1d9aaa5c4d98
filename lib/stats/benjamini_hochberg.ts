/**
 * Benjamini–Hochberg (1995) false-discovery-rate adjusted p-values
 * ("q-values"), reproducing R's `p.adjust(p, method = "BH")`: with the m
 * non-missing p-values and p_(i) the i-th smallest,
 * q_(i) = min(1, min_{k ≥ i} (m/k)·p_(k)), returned in input order.
 *
 * Missing values (`null`, `undefined`, NaN) pass through as NaN and are not
 * counted in m (R's behaviour with NA). Ties receive equal adjusted values.
 * With m ≤ 1 the p-values are returned unchanged, as in R.
 *
 * @param p P-values in [0, 1], in any order; missing allowed.
 * @returns Adjusted values, same length and order (NaN where missing).
 * @throws {RangeError} When a present p-value is outside [0, 1].
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { benjaminiHochberg } from "./benjamini_hochberg.ts";
 * assert.deepEqual(benjaminiHochberg([0.01, 0.04, 0.03, null]), [0.03, 0.04, 0.04, NaN]);
 * ```
 */
export function benjaminiHochberg(
  p: ArrayLike<number | null | undefined>,
): number[] {
  const out = new Array<number>(p.length).fill(NaN);
  const present: number[] = [];
  for (let i = 0; i < p.length; i++) {
    const v = p[i];
    if (v === null || v === undefined || Number.isNaN(v)) continue;
    if (typeof v !== "number" || !(v >= 0 && v <= 1)) {
      throw new RangeError(
        `benjaminiHochberg(): cannot adjust p-values: entry ${i} is not a probability in [0, 1]: ${v}`,
      );
    }
    present.push(i);
  }
  const m = present.length;
  if (m <= 1) {
    for (const i of present) out[i] = p[i] as number;
    return out;
  }
  // Largest p first; stable, so ties keep input order (irrelevant to values).
  const order = present.slice().sort((a, b) =>
    (p[b] as number) - (p[a] as number)
  );
  let running = Infinity;
  order.forEach((idx, r) => {
    const rank = m - r; // i = m, m-1, ..., 1
    running = Math.min(running, m / rank * (p[idx] as number));
    out[idx] = Math.min(1, running);
  });
  return out;
}
