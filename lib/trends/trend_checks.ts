/**
 * Notebook 06's checks against the demo's planted truth (`TRUTH.json`):
 * does each hashtag's interval bracket its planted inorganic share, and
 * which accounts do the flags get wrong? Each returns a table with the
 * columns check / expected / observed / verdict; off the demo (no truth)
 * it returns one sentence and no table.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { DemoTruth } from "../demo/mod.ts";
import { pct, type StepResult, stepResult, verdict } from "../study/mod.ts";
import { accountFlags } from "./account_flags.ts";
import {
  DEFAULT_FLAG_CONFIG,
  type FlagConfig,
  flagConfig,
} from "./flag_config.ts";
import type { FlagInputs } from "./flag_inputs.ts";

/** One row of a check table. */
export interface TruthCheck {
  check: string;
  expected: string;
  observed: string;
  verdict: "MET" | "NOT MET";
}

/** The sentence a check says off the demo. */
export const NO_TRUTH =
  "Not the demo bundle: no planted truth to compare with.";

/**
 * The planted inorganic share of each demo campaign hashtag, by hashtag
 * in lower case; empty without truth.
 *
 * @example
 * ```ts
 * import { campaignTruth } from "./trend_checks.ts";
 * import { equal } from "node:assert/strict";
 * equal(campaignTruth(null).size, 0);
 * ```
 */
export function campaignTruth(truth: DemoTruth | null): Map<string, number> {
  return new Map(
    (truth?.campaignHashtags ?? []).map((c) => [
      c.tag.toLowerCase(),
      c.inorganicShare,
    ]),
  );
}

/**
 * The planted share of the given hashtags' tweets pooled (Σ inorganic /
 * Σ total over the campaign hashtags), or null without truth or when a
 * hashtag is not a campaign hashtag.
 *
 * @param truth The demo's truth, or null.
 * @param hashtags Hashtags in lower case.
 */
export function pooledTruthShare(
  truth: DemoTruth | null,
  hashtags: readonly string[],
): number | null {
  const rows = (truth?.campaignHashtags ?? []).filter((c) =>
    hashtags.includes(c.tag.toLowerCase())
  );
  if (rows.length !== hashtags.length || rows.length === 0) return null;
  return rows.reduce((a, c) => a + c.inorganic, 0) /
    rows.reduce((a, c) => a + c.total, 0);
}

/** A share with its interval, as the checks read it. */
export interface ShareWithInterval {
  share: number;
  ci_lower: number;
  ci_upper: number;
}

/** One check: is the planted share inside the interval? */
function intervalCheck(
  check: string,
  truth: number,
  r: ShareWithInterval,
): TruthCheck {
  return {
    check,
    expected: `${pct(truth, 2)} inside the 95% interval`,
    observed: `${pct(r.share, 2)} (95% CI ${pct(r.ci_lower, 2)}–` +
      `${pct(r.ci_upper, 2)})`,
    verdict: verdict(r.ci_lower <= truth && truth <= r.ci_upper),
  };
}

/**
 * Does each hashtag's interval bracket its planted share? One check per
 * row whose hashtag is a demo campaign hashtag.
 *
 * @param truth The demo's truth, or null.
 * @param rows Hashtags with their share and interval (e.g. the rows of
 *   `inorganicShareStep`).
 * @returns The checks (value and table).
 * @example
 * ```ts
 * import { hashtagTruthChecks } from "./trend_checks.ts";
 * import type { DemoTruth } from "../demo/mod.ts";
 * import { equal } from "node:assert/strict";
 * const truth = { campaignHashtags: [
 *   { tag: "DemoPaz", total: 10, inorganic: 7, inorganicShare: 0.7 },
 * ] } as unknown as DemoTruth;
 * const r = hashtagTruthChecks(truth, [
 *   { hashtag: "demopaz", share: 0.72, ci_lower: 0.6, ci_upper: 0.8 },
 * ]);
 * equal(r.value[0].verdict, "MET");
 * equal(r.value[0].expected, "70.00% inside the 95% interval");
 * equal(hashtagTruthChecks(null, []).text[0], "Not the demo bundle: no planted truth to compare with.");
 * ```
 */
