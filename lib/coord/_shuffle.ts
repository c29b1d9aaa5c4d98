/**
 * Private per-account time shuffling for the null model.
 *
 * @module
 */
import pl from "nodejs-polars";

/** Generates null-model rounds from one random stream. */
export interface AccountShuffler {
  /** Actions that can count towards an edge (emitted each round). */
  nKept: number;
  /** True when a shuffle can make two actions identical. */
  mayDuplicate: boolean;
  /**
   * The next `count` rounds, numbered from `first`: columns `r` (Int32),
   * `u`, `x` (UInt32), `t` (Int64), kept actions only. Must be called with
   * consecutive rounds, since each round continues the random stream.
   */
  rounds(first: number, count: number): pl.DataFrame;
}

/**
 * Prepare the shuffle of each account's times over its own actions.
 *
 * Each round, for each account in `u` order with actions at positions
 * 0 … k−1 (the frame's order), σ starts as the identity and, for
 * j = k−1 down to 1, σ[j] is swapped with σ[⌊U·(j+1)⌋], U the next draw of
 * `rng` (Fisher–Yates); the action at position j then takes the time of
 * the action at position σ[j]. A round uses Σ(k−1) draws.
 *
 * @param acts Columns `u`, `x` (UInt32), `t` (Int64), `keep` (Bool),
 *   sorted by u (ties in a fixed order).
 * @param rng Uniform [0, 1) draws.
 */
export function accountShuffler(
  acts: pl.DataFrame,
  rng: () => number,
): AccountShuffler {
  const n = acts.height;
  const u = Uint32Array.from(acts.getColumn("u").toArray() as number[]);
  const x = Uint32Array.from(acts.getColumn("x").toArray() as number[]);
  const t = Float64Array.from(
    (acts.getColumn("t").cast(pl.Float64).toArray()) as number[],
  );
  const keep = acts.getColumn("keep").toArray() as boolean[];
  const starts: number[] = [];
  for (let i = 0; i < n; i++) if (i === 0 || u[i] !== u[i - 1]) starts.push(i);
  starts.push(n);
  let nKept = 0;
  for (let i = 0; i < n; i++) if (keep[i]) nKept++;
  let mayDuplicate = false;
  for (let a = 0; a + 1 < starts.length && !mayDuplicate; a++) {
    const objects = new Set<number>(), times = new Set<number>();
    let dupObject = false, dupTime = false;
    for (let i = starts[a]; i < starts[a + 1]; i++) {
      if (keep[i]) {
        if (objects.has(x[i])) dupObject = true;
        objects.add(x[i]);
      }
      if (times.has(t[i])) dupTime = true;
      times.add(t[i]);
    }
    mayDuplicate = dupObject && dupTime;
  }
  const sigma = new Uint32Array(n);
  return {
    nKept,
    mayDuplicate,
    rounds(first: number, count: number): pl.DataFrame {
      const size = nKept * count;
      const rOut = new Int32Array(size), uOut = new Uint32Array(size);
      const xOut = new Uint32Array(size), tOut = new Float64Array(size);
      let k = 0;
      for (let r = 0; r < count; r++) {
        for (let a = 0; a + 1 < starts.length; a++) {
          const s = starts[a], len = starts[a + 1] - s;
          for (let j = 0; j < len; j++) sigma[s + j] = j;
          for (let j = len - 1; j >= 1; j--) {
            const m = Math.floor(rng() * (j + 1));
            const tmp = sigma[s + j];
            sigma[s + j] = sigma[s + m];
            sigma[s + m] = tmp;
          }
          for (let j = 0; j < len; j++) {
            if (!keep[s + j]) continue;
            rOut[k] = first + r;
            uOut[k] = u[s + j];
            xOut[k] = x[s + j];
            tOut[k] = t[s + sigma[s + j]];
            k++;
          }
        }
      }
      return pl.DataFrame({
        r: pl.Series("r", rOut),
        u: pl.Series("u", uOut),
        x: pl.Series("x", xOut),
        t: pl.Series("t", tOut).cast(pl.Int64),
      });
    },
  };
}
