/**
 * `./lab summarize <release folder | name | files…> [--json] [--no-cache]`
 *
 * Prints a release's dataset summary; with `--json`, exactly one JSON object
 * (see `lib/summary/summarize.ts` for every field's definition). Options:
 * `./lab summarize --help`.
 *
 * @module
 */
import { loadRelease, type Release } from "../lib/io/mod.ts";
import { type ReleaseSummary, summarize } from "../lib/summary/mod.ts";
import { type CommandSpec, releaseSource, runCommand } from "./_cli.ts";

/** The command's arguments. */
export const SUMMARIZE = {
  name: "summarize",
  summary: "Prints a release's dataset summary: rows loaded and rejected per " +
    "file, accounts, tweet times, account creation, retweets and clients " +
    "(see lib/summary/summarize.ts for every field).",
  args: { usage: "<release folder | name | files…>", min: 1 },
} as const satisfies CommandSpec;

/** The text form of a summary: per-file ledger, totals, clients, rejections. */
function summaryText(release: Release, summary: ReleaseSummary): string {
  const lines = [
    `${release.name}${release.synthetic ? " (SYNTHETIC demo data)" : ""}`,
    ...release.ledger.files.map((f) =>
      `  ${f.file}: ${f.rowsIn} rows in, ${f.rowsLoaded} loaded, ` +
      `${f.rowsRejected} rejected, ${f.issueCount} field issues`
    ),
    `users: ${summary.users.rows}   tweets: ${summary.tweets.rows}   ` +
    `accounts tweeting: ${summary.accounts_tweeting}`,
    `tweets from ${summary.tweet_time.min} to ${summary.tweet_time.max} UTC`,
    `accounts created ${summary.account_creation.min} .. ` +
    `${summary.account_creation.max}`,
    `retweets: ${summary.retweets}`,
    "clients:",
    ...summary.clients.slice(0, 15).map(([name, n]) =>
      `  ${String(n).padStart(9)}  ${name ?? "(none)"}`
    ),
  ];
  for (const f of release.ledger.files) {
    for (const r of f.rejections.slice(0, 10)) {
      lines.push(`  rejected ${r.file}:${r.line} [${r.column}] ${r.reason}`);
    }
  }
  return lines.join("\n");
}

if (import.meta.main) {
  await runCommand(SUMMARIZE, async (cmd) => {
    const release = await loadRelease(releaseSource(cmd.positionals), {
      cache: cmd.cache,
    });
    const summary = summarize(release);
    return cmd.json ? JSON.stringify(summary) : summaryText(release, summary);
  });
}
