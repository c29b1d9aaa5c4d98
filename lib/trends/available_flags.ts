/**
 * Which flags a set of inputs can evaluate.
 *
 * @module
 */
import { FLAG_NAMES, type FlagName } from "./flag_config.ts";
import type { FlagInputs } from "./flag_inputs.ts";

/**
 * The input tables each flag reads: its own table, plus `activity` (tweets
 * per account, for `minTweets`) for the rate-based flags.
 */
export const FLAG_INPUTS: Readonly<
  Record<FlagName, readonly (keyof FlagInputs)[]>
> = Object.freeze({
  burst: ["bursts"],
  automation: ["clients", "activity"],
  coordinated: ["coordination"],
  regular: ["regularity", "activity"],
  officeHours: ["workingHours", "activity"],
  fewFollowers: ["followers"],
  takedown: ["takedown"],
});

/**
 * The flags whose input tables are all given.
 *
 * @param inputs Flag inputs.
 * @returns Flag names in `FLAG_NAMES` order.
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { availableFlags } from "./available_flags.ts";
 * import { deepEqual } from "node:assert/strict";
 * const t = pl.DataFrame({ userid: ["a"], follower_count: [3] });
 * deepEqual(availableFlags({ followers: t }), ["fewFollowers"]);
 * ```
 */
export function availableFlags(inputs: FlagInputs): FlagName[] {
  return FLAG_NAMES.filter((f) =>
    FLAG_INPUTS[f].every((k) => inputs[k] !== undefined)
  );
}
