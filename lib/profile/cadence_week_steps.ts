/**
 * Steps of notebook 03 on the week: when sets tweet in UTC, which time
 * zone and kind of day fits them, and their week in local time.
 *
 * @module
 */
import { pct, type StepResult, stepResult, type Study } from "../study/mod.ts";
import { facetChart } from "../viz/facet_chart.ts";
import {
  weekdayHourHeatmap,
  weekdayHourRows,
} from "../viz/weekday_hour_heatmap.ts";
import type { ChartSpec } from "../viz/mod.ts";
import { sig, utcLabel } from "./cadence_format.ts";
import { minuteTweets } from "./minute_tweets.ts";
import {
  type WeekdayHourMatrix,
  weekdayHourMatrix,
} from "./weekday_hour_matrix.ts";
import { type WeeklyRhythm, weeklyRhythm } from "./weekly_rhythm.ts";
import type { CadenceOffsets } from "./cadence_offset_steps.ts";
import { localOffsetLabel } from "./local_utc_offset.ts";

/** One cell of a weekday × hour heatmap panel. */
export interface HeatRow {
  panel: string;
  weekday: string;
  hour: number;
  tweets: number;
  /** tweets / the panel's tweets with a time. */
  share: number;
}

/**
 * A matrix's 168 cells as heatmap rows of one panel, with each cell's share
 * of the panel's tweets.
 *
 * @example
 * ```ts
 * import { heatRows } from "./cadence_week_steps.ts";
 * import { deepEqual } from "node:assert/strict";
 * const counts = Array.from({ length: 7 }, (_, d) => Array.from({ length: 24 }, (_, h) => d === 0 && h === 9 ? 4 : 0));
 * const rows = heatRows("a", { counts, n_tweets: 4 } as never);
 * deepEqual(rows[9], { panel: "a", weekday: "Mon", hour: 9, tweets: 4, share: 1 });
 * ```
 */
export function heatRows(
  panel: string,
  m: Pick<WeekdayHourMatrix, "counts" | "n_tweets">,
): HeatRow[] {
  return weekdayHourRows(m.counts).map((c) => ({
    panel,
    weekday: c.weekday,
    hour: c.hour,
    tweets: c.count,
    share: c.count / m.n_tweets,
  }));
}

/** The faceted share heatmap of notebook 03 (one panel per set). */
function shareHeatmap(
  study: Study,
  titles: { title: string; subtitle: string; hourTitle: string },
  order: string[],
): ChartSpec {
  return facetChart(
    weekdayHourHeatmap({
      ...titles,
      synthetic: study.synthetic,
      countTitle: "Share of the set's tweets",
      colorField: "share",
      legendFormat: ".1%",
    }),
    { field: "panel", order },
  );
}

/** The sentence of one set's UTC week. */
function utcWeekSentence(name: string, m: WeekdayHourMatrix): string {
  const peak = m.by_hour.indexOf(Math.max(...m.by_hour));
  const low = m.by_hour.indexOf(Math.min(...m.by_hour));
  const weekend = (m.by_weekday[5] + m.by_weekday[6]) / m.n_tweets;
  return `${name}: ${m.n_tweets} tweets with a time (${m.n_missing_time} without); ` +
    `busiest UTC hour ${peak}:00 (${pct(m.by_hour[peak] / m.n_tweets)}), ` +
    `quietest ${low}:00 (${pct(m.by_hour[low] / m.n_tweets)}); ${
      pct(weekend)
    } on UTC Saturdays and Sundays (2/7 = 28.6% if even).`;
}

/**
 * When in the week do they tweet, in UTC? Each group's weekday × hour
 * counts (`fig03_weekday_hour_utc`, colour = share of the set's tweets)
 * and a sentence per group: busiest and quietest UTC hour, weekend share.
 *
 * @param study An opened study.
 * @returns The UTC matrices by release name.
 */
export async function utcWeekStep(
  study: Study,
): Promise<StepResult<Map<string, WeekdayHourMatrix>>> {
  const utc = new Map<string, WeekdayHourMatrix>();
  for (const r of study.groups) {
    utc.set(r.name, await weekdayHourMatrix(minuteTweets(r.tweets), 0));
  }
  const names = study.groups.map((r) => r.name);
  const rows = names.flatMap((n) => heatRows(n, utc.get(n)!));
  const spec = shareHeatmap(study, {
    title: "Tweets by weekday and hour (UTC)",
    subtitle: "Share of each set's tweets per cell",
    hourTitle: "Hour of day (UTC)",
  }, names);
  return stepResult(utc, {
    text: names.map((n) => utcWeekSentence(n, utc.get(n)!)),
    charts: [{ name: "fig03_weekday_hour_utc", spec, rows }],
  });
}

/** One row of `tab03_weekly_rhythm`. */
export type WeeklyRhythmRow =
  & { release: string; offset_source: string }
  & WeeklyRhythm;

/** The sentence comparing a set's week with the baseline's. */
function localWeekSentence(w: WeeklyRhythmRow, base: WeeklyRhythmRow): string {
  return `${w.release} at ${utcLabel(w.utc_offset)}: ${
    pct(w.working_hours_share)
  } of tweets in local office hours (baseline ${
    pct(base.working_hours_share)
  }); weekend ratio ${w.weekend_ratio?.toFixed(3)} (baseline ${
    base.weekend_ratio?.toFixed(3)
  }): ${w.weekend_tweets} tweets on ${w.weekend_days} weekend days, ` +
    `${w.weekday_tweets} on ${w.weekday_days} weekdays.`;
}

/**
 * What does their week look like in local time, and do they keep office
 * hours? The weekday × hour shares at each group's local offset
 * (`fig03_weekday_hour_local`), and each group's working-hours share and
 * weekend ratio there (`tab03_weekly_rhythm`), each set compared with the
 * baseline in a sentence.
 *
 * @param study An opened study.
 * @param offsets The offset step's value (`offsetFitStep`).
 * @returns The weekly-rhythm rows, sets then baseline.
 */
export async function localWeekStep(
  study: Study,
  offsets: CadenceOffsets,
): Promise<StepResult<WeeklyRhythmRow[]>> {
  const heat = [];
  const rows: WeeklyRhythmRow[] = [];
  for (const r of study.groups) {
    const local = offsets.local.get(r.name)!;
    const label = localOffsetLabel(local);
    const panel = `${r.name} (${utcLabel(local.utc_offset)}, ${label})`;
    const tweets = minuteTweets(r.tweets);
    heat.push({
      panel,
      rows: heatRows(panel, await weekdayHourMatrix(tweets, local.utc_offset)),
    });
    const w = await weeklyRhythm(tweets, local.utc_offset);
    rows.push({ release: r.name, offset_source: label, ...w });
  }
  const spec = shareHeatmap(study, {
    title: "Tweets by weekday and hour (local time)",
    subtitle:
      "Each set at its inferred UTC offset; share of the set's tweets per cell",
    hourTitle: "Hour of day (local)",
  }, heat.map((h) => h.panel));
  const base = rows.at(-1)!;
  return stepResult(rows, {
    text: rows.slice(0, -1).map((w) => localWeekSentence(w, base)),
    charts: [{
      name: "fig03_weekday_hour_local",
      spec,
      rows: heat.flatMap((h) => h.rows),
    }],
    tables: [{
      name: "tab03_weekly_rhythm",
      rows,
      display: rows.map((w) => ({
        ...w,
        working_hours_share: sig(w.working_hours_share),
        weekend_ratio: sig(w.weekend_ratio),
      })),
    }],
  });
}
