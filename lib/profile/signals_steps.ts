/**
 * Steps of notebook 02 on the profile signals that survive hashing: the
 * shares per release (`tab02_profile_signals`), each set against the
 * baseline (`tab02_profile_comparison`) and the follower/following ratio
 * chart (`fig02_follower_ratio`).
 *
 * @module
 */
import pl from "nodejs-polars";
import type { Release } from "../io/mod.ts";
import { pct, type StepResult, stepResult, type Study } from "../study/mod.ts";
import { profileSignals } from "./profile_signals.ts";

/** Per-account values of one release, compared between releases. */
export interface ProfileMetrics {
  follower_following_ratio: (number | null)[];
  followers: (number | null)[];
  following: (number | null)[];
  empty_profile: (number | null)[];
}

/** One row of `tab02_profile_signals`. */
export interface ProfileSignalsRow {
  release: string;
  accounts: number;
  hashed_screen_name_share: number | null;
  /** Unhashed screen names the default-handle test applies to. */
  default_handle_tested_on: number;
  /** Null when the test applies to no name. */
  default_handle_share: number | null;
  empty_profile_share: number | null;
  median_follower_following_ratio: number | null;
  median_followers: number | null;
  median_following: number | null;
}

/**
 * Do their profiles look alike? Per release, the share of hashed screen
 * names, of default handles among unhashed names, of empty profiles, and
 * the median follower/following ratio ({@linkcode profileSignals};
 * `tab02_profile_signals`, shown to 4 significant digits).
 *
 * @param study An opened study.
 * @returns Per-account metrics by release name, for the comparison and
 *   the ratio chart.
 */
export async function profileSignalsStep(
  study: Pick<Study, "groups">,
): Promise<StepResult<Map<string, ProfileMetrics>>> {
  const rows: ProfileSignalsRow[] = [];
  const metrics = new Map<string, ProfileMetrics>();
  for (const r of study.groups) {
    const one = await releaseSignals(r);
    rows.push(one.row);
    metrics.set(r.name, one.metrics);
  }
  return stepResult(metrics, {
    text: rows.map(signalsSentence),
    tables: [{
      name: "tab02_profile_signals",
      rows,
      display: rows.map((p) =>
        Object.fromEntries(
          Object.entries(p).map((
            [k, v],
          ) => [k, typeof v === "number" ? Number(v.toPrecision(4)) : v]),
        )
      ),
    }],
  });
}

/** A release's signals row and per-account metrics. */
export async function releaseSignals(
  r: Pick<Release, "name" | "users">,
): Promise<{ row: ProfileSignalsRow; metrics: ProfileMetrics }> {
  const s = await profileSignals(r.users).collect();
  const u = await r.users.select(
    pl.col("follower_count").cast(pl.Float64),
    pl.col("following_count").cast(pl.Float64),
  ).collect();
  const agg = s.select(
    pl.len().alias("accounts"),
    pl.col("screen_name_hashed").cast(pl.Float64).mean().alias("hashed"),
    pl.col("default_handle").isNotNull().sum().alias("applicable"),
    pl.col("default_handle").mean().alias("default_handle"),
    pl.col("empty_profile").mean().alias("empty"),
    pl.col("follower_following_ratio").median().alias("ratio"),
  ).toRecords()[0] as Record<string, number | null>;
  const row: ProfileSignalsRow = {
    release: r.name,
    accounts: Number(agg.accounts),
    hashed_screen_name_share: agg.hashed,
    default_handle_tested_on: Number(agg.applicable),
    default_handle_share: Number(agg.applicable) > 0
      ? agg.default_handle
      : null,
    empty_profile_share: agg.empty,
    median_follower_following_ratio: agg.ratio,
    median_followers: u.getColumn("follower_count").median(),
    median_following: u.getColumn("following_count").median(),
  };
  const numbers = (df: pl.DataFrame, column: string) =>
    df.getColumn(column).toArray() as (number | null)[];
  const metrics: ProfileMetrics = {
    follower_following_ratio: numbers(s, "follower_following_ratio"),
    followers: numbers(u, "follower_count"),
    following: numbers(u, "following_count"),
    empty_profile: numbers(s, "empty_profile"),
  };
  return { row, metrics };
}

function signalsSentence(p: ProfileSignalsRow): string {
  if (p.accounts === 0) {
    return `${p.release}: no users rows, so no profile signals.`;
  }
  const handle = p.default_handle_tested_on === 0
    ? "default-handle test not applicable (every screen name is hashed)"
    : `default handles ${
      pct(p.default_handle_share)
    } of the ${p.default_handle_tested_on} unhashed names`;
  return `${p.release}: ${
    pct(p.hashed_screen_name_share)
  } hashed screen names; ${handle}; ${
    pct(p.empty_profile_share)
  } empty profiles; median follower/following ratio ${
    p.median_follower_following_ratio?.toFixed(3) ?? "n/a"
  } (median ${p.median_followers} followers, ${p.median_following} following).`;
}
