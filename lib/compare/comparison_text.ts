import { roundForDisplay } from "../stats/_round.ts";
import type { ReleaseComparison } from "./compare_releases.ts";
import { utcOffsetLabel } from "./comparison_utc_offset.ts";

/**
 * A plain-text report of a comparison (what `cli/compare.ts` prints
 * without `--json`): header, the metric table (medians, Cliff's delta with
 * its CI, q), the categorical table (JSD, permutation p, q) and the
 * separability AUC. Numbers have 3 significant digits (integer parts kept
 * whole); missing values show as `-`.
 *
 * @param r A comparison.
 * @returns The text, lines joined by `\n`.
 *
 * @example
 * ```ts ignore
 * console.log(comparisonText(await compareReleases(set, base, options)));
 * ```
 */
export function comparisonText(r: ReleaseComparison): string {
  const lines: string[] = [];
  lines.push(
    `${r.a} (A, ${r.n_accounts_a} accounts) vs ${r.b} (B, ${r.n_accounts_b} accounts)` +
      (r.synthetic ? " — SYNTHETIC demo data" : ""),
    `local time at UTC${
      utcOffsetLabel(r.utc_offset)
    }; seed ${r.seed}; ${r.rounds} bootstrap rounds / permutations`,
    `creation bursts: A ${r.bursts.a.n_in_bursts} accounts on ${r.bursts.a.days.length} days; B ${r.bursts.b.n_in_bursts} on ${r.bursts.b.days.length}`,
    "",
    "Metrics (effect = Cliff's delta, positive when A is larger; q = BH of the Mann-Whitney p):",
  );
  lines.push(
    ...table(
      ["metric", "n_a", "n_b", "median_a", "median_b", "effect", "95% CI", "q"],
      r.rows.map((x) => [
        x.metric,
        String(x.n_a),
        String(x.n_b),
        num(x.median_a),
        num(x.median_b),
        num(x.effect),
        `[${num(x.effect_ci[0])}, ${num(x.effect_ci[1])}]`,
        num(x.q),
      ]),
    ),
    "",
    "Categorical distributions of tweets (p and q from account permutations):",
    ...table(
      ["variable", "tweets_a", "tweets_b", "jsd", "chi2", "perm_p", "q"],
      r.categorical.map((x) => [
        x.variable,
        String(x.n_tweets_a),
        String(x.n_tweets_b),
        num(x.jsd),
        num(x.chi2),
        num(x.perm_p),
        num(x.q),
      ]),
    ),
    "",
  );
  const s = r.separability;
  lines.push(
    s.skipped === null
      ? `Separability: cross-validated AUC ${num(s.auc)} (${s.folds} folds: ${
        s.fold_aucs.map(num).join(", ")
      }) on ${s.n_a} + ${s.n_b} accounts, ${s.features.length} features`
      : `Separability: not computed: ${s.skipped}`,
  );
  return lines.join("\n");
}

function num(x: number): string {
  return String(roundForDisplay(x, 3) ?? "-");
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, j) =>
    Math.max(h.length, ...rows.map((r) => r[j].length))
  );
  const line = (cells: string[]) =>
    cells.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j])))
      .join("  ").trimEnd();
  return [line(header), ...rows.map(line)];
}
