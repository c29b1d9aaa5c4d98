/**
 * The account flags and every threshold they use, in one place.
 *
 * @module
 */

/** The account flags, in the order tables list them. */
export const FLAG_NAMES = [
  "burst",
  "automation",
  "coordinated",
  "regular",
  "officeHours",
  "fewFollowers",
  "takedown",
] as const;

/** One account flag. */
export type FlagName = typeof FLAG_NAMES[number];

/** Client categories (of `data/client_taxonomy.csv`) the client flag can count. */
export type ThirdPartyCategory = "automation" | "scheduler" | "unknown";

/**
 * How flags combine into "inorganic": `any` (at least one enabled flag
 * true), `all` (every enabled flag true) or at least `k` enabled flags true.
 */
export type FlagCombine = "any" | "all" | { atLeast: number };

/**
 * Which flags are on, how they combine, and every threshold. A flag whose
 * value cannot be evaluated for an account (no input row, or too few tweets)
 * is null and never counts as true.
 */
export interface FlagConfig {
  /** Flags that take part in the combination. */
  enabled: Record<FlagName, boolean>;
  /** How the enabled flags combine (default `any`). */
  combine: FlagCombine;
  /**
   * Rate-based flags (`automation`, `regular`, `officeHours`) need at least
   * this many tweets with a valid time in the conversation (default 10, the
   * default of `intervalStats`); below it they are null. With 3 tweets, 3 of
   * 3 in office hours happens by chance to about 3 % of people whose office
   * share is 30 %.
   */
  minTweets: number;
  /**
   * `automation`: share of the account's tweets sent from a client of the
   * `clientCategories` ≥ this (default 0.5: most of its tweets).
   */
  clientShare: number;
  /**
   * Client categories counted as third-party by `automation` (default
   * automation apps and schedulers; `unknown` means names not in the
   * taxonomy, which include ordinary apps, so it is off by default).
   */
  clientCategories: readonly ThirdPartyCategory[];
  /**
   * `coordinated`: the account's strongest co-action edge that survived the
   * null model has weight (distinct objects co-acted on) ≥ this (default
   * 10). With weight 2 (the network's own minimum) fans who retweet the
   * same fresh official tweets within a minute are swept in.
   */
  coordinationMinWeight: number;
  /** `coordinated`: the account's community has at least this many accounts (default 3). */
  coordinationMinCommunity: number;
  /**
   * `regular`: regularity (share of the account's inter-tweet gaps equal to
   * its most common non-zero gap, see `intervalStats`) ≥ this (default
   * 0.5: half of all gaps identical).
   */
  regularity: number;
  /**
   * `officeHours`: share of tweets sent Monday–Friday 08:00–17:59 local
   * time ≥ this (default 0.7; a clock-uniform poster has 50/168 = 0.30).
   */
  officeHoursShare: number;
  /** `fewFollowers`: follower_count ≤ this (default 100). */
  maxFollowers: number;
}

/**
 * The default configuration: `burst`, `automation`, `coordinated`,
 * `regular` and `officeHours` on, combined with `any`.
 *
 * Off by default: `fewFollowers` (most real accounts have few followers:
 * alone it calls ordinary people inorganic; ProBox used it in combination)
 * and `takedown` (membership of a takedown release is the answer a
 * metadata estimate is checked against; switch it on to count "removed by
 * the platform" as a criterion).
 */
export const DEFAULT_FLAG_CONFIG: Readonly<FlagConfig> = Object.freeze({
  enabled: Object.freeze({
    burst: true,
    automation: true,
    coordinated: true,
    regular: true,
    officeHours: true,
    fewFollowers: false,
    takedown: false,
  }),
  combine: "any",
  minTweets: 10,
  clientShare: 0.5,
  clientCategories: Object.freeze(["automation", "scheduler"]) as readonly (
    ThirdPartyCategory
  )[],
  coordinationMinWeight: 10,
  coordinationMinCommunity: 3,
  regularity: 0.5,
  officeHoursShare: 0.7,
  maxFollowers: 100,
}) as Readonly<FlagConfig>;

/**
 * Each flag in plain language, with the thresholds of `config`.
 *
 * @param config The configuration (default {@linkcode DEFAULT_FLAG_CONFIG}).
 * @returns One sentence per flag.
 * @example
 * ```ts
 * import { describeFlags } from "./flag_config.ts";
 * import { equal } from "node:assert/strict";
 * equal(describeFlags().fewFollowers, "100 followers or fewer");
 * ```
 */
