/**
 * Trending days: volume above a hashtag's own trailing baseline.
 *
 * @module
 */
import pl from "nodejs-polars";
import { dayNumber, daySeries, num, parseDay } from "./_day.ts";

/** Options of {@linkcode detectTrends}. */
export interface TrendOptions {
  /** Minimum tweets on the day itself (default 20). */
  minCount?: number;
  /** w: trailing baseline length in days (default 7; at least 2). */
  window?: number;
  /** k: standard deviations above the baseline mean (default 3). */
  k?: number;
  /** First day of the series, `YYYY-MM-DD` (default: earliest day in `daily`). */
  from?: string;
  /** Last day of the series, `YYYY-MM-DD` (default: latest day in `daily`). */
  to?: string;
}

/**
 * Flags the days on which a hashtag trends, each against its own past.
 *
 * Definition, per hashtag h and day d (local days of `hashtagTweets`):
 * - the series runs over every day from `from` to `to` (by default the
 *   first and last day of any hashtag in `daily`, so all hashtags share one
 *   calendar); days without tweets count 0 (zero-filled);
 * - c_d: tweets with h on day d;
 * - the baseline of d is the w days d−w … d−1: mean m_d = Σ c / w and
 *   sample standard deviation s_d = √(Σ (c − m_d)² / (w − 1));
 * - threshold_d = m_d + k·s_d;
 * - d is eligible when all w baseline days lie inside the series, i.e. the
 *   first w days of the series are never trending (their baseline would be
 *   unobserved, not zero); their `baseline_mean`, `baseline_sd` and
 *   `threshold` are null;
 * - d is trending when eligible, c_d ≥ minCount and c_d > threshold_d
 *   (strictly; with a flat baseline s_d = 0 any c_d above the mean counts).
 *
 * Only hashtags with at least one day ≥ minCount in the series are listed
 * (no other can trend).
 *
 * @param daily Output of `hashtagDailyCounts` (`hashtag`, `day`, `n_tweets`).
 * @param options Thresholds and series span.
 * @returns One row per listed hashtag and day of the series: `hashtag`,
 *   `day` (Date), `n_tweets`, `baseline_mean`, `baseline_sd`, `threshold`
 *   (Float64), `eligible`, `trending` (Bool); sorted by hashtag, day.
 * @throws {RangeError} On bad options.
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { detectTrends } from "./detect_trends.ts";
 * import { deepEqual } from "node:assert/strict";
 * const days = ["2021-01-01", "2021-01-02", "2021-01-03", "2021-01-04"];
 * const daily = pl.DataFrame({
 *   hashtag: ["x", "x", "x", "x"],
 *   day: pl.Series(days.map((d) => new Date(`${d}T00:00Z`))).cast(pl.Date),
 *   n_tweets: [2, 4, 30, 3],
 * });
 * const t = detectTrends(daily, { window: 2, k: 1, minCount: 5 });
 * deepEqual(t.getColumn("trending").toArray(), [false, false, true, false]);
 * ```
 */
export function detectTrends(
  daily: pl.DataFrame,
  options: TrendOptions = {},
): pl.DataFrame {
  const what = "Detecting trends";
  const o = trendSettings(options);
  const tags = daily.getColumn("hashtag").toArray() as string[];
  const days = (daily.getColumn("day").toArray() as unknown as (Date | null)[])
    .map((
      d,
    ) => d === null ? null : dayNumber(d));
  const counts = (daily.getColumn("n_tweets").toArray() as unknown[]).map(num);
  const known = days.filter((d): d is number => d !== null);
  const first = options.from !== undefined
    ? parseDay(what, options.from)
    : Math.min(...known);
  const last = options.to !== undefined
    ? parseDay(what, options.to)
    : Math.max(...known);
  const out: TrendColumns = {
    hashtag: [],
    day: [],
    n_tweets: [],
    baseline_mean: [],
    baseline_sd: [],
    threshold: [],
    eligible: [],
    trending: [],
  };
  if (known.length === 0 || !(last >= first)) return frame(out);
  const span = last - first + 1;
  const series = new Map<string, Float64Array>();
  for (let i = 0; i < tags.length; i++) {
    const d = days[i];
    if (d === null || d < first || d > last) continue;
    let s = series.get(tags[i]);
    if (s === undefined) series.set(tags[i], s = new Float64Array(span));
    s[d - first] += counts[i] ?? 0;
  }
  const names = [...series.keys()].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  for (const name of names) {
    const c = series.get(name)!;
    if (!c.some((x) => x >= o.minCount)) continue;
    pushSeries(out, name, c, first, o);
  }
  return frame(out);
}

