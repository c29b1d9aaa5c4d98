/**
 * Notebook 06's "Which accounts look inorganic, and by which criterion?"
 * steps: the flag inputs (creation bursts, co-action network and null
 * model) and each flag's count per release.
 *
 * @module
 */
import pl from "nodejs-polars";
import { type StepResult, stepResult } from "../study/mod.ts";
import type { Study } from "../study/mod.ts";
import { loadClientTaxonomy } from "../profile/mod.ts";
import { accountFlags, FLAG_COLUMNS } from "./account_flags.ts";
import {
  describeFlags,
  enabledFlags,
  FLAG_NAMES,
  type FlagConfig,
  flagConfig,
} from "./flag_config.ts";
import { flagInputs, type FlagInputsResult } from "./flag_inputs.ts";
import { sourceGroups, type TrendConversation } from "./trend_steps.ts";

/** Null-model rounds of the coordination flag in notebook 06. */
export const COORDINATION_ROUNDS = 200;

/**
 * The flag configuration of a study: `DEFAULT_FLAG_CONFIG` with
 * `minTweets` from `--min-tweets` (10 by default, the same value).
 *
 * @example
 * ```ts
 * import { studyFlagConfig } from "./flag_steps.ts";
 * import { equal } from "node:assert/strict";
 * equal(studyFlagConfig({ params: { min_tweets: 10 } }).minTweets, 10);
 * equal(studyFlagConfig({ params: { min_tweets: 20 } }).enabled.burst, true);
 * ```
 */
export function studyFlagConfig(
  study: { params: { min_tweets: number } },
): FlagConfig {
  return flagConfig({ minTweets: study.params.min_tweets });
}

/**
 * What do the flags read? Computes every flag input of the conversation
 * (`flagInputs`): working hours at the conversation's offset, creation
 * bursts, client mix, regularity, followers, takedown membership (the
 * studied sets) and the retweet co-action network with its null model
 * (window `--window`, `--min-repeat`, {@linkcode COORDINATION_ROUNDS}
 * rounds, `--seed`, BH `--alpha`). The sentences give the bursts, the
 * network and what the null model could and could not rule out.
 *
 * @param study An opened study.
 * @param conv The conversation.
 * @returns The flag inputs and the tests behind them.
 */
export async function flagInputsStep(
  study: Study,
  conv: TrendConversation,
): Promise<StepResult<FlagInputsResult>> {
  const p = study.params;
  const fi = await flagInputs(conv.tweets, conv.users, {
    taxonomy: await loadClientTaxonomy(),
    utcOffset: conv.utc_offset,
    coordination: {
      mode: "retweet",
      window: p.window_s,
      minRepeat: p.min_repeat,
      rounds: COORDINATION_ROUNDS,
      seed: p.seed,
      alpha: p.alpha,
    },
    takedown: study.sets,
  });
  return stepResult(fi, {
    text: flagInputSentences(fi, studyFlagConfig(study)),
  });
}

/** The sentences of {@linkcode flagInputsStep}. */
function flagInputSentences(
  fi: FlagInputsResult,
  config: FlagConfig,
): string[] {
  const net = fi.network!;
  const nulls = fi.nullModel!;
  const bursts = fi.bursts.bursts.map((b) => `${b.date} (${b.count})`);
  const text = [
    ...fi.notes.map((note) => `Note: ${note}`),
    `Creation bursts: ${bursts.join(", ") || "none"}. ` +
    `Retweet co-action network: ${net.n_pairs} pairs with weight ≥ ` +
    `${net.min_repeat} among ${net.n_accounts} accounts; ` +
    `${nulls.n_significant} of them survive the null model ` +
    `(${nulls.rounds} rounds, BH q ≤ ${nulls.alpha}).`,
  ];
  if (nulls.n_significant === net.n_pairs && net.n_pairs > 0) {
    text.push(
      "Every pair survives: an account retweets a given tweet once, so " +
        "shuffling its retweet times over the tweets it retweeted almost " +
        "never lands two accounts' retweets of one tweet within a minute. " +
        "The null model therefore cannot tell fans who retweet fresh " +
        "official tweets quickly from an orchestrated group; the weight " +
        `threshold (≥ ${config.coordinationMinWeight} tweets with one ` +
        "partner) has to.",
    );
  }
  return text;
}

/**
 * Which accounts look inorganic, and by which criterion? Each account's
 * flags under the study's configuration ({@linkcode studyFlagConfig});
 * per release and flag, the accounts, those the flag could evaluate and
 * those it flags, then the default combination (`tab06_flags`); the
 * sentences list the enabled flags and what each means.
 *
 * @param study An opened study.
 * @param conv The conversation.
 * @param fi The flag inputs ({@linkcode flagInputsStep}).
 * @returns The flags table of `accountFlags`.
 */
export async function accountFlagsStep(
  study: Study,
  conv: TrendConversation,
  fi: FlagInputsResult,
): Promise<StepResult<pl.DataFrame>> {
  const config = studyFlagConfig(study);
  const flags = accountFlags(fi.inputs, config);
  const sourceOf = (await sourceGroups(conv.tweets)).rename({
    group: "source",
  });
  const withSource = flags.join(sourceOf, { on: "userid", how: "inner" });
  const sources = [
    ...new Set(sourceOf.getColumn("source").toArray() as string[]),
  ].sort();
  const rows = sources.flatMap((source) =>
    flagCountRows(
      source,
      withSource.filter(pl.col("source").eq(pl.lit(source))),
      config,
    )
  );
  const descriptions = describeFlags(config);
  return stepResult(flags, {
    text: [
      `Enabled by default: ${
        enabledFlags(config).join(", ")
      } (combined with "any").`,
      ...FLAG_NAMES.map((f) => `- ${f}: ${descriptions[f]}`),
    ],
    tables: [{ name: "tab06_flags", rows, maxRows: 30 }],
  });
}

/** One release's rows of `tab06_flags`: each flag, then the combination. */
function flagCountRows(
  source: string,
  s: pl.DataFrame,
  config: FlagConfig,
): Record<string, unknown>[] {
  return [...FLAG_NAMES, "inorganic (default combination)"].map((f) => {
    const known = f in FLAG_COLUMNS;
    const col = known
      ? FLAG_COLUMNS[f as keyof typeof FLAG_COLUMNS]
      : "flagged";
    return {
      source,
      flag: f,
      enabled_by_default: known
        ? config.enabled[f as keyof typeof FLAG_COLUMNS]
        : true,
      accounts: s.height,
      evaluable: s.filter(pl.col(col).isNotNull()).height,
      flagged: s.filter(pl.col(col).eq(true)).height,
    };
  });
}
