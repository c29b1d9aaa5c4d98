/**
 * How much the inorganic share moves with the flags and their thresholds.
 *
 * @module
 */
import pl from "nodejs-polars";
import { accountFlags } from "./account_flags.ts";
import { availableFlags } from "./available_flags.ts";
import {
  DEFAULT_FLAG_CONFIG,
  enabledFlags,
  FLAG_NAMES,
  type FlagCombine,
  type FlagConfig,
  flagConfig,
  type FlagName,
} from "./flag_config.ts";
import type { FlagInputs } from "./flag_inputs.ts";
import { bootstrapOptions } from "./_day.ts";
import { unitCounts, unitShares } from "./_unit_counts.ts";

/** One configuration of the sensitivity table. */
export interface FlagVariant {
  /** Short label, e.g. `only officeHours`, `officeHoursShare = 0.6`. */
  name: string;
  /** `default`, `alone`, `leave-one-out`, `all flags`, `combine` or `threshold`. */
  kind: string;
  config: FlagConfig;
}

/** Numeric thresholds of {@linkcode FlagConfig} and the flag each belongs to. */
export const THRESHOLD_FLAGS = {
  minTweets: null,
  clientShare: "automation",
  coordinationMinWeight: "coordinated",
  regularity: "regular",
  officeHoursShare: "officeHours",
  maxFollowers: "fewFollowers",
} as const satisfies Record<string, FlagName | null>;

/** A numeric threshold of {@linkcode FlagConfig}. */
export type ThresholdName = keyof typeof THRESHOLD_FLAGS;

/** Values tried by default for each threshold. */
export const DEFAULT_THRESHOLD_GRID: Readonly<
  Record<ThresholdName, readonly number[]>
> = Object.freeze({
  minTweets: [5, 20],
  clientShare: [0.25, 0.75],
  coordinationMinWeight: [2, 5, 20],
  regularity: [0.3, 0.7],
  officeHoursShare: [0.5, 0.6, 0.8],
  maxFollowers: [50, 100, 500],
});

function describeCombine(c: FlagCombine): string {
  return typeof c === "string" ? c : `at least ${c.atLeast}`;
}

/**
 * The configurations of the sensitivity table, in this order: the base
 * configuration; each available flag alone; the base without each of its
 * flags (when it has two or more); all available flags with `any`; the
 * base flags combined with `at least 2` and `all`; then each threshold of
 * `grid` at each value other than the base's (a threshold of a flag that
 * is off in the base switches that flag on too, named e.g. `with
 * fewFollowers, maxFollowers = 50`: no name starts with `+`, which a CSV
 * export would have to neutralise as a spreadsheet formula).
 * Variants for flags without inputs are left out.
 *
 * @param inputs Flag inputs (which flags are available).
 * @param base The reference configuration (default `DEFAULT_FLAG_CONFIG`).
 * @param grid Threshold values (default {@linkcode DEFAULT_THRESHOLD_GRID}).
 * @returns The variants.
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { flagVariants } from "./sensitivity_table.ts";
 * import { flagConfig } from "./flag_config.ts";
 * import { deepEqual } from "node:assert/strict";
 * const inputs = {
 *   followers: pl.DataFrame({ userid: ["a"], follower_count: [3] }),
 *   takedown: pl.DataFrame({ userid: ["a"], takedown: ["r"] }),
 * };
 * const base = flagConfig({ enabled: {
 *   burst: false, automation: false, coordinated: false, regular: false,
 *   officeHours: false, fewFollowers: true } });
 * const v = flagVariants(inputs, base, { maxFollowers: [50] });
 * deepEqual(v.map((x) => x.name), [
 *   "default", "only fewFollowers", "only takedown", "all 2 flags",
 *   "maxFollowers = 50",
 * ]);
 * ```
 */
export function flagVariants(
  inputs: FlagInputs,
  base: FlagConfig = DEFAULT_FLAG_CONFIG,
  grid: Partial<Record<ThresholdName, readonly number[]>> =
    DEFAULT_THRESHOLD_GRID,
): FlagVariant[] {
  const available = availableFlags(inputs);
  const baseFlags = enabledFlags(base);
  const variant = (
    name: string,
    kind: string,
    changes: Partial<FlagConfig>,
  ): FlagVariant => ({
    name,
    kind,
    config: flagConfig({ ...base, ...changes }),
  });
  const out: FlagVariant[] = [variant("default", "default", {})];
  for (const f of available) {
    out.push(
      variant(`only ${f}`, "alone", { enabled: only([f]), combine: "any" }),
    );
  }
  if (baseFlags.length >= 2) {
    for (const f of baseFlags) {
      const rest = baseFlags.filter((g) => g !== f);
      const combine = typeof base.combine === "object" &&
          base.combine.atLeast > rest.length
        ? "all" as const
        : base.combine;
      out.push(
        variant(`without ${f}`, "leave-one-out", {
          enabled: only(rest),
          combine,
        }),
      );
    }
  }
  if (available.length >= 2) {
    out.push(
      variant(`all ${available.length} flags`, "all flags", {
        enabled: only(available),
        combine: "any",
      }),
    );
  }
  if (baseFlags.length >= 2) {
    for (const combine of [{ atLeast: 2 }, "all"] as FlagCombine[]) {
      if (describeCombine(combine) === describeCombine(base.combine)) continue;
      out.push(
        variant(`${describeCombine(combine)} of the default flags`, "combine", {
          combine,
        }),
      );
    }
  }
  out.push(...thresholdVariants(available, base, grid, variant));
  return out;
}

