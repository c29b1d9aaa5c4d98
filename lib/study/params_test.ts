import { deepEqual, equal, throws } from "node:assert/strict";
import { join } from "node:path";
import { PROJECT_ROOT } from "../io/mod.ts";
import {
  manifestParams,
  parameterRows,
  paramsEnv,
  STUDY_PARAMETERS,
  studyParams,
} from "./params.ts";

Deno.test("studyParams() reads every variable", () => {
  deepEqual(
    studyParams({
      env: {
        TAKEDOWN_RELEASE: "venezuela_201906_1",
        TAKEDOWN_BASELINE: "../organic",
        TAKEDOWN_OUT: "outputs/x",
        TAKEDOWN_SEED: "0",
        TAKEDOWN_UTC_OFFSET: "-4.5",
        TAKEDOWN_BASELINE_UTC_OFFSET: "7",
        TAKEDOWN_ACTOR: "@SomeMinistry",
        TAKEDOWN_WINDOW: "30",
        TAKEDOWN_MIN_REPEAT: "3",
        TAKEDOWN_ALPHA: "0.01",
        TAKEDOWN_MIN_TWEETS: "20",
      },
    }),
    {
      release: "venezuela_201906_1",
      baseline: "../organic",
      out: join(PROJECT_ROOT, "outputs/x"),
      seed: 0,
      utc_offset: -4.5,
      baseline_utc_offset: 7,
      actor: "SomeMinistry",
      window_s: 30,
      min_repeat: 3,
      alpha: 0.01,
      min_tweets: 20,
    },
  );
});

Deno.test("studyParams() treats empty variables as unset", () => {
  const p = studyParams({
    env: { TAKEDOWN_RELEASE: "", TAKEDOWN_SEED: "", TAKEDOWN_ACTOR: "" },
  });
  equal(p.release, "demo");
  equal(p.seed, 20190101);
  equal(p.actor, null);
  equal(p.window_s, 60);
  equal(p.min_repeat, 2);
});

Deno.test("studyParams() takes a flag over its variable", () => {
  const p = studyParams({
    env: { TAKEDOWN_WINDOW: "30" },
    flags: { window: "120", "min-repeat": undefined },
  });
  equal(p.window_s, 120);
  equal(p.min_repeat, 2);
});

Deno.test("studyParams() rejects invalid values, naming flag, variable and value", () => {
  const cases: [Record<string, string>, string][] = [
    [{ TAKEDOWN_SEED: "-1" }, "--seed or TAKEDOWN_SEED"],
    [{ TAKEDOWN_SEED: "1.5" }, "got: 1.5."],
    [{ TAKEDOWN_SEED: "99999999999999999999" }, "whole number"],
    [{ TAKEDOWN_UTC_OFFSET: "-4.3" }, "quarter hours"],
    [{ TAKEDOWN_UTC_OFFSET: "15" }, "between -12 and 14"],
    [{ TAKEDOWN_MIN_REPEAT: "0" }, "≥ 1"],
    [{ TAKEDOWN_ALPHA: "1" }, "between 0 and 1"],
    [{ TAKEDOWN_WINDOW: "60s" }, "--window or TAKEDOWN_WINDOW"],
  ];
  for (const [env, message] of cases) {
    throws(
      () => studyParams({ env }),
      (e: Error) => e instanceof RangeError && e.message.includes(message),
      JSON.stringify(env),
    );
  }
});

Deno.test("paramsEnv() round-trips through studyParams()", () => {
  const p = studyParams({
    env: { TAKEDOWN_UTC_OFFSET: "5.75", TAKEDOWN_ACTOR: "x" },
  });
  deepEqual(studyParams({ env: paramsEnv(p) }), p);
});

Deno.test("every parameter has a distinct flag and variable and appears in the manifest and the table", () => {
  const flags = new Set(STUDY_PARAMETERS.map((s) => s.flag));
  const vars = new Set(STUDY_PARAMETERS.map((s) => s.env));
  equal(flags.size, STUDY_PARAMETERS.length);
  equal(vars.size, STUDY_PARAMETERS.length);
  const p = studyParams({ env: {} });
  deepEqual(
    Object.keys(manifestParams(p)).sort(),
    STUDY_PARAMETERS.map((s) => s.name).filter((n) => n !== "out").sort(),
  );
  deepEqual(
    parameterRows(p).map((r) => r.parameter),
    Object.keys(manifestParams(p)),
  );
});
