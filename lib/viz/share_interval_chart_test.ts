import { deepEqual, equal } from "node:assert/strict";
import { assertSvgSnapshot } from "./_snapshot.ts";
import { specWithData } from "./_spec.ts";
import { renderSvg } from "./render_svg.ts";
import { shareIntervalChart } from "./share_interval_chart.ts";

const rows = [
  { hashtag: "demoa", share: 0.76, ci_lower: 0.7, ci_upper: 0.81, truth: 0.76 },
  { hashtag: "demob", share: 0.3, ci_lower: 0.2, ci_upper: 0.42, truth: 0.25 },
];

type Layer = { encoding: { x: { field: string; scale: unknown } } };

Deno.test("shareIntervalChart() layers the interval, the estimate and the truth", async () => {
  const spec = shareIntervalChart({
    title: "Inorganic share",
    synthetic: true,
    subtitle: "Fixed test data",
    label: "hashtag",
    truth: true,
  });
  const layers = (spec as unknown as { layer: Layer[] }).layer;
  deepEqual(layers.map((l) => l.encoding.x.field), [
    "ci_lower",
    "share",
    "truth",
  ]);
  deepEqual(layers[2].encoding.x.scale, { domain: [0, 1] });
  const svg = await renderSvg(specWithData(spec, rows).spec);
  await assertSvgSnapshot("share_interval", svg);
});

Deno.test("shareIntervalChart() without truth has two layers", () => {
  const spec = shareIntervalChart({ title: "t", synthetic: false });
  const layers = (spec as unknown as { layer: Layer[] }).layer;
  equal(layers.length, 2);
  equal(
    (spec as unknown as { width: number }).width,
    520,
  );
});
