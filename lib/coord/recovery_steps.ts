/**
 * Notebook 05's demo-truth check: does each step find the retweet groups
 * the demo generator planted, and leave its enthusiastic supporters alone?
 * Runs only when the study has a truth (the demo bundle).
 *
 * @module
 */
import pl from "nodejs-polars";
import type { DemoTruth } from "../demo/mod.ts";
import {
  type StepResult,
  stepResult,
  type Study,
  verdict,
} from "../study/mod.ts";
import { coordinatedAccounts } from "./coordinated_accounts.ts";
import { coordinationNetwork } from "./coordination_network.ts";
import type { Communities } from "./detect_communities.ts";
import {
  MIN_PARTNERS,
  type NullModels,
  type RetweetNetwork,
} from "./coordination_steps.ts";
import type { CoordinatedGroups } from "./community_steps.ts";
import type { CheckRow } from "../study/mod.ts";

/** The project's target for precision and recall on the demo. */
export const RECOVERY_TARGET = 0.95;

/** One row of `tab05_recovery`: what one method flags. */
export interface RecoveryRow {
  method: string;
  flagged: number;
  planted_flagged: number;
  precision: number | null;
  recall: number;
  partisans_flagged: number;
  other_flagged: number;
}

/** One row of `tab05_recovery_groups`: a planted group's best community. */
export interface GroupRecoveryRow {
  group: number;
  members: number;
  community: number | null;
  community_size: number;
  in_community: number;
  group_recall: number;
  community_precision: number | null;
}

/** One demo check: what was expected, what was observed, and the verdict. */
export type RecoveryCheck = CheckRow;

/** The recovery tables and the checks. */
export interface Recovery {
  methods: RecoveryRow[];
  groups: GroupRecoveryRow[];
  checks: RecoveryCheck[];
}

/** The planted accounts and the partisans of a demo truth. */
export interface PlantedAccounts {
  /** userid → its planted group. */
  planted: Map<string, number>;
  /** The enthusiastic organic supporters. */
  partisans: Set<string>;
}

/**
 * Does the notebook find what was planted in the demo? Precision, recall
 * and partisans flagged for each step (the network alone at K = 2, 3, 5;
 * each null model; the 2-core; the account test) in `tab05_recovery`, each
 * planted group's best community in `tab05_recovery_groups`, and the
 * checks against the target (precision and recall ≥ 0.95, no partisan
 * flagged, each group in its own community) as check / expected /
 * observed / verdict. Without a truth (not the demo), one sentence.
 *
 * @param study An opened study.
 * @param retweets The co-retweet network step's value.
 * @param nulls The null models step's value.
 * @param groups The communities step's value.
 * @returns The tables' rows and the checks (null without a truth).
 */
export async function demoRecoveryStep(
  study: Study,
  retweets: RetweetNetwork,
  nulls: NullModels,
  groups: CoordinatedGroups,
): Promise<StepResult<Recovery | null>> {
  if (!study.truth) {
    return stepResult(null, {
      text: ["Not the demo bundle: no planted truth to check."],
    });
  }
  const truth = plantedAccounts(study.truth);
  const methods = await recoveryRows(study, retweets, nulls, groups, truth);
  const groupRows = groupRecoveryRows(study.truth, groups.communities);
  const checks = recoveryChecks(
    methods[methods.length - 1],
    groupRows,
    truth.partisans.size,
  );
  return stepResult({ methods, groups: groupRows, checks }, {
    text: checks.map((c) => `${c.check}: ${c.observed} → ${c.verdict}.`),
    tables: [
      { name: "tab05_recovery", rows: methods },
      { name: "tab05_recovery_groups", rows: groupRows },
      { rows: checks },
    ],
  });
}

/** The planted group members and the partisans of a demo truth. */
export function plantedAccounts(truth: DemoTruth): PlantedAccounts {
  const planted = new Map<string, number>();
  for (const g of truth.statebacked.coordinatedGroups) {
    for (const u of g.userids) planted.set(u, g.group);
  }
  return { planted, partisans: new Set(truth.organic.enthusiasts.userids) };
}

/**
 * What a method flags: the accounts of the `minPartners`-core of its
 * edges, against the planted groups and the partisans.
 *
 * @example
 * ```ts
 * import pl from "nodejs-polars";
 * import { recoveryRow } from "./recovery_steps.ts";
 * import { deepEqual } from "node:assert/strict";
 * const truth = { planted: new Map([["a", 1], ["b", 1]]), partisans: new Set(["c"]) };
 * const edges = pl.DataFrame({ u: ["a", "a"], v: ["b", "c"] });
 * deepEqual(recoveryRow("m", edges, truth), {
 *   method: "m", flagged: 3, planted_flagged: 2, precision: 0.6667, recall: 1,
 *   partisans_flagged: 1, other_flagged: 0,
 * });
 * ```
 */