export function hashtagTruthChecks(
  truth: DemoTruth | null,
  rows: readonly (ShareWithInterval & { hashtag: string })[],
): StepResult<TruthCheck[]> {
  if (truth === null) return stepResult([], { text: [NO_TRUTH] });
  const planted = campaignTruth(truth);
  const checks = rows.filter((r) => planted.has(r.hashtag)).map((r) =>
    intervalCheck(r.hashtag, planted.get(r.hashtag)!, r)
  );
  return checkResult(
    "Is each hashtag's planted share inside its 95% interval?",
    checks,
  );
}

/**
 * Does the pooled share of the hashtags under the default flags (the first
 * row of the sensitivity table) bracket their pooled planted share?
 *
 * @param truth The demo's truth, or null.
 * @param hashtags The pooled hashtags (lower case).
 * @param sensitivity The sensitivity table (`sensitivityTable`; its first
 *   row, the default configuration, gives `share`, `ci_lower`, `ci_upper`).
 * @returns One check, or none when a hashtag has no planted share.
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { pooledTruthCheck } from "./trend_checks.ts";
 * import type { DemoTruth } from "../demo/mod.ts";
 * import { equal } from "node:assert/strict";
 * const truth = { campaignHashtags: [
 *   { tag: "A", total: 10, inorganic: 7, inorganicShare: 0.7 },
 *   { tag: "B", total: 30, inorganic: 3, inorganicShare: 0.1 },
 * ] } as unknown as DemoTruth;
 * const sens = pl.DataFrame({ variant: ["default"], share: [0.3], ci_lower: [0.2], ci_upper: [0.24] });
 * const r = pooledTruthCheck(truth, ["a", "b"], sens);
 * equal(r.value[0].expected, "25.00% inside the 95% interval");
 * equal(r.value[0].verdict, "NOT MET");
 * ```
 */
export function pooledTruthCheck(
  truth: DemoTruth | null,
  hashtags: readonly string[],
  sensitivity: pl.DataFrame,
): StepResult<TruthCheck[]> {
  if (truth === null) return stepResult([], { text: [NO_TRUTH] });
  const share = pooledTruthShare(truth, hashtags);
  if (share === null) {
    return stepResult([], {
      text: ["Some of these hashtags have no planted share: no pooled check."],
    });
  }
  const pooled = sensitivity.toRecords()[0] as unknown as ShareWithInterval;
  return checkResult(
    "Is the pooled planted share inside the default row's 95% interval?",
    [intervalCheck(`the ${hashtags.length} hashtags pooled`, share, pooled)],
  );
}

/** A check table and the question with its count of verdicts. */
function checkResult(
  question: string,
  checks: TruthCheck[],
): StepResult<TruthCheck[]> {
  const met = checks.filter((c) => c.verdict === "MET").length;
  return stepResult(checks, {
    text: [`${question} ${met} of ${checks.length} checks met.`],
    tables: [{ rows: checks, maxRows: 40 }],
  });
}

/** Flagged accounts among the removed (takedown) and the other accounts. */
export interface FlagErrors {
  takedown_flagged: number;
  takedown_accounts: number;
  other_flagged: number;
  other_accounts: number;
}

/**
 * How many takedown accounts, and how many other (baseline) accounts, a
 * flags table flags.
 *
 * @param flags `userid`, `flagged` (e.g. from `accountFlags`).
 * @param takedown `userid` of the removed accounts (`FlagInputs.takedown`).
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { flagErrors } from "./trend_checks.ts";
 * import { deepEqual } from "node:assert/strict";
 * const flags = pl.DataFrame({ userid: ["a", "b", "c"], flagged: [true, true, false] });
 * deepEqual(flagErrors(flags, pl.DataFrame({ userid: ["a"] })), {
 *   takedown_flagged: 1, takedown_accounts: 1, other_flagged: 1, other_accounts: 2,
 * });
 * ```
 */
