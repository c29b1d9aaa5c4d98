/**
 * The baseline's known UTC offset, as a notebook parameter.
 *
 * @module
 */
import { checkUtcOffset } from "./_time.ts";

/** UTC offsets of the baselines the project ships: the demo's is Venezuelan. */
const KNOWN_OFFSETS: Readonly<Record<string, number>> = { demo_organic: -4 };

/**
 * The UTC offset (hours) at which a baseline's accounts live, needed to turn
 * its UTC tweet times into the local-time human reference
 * (`diurnalReference`). Taken from the environment variable
 * `TAKEDOWN_BASELINE_UTC_OFFSET` when set (a whole or half hour in −12 …
 * +14, e.g. `-4`, `5.5`), else from the offsets the project knows
 * (`demo_organic`: −4, Venezuela, which has kept UTC−4 without daylight
 * saving since 2016); any other baseline without the variable is an error,
 * because a wrong offset shifts every inferred time zone by the same
 * amount.
 *
 * @param baselineName the baseline release's name (`Release.name`)
 * @param env variables to read (default: the process environment)
 * @returns the offset in hours
 * @example
 * ```ts
 * import { baselineUtcOffset } from "./baseline_utc_offset.ts";
 * import { equal } from "node:assert/strict";
 * equal(baselineUtcOffset("demo_organic", {}), -4);
 * equal(baselineUtcOffset("my_delhi_sample", { TAKEDOWN_BASELINE_UTC_OFFSET: "5.5" }), 5.5);
 * ```
 */
export function baselineUtcOffset(
  baselineName: string,
  env: Record<string, string | undefined> = Deno.env.toObject(),
): number {
  const text = env.TAKEDOWN_BASELINE_UTC_OFFSET;
  if (text !== undefined && text.trim() !== "") {
    const n = Number(text);
    if (!/^\s*[+-]?\d+(\.\d+)?\s*$/.test(text)) {
      throw new RangeError(
        `Reading TAKEDOWN_BASELINE_UTC_OFFSET: not a number of hours: ${text}. ` +
          "Give hours such as -4, 0, 5.5.",
      );
    }
    checkUtcOffset(n, "baseline's UTC offset (TAKEDOWN_BASELINE_UTC_OFFSET)");
    return n;
  }
  const known = KNOWN_OFFSETS[baselineName];
  if (known !== undefined) return known;
  throw new RangeError(
    `Choosing the baseline's UTC offset: none is known for baseline: ${baselineName}. ` +
      "Set TAKEDOWN_BASELINE_UTC_OFFSET to the hours its accounts add to UTC " +
      "(e.g. -4 for Venezuela, 3 for Moscow).",
  );
}
