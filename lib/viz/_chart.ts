/**
 * Options and title handling shared by the chart builders.
 *
 * @module
 */
import { syntheticLabel } from "./synthetic_label.ts";

/** Options every chart builder takes. */
export interface ChartOptions {
  /** Chart title (the synthetic-data suffix is added when `synthetic`). */
  title: string;
  /** True when the data are the synthetic demo release. */
  synthetic: boolean;
  /** Optional second title line, e.g. the release name and date range. */
  subtitle?: string;
  /** Plot width in px (data area); default from the theme. */
  width?: number;
  /** Plot height in px (data area); default from the theme. */
  height?: number;
}

/** Title, subtitle and size keys of a spec built from {@link ChartOptions}. */
export function chartFrame(o: ChartOptions): {
  title: { text: string; subtitle?: string };
  width?: number;
  height?: number;
} {
  const title: { text: string; subtitle?: string } = {
    text: syntheticLabel(o.title, o.synthetic),
  };
  if (o.subtitle !== undefined) title.subtitle = o.subtitle;
  return {
    title,
    ...(o.width === undefined ? {} : { width: o.width }),
    ...(o.height === undefined ? {} : { height: o.height }),
  };
}