export function flagErrors(
  flags: pl.DataFrame,
  takedown: pl.DataFrame,
): FlagErrors {
  const f = flags.join(
    takedown.select(pl.col("userid"), pl.lit(true).alias("removed")),
    { on: "userid", how: "left" },
  ).withColumns(pl.col("removed").fillNull(false));
  const count = (removed: boolean, flagged?: boolean) =>
    f.filter(
      flagged === undefined
        ? pl.col("removed").eq(removed)
        : pl.col("removed").eq(removed).and(pl.col("flagged").eq(flagged)),
    ).height;
  return {
    takedown_flagged: count(true, true),
    takedown_accounts: count(true),
    other_flagged: count(false, true),
    other_accounts: count(false),
  };
}

/**
 * Which accounts do the flags get wrong on the demo, where membership of
 * the takedown sets is the truth? With the default flags, with the
 * coordination weight lowered to 2, and with few followers switched on:
 * the takedown accounts flagged (expected: all) and the baseline accounts
 * flagged (false positives; expected: none).
 *
 * @param truth The demo's truth, or null (then one sentence, no table).
 * @param inputs The flag inputs (`takedown` needed).
 * @param flags The flags of `base`.
 * @param base The configuration behind `flags` (default
 *   `DEFAULT_FLAG_CONFIG`).
 * @returns The checks.
 */
export function flagErrorChecks(
  truth: DemoTruth | null,
  inputs: FlagInputs,
  flags: pl.DataFrame,
  base: FlagConfig = DEFAULT_FLAG_CONFIG,
): StepResult<TruthCheck[]> {
  const takedown = inputs.takedown;
  if (truth === null || takedown === undefined) {
    return stepResult([], { text: [NO_TRUTH] });
  }
  const d = flagErrors(flags, takedown);
  const others = [
    ["coordination at weight ≥ 2", { ...base, coordinationMinWeight: 2 }],
    [
      "plus few followers (≤ 100)",
      { ...base, enabled: { ...base.enabled, fewFollowers: true } },
    ],
  ].map(([name, config]) => ({
    name: name as string,
    errors: flagErrors(
      accountFlags(inputs, flagConfig(config as FlagConfig)),
      takedown,
    ),
  }));
  const checks: TruthCheck[] = [
    countCheck("default: takedown flagged", {
      observed: d.takedown_flagged,
      of: d.takedown_accounts,
      expected: d.takedown_accounts,
    }),
    ...[{ name: "default", errors: d }, ...others].map((o) =>
      countCheck(`${o.name.replace(/ \(.*/, "")}: baseline flagged`, {
        observed: o.errors.other_flagged,
        of: o.errors.other_accounts,
        expected: 0,
      })
    ),
  ];
  return stepResult(checks, {
    text: [
      `Default flags: ${d.takedown_flagged} of ${d.takedown_accounts} ` +
      "accounts of the takedown releases flagged; " +
      `${d.other_flagged} of ${d.other_accounts} baseline accounts flagged ` +
      "(false positives).",
      ...others.map((o) =>
        `With ${o.name}: ${o.errors.other_flagged} baseline accounts flagged.`
      ),
      "Expected: every takedown account flagged and no baseline account; " +
      "each NOT MET counts errors of the flags.",
    ],
    tables: [{ rows: checks }],
  });
}

/** A check that `observed` of `of` accounts equals `expected`. */
function countCheck(
  check: string,
  n: { observed: number; of: number; expected: number },
): TruthCheck {
  return {
    check,
    expected: `${n.expected} of ${n.of}`,
    observed: `${n.observed} of ${n.of}`,
    verdict: verdict(n.observed === n.expected),
  };
}
