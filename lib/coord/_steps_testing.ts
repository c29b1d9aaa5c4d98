/**
 * Private test helper: notebook 05's steps run once on the demo bundle
 * (default study parameters, outputs in a temporary folder), shared by the
 * step tests and the demo recovery test of this folder.
 *
 * @module
 */
import {
  openStudy,
  type StepResult,
  type Study,
  studyParams,
} from "../study/mod.ts";
import {
  type AccountTest,
  accountTestStep,
  coRetweetNetworkStep,
  type NullModels,
  nullModelsStep,
  type RetweetNetwork,
} from "./coordination_steps.ts";
import { communitiesStep, type CoordinatedGroups } from "./community_steps.ts";

/** The demo study and the results of its first steps. */
export interface DemoPipeline {
  study: Study;
  retweets: StepResult<RetweetNetwork>;
  nulls: StepResult<NullModels>;
  accounts: StepResult<AccountTest>;
  groups: StepResult<CoordinatedGroups>;
}

let pipeline: Promise<DemoPipeline> | undefined;

/**
 * Opens the demo study (outputs in a temporary folder, removed at exit)
 * and runs the network, null model, account test and communities steps,
 * once per test process.
 */
export function demoPipeline(): Promise<DemoPipeline> {
  pipeline ??= (async () => {
    const out = await Deno.makeTempDir({ prefix: "coord_steps_" });
    globalThis.addEventListener("unload", () => {
      try {
        Deno.removeSync(out, { recursive: true });
      } catch { /* already gone */ }
    });
    const study = await openStudy(studyParams({ env: { TAKEDOWN_OUT: out } }));
    const retweets = await coRetweetNetworkStep(study);
    const nulls = await nullModelsStep(study, retweets.value);
    const accounts = await accountTestStep(study, retweets.value, nulls.value);
    const groups = await communitiesStep(
      study,
      retweets.value,
      nulls.value,
      accounts.value,
    );
    return { study, retweets, nulls, accounts, groups };
  })();
  return pipeline;
}
