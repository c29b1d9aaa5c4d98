/**
 * Account flags: one transparent, switchable criterion per column.
 *
 * @module
 */
import pl from "nodejs-polars";
import {
  checkFlagConfig,
  DEFAULT_FLAG_CONFIG,
  enabledFlags,
  FLAG_NAMES,
  type FlagConfig,
  type FlagName,
} from "./flag_config.ts";
import type { FlagInputs } from "./flag_inputs.ts";
import { FLAG_INPUTS } from "./available_flags.ts";

/** The column of each flag in the table of {@linkcode accountFlags}. */
export const FLAG_COLUMNS: Readonly<Record<FlagName, string>> = Object.freeze({
  burst: "flag_burst",
  automation: "flag_automation",
  coordinated: "flag_coordinated",
  regular: "flag_regular",
  officeHours: "flag_office_hours",
  fewFollowers: "flag_few_followers",
  takedown: "flag_takedown",
});

const COLUMNS: Record<keyof FlagInputs, string[]> = {
  activity: ["n_tweets"],
  bursts: ["in_burst"],
  clients: [
    "automation_client_share",
    "scheduler_client_share",
    "unknown_client_share",
  ],
  coordination: ["community_size", "max_weight"],
  regularity: ["regularity"],
  workingHours: ["working_hours_share"],
  followers: ["follower_count"],
  takedown: ["takedown"],
};

const NULL_BOOL = pl.lit(null).cast(pl.Bool);

/**
 * Evaluates every flag whose input is given, per account, and combines the
 * enabled ones.
 *
 * Accounts: every userid in any given input table. Flags (thresholds from
 * `config`, see {@linkcode FlagConfig}; n = `activity.n_tweets`):
 * - `flag_burst` = `bursts.in_burst`; null without a dated users row;
 * - `flag_automation` = Σ `<category>_client_share` over
 *   `clientCategories` ≥ `clientShare`, when n ≥ `minTweets`; else null;
 * - `flag_coordinated` = listed in `coordination` with `community_size` ≥
 *   `coordinationMinCommunity` and `max_weight` ≥ `coordinationMinWeight`;
 *   false when not listed;
 * - `flag_regular` = `regularity` ≥ `regularity`, when n ≥ `minTweets`;
 *   null otherwise or when regularity is null (no non-zero gap);
 * - `flag_office_hours` = `working_hours_share` ≥ `officeHoursShare`, when
 *   n ≥ `minTweets`; else null;
 * - `flag_few_followers` = `follower_count` ≤ `maxFollowers`; null when
 *   the count is unknown;
 * - `flag_takedown` = listed in `takedown`; false when not listed.
 * A flag whose input is not given is null for everyone.
 *
 * Combination over the enabled flags, a null counting as not true:
 * `n_flags` = number of enabled flags that are true; `flagged` = n_flags ≥
 * 1 (`any`), n_flags = number enabled (`all`), or n_flags ≥ k
 * (`{ atLeast: k }`).
 *
 * @param inputs Per-account tables (see `flagInputs`).
 * @param config Flags, combination and thresholds (default
 *   `DEFAULT_FLAG_CONFIG`).
 * @returns `userid`, the seven `flag_*` columns (Bool), `n_flags`
 *   (Float64), `flagged` (Bool); sorted by userid.
 * @throws {RangeError} When an enabled flag's input table is missing, or
 *   the configuration is invalid.
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { accountFlags } from "./account_flags.ts";
 * import { flagConfig } from "./flag_config.ts";
 * import { deepEqual } from "node:assert/strict";
 * const inputs = {
 *   activity: pl.DataFrame({ userid: ["a", "b"], n_tweets: [50, 3] }),
 *   workingHours: pl.DataFrame({ userid: ["a", "b"], working_hours_share: [0.9, 1] }),
 *   followers: pl.DataFrame({ userid: ["a", "b"], follower_count: [20, 5000] }),
 * };
 * const config = flagConfig({
 *   enabled: { burst: false, automation: false, coordinated: false, regular: false, fewFollowers: true },
 * });
 * const f = accountFlags(inputs, config);
 * deepEqual(f.getColumn("flag_office_hours").toArray(), [true, null]); // b: too few tweets
 * deepEqual(f.getColumn("flagged").toArray(), [true, false]);
 * ```
 */
