import pl from "nodejs-polars";
import { deepEqual, throws } from "node:assert/strict";
import { coordinatedAccounts } from "./coordinated_accounts.ts";

const frame = (pairs: [string, string][]) =>
  pl.DataFrame({ u: pairs.map((p) => p[0]), v: pairs.map((p) => p[1]) });

Deno.test("coordinatedAccounts() peels a chain down to nothing and keeps a cycle", () => {
  deepEqual(
    coordinatedAccounts(frame([["a", "b"], ["b", "c"], ["c", "d"]])),
    [],
  );
  deepEqual(
    coordinatedAccounts(
      frame([["a", "b"], ["b", "c"], ["c", "d"], ["d", "a"]]),
    ),
    ["a", "b", "c", "d"],
  );
});

Deno.test("coordinatedAccounts() removes in cascade: a tail hanging off a clique goes, the clique stays", () => {
  // K4 on a–d; e–f–g a path attached to d.
  const k4: [string, string][] = [
    ["a", "b"],
    ["a", "c"],
    ["a", "d"],
    ["b", "c"],
    ["b", "d"],
    ["c", "d"],
  ];
  const edges = frame([...k4, ["d", "e"], ["e", "f"], ["f", "g"]]);
  deepEqual(coordinatedAccounts(edges, 3), ["a", "b", "c", "d"]);
  deepEqual(coordinatedAccounts(edges, 4), []);
  deepEqual(coordinatedAccounts(edges, 1), ["a", "b", "c", "d", "e", "f", "g"]);
});

Deno.test("coordinatedAccounts() counts a repeated pair once and ignores self-pairs", () => {
  deepEqual(
    coordinatedAccounts(frame([["a", "b"], ["b", "a"], ["a", "a"]])),
    [],
  );
  deepEqual(coordinatedAccounts(frame([])), []);
  throws(() => coordinatedAccounts(frame([]), 0), RangeError);
});
