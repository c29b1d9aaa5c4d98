/**
 * Notebook 04's last step: a real baseline loaded the same way, from the
 * DocNow twarc2 capture shipped in `data/samples/twarc2/` (MIT).
 *
 * @module
 */
import { join } from "node:path";
import { PROJECT_ROOT } from "../io/mod.ts";
import { accountMetrics } from "../profile/account_metrics.ts";
import { loadClientTaxonomy } from "../profile/client_taxonomy.ts";
import type { StepResult, Study } from "../study/mod.ts";
import { stepResult } from "../study/mod.ts";
import { ledgerRows } from "../summary/overview.ts";
import { loadBaseline } from "../io/mod.ts";

/** The flattened twarc2 search capture of DocNow's tests (100 tweets). */
export const TWARC2_SAMPLE = join(
  PROJECT_ROOT,
  "data",
  "samples",
  "twarc2",
  "flat.jsonl",
);

/** The metrics whose coverage {@linkcode twarc2SampleStep} counts. */
export const COVERAGE_METRICS = [
  "n_tweets",
  "tweets_per_active_day",
  "median_gap_s",
  "working_hours_share",
  "official_client_share",
  "creation_year",
] as const;

/** One row of the coverage table. */
export interface CoverageRow {
  metric: string;
  /** Accounts for which the metric is defined. */
  accounts_with_value: number;
  accounts: number;
}

/**
 * Can a real organic baseline be loaded the same way? Loads a twarc2 file
 * with `loadBaseline` (format detected), shows its ledger, and counts for
 * how many accounts each of {@linkcode COVERAGE_METRICS} is defined (local
 * time at UTC: a keyword search sample has no one clock; the counts do not
 * depend on it).
 *
 * @param _study An opened study (unused; for the steps' common shape).
 * @param path The file (default {@linkcode TWARC2_SAMPLE}).
 * @returns The coverage rows.
 */
export async function twarc2SampleStep(
  _study: Study,
  path: string = TWARC2_SAMPLE,
): Promise<StepResult<CoverageRow[]>> {
  const real = await loadBaseline(path);
  const accounts = await accountMetrics(real.users, real.tweets, {
    taxonomy: await loadClientTaxonomy(),
    utcOffset: 0,
  });
  const rows = COVERAGE_METRICS.map((m) => ({
    metric: m,
    accounts_with_value: accounts.height - accounts.getColumn(m).nullCount(),
    accounts: accounts.height,
  }));
  return stepResult(rows, {
    text: [
      `${real.name}: ${accounts.height} accounts; every account has at most ` +
      `${accounts.getColumn("n_tweets").max()} tweets in the capture.`,
    ],
    tables: [{ rows: ledgerRows(real.name, real.ledger) }, { rows }],
  });
}
