/**
 * Holm's family-wise error rate adjustment.
 *
 * @module
 */
import padjust from "@stdlib/stats-padjust";

/**
 * Holm (1979) adjusted p-values, as R's `p.adjust(p, method = "holm")`:
 * with the m p-values and p_(i) the i-th smallest,
 * adj_(i) = min(1, max_{k ≤ i} (m − k + 1)·p_(k)), returned in input order.
 * Rejecting every hypothesis with adjusted value ≤ α keeps the chance of
 * even one false rejection at most α, whatever the dependence between the
 * tests — stricter than Benjamini–Hochberg, which bounds only the expected
 * share of false rejections.
 *
 * Computed by `@stdlib/stats-padjust` (checked against R in
 * `testdata/r_reference.json`).
 *
 * @param p P-values in [0, 1], in any order.
 * @returns Adjusted values, same length and order.
 * @throws {RangeError} When a value is outside [0, 1].
 *
 * @example
 * ```ts
 * import { deepEqual } from "node:assert/strict";
 * import { holm } from "./holm.ts";
 * deepEqual(holm([0.125, 0.5, 0.25, 0]), [0.375, 0.5, 0.5, 0]);
 * ```
 */
export function holm(p: readonly number[]): number[] {
  p.forEach((v, i) => {
    if (!(v >= 0 && v <= 1)) {
      throw new RangeError(
        `holm(): cannot adjust p-values: entry ${i} is not a probability in [0, 1]: ${v}`,
      );
    }
  });
  if (p.length === 0) return [];
  return Array.from(padjust([...p], "holm") as ArrayLike<number>);
}