export function recoveryRow(
  method: string,
  edges: pl.DataFrame,
  truth: PlantedAccounts,
  minPartners = 1,
): RecoveryRow {
  const flagged = coordinatedAccounts(edges, minPartners);
  const hits = flagged.filter((u) => truth.planted.has(u)).length;
  const fans = flagged.filter((u) => truth.partisans.has(u)).length;
  return {
    method,
    flagged: flagged.length,
    planted_flagged: hits,
    precision: flagged.length
      ? Number((hits / flagged.length).toFixed(4))
      : null,
    recall: Number((hits / truth.planted.size).toFixed(4)),
    partisans_flagged: fans,
    other_flagged: flagged.length - hits - fans,
  };
}

/** The rows of `tab05_recovery`, one per step of the method. */
async function recoveryRows(
  study: Study,
  retweets: RetweetNetwork,
  nulls: NullModels,
  groups: CoordinatedGroups,
  truth: PlantedAccounts,
): Promise<RecoveryRow[]> {
  const { window_s, min_repeat, alpha } = study.params;
  const rows: RecoveryRow[] = [];
  for (const k of [2, 3, 5]) {
    const n = await coordinationNetwork(retweets.actions, {
      window: window_s,
      minRepeat: k,
    });
    rows.push(
      recoveryRow(`network alone, Δ = ${window_s} s, K = ${k}`, n.edges, truth),
    );
  }
  const k = min_repeat;
  return [
    ...rows,
    recoveryRow(
      `K = ${k} + null, shuffled retweet times`,
      nulls.shuffled.edges.filter(pl.col("significant")),
      truth,
    ),
    recoveryRow(
      `K = ${k} + null, reaction times, one account at a time`,
      groups.surviving,
      truth,
    ),
    recoveryRow(
      `… and ≥ ${MIN_PARTNERS} partners beyond chance (2-core)`,
      groups.surviving,
      truth,
      MIN_PARTNERS,
    ),
    recoveryRow(
      `… among accounts passing the account test (Holm ≤ ${alpha})`,
      groups.kept,
      truth,
      MIN_PARTNERS,
    ),
  ];
}

/**
 * Each planted group matched to the community holding most of its members
 * (ties to the lower community number).
 */
export function groupRecoveryRows(
  truth: DemoTruth,
  communities: Communities,
): GroupRecoveryRow[] {
  const records = communities.assignment.toRecords() as {
    userid: string;
    community: number;
  }[];
  const assignment = new Map(records.map((r) => [r.userid, r.community]));
  const sizes = new Map<number, number>();
  for (const r of records) {
    sizes.set(r.community, (sizes.get(r.community) ?? 0) + 1);
  }
  return truth.statebacked.coordinatedGroups.map((g) => {
    const counts = new Map<number, number>();
    for (const u of g.userids) {
      const c = assignment.get(u);
      if (c !== undefined) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const [best, overlap] = [...counts.entries()].sort((a, b) =>
      b[1] - a[1] || a[0] - b[0]
    )[0] ?? [null, 0];
    const size = best === null ? 0 : sizes.get(best) ?? 0;
    return {
      group: g.group,
      members: g.userids.length,
      community: best,
      community_size: size,
      in_community: overlap,
      group_recall: Number((overlap / g.userids.length).toFixed(4)),
      community_precision: size ? Number((overlap / size).toFixed(4)) : null,
    };
  });
}

/**
 * The demo's acceptance checks on the final method (the last row) and the
 * group table.
 *
 * @example
 * ```ts
 * import { recoveryChecks } from "./recovery_steps.ts";
 * import { deepEqual } from "node:assert/strict";
 * const best = { method: "m", flagged: 75, planted_flagged: 75, precision: 1,
 *   recall: 1, partisans_flagged: 0, other_flagged: 0 };
 * const group = { group: 1, members: 5, community: 0, community_size: 5,
 *   in_community: 5, group_recall: 1, community_precision: 1 };
 * deepEqual(recoveryChecks(best, [group], 60).map((c) => c.verdict),
 *   ["MET", "MET", "MET", "MET"]);
 * ```
 */
export function recoveryChecks(
  best: RecoveryRow,
  groups: GroupRecoveryRow[],
  partisans: number,
): RecoveryCheck[] {
  const distinct = new Set(groups.map((r) => r.community)).size ===
    groups.length;
  const whole = groups.filter((r) => r.group_recall === 1).length;
  return [
    {
      check: "Recall (final row)",
      expected: `≥ ${RECOVERY_TARGET}`,
      observed: String(best.recall),
      verdict: verdict(best.recall >= RECOVERY_TARGET),
    },
    {
      check: "Precision (final row)",
      expected: `≥ ${RECOVERY_TARGET}`,
      observed: String(best.precision),
      verdict: verdict((best.precision ?? 0) >= RECOVERY_TARGET),
    },
    {
      check: "Enthusiastic partisans flagged (final row)",
      expected: "0",
      observed: `${best.partisans_flagged} of ${partisans}`,
      verdict: verdict(best.partisans_flagged === 0),
    },
    {
      check: "Planted groups each inside one community, in different ones",
      expected: `${groups.length} whole, ${groups.length} communities`,
      observed: `${whole} whole, ${
        new Set(groups.map((r) => r.community)).size
      } communities`,
      verdict: verdict(whole === groups.length && distinct),
    },
  ];
}
