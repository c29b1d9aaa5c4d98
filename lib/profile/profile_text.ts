/**
 * Plain-text rendering of a profile report.
 *
 * @module
 */
import { WEEKDAYS } from "../io/weekdays.ts";

// deno-lint-ignore no-explicit-any
type Obj = Record<string, any>;

/**
 * Renders the object of `profileReport` as a short human-readable summary
 * (the CLI's output without `--json`). Numbers are rounded for reading
 * only; use the JSON for exact values.
 *
 * @param report the object returned by `profileReport`
 * @returns the text, lines joined with `\n`
 */
export function profileText(report: Obj): string {
  return [
    `${report.release}${report.synthetic ? " (SYNTHETIC demo data)" : ""}` +
    (report.baseline ? `   baseline: ${report.baseline}` : ""),
    "",
    ...creationLines(report),
    "",
    ...cadenceLines(report.cadence),
    ...mixLines(report),
  ].join("\n");
}

/** A number rounded for reading; null is `n/a`. */
function fmt(x: number | null, digits = 3): string {
  return x === null || x === undefined
    ? "n/a"
    : String(Number(x.toFixed(digits)));
}

/** A share as a percentage with one decimal; null is `n/a`. */
function pct(x: number | null): string {
  return x === null || x === undefined ? "n/a" : `${(x * 100).toFixed(1)}%`;
}

/** Account creation, profiles and dormancy. */
function creationLines(report: Obj): string[] {
  const c = report.creation;
  return [
    `Account creation: ${c.n_accounts} accounts with a date ` +
    `(${c.n_missing_date} without), ${c.first_day ?? "n/a"} .. ${
      c.last_day ?? "n/a"
    }`,
    `  busiest days: ${
      c.top_days.slice(0, 5).map(([d, n]: [string, number]) => `${d} (${n})`)
        .join(", ") || "none"
    }`,
    `  burst days (${c.burst_method} rate, q <= ${c.burst_params.alpha}, ` +
    `>= ${c.burst_params.min_count} accounts): ${c.bursts.length}, holding ` +
    `${pct(c.share_in_bursts)} of accounts`,
    ...c.bursts.slice(0, 10).map((b: Obj) =>
      `    ${b.date}: ${b.count} created, ${fmt(b.expected, 2)} expected, ` +
      `q = ${b.q.toExponential(2)}`
    ),
    `Profiles: ${report.profile.n_hashed_screen_names} hashed screen names; ` +
    `default handles ${pct(report.profile.default_handle_share)} of ` +
    `${report.profile.n_default_handle_applicable} unhashed; empty profiles ` +
    `${pct(report.profile.empty_profile_share)}`,
    `Dormancy: median ${fmt(report.dormancy.median_dormancy_days, 1)} days ` +
    `from creation to first tweet (${report.dormancy.n_accounts} accounts)`,
  ];
}

/** The inferred offset, or why there is none. */
function inferredText(cad: Obj): string {
  if (cad.reference === null) return "n/a (needs --baseline)";
  if (cad.inferred_utc_offset === null) {
    return "none: closest to a flat (round-the-clock) profile";
  }
  return `${cad.inferred_utc_offset} (JSD ${fmt(cad.offset_fit.distance)}, ` +
    `margin ${
      fmt(cad.offset_fit.margin)
    } over ${cad.offset_fit.second_offset})`;
}

/** Posting cadence. */
function cadenceLines(cad: Obj): string[] {
  return [
    `Cadence: ${cad.n_tweets} tweets with a time (${cad.n_missing_time} without)`,
    `  inferred UTC offset: ${inferredText(cad)}`,
    `  at UTC${cad.local_utc_offset >= 0 ? "+" : ""}${cad.local_utc_offset} ` +
    `(${cad.local_offset_source}): working hours ` +
    `${pct(cad.working_hours_share)}, weekend ratio ${fmt(cad.weekend_ratio)}`,
    `  UTC tweets by weekday: ${
      cad.by_weekday.map((n: number, i: number) => `${WEEKDAYS[i]} ${n}`).join(
        ", ",
      )
    }`,
    `  UTC tweets by hour: ${cad.by_hour.join(" ")}`,
  ];
}

/** Intervals, clients and behaviour. */
function mixLines(report: Obj): string[] {
  const iv = report.intervals;
  return [
    `Intervals (accounts with >= ${iv.min_tweets} tweets: ${iv.n_accounts}): ` +
    `median of median gaps ${fmt(iv.median_of_median_interval_s, 1)} s, ` +
    `median burstiness ${fmt(iv.median_burstiness)}`,
    `Clients: ${
      Object.entries(report.clients.by_category).map(([k, v]) => `${k} ${v}`)
        .join(", ")
    }`,
    `Behaviour: retweets ${pct(report.behaviour.retweet_share)}, replies ` +
    `${pct(report.behaviour.reply_share)}, quotes ` +
    `${pct(report.behaviour.quote_share)}; top domains: ${
      report.behaviour.top_domains.slice(0, 5).map((d: Obj) =>
        `${d.domain} (${d.count})`
      ).join(", ") || "none"
    }`,
  ];
}
