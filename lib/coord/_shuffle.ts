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
  const cols: ShuffleColumns = {
    u: Uint32Array.from(acts.getColumn("u").toArray() as number[]),
    x: Uint32Array.from(acts.getColumn("x").toArray() as number[]),
    t: Float64Array.from(
      (acts.getColumn("t").cast(pl.Float64).toArray()) as number[],
    ),
    keep: acts.getColumn("keep").toArray() as boolean[],
    starts: [],
  };
  cols.starts = accountStarts(cols.u);
  const nKept = cols.keep.filter((k) => k).length;
  const sigma = new Uint32Array(acts.height);
  return {
    nKept,
    mayDuplicate: mayDuplicate(cols),
    rounds: (first, count) =>
      shuffledRounds(cols, sigma, rng, nKept, first, count),
  };
}

/** The actions as typed arrays, and where each account's run starts. */
interface ShuffleColumns {
  u: Uint32Array;
  x: Uint32Array;
  t: Float64Array;
  keep: boolean[];
  /** First row of each account, then the row count. */
  starts: number[];
}

/** First row of each account's run in `u` order, then `u.length`. */
function accountStarts(u: Uint32Array): number[] {
  const starts: number[] = [];
  for (let i = 0; i < u.length; i++) {
    if (i === 0 || u[i] !== u[i - 1]) starts.push(i);
  }
  starts.push(u.length);
  return starts;
}

/**
 * True when some account has a repeated kept object and a repeated time,
 * so that a shuffle can make two of its actions identical.
 */
function mayDuplicate(c: ShuffleColumns): boolean {
  for (let a = 0; a + 1 < c.starts.length; a++) {
    const objects = new Set<number>(), times = new Set<number>();
    let dupObject = false, dupTime = false;
    for (let i = c.starts[a]; i < c.starts[a + 1]; i++) {
      if (c.keep[i]) {
        if (objects.has(c.x[i])) dupObject = true;
        objects.add(c.x[i]);
      }
      if (times.has(c.t[i])) dupTime = true;
      times.add(c.t[i]);
    }
    if (dupObject && dupTime) return true;
  }
  return false;
}

/** `count` rounds from `first` on: each account's Fisher–Yates shuffle. */
function shuffledRounds(
  c: ShuffleColumns,
  sigma: Uint32Array,
  rng: () => number,
  nKept: number,
  first: number,
  count: number,
): pl.DataFrame {
  const size = nKept * count;
  const rOut = new Int32Array(size), uOut = new Uint32Array(size);
  const xOut = new Uint32Array(size), tOut = new Float64Array(size);
  let k = 0;
  for (let r = 0; r < count; r++) {
    for (let a = 0; a + 1 < c.starts.length; a++) {
      const s = c.starts[a], len = c.starts[a + 1] - s;
      for (let j = 0; j < len; j++) sigma[s + j] = j;
      for (let j = len - 1; j >= 1; j--) {
        const m = Math.floor(rng() * (j + 1));
        const tmp = sigma[s + j];
        sigma[s + j] = sigma[s + m];
        sigma[s + m] = tmp;
      }
      for (let j = 0; j < len; j++) {
        if (!c.keep[s + j]) continue;
        rOut[k] = first + r;
        uOut[k] = c.u[s + j];
        xOut[k] = c.x[s + j];
        tOut[k] = c.t[s + sigma[s + j]];
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
}