export function accountFlags(
  inputs: FlagInputs,
  config: FlagConfig = DEFAULT_FLAG_CONFIG,
): pl.DataFrame {
  checkFlagConfig(config);
  const enabled = enabledFlags(config);
  checkEnabledInputs(inputs, enabled);
  const expr = flagExpressions(inputs, config);
  const nFlags = enabled
    .map((f) => pl.col(FLAG_COLUMNS[f]).fillNull(false).cast(pl.Float64))
    .reduce((a, b) => a.add(b));
  const c = config.combine;
  const need = c === "any" ? 1 : c === "all" ? enabled.length : c.atLeast;
  return joinedInputs(inputs)
    .select(
      pl.col("userid"),
      ...FLAG_NAMES.map((f) => expr[f].cast(pl.Bool).alias(FLAG_COLUMNS[f])),
    )
    .withColumns(nFlags.alias("n_flags"))
    .withColumns(pl.col("n_flags").gtEq(need).alias("flagged"))
    .sort("userid")
    .collectSync();
}

/** Throws when an enabled flag's input table is missing. */
function checkEnabledInputs(
  inputs: FlagInputs,
  enabled: readonly FlagName[],
): void {
  for (const flag of enabled) {
    const missing = FLAG_INPUTS[flag].filter((k) => inputs[k] === undefined);
    if (missing.length > 0) {
      throw new RangeError(
        `Flagging accounts: the ${flag} flag is enabled but its input is missing: ${
          missing.join(", ")
        }. Pass it in the inputs (see flagInputs) or set enabled.${flag} = false.`,
      );
    }
  }
}

/**
 * Every userid of the given input tables, with each table's columns and an
 * `_in_<input>` marker joined on; throws when no table is given or one
 * lacks a column.
 */
function joinedInputs(inputs: FlagInputs): pl.LazyDataFrame {
  const given = (Object.keys(COLUMNS) as (keyof FlagInputs)[]).filter((k) =>
    inputs[k] !== undefined
  );
  if (given.length === 0) {
    throw new RangeError(
      "Flagging accounts: no input table given: {}. Compute them with flagInputs().",
    );
  }
  let table = pl.concat(
    given.map((k) => inputs[k]!.lazy().select(pl.col("userid").cast(pl.Utf8))),
    { how: "vertical" },
  ).filter(pl.col("userid").isNotNull()).unique();
  for (const k of given) {
    const cols = COLUMNS[k];
    for (const c of cols) {
      if (!inputs[k]!.columns.includes(c)) {
        throw new RangeError(
          `Flagging accounts: the ${k} table lacks the column: ${c}. Build it with flagInputs() or add the column.`,
        );
      }
    }
    table = table.join(
      inputs[k]!.lazy().select(
        pl.col("userid").cast(pl.Utf8),
        ...cols.map((c) => pl.col(c)),
        pl.lit(true).alias(`_in_${k}`),
      ).unique({ subset: ["userid"], keep: "first" }),
      { on: "userid", how: "left" },
    );
  }
  return table;
}

/** Each flag as an expression over {@linkcode joinedInputs}; null without its input. */
function flagExpressions(
  inputs: FlagInputs,
  config: FlagConfig,
): Record<FlagName, pl.Expr> {
  const has = (k: keyof FlagInputs) => inputs[k] !== undefined;
  const enough = has("activity")
    ? pl.col("n_tweets").gtEq(config.minTweets).fillNull(false)
    : pl.lit(false);
  const gated = (e: pl.Expr) => pl.when(enough).then(e).otherwise(NULL_BOOL);
  const clientShare = config.clientCategories
    .map((c) => pl.col(`${c}_client_share`))
    .reduce((a, b) => a.add(b));
  return {
    burst: has("bursts") ? pl.col("in_burst").cast(pl.Bool) : NULL_BOOL,
    automation: has("clients") && has("activity")
      ? gated(clientShare.gtEq(config.clientShare))
      : NULL_BOOL,
    coordinated: has("coordination")
      ? pl.col("_in_coordination").fillNull(false).and(
        pl.col("community_size").gtEq(config.coordinationMinCommunity)
          .fillNull(false),
      ).and(
        pl.col("max_weight").gtEq(config.coordinationMinWeight).fillNull(false),
      )
      : NULL_BOOL,
    regular: has("regularity") && has("activity")
      ? gated(pl.col("regularity").gtEq(config.regularity))
      : NULL_BOOL,
    officeHours: has("workingHours") && has("activity")
      ? gated(pl.col("working_hours_share").gtEq(config.officeHoursShare))
      : NULL_BOOL,
    fewFollowers: has("followers")
      ? pl.col("follower_count").ltEq(config.maxFollowers)
      : NULL_BOOL,
    takedown: has("takedown")
      ? pl.col("_in_takedown").fillNull(false)
      : NULL_BOOL,
  };
}
