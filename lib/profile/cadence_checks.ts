/**
 * Does notebook 03 find what the demo generator planted? Each planted
 * posting pattern of `data/demo/releases/TRUTH.json` against what the
 * cadence steps found.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { DemoTruth } from "../demo/mod.ts";
import {
  DEMO_RELEASES,
  type StepResult,
  stepResult,
  type Study,
  verdict,
} from "../study/mod.ts";
import { utcLabel } from "./cadence_format.ts";
import type { CadenceBehaviour } from "./cadence_behaviour_steps.ts";
import type { CadenceIntervals } from "./cadence_gap_steps.ts";
import type { CadenceOffsets } from "./cadence_offset_steps.ts";
import type { ClientMix } from "./client_mix.ts";
import { minuteTweets } from "./minute_tweets.ts";
import { weeklyRhythm } from "./weekly_rhythm.ts";
import type { CheckRow } from "../study/mod.ts";

/** What the cadence steps found, as the checks read it. */
export interface CadenceFindings {
  /** `offsetFitStep`'s value. */
  offsets: CadenceOffsets;
  /** `accountOffsetsStep`'s value. */
  accountFits: Map<string, pl.DataFrame>;
  /** `intervalsStep`'s value. */
  intervals: CadenceIntervals;
  /** `clientMixStep`'s value. */
  clients: Map<string, ClientMix>;
  /** `behaviourStep`'s value. */
  behaviour: CadenceBehaviour;
}

const [SB, UN] = DEMO_RELEASES;

/** The state-backed set's office hours, at the set and account level. */
async function officeChecks(
  study: Study,
  truth: DemoTruth,
  found: CadenceFindings,
): Promise<{ rows: CheckRow[]; text: string[] }> {
  const planted = truth.statebacked.officeHours;
  const at = utcLabel(planted.utcOffsetHours);
  const f = found.offsets.fits.get(SB)!;
  const sb = study.sets.find((r) => r.name === SB)!;
  const w = await weeklyRhythm(minuteTweets(sb.tweets), planted.utcOffsetHours);
  const inOffice = Math.round(w.working_hours_share! * w.n_tweets);
  const acc = found.accountFits.get(SB)!;
  const officeAccounts = acc.filter(
    pl.col("closest").eq(pl.lit("office")).and(
      pl.col("utc_offset").eq(planted.utcOffsetHours),
    ),
  ).height;
  return {
    rows: [{
      check: `${SB}: office hours, closest day and offset`,
      expected: `office day at ${at}`,
      observed: `${f.closest} day at ${utcLabel(f.utc_offset)} (JSD ${
        f.office.distance.toFixed(3)
      })`,
      verdict: verdict(
        f.closest === "office" && f.utc_offset === planted.utcOffsetHours,
      ),
    }, {
      check: `${SB}: working-hours share at ${at}`,
      expected:
        `${planted.shareOfAllTweets} (${planted.tweetsInOfficeHours} tweets)`,
      observed: `${
        w.working_hours_share!.toFixed(6)
      } (${inOffice} of ${w.n_tweets} tweets)`,
      verdict: verdict(inOffice === planted.tweetsInOfficeHours),
    }],
    text: [
      `Per account: ${officeAccounts} of ${acc.height} fitted accounts of ${SB} are closest to an office day at ${at}.`,
      `(Against the human day alone ${SB} fits best at ${
        utcLabel(f.human.utc_offset)
      }: an office schedule is not a leisure schedule, which is why the office template is needed.)`,
    ],
  };
}

