/**
 * Dataset summaries of loaded releases.
 *
 * @module
 */
export { summarize } from "./summarize.ts";
export type { ReleaseSummary } from "./summarize.ts";
