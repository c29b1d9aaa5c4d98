/**
 * Small studies for the tests of notebook 02's steps: releases built from
 * in-memory frames, and the demo study when the bundle is present.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { Release } from "../io/mod.ts";
import { openStudy, type Study, studyParams } from "../study/mod.ts";
import { tweetsFrame } from "./_frames.ts";

/**
 * A release from frames (no ledger: the creation steps never read it).
 *
 * @param name The release's name.
 * @param users Its users frame (e.g. from `usersFrame`).
 * @param tweets Its tweets frame (default: none).
 */
export function creationRelease(
  name: string,
  users: pl.LazyDataFrame,
  tweets: pl.LazyDataFrame = tweetsFrame({ userid: [] }),
): Release {
  return {
    name,
    users,
    tweets,
    ledger: { files: [] } as unknown as Release["ledger"],
    synthetic: false,
  };
}

/**
 * A study of `sets` against `baseline` with the default parameters, writing
 * nowhere (no step here saves: `present` does).
 *
 * @param sets The studied sets.
 * @param baseline The baseline.
 * @param truth The demo's truth (default none).
 */
export function creationStudy(
  sets: Release[],
  baseline: Release,
  truth: Study["truth"] = null,
): Study {
  const params = studyParams({ env: {} });
  return {
    params,
    dirs: { out: "", tables: "", figures: "", networks: "" },
    target: { name: "test", releases: [] },
    releases: [...sets, baseline],
    sets,
    baseline,
    groups: [...sets, baseline],
    synthetic: false,
    truth,
    actor: null,
    warnings: [],
  };
}

/**
 * The demo study (`--release demo`), its outputs in a temporary folder the
 * caller removes.
 */
export async function demoStudy(): Promise<{ study: Study; out: string }> {
  const out = await Deno.makeTempDir({ prefix: "takedown-02-" });
  const study = await openStudy(
    studyParams({ env: { TAKEDOWN_OUT: out } }),
  );
  return { study, out };
}