/** `enabled` with exactly these flags on. */
function only(flags: readonly FlagName[]): Record<FlagName, boolean> {
  return Object.fromEntries(
    FLAG_NAMES.map((f) => [f, flags.includes(f)]),
  ) as Record<FlagName, boolean>;
}

/** The threshold variants of {@linkcode flagVariants}, in grid order. */
function thresholdVariants(
  available: readonly FlagName[],
  base: FlagConfig,
  grid: Partial<Record<ThresholdName, readonly number[]>>,
  variant: (
    name: string,
    kind: string,
    changes: Partial<FlagConfig>,
  ) => FlagVariant,
): FlagVariant[] {
  const out: FlagVariant[] = [];
  for (const key of Object.keys(THRESHOLD_FLAGS) as ThresholdName[]) {
    const flag = THRESHOLD_FLAGS[key];
    if (flag !== null && !available.includes(flag)) continue;
    for (const value of grid[key] ?? []) {
      const switchOn = flag !== null && !base.enabled[flag];
      if (value === base[key] && !switchOn) continue;
      out.push(
        variant(
          `${switchOn ? `with ${flag}, ` : ""}${key} = ${value}`,
          "threshold",
          {
            [key]: value,
            ...(switchOn ? { enabled: { ...base.enabled, [flag]: true } } : {}),
          },
        ),
      );
    }
  }
  return out;
}

/** Options of {@linkcode sensitivityTable}. */
export interface SensitivityOptions {
  /** Hashtags whose tweets are pooled (default: all). */
  hashtags?: readonly string[];
  /** Trends (from `trendEpisodes`): pool the tweets of these trends instead. */
  trends?: pl.DataFrame;
  /** Bootstrap rounds (default 1000). */
  rounds?: number;
  /** Seed (default 1), the same for every variant. */
  seed?: number;
  /** Confidence level (default 0.95). */
  level?: number;
}

/**
 * The inorganic share under each configuration, so a reader sees how far
 * the headline number moves.
 *
 * For each variant: flags from `accountFlags(inputs, variant.config)`; the
 * pooled share of the selected tweets (each tweet once, see
 * `inorganicShare` with `pool`) with its cluster-bootstrap interval (same
 * seed for every variant, so differences are not resampling noise); the
 * mean, smallest and largest share over the units (hashtags, or trends
 * when given), unweighted, as ProBox averaged over trends; and the change
 * from the first variant in percentage points.
 *
 * @param tagged Rows of `hashtagTweets`.
 * @param inputs Flag inputs.
 * @param variants Configurations, first one the reference (e.g. `flagVariants`).
 * @param options Tweets to pool and bootstrap settings.
 * @returns Columns `variant`, `kind`, `flags` (enabled flags joined by
 *   `+`), `combine`, `n_flagged_accounts` (flagged accounts among those
 *   with selected tweets), `share`, `ci_lower`, `ci_upper`,
 *   `mean_unit_share`, `min_unit_share`, `max_unit_share`, `change_pp`;
 *   one row per variant, in order.
 */
export async function sensitivityTable(
  tagged: pl.LazyDataFrame,
  inputs: FlagInputs,
  variants: readonly FlagVariant[],
  options: SensitivityOptions = {},
): Promise<pl.DataFrame> {
  const what = "Building the sensitivity table";
  const boot = bootstrapOptions(what, options);
  if (variants.length === 0) {
    throw new RangeError(`${what}: no variants given: []. Use flagVariants().`);
  }
  const units = { hashtags: options.hashtags, trends: options.trends };
  const pooled = await unitCounts(tagged, { ...units, pool: true });
  const perUnit = await unitCounts(tagged, units);
  const rows: Record<string, unknown>[] = [];
  let reference: number | null = null;
  for (const v of variants) {
    const flags = accountFlags(inputs, v.config);
    const [all] = unitShares(pooled, flags, boot);
    const each = unitShares(perUnit, flags, { ...boot, rounds: 1 })
      .map((u) => u.share);
    const share = all?.share ?? null;
    if (reference === null) reference = share;
    rows.push({
      variant: v.name,
      kind: v.kind,
      flags: enabledFlags(v.config).join("+"),
      combine: describeCombine(v.config.combine),
      n_flagged_accounts: all?.n_flagged_accounts ?? 0,
      share,
      ci_lower: all?.ci_lower ?? null,
      ci_upper: all?.ci_upper ?? null,
      mean_unit_share: each.length > 0
        ? each.reduce((a, b) => a + b, 0) / each.length
        : null,
      min_unit_share: each.length > 0 ? Math.min(...each) : null,
      max_unit_share: each.length > 0 ? Math.max(...each) : null,
      change_pp: share === null || reference === null
        ? null
        : (share - reference) * 100,
    });
  }
  return sensitivityFrame(rows);
}

/** The rows of {@linkcode sensitivityTable} as a frame (text, then Float64 columns). */
function sensitivityFrame(rows: Record<string, unknown>[]): pl.DataFrame {
  const text = ["variant", "kind", "flags", "combine"];
  const numeric = [
    "n_flagged_accounts",
    "share",
    "ci_lower",
    "ci_upper",
    "mean_unit_share",
    "min_unit_share",
    "max_unit_share",
    "change_pp",
  ];
  return pl.DataFrame([
    ...text.map((c) => pl.Series(c, rows.map((r) => r[c] as string), pl.Utf8)),
    ...numeric.map((c) =>
      pl.Series(c, rows.map((r) => r[c] as number | null), pl.Float64)
    ),
  ]);
}