/** Checked options of {@linkcode detectTrends}, defaults filled in. */
interface TrendSettings {
  minCount: number;
  w: number;
  k: number;
}

/** Checks the thresholds; throws a RangeError on a bad one. */
function trendSettings(options: TrendOptions): TrendSettings {
  const what = "Detecting trends";
  const minCount = options.minCount ?? 20;
  const w = options.window ?? 7;
  const k = options.k ?? 3;
  if (!(minCount >= 0) || !Number.isFinite(minCount)) {
    throw new RangeError(`${what}: minCount is not a number ≥ 0: ${minCount}.`);
  }
  if (!Number.isInteger(w) || w < 2) {
    throw new RangeError(
      `${what}: window is not a whole number of days ≥ 2: ${w}. A standard deviation needs two days.`,
    );
  }
  if (!(k >= 0) || !Number.isFinite(k)) {
    throw new RangeError(`${what}: k is not a number ≥ 0: ${k}.`);
  }
  return { minCount, w, k };
}

/** Appends one hashtag's zero-filled series `c` (from day `first`) to `out`. */
function pushSeries(
  out: TrendColumns,
  name: string,
  c: Float64Array,
  first: number,
  o: TrendSettings,
): void {
  const { minCount, w, k } = o;
  for (let i = 0; i < c.length; i++) {
    out.hashtag.push(name);
    out.day.push(first + i);
    out.n_tweets.push(c[i]);
    const eligible = i >= w;
    out.eligible.push(eligible);
    if (!eligible) {
      out.baseline_mean.push(null);
      out.baseline_sd.push(null);
      out.threshold.push(null);
      out.trending.push(false);
      continue;
    }
    let sum = 0;
    for (let j = i - w; j < i; j++) sum += c[j];
    const mean = sum / w;
    let ss = 0;
    for (let j = i - w; j < i; j++) ss += (c[j] - mean) ** 2;
    const sd = Math.sqrt(ss / (w - 1));
    const threshold = mean + k * sd;
    out.baseline_mean.push(mean);
    out.baseline_sd.push(sd);
    out.threshold.push(threshold);
    out.trending.push(c[i] >= minCount && c[i] > threshold);
  }
}

/** The columns of {@linkcode detectTrends}, as they are built. */
interface TrendColumns {
  hashtag: string[];
  day: number[];
  n_tweets: number[];
  baseline_mean: (number | null)[];
  baseline_sd: (number | null)[];
  threshold: (number | null)[];
  eligible: boolean[];
  trending: boolean[];
}

function frame(o: TrendColumns): pl.DataFrame {
  return pl.DataFrame([
    pl.Series("hashtag", o.hashtag, pl.Utf8),
    daySeries("day", o.day),
    pl.Series("n_tweets", o.n_tweets, pl.Float64),
    pl.Series("baseline_mean", o.baseline_mean, pl.Float64),
    pl.Series("baseline_sd", o.baseline_sd, pl.Float64),
    pl.Series("threshold", o.threshold, pl.Float64),
    pl.Series("eligible", o.eligible, pl.Bool),
    pl.Series("trending", o.trending, pl.Bool),
  ]);
}
