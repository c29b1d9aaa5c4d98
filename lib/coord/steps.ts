/**
 * The steps of notebook 05 ("Who acts together, and how surely?"), in
 * reading order. They are not re-exported by `mod.ts`, so that the
 * `coordinate` command and `lib/trends` load no chart or study code.
 *
 * ```ts ignore
 * import { openStudy, present } from "../lib/study/mod.ts";
 * import { coRetweetNetworkStep } from "../lib/coord/steps.ts";
 * const study = await openStudy();
 * const retweets = await coRetweetNetworkStep(study);
 * await present(study, retweets);
 * ```
 *
 * @module
 */
export {
  type AccountTest,
  accountTestStep,
  coRetweetNetworkStep,
  MIN_PARTNERS,
  networkSweepStep,
  NULL_MODEL_NAMES,
  NULL_ROUNDS,
  nullModelChartStep,
  type NullModelRow,
  type NullModels,
  nullModelsStep,
  type RetweetNetwork,
  shortId,
  SWEEP,
  type SweepRow,
} from "./coordination_steps.ts";
export {
  communitiesStep,
  type CommunityRow,
  type CoordinatedGroups,
  edgeEvidenceStep,
  type NetworkFigure,
  networkFigureStep,
  networkFilesStep,
} from "./community_steps.ts";
export {
  demoRecoveryStep,
  type GroupRecoveryRow,
  groupRecoveryRows,
  type PlantedAccounts,
  plantedAccounts,
  type Recovery,
  RECOVERY_TARGET,
  type RecoveryCheck,
  recoveryChecks,
  type RecoveryRow,
  recoveryRow,
} from "./recovery_steps.ts";
export {
  COORTWEET_ROUNDS,
  COORTWEET_SAMPLE,
  COORTWEET_SETTINGS,
  type CoorTweetCommunityRow,
  type CoorTweetNetwork,
  coortweetNullStep,
  type CoorTweetRow,
  type CoorTweetSetting,
  coortweetSettingsStep,
} from "./coortweet_steps.ts";
