import { rankSumAndTies } from "./_tie_groups.ts";

/**
 * Area under the ROC curve in its Mann–Whitney form: the probability that a
 * random positive scores higher than a random negative, ties counting half,
 * AUC = (R₁ − n₁(n₁ + 1)/2)/(n₁ n₀) with R₁ the average-rank sum of the
 * positives. O(n log n).
 *
 * @param scores One score per case (no NaN; higher = more likely positive).
 * @param labels 1 for positive, 0 for negative, aligned with `scores`.
 * @returns AUC in [0, 1].
 * @throws {RangeError} On different lengths, a NaN score, a label other than
 *   0/1, or a missing class.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { auc } from "./auc.ts";
 * assert.equal(auc([0.9, 0.8, 0.3, 0.1], [1, 1, 0, 0]), 1);
 * assert.equal(auc([0.5, 0.5, 0.2, 0.7], [1, 0, 0, 1]), 0.875);
 * ```
 */
export function auc(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
): number {
  if (scores.length !== labels.length) {
    throw new RangeError(
      `auc(): cannot score: ${scores.length} scores but ${labels.length} labels`,
    );
  }
  const pos: number[] = [];
  const neg: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (typeof s !== "number" || Number.isNaN(s)) {
      throw new RangeError(`auc(): cannot score: score ${i} is NaN: ${s}`);
    }
    if (labels[i] === 1) pos.push(s);
    else if (labels[i] === 0) neg.push(s);
    else {
      throw new RangeError(
        `auc(): cannot score: label ${i} is not 0 or 1: ${labels[i]}`,
      );
    }
  }
  if (pos.length === 0 || neg.length === 0) {
    throw new RangeError(
      `auc(): cannot score: need both classes, got ${pos.length} positives and ${neg.length} negatives`,
    );
  }
  const p = Float64Array.from(pos).sort();
  const n = Float64Array.from(neg).sort();
  const { rankSumX } = rankSumAndTies(p, n);
  return (rankSumX - p.length * (p.length + 1) / 2) / (p.length * n.length);
}
