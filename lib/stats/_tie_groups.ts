/**
 * Walks two ascending-sorted samples together, calling `fn(cx, cy)` once per
 * distinct value of the pooled sample, in ascending order, with the number of
 * copies of that value in `xs` (`cx`) and in `ys` (`cy`). `-0` and `0` are one
 * value. This single O(n_x + n_y) pass yields the KS statistic, rank sums,
 * tie counts and dominance counts without materialising ranks.
 *
 * @param xs First sample, sorted ascending, no NaN.
 * @param ys Second sample, sorted ascending, no NaN.
 * @param fn Called with the counts of each distinct value.
 */
export function forEachTieGroup(
  xs: Float64Array,
  ys: Float64Array,
  fn: (cx: number, cy: number) => void,
): void {
  const nx = xs.length;
  const ny = ys.length;
  let i = 0;
  let j = 0;
  while (i < nx || j < ny) {
    const v = j >= ny || (i < nx && xs[i] <= ys[j]) ? xs[i] : ys[j];
    const i0 = i;
    const j0 = j;
    while (i < nx && xs[i] <= v) i++;
    while (j < ny && ys[j] <= v) j++;
    fn(i - i0, j - j0);
  }
}

/**
 * Rank sum of the first sample in the pooled sample (average ranks for ties,
 * as R's `rank()`), and the tie term Σ(t³ − t) over groups of tied values.
 *
 * @param xs First sample, sorted ascending.
 * @param ys Second sample, sorted ascending.
 * @returns `{ rankSumX, tieTerm }`.
 */
export function rankSumAndTies(
  xs: Float64Array,
  ys: Float64Array,
): { rankSumX: number; tieTerm: number } {
  let before = 0;
  let rankSumX = 0;
  let tieTerm = 0;
  forEachTieGroup(xs, ys, (cx, cy) => {
    const t = cx + cy;
    // Average of ranks before+1 .. before+t.
    rankSumX += cx * (before + (t + 1) / 2);
    tieTerm += t * t * t - t;
    before += t;
  });
  return { rankSumX, tieTerm };
}

/**
 * Dominance counts: `greater` = #{(i, j): x_i > y_j}, `less` = #{(i, j):
 * x_i < y_j}. Exact integers while n_x·n_y < 2^53.
 *
 * @param xs First sample, sorted ascending.
 * @param ys Second sample, sorted ascending.
 * @returns `{ greater, less }`.
 */
export function dominanceCounts(
  xs: Float64Array,
  ys: Float64Array,
): { greater: number; less: number } {
  const ny = ys.length;
  let yBefore = 0;
  let greater = 0;
  let less = 0;
  forEachTieGroup(xs, ys, (cx, cy) => {
    greater += cx * yBefore;
    less += cx * (ny - yBefore - cy);
    yBefore += cy;
  });
  return { greater, less };
}