/** The state-backed set's automation client and fixed-interval posters. */
function automationChecks(
  truth: DemoTruth,
  found: CadenceFindings,
): CheckRow[] {
  const auto = truth.statebacked.automationClients[0];
  const mix = found.clients.get(SB)!;
  const hit = mix.by_client.find((c) => c.client_name === auto.name);
  const planted = new Set(truth.statebacked.regularPosters.userids);
  const flagged = found.intervals.regular;
  const hits = flagged.filter((x) => x.release === SB && planted.has(x.userid));
  const others = flagged.filter((x) => !planted.has(x.userid)).length;
  return [{
    check: `${SB}: automation client "${auto.name}"`,
    expected: `${auto.tweets} tweets (${auto.share}), automation`,
    observed: `${hit?.count} tweets (${
      ((hit?.count ?? NaN) / mix.n_tweets).toFixed(6)
    }), ${hit?.category}; top client: ${
      mix.by_client[0]?.client_name === auto.name ? "yes" : "no"
    }`,
    verdict: verdict(
      hit?.count === auto.tweets && hit?.category === "automation",
    ),
  }, {
    check:
      `${SB}: fixed-interval posters (${truth.statebacked.regularPosters.intervalMinutes} min)`,
    expected: `${planted.size} planted accounts flagged, no other in any set`,
    observed:
      `${hits.length} of ${planted.size} flagged; ${others} others flagged`,
    verdict: verdict(hits.length === planted.size && others === 0),
  }];
}

/** Planted vs found counts of named things, and whether all match. */
function namedCounts(
  planted: { name: string; tweets: number }[],
  found: (name: string) => number | undefined,
): { expected: string; observed: string; met: boolean } {
  return {
    expected: planted.map((c) => `${c.name} ${c.tweets}`).join("; "),
    observed: planted.map((c) => `${c.name} ${found(c.name)}`).join("; "),
    met: planted.every((c) => found(c.name) === c.tweets),
  };
}

/** The unattributed set's round-the-clock posting, clients and domains. */
function unattributedChecks(
  truth: DemoTruth,
  found: CadenceFindings,
): CheckRow[] {
  const fit = found.offsets.fits.get(UN)!;
  const clients = found.clients.get(UN)!.by_client;
  const domains = found.behaviour.domains.filter((d) => d.release === UN);
  const c = namedCounts(
    truth.unattributed.clients,
    (n) => clients.find((x) => x.client_name === n)?.count,
  );
  const d = namedCounts(
    truth.unattributed.domains,
    (n) => domains.find((x) => x.domain === n)?.urls,
  );
  return [
    {
      check: `${UN}: round-the-clock posting`,
      expected: "closest profile flat",
      observed: `closest profile ${fit.closest} (flat JSD ${
        fit.flat_distance.toFixed(4)
      })`,
      verdict: verdict(fit.closest === "flat"),
    },
    { check: `${UN}: clients (tweets)`, ...c, verdict: verdict(c.met) },
    { check: `${UN}: link domains (URLs)`, ...d, verdict: verdict(d.met) },
  ].map(({ check, expected, observed, verdict }) => ({
    check,
    expected,
    observed,
    verdict,
  }));
}

/**
 * Does the notebook find what was planted in the demo? Office hours at
 * UTC−4 (closest template and offset; working-hours share against the
 * planted count), the automation client, the fixed-interval posters, the
 * unattributed set's round-the-clock posting, clients and link domains: one
 * row each (check / expected / observed / verdict). Runs only on the demo
 * (`study.truth`); elsewhere a sentence says so.
 *
 * @param study An opened study.
 * @param found What the cadence steps found.
 * @returns The check rows (empty off the demo).
 */
export async function cadenceDemoChecks(
  study: Study,
  found: CadenceFindings,
): Promise<StepResult<CheckRow[]>> {
  const truth = study.truth;
  if (!truth) {
    return stepResult([], {
      text: ["Not the demo bundle: no planted truth to check."],
    });
  }
  const office = await officeChecks(study, truth, found);
  const rows = [
    ...office.rows,
    ...automationChecks(truth, found),
    ...unattributedChecks(truth, found),
  ];
  const met = rows.filter((r) => r.verdict === "MET").length;
  return stepResult(rows, {
    text: [
      `${met} of ${rows.length} planted patterns recovered.`,
      ...office.text,
    ],
    tables: [{ rows }],
  });
}
