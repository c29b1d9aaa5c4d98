import { deepEqual, equal, throws } from "node:assert/strict";
import { compareFigure, parseQualifier } from "./compare_figure.ts";

Deno.test("compareFigure() matches exact figures only when equal", () => {
  deepEqual(compareFigure(569455, 569455, "exactly"), {
    difference: 0,
    relative_difference: 0,
    status: "match",
  });
  deepEqual(compareFigure(33, 32, "exactly"), {
    difference: -1,
    relative_difference: -0.030303,
    status: "differs",
  });
});

Deno.test("compareFigure() reads 'about' as within 5% inclusive", () => {
  equal(compareFigure(1200, 1260, "about").status, "match");
  equal(compareFigure(1200, 1140, "about").status, "match");
  equal(compareFigure(1200, 1261, "about").status, "differs");
  equal(compareFigure(1200, 1139, "about").status, "differs");
  // Exactly 5% is inside; one more is outside.
  equal(compareFigure(20, 21, "about").status, "match");
  equal(compareFigure(20, 22, "about").status, "differs");
  equal(compareFigure(60, 57, "about").status, "match");
  equal(compareFigure(1993, 2092, "about").status, "match");
  equal(compareFigure(1993, 2093, "about").status, "differs");
});

Deno.test("compareFigure() reads 'more than' as strictly greater", () => {
  equal(compareFigure(8000000, 8000001, "more than").status, "match");
  equal(compareFigure(8000000, 8000000, "more than").status, "differs");
  deepEqual(compareFigure(8000000, 2403772, "more than"), {
    difference: -5596228,
    relative_difference: -0.699529,
    status: "differs",
  });
});

Deno.test("compareFigure() marks a missing value not reproducible and a zero published value has no relative difference", () => {
  deepEqual(compareFigure(1418225, null, "exactly"), {
    difference: null,
    relative_difference: null,
    status: "not_reproducible",
  });
  deepEqual(compareFigure(0, 0, "exactly"), {
    difference: 0,
    relative_difference: null,
    status: "match",
  });
});

Deno.test("parseQualifier() accepts the catalog's qualifiers and rejects others", () => {
  equal(parseQualifier(undefined, "x"), "exactly");
  equal(parseQualifier("", "x"), "exactly");
  equal(parseQualifier("about", "x"), "about");
  equal(parseQualifier(" More Than ", "x"), "more than");
  throws(
    () => parseQualifier("roughly", "r tweets (s)"),
    /Read the qualifier of r tweets \(s\): unknown qualifier: "roughly"/,
  );
});
