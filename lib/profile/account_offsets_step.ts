/**
 * Step of notebook 03: do a set's accounts agree on its time zone?
 *
 * @module
 */
import pl from "nodejs-polars";
import { type StepResult, stepResult, type Study } from "../study/mod.ts";
import { facetChart } from "../viz/facet_chart.ts";
import { offsetHistogramChart } from "../viz/offset_histogram_chart.ts";
import type { CadenceOffsets } from "./cadence_offset_steps.ts";
import { utcLabel } from "./cadence_format.ts";
import { dailyRhythmFitByAccount } from "./daily_rhythm_fit_by_account.ts";
import { minuteTweets } from "./minute_tweets.ts";

/**
 * Fewest tweets for an account's own time-zone fit: with 50 tweets spread
 * over 24 hours a profile is noisy but usable (the baseline's row shows how
 * often ordinary accounts land on the wrong template by chance).
 */
export const MIN_TWEETS_ACCOUNT_OFFSET = 50;

/** One row of `tab03_account_offsets`. */
export interface AccountOffsetRow {
  release: string;
  closest: string;
  utc_offset: number | null;
  accounts: number;
}

/** Accounts by closest template and offset, and by offset alone. */
function tallies(release: string, a: pl.DataFrame) {
  const byTemplate = a.groupBy(["closest", "utc_offset"])
    .agg(pl.len().alias("accounts")).sort(["closest", "utc_offset"])
    .toRecords().map((row) => ({
      release,
      closest: String(row.closest),
      utc_offset: row.utc_offset as number | null,
      accounts: Number(row.accounts),
    }));
  const byOffset = a.filter(pl.col("utc_offset").isNotNull())
    .groupBy("utc_offset").agg(pl.len().alias("n")).sort("utc_offset")
    .toRecords().map((row) => ({
      utc_offset: Number(row.utc_offset),
      n: Number(row.n),
    }));
  return { byTemplate, byOffset };
}

/** The sentence of one group's account fits. */
function accountOffsetSentence(
  release: string,
  n: number,
  t: ReturnType<typeof tallies>,
): string {
  const count = (template: string) =>
    t.byTemplate.filter((x) => x.closest === template)
      .reduce((s, x) => s + x.accounts, 0);
  const top =
    [...t.byOffset].sort((x, y) => y.n - x.n || x.utc_offset - y.utc_offset)[0];
  return `${release}: ${n} accounts with ≥ ${MIN_TWEETS_ACCOUNT_OFFSET} tweets; ` +
    `closest to a human day ${count("human")}, to an office day ${
      count("office")
    }, to flat ${count("flat")}` +
    (top
      ? `; most common offset ${
        utcLabel(top.utc_offset)
      } (${top.n} of ${n} accounts).`
      : ".");
}

/**
 * Do the accounts agree with each other? Fits every account with at least
 * {@linkcode MIN_TWEETS_ACCOUNT_OFFSET} tweets on its own
 * (`dailyRhythmFitByAccount` against the study's human reference), counts
 * accounts by closest template and offset (`tab03_account_offsets`, saved)
 * and draws the offsets of each group (`fig03_account_offsets`).
 *
 * @param study An opened study.
 * @param offsets The offset step's value (for the human reference).
 * @returns The per-account fits by release name.
 */
export async function accountOffsetsStep(
  study: Study,
  offsets: Pick<CadenceOffsets, "reference">,
): Promise<StepResult<Map<string, pl.DataFrame>>> {
  const fits = new Map<string, pl.DataFrame>();
  const table: AccountOffsetRow[] = [];
  const hist = [];
  const text = [];
  for (const r of study.groups) {
    const a = await dailyRhythmFitByAccount(
      minuteTweets(r.tweets),
      offsets.reference,
      { minTweets: MIN_TWEETS_ACCOUNT_OFFSET },
    );
    fits.set(r.name, a);
    const t = tallies(r.name, a);
    table.push(...t.byTemplate);
    hist.push(...t.byOffset.map((x) => ({
      panel: r.name,
      bin_start: x.utc_offset - 0.5,
      bin_end: x.utc_offset + 0.5,
      count: x.n,
    })));
    text.push(accountOffsetSentence(r.name, a.height, t));
  }
  const spec = facetChart(
    offsetHistogramChart({
      title: "UTC offset of each account's best-fitting day",
      subtitle:
        `Accounts with ≥ ${MIN_TWEETS_ACCOUNT_OFFSET} tweets; accounts closest to the flat profile have no offset and are left out`,
      synthetic: study.synthetic,
      xTitle: "UTC offset (hours)",
      yTitle: "Accounts",
      height: 120,
    }),
    {
      field: "panel",
      order: study.groups.map((r) => r.name),
      independent: ["y"],
    },
  );
  return stepResult(fits, {
    text,
    tables: [{ name: "tab03_account_offsets", rows: table, show: false }],
    charts: [{ name: "fig03_account_offsets", spec, rows: hist }],
  });
}
