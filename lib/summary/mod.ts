/**
 * Dataset summaries of loaded releases.
 *
 * @module
 */
export { summarize } from "./summarize.ts";
export type { ReleaseSummary } from "./summarize.ts";
export { languageCounts, ledgerRows, tweetsPerDay } from "./overview.ts";
export type { LedgerRow } from "./overview.ts";
export {
  clientsStep,
  languagesStep,
  ledgerStep,
  type LoadProblem,
  loadProblems,
  releaseSummaryStep,
  type SummaryRow,
  summaryRow,
  tweetsPerDayStep,
} from "./overview_steps.ts";
