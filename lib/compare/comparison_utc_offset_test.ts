import assert from "node:assert/strict";
import { studyParams } from "../study/mod.ts";
import {
  comparisonUtcOffset,
  utcOffsetLabel,
} from "./comparison_utc_offset.ts";

Deno.test("comparisonUtcOffset() is --utc-offset when given, else --baseline-utc-offset (default -4)", () => {
  const offset = (env: Record<string, string>) =>
    comparisonUtcOffset(studyParams({ env }));
  assert.equal(offset({}), -4);
  assert.equal(offset({ TAKEDOWN_BASELINE_UTC_OFFSET: "-4.5" }), -4.5);
  assert.equal(
    offset({ TAKEDOWN_UTC_OFFSET: "3", TAKEDOWN_BASELINE_UTC_OFFSET: "-4.5" }),
    3,
  );
  assert.equal(offset({ TAKEDOWN_UTC_OFFSET: "0" }), 0);
});

Deno.test("utcOffsetLabel() signs the offset", () => {
  assert.deepEqual([-4, -4.5, 0, 5.75].map(utcOffsetLabel), [
    "-4",
    "-4.5",
    "+0",
    "+5.75",
  ]);
});
