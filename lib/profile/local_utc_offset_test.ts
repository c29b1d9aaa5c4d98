import { deepEqual, equal, throws } from "node:assert/strict";
import {
  DEFAULT_BASELINE_UTC_OFFSET,
  localOffsetLabel,
  localUtcOffset,
} from "./local_utc_offset.ts";

const office = { closest: "office", utc_offset: -4 } as const;
const flat = { closest: "flat", utc_offset: null } as const;

Deno.test("DEFAULT_BASELINE_UTC_OFFSET is the study parameters' default, -4", () => {
  equal(DEFAULT_BASELINE_UTC_OFFSET, -4);
});

Deno.test("localUtcOffset(): baseline, then given, then the closest day, then the baseline's for flat", () => {
  deepEqual(
    localUtcOffset(office, { baselineUtcOffset: 3, isBaseline: true }),
    { utc_offset: 3, source: "baseline", template: "office" },
  );
  deepEqual(
    localUtcOffset(office, { baselineUtcOffset: 3, given: 5.5 }),
    { utc_offset: 5.5, source: "given", template: "office" },
  );
  deepEqual(
    localUtcOffset(office, { baselineUtcOffset: 3, given: null }),
    { utc_offset: -4, source: "inferred", template: "office" },
  );
  deepEqual(
    localUtcOffset(flat, { baselineUtcOffset: 3 }),
    { utc_offset: 3, source: "no_rhythm", template: "flat" },
  );
  deepEqual(
    localUtcOffset(null, { baselineUtcOffset: null, given: -3 }),
    { utc_offset: -3, source: "given", template: null },
  );
  throws(
    () => localUtcOffset(office, { baselineUtcOffset: null, isBaseline: true }),
    /baseline's local offset: none is known\. Give --baseline-utc-offset/,
  );
});

Deno.test("localOffsetLabel() names each source as notebook 03 prints it", () => {
  const label = (source: Parameters<typeof localOffsetLabel>[0]["source"]) =>
    localOffsetLabel({ utc_offset: 0, source, template: "human" });
  deepEqual(
    (["baseline", "given", "inferred", "no_rhythm", "utc_default"] as const)
      .map(label),
    [
      "baseline's known offset",
      "given (--utc-offset)",
      "human-day fit",
      "no daily rhythm: baseline's offset",
      "no reference: UTC",
    ],
  );
});