export function describeFlags(
  config: FlagConfig = DEFAULT_FLAG_CONFIG,
): Record<FlagName, string> {
  const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;
  const rate = `(needs ≥ ${config.minTweets} tweets)`;
  return {
    burst:
      "created on a day when unusually many accounts of the conversation were created (a creation burst)",
    automation: `${pct(config.clientShare)} or more of its tweets sent with ${
      config.clientCategories.join(" or ")
    } apps ${rate}`,
    coordinated:
      `in a community (≥ ${config.coordinationMinCommunity} accounts) of accounts that acted on the same object within seconds of each other more often than the null model allows, and on ≥ ${config.coordinationMinWeight} different objects with one partner`,
    regular: `${
      pct(config.regularity)
    } or more of the pauses between its tweets have exactly the same length ${rate}`,
    officeHours: `${
      pct(config.officeHoursShare)
    } or more of its tweets sent Monday–Friday 08:00–17:59 local time ${rate}`,
    fewFollowers: `${config.maxFollowers} followers or fewer`,
    takedown: "removed by the platform (listed in a takedown release)",
  };
}

/**
 * A configuration: the defaults with some fields replaced (`enabled` is
 * merged flag by flag).
 *
 * @param changes Fields to change.
 * @returns A new configuration, checked (see {@linkcode checkFlagConfig}).
 * @example
 * ```ts
 * import { flagConfig } from "./flag_config.ts";
 * import { equal } from "node:assert/strict";
 * const c = flagConfig({ enabled: { fewFollowers: true }, maxFollowers: 50 });
 * equal(c.enabled.fewFollowers, true);
 * equal(c.enabled.burst, true);
 * equal(c.maxFollowers, 50);
 * ```
 */
export function flagConfig(
  changes: Partial<Omit<FlagConfig, "enabled">> & {
    enabled?: Partial<Record<FlagName, boolean>>;
  } = {},
): FlagConfig {
  const config: FlagConfig = {
    ...DEFAULT_FLAG_CONFIG,
    ...changes,
    enabled: { ...DEFAULT_FLAG_CONFIG.enabled, ...(changes.enabled ?? {}) },
    clientCategories: [
      ...(changes.clientCategories ?? DEFAULT_FLAG_CONFIG.clientCategories),
    ],
  };
  checkFlagConfig(config);
  return config;
}

/**
 * Checks a configuration; throws a RangeError naming the bad field.
 *
 * @param config The configuration.
 */
export function checkFlagConfig(config: FlagConfig): void {
  const bad = (field: string, value: unknown, want: string) =>
    new RangeError(
      `Checking the flag configuration: ${field} is not ${want}: ${
        JSON.stringify(value)
      }. Fix it in the FlagConfig.`,
    );
  for (const name of Object.keys(config.enabled)) {
    if (!(FLAG_NAMES as readonly string[]).includes(name)) {
      throw bad("enabled", name, `one of ${FLAG_NAMES.join(", ")}`);
    }
  }
  const nEnabled = FLAG_NAMES.filter((f) => config.enabled[f]).length;
  if (nEnabled === 0) throw bad("enabled", config.enabled, "any flag on");
  const c = config.combine;
  if (c !== "any" && c !== "all") {
    if (
      typeof c !== "object" || !Number.isInteger(c.atLeast) || c.atLeast < 1 ||
      c.atLeast > nEnabled
    ) {
      throw bad(
        "combine",
        c,
        `"any", "all" or { atLeast: k } with k in 1..${nEnabled} (enabled flags)`,
      );
    }
  }
  if (!Number.isInteger(config.minTweets) || config.minTweets < 2) {
    throw bad("minTweets", config.minTweets, "a whole number ≥ 2");
  }
  for (
    const f of ["clientShare", "regularity", "officeHoursShare"] as const
  ) {
    const v = config[f];
    if (!(v > 0 && v <= 1)) throw bad(f, v, "a share in (0, 1]");
  }
  if (
    config.clientCategories.length === 0 ||
    config.clientCategories.some((c) =>
      !["automation", "scheduler", "unknown"].includes(c)
    )
  ) {
    throw bad(
      "clientCategories",
      config.clientCategories,
      "a non-empty list of automation, scheduler, unknown",
    );
  }
  for (
    const f of ["coordinationMinWeight", "coordinationMinCommunity"] as const
  ) {
    const v = config[f];
    if (!Number.isInteger(v) || v < 1) throw bad(f, v, "a whole number ≥ 1");
  }
  if (!(config.maxFollowers >= 0) || !Number.isFinite(config.maxFollowers)) {
    throw bad("maxFollowers", config.maxFollowers, "a number ≥ 0");
  }
}

/**
 * The enabled flags of a configuration, in {@linkcode FLAG_NAMES} order.
 *
 * @param config The configuration.
 * @returns The enabled flag names.
 * @example
 * ```ts
 * import { DEFAULT_FLAG_CONFIG, enabledFlags } from "./flag_config.ts";
 * import { deepEqual } from "node:assert/strict";
 * deepEqual(enabledFlags(DEFAULT_FLAG_CONFIG),
 *   ["burst", "automation", "coordinated", "regular", "officeHours"]);
 * ```
 */
export function enabledFlags(config: FlagConfig): FlagName[] {
  return FLAG_NAMES.filter((f) => config.enabled[f]);
}
