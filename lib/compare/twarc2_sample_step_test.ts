import assert from "node:assert/strict";
import type { Study } from "../study/mod.ts";
import { twarc2SampleStep } from "./twarc2_sample_step.ts";

Deno.test("twarc2SampleStep() loads the shipped twarc2 sample and counts what its accounts allow", async () => {
  const step = await twarc2SampleStep({} as Study);
  assert.deepEqual(step.text, [
    "flat: 96 accounts; every account has at most 2 tweets in the capture.",
  ]);
  assert.deepEqual(
    step.tables[0].rows,
    [
      ["tweets", 100],
      ["users", 96],
    ].map(([table, n]) => ({
      release: "flat",
      file: "flat.jsonl",
      table,
      rows_in: n,
      rows_loaded: n,
      rows_rejected: 0,
      field_issues: 0,
      absent_columns: "",
    })),
  );
  assert.deepEqual(
    step.value.map((r) => [r.metric, r.accounts_with_value, r.accounts]),
    [
      ["n_tweets", 96, 96],
      ["tweets_per_active_day", 96, 96],
      ["median_gap_s", 0, 96],
      ["working_hours_share", 96, 96],
      ["official_client_share", 96, 96],
      ["creation_year", 96, 96],
    ],
  );
});
