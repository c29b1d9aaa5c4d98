/**
 * Steps of notebook 03 on time zones: which offset and kind of day fits
 * each set, and whether its accounts agree.
 *
 * @module
 */
import { type StepResult, stepResult, type Study } from "../study/mod.ts";
import { facetChart } from "../viz/facet_chart.ts";
import { offsetFitChart } from "../viz/offset_fit_chart.ts";
import { utcLabel } from "./cadence_format.ts";
import { type DailyRhythmFit, dailyRhythmFit } from "./daily_rhythm_fit.ts";
import { diurnalReference } from "./diurnal_reference.ts";
import { type LocalOffset, localUtcOffset } from "./local_utc_offset.ts";
import { minuteTweets } from "./minute_tweets.ts";
import type { WeekdayHourMatrix } from "./weekday_hour_matrix.ts";

/** The value of {@linkcode offsetFitStep}. */
export interface CadenceOffsets {
  /** The human reference: the baseline's share of tweets by local hour. */
  reference: number[];
  /** Each group's fit (null for a group without a tweet with a time). */
  fits: Map<string, DailyRhythmFit | null>;
  /** Each group's local offset (see `localUtcOffset`). */
  local: Map<string, LocalOffset>;
}

/** One row of `tab03_offset_fit`. */
export interface OffsetFitRow {
  release: string;
  template: "human" | "office" | "flat";
  best_utc_offset: number | null;
  distance: number;
  second_offset: number | null;
  margin: number | null;
  closest: boolean;
}

/**
 * The human reference of a study: the baseline's share of tweets by local
 * hour at the `baseline_utc_offset` parameter.
 *
 * @throws {RangeError} When the baseline has no tweet with a time.
 */
export async function humanReference(study: Study): Promise<number[]> {
  const ref = await diurnalReference(
    minuteTweets(study.baseline.tweets),
    study.params.baseline_utc_offset,
  );
  if (ref === null) {
    throw new RangeError(
      `Building the human reference: the baseline has no tweet with a time: ${study.baseline.name}. ` +
        "Choose another --baseline (TAKEDOWN_BASELINE).",
    );
  }
  return ref;
}

/**
 * Each group's fit against the human day, the office day and flat
 * (`dailyRhythmFit`) and its local offset (`localUtcOffset`: the baseline
 * at `baseline_utc_offset`, the sets at the `utc_offset` parameter when
 * given, else at their closest day's best offset, or the baseline's when
 * closest to flat).
 *
 * @param study An opened study.
 * @param utc The UTC matrices by release (`utcWeekStep`).
 * @returns The reference, fits and local offsets.
 */
export async function cadenceOffsets(
  study: Study,
  utc: Map<string, WeekdayHourMatrix>,
): Promise<CadenceOffsets> {
  const reference = await humanReference(study);
  const fits = new Map<string, DailyRhythmFit | null>();
  const local = new Map<string, LocalOffset>();
  for (const r of study.groups) {
    const fit = dailyRhythmFit(utc.get(r.name)!.by_hour, reference);
    fits.set(r.name, fit);
    local.set(
      r.name,
      localUtcOffset(fit, {
        baselineUtcOffset: study.params.baseline_utc_offset,
        given: study.params.utc_offset,
        isBaseline: r === study.baseline,
      }),
    );
  }
  return { reference, fits, local };
}

/** The sentence of one set's fit. */
export function offsetFitSentence(name: string, f: DailyRhythmFit): string {
  const closest = f.closest === "flat"
    ? "flat (round-the-clock) profile"
    : `${f.closest} day at ${utcLabel(f.utc_offset)}`;
  return `${name}: closest to the ${closest}. ` +
    `Human day: best ${utcLabel(f.human.utc_offset)}, JSD ${
      f.human.distance.toFixed(3)
    }, margin ${f.human.margin.toFixed(3)}; ` +
    `office day: best ${utcLabel(f.office.utc_offset)}, JSD ${
      f.office.distance.toFixed(3)
    }, margin ${f.office.margin.toFixed(3)}; flat: JSD ${
      f.flat_distance.toFixed(3)
    }.`;
}

/** A fit's three `tab03_offset_fit` rows (human, office, flat). */
export function offsetFitRows(
  release: string,
  f: DailyRhythmFit,
): OffsetFitRow[] {
  const row = (
    template: OffsetFitRow["template"],
    fit: DailyRhythmFit["human"] | null,
  ): OffsetFitRow => ({
    release,
    template,
    best_utc_offset: fit?.utc_offset ?? null,
    distance: fit ? fit.distance : f.flat_distance,
    second_offset: fit?.second_offset ?? null,
    margin: fit?.margin ?? null,
    closest: f.closest === template,
  });
  return [row("human", f.human), row("office", f.office), row("flat", null)];
}

/** A fit's curves as `fig03_offset_fit` rows (flat drawn as a level line). */
function curveRows(panel: string, baseline: string, f: DailyRhythmFit) {
  const line = (reference: string, curve: DailyRhythmFit["human"]["curve"]) =>
    curve.map((c) => ({
      panel,
      reference,
      utc_offset: c.utc_offset,
      distance: reference.startsWith("flat") ? f.flat_distance : c.distance,
    }));
  return [
    ...line(`human day (${baseline})`, f.human.curve),
    ...line("office day (08:00–17:59)", f.office.curve),
    ...line("flat (round the clock)", f.human.curve),
  ];
}

/**
 * Which time zone, and which kind of day, fits them best? Fits each
 * group's UTC hourly profile against the human day, the office day and
 * flat (`cadenceOffsets`), says for each set which is closest and where
 * (`tab03_offset_fit`, saved), and draws the distance curves
 * (`fig03_offset_fit`).
 *
 * @param study An opened study.
 * @param utc The UTC matrices by release (`utcWeekStep`).
 * @returns The reference, fits and local offsets.
 */
export async function offsetFitStep(
  study: Study,
  utc: Map<string, WeekdayHourMatrix>,
): Promise<StepResult<CadenceOffsets>> {
  const offsets = await cadenceOffsets(study, utc);
  const fitted = study.groups.flatMap((r) => {
    const f = offsets.fits.get(r.name);
    return f ? [{ name: r.name, f, isSet: r !== study.baseline }] : [];
  });
  const spec = facetChart(
    offsetFitChart({
      title: "Time-zone fit: distance to each reference by UTC offset",
      subtitle:
        "Lower is a better fit; the lowest point of the lowest curve gives the offset",
      synthetic: study.synthetic,
    }),
    { field: "panel", order: study.groups.map((r) => r.name) },
  );
  return stepResult(offsets, {
    text: fitted.filter((x) => x.isSet).map((x) =>
      offsetFitSentence(x.name, x.f)
    ),
    tables: [{
      name: "tab03_offset_fit",
      rows: fitted.flatMap((x) => offsetFitRows(x.name, x.f)),
      show: false,
    }],
    charts: [{
      name: "fig03_offset_fit",
      spec,
      rows: fitted.flatMap((x) => curveRows(x.name, study.baseline.name, x.f)),
    }],
  });
}
