/**
 * `deno task summarize <release folder | name | files…> [--json] [--no-cache]`
 *
 * Prints a release's dataset summary; with `--json`, exactly one JSON object
 * (see `lib/summary/summarize.ts` for every field's definition).
 *
 * @module
 */
import { loadRelease } from "../lib/io/mod.ts";
import { summarize } from "../lib/summary/mod.ts";
import { runCli } from "./_cli.ts";

await runCli("summarize", async (args) => {
  const release = await loadRelease(
    args.positional.length === 1 ? args.positional[0] : args.positional,
    { cache: !args.flags.has("no-cache") },
  );
  const summary = summarize(release);
  if (args.flags.has("json")) return JSON.stringify(summary);
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
});
