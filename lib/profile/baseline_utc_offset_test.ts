import { equal, throws } from "node:assert/strict";
import { baselineUtcOffset } from "./baseline_utc_offset.ts";

Deno.test("baselineUtcOffset() knows the demo baseline and reads the variable first", () => {
  equal(baselineUtcOffset("demo_organic", {}), -4);
  equal(
    baselineUtcOffset("demo_organic", { TAKEDOWN_BASELINE_UTC_OFFSET: "" }),
    -4,
  );
  equal(
    baselineUtcOffset("demo_organic", { TAKEDOWN_BASELINE_UTC_OFFSET: "3" }),
    3,
  );
  equal(
    baselineUtcOffset("x", { TAKEDOWN_BASELINE_UTC_OFFSET: " -3.5 " }),
    -3.5,
  );
  equal(baselineUtcOffset("x", { TAKEDOWN_BASELINE_UTC_OFFSET: "+14" }), 14);
});

Deno.test("baselineUtcOffset() rejects unknown baselines and bad offsets", () => {
  throws(
    () => baselineUtcOffset("my_sample", {}),
    /none is known for baseline: my_sample\. Set TAKEDOWN_BASELINE_UTC_OFFSET/,
  );
  throws(
    () => baselineUtcOffset("x", { TAKEDOWN_BASELINE_UTC_OFFSET: "UTC-4" }),
    /not a number of hours: UTC-4/,
  );
  throws(
    () => baselineUtcOffset("x", { TAKEDOWN_BASELINE_UTC_OFFSET: "5.25" }),
    /not a whole or half hour in -12..14: 5.25/,
  );
  throws(
    () => baselineUtcOffset("x", { TAKEDOWN_BASELINE_UTC_OFFSET: "-13" }),
    /-13/,
  );
});
