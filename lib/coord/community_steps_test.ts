import { deepEqual, equal, match, ok } from "node:assert/strict";
import pl from "nodejs-polars";
import { demoBundlePresent } from "../study/mod.ts";
import { demoPipeline } from "./_steps_testing.ts";
import {
  edgeEvidenceStep,
  networkFigureStep,
  networkFilesStep,
} from "./community_steps.ts";

const present = demoBundlePresent("lib/coord/community_steps_test.ts");

Deno.test({
  name:
    "communitiesStep() finds the 75 planted accounts in three communities, one per group",
  ignore: !present,
  fn: async () => {
    const { groups } = await demoPipeline();
    const g = groups.value;
    deepEqual([g.surviving.height, g.coordinated.length], [1009, 75]);
    deepEqual([g.kept.height, g.communities.count], [997, 3]);
    const table = groups.tables[0];
    equal(table.name, "tab05_communities");
    deepEqual(
      (table.rows as Record<string, unknown>[]).map((r) => [
        r.size,
        r.members_by_release,
        r.internal_edges,
        r.burst_share,
        r.top_client,
        r.busiest_week_share,
      ]),
      [
        [35, "demo_statebacked 35", 595, 1, "Patria Publisher (35)", 0.037],
        [24, "demo_statebacked 24", 276, 1, "Patria Publisher (24)", 0.048],
        [16, "demo_statebacked 16", 120, 0.625, "Patria Publisher (16)", 0.059],
      ],
    );
    match(
      groups.text[0],
      /^1,009 surviving edges among 90 accounts; 75 accounts/,
    );
    match(
      groups.text[1],
      /^Busiest week of co-retweeting: \d{4}-\d\d-\d\d to /,
    );
  },
});

Deno.test({
  name: "networkFigureStep() draws the network figure as an SVG to save",
  ignore: !present,
  fn: async () => {
    const { study, retweets, groups } = await demoPipeline();
    const res = networkFigureStep(study, retweets.value, groups.value);
    ok(res.value.svg.startsWith("<svg"));
    ok(res.value.svg.includes("75 accounts, 997 edges"));
    equal(res.figures[0].name, "fig05_network");
    equal(res.figures[0].svg, res.value.svg);
    equal((res.figures[0].rows as unknown[]).length, 75);
  },
});

Deno.test({
  name: "networkFilesStep() writes every edge and the surviving ones",
  ignore: !present,
  fn: async () => {
    const { study, retweets, nulls, groups } = await demoPipeline();
    const res = await networkFilesStep(
      study,
      retweets.value,
      nulls.value,
      groups.value,
    );
    equal(res.value.height, 3663);
    equal(res.value.filter(pl.col("significant")).height, 1009);
    equal(res.tables[0].name, "tab05_edges");
    const kept = pl.readCSV(
      `${study.dirs.networks}/net05_retweet_w60_k2_significant_edges.csv`,
    );
    equal(kept.height, 1009);
    match(res.text[0], /^Saved networks\/net05_retweet_w60_k2\.gexf, /);
  },
});

Deno.test({
  name: "edgeEvidenceStep() lists the 838 retweets behind the heaviest edge",
  ignore: !present,
  fn: async () => {
    const { study, retweets, groups } = await demoPipeline();
    const res = await edgeEvidenceStep(study, retweets.value, groups.value);
    equal(res.value?.height, 838);
    equal(res.tables[0].name, "tab05_edge_evidence");
    equal((res.tables[0].display as pl.DataFrame).height, 12);
    match(
      res.text[0],
      /: weight 419 \(expected by chance .*838 retweets behind it\.$/,
    );
  },
});
