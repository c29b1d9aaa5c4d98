/**
 * Identifiers in the demo bundle.
 *
 * - Account ids are "hashed-style", as in Twitter's hashed releases: the
 *   44-character base64 of SHA-256 over the UTF-8 text
 *   `"<seed>:<population>:<index>"`.
 * - Tweet ids are 19-digit decimal snowflakes derived from the tweet's
 *   minute: `((ms − 1288834974657) << 22) | (n << 12) | r`, where `c` counts
 *   the ids already handed out for that minute, `ms` is the minute's first
 *   millisecond plus `(h + c · 7919) mod 60000` (h a hash of the minute),
 *   `n = ⌊c / 60000⌋`, and `r` 12 hashed bits of (minute, c). For a fixed
 *   minute, c ↦ (ms, n) is injective, so ids are unique across the bundle
 *   and increase with time from minute to minute, like real ones.
 *
 * @module
 */
import { createHash } from "node:crypto";

const TWITTER_EPOCH_MS = 1288834974657;

/**
 * A hashed-style account id.
 *
 * @param seed Bundle seed.
 * @param population Population label, e.g. `"statebacked"`.
 * @param index Account index within the population.
 * @returns 44-character base64 SHA-256 digest.
 * @example
 * ```ts
 * import { hashedId } from "./_ids.ts";
 * import { equal } from "node:assert/strict";
 * equal(hashedId(1, "organic", 0).length, 44);
 * ```
 */
export function hashedId(
  seed: number,
  population: string,
  index: number,
): string {
  return createHash("sha256").update(`${seed}:${population}:${index}`)
    .digest("base64");
}

/** Hands out unique snowflake-style tweet ids by minute. */
export class TweetIds {
  readonly #used = new Map<number, number>();

  /** A new id for a tweet posted in `minute` (minutes since the epoch). */
  next(minute: number): string {
    const c = this.#used.get(minute) ?? 0;
    this.#used.set(minute, c + 1);
    const h = Math.imul(minute, 0x9e3779b1) >>> 0;
    const ms = minute * 60000 + (h + c * 7919) % 60000 - TWITTER_EPOCH_MS;
    const r = Math.imul(h ^ Math.imul(c + 1, 0x85ebca6b), 0xc2b2ae35) >>> 20;
    const low = Math.floor(c / 60000) * 4096 + r;
    return ((BigInt(ms) << 22n) | BigInt(low)).toString();
  }
}
