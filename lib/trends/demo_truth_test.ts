/**
 * On the synthetic demo bundle, the default flags must bracket every
 * campaign hashtag's true inorganic share (TRUTH.json) with the reported
 * cluster-bootstrap interval. Skipped when the bundle is not generated.
 */
import { equal, ok } from "node:assert/strict";
import { join } from "node:path";
import { loadRelease } from "../io/mod.ts";
import { DEMO_DIR, DEMO_RELEASES, demoBundlePresent } from "../study/mod.ts";
import { loadClientTaxonomy } from "../profile/mod.ts";
import type { DemoTruth } from "../demo/mod.ts";
import {
  accountFlags,
  conversation,
  conversationUsers,
  flagInputs,
  hashtagTweets,
  inorganicShare,
} from "./mod.ts";

const present = demoBundlePresent("lib/trends/demo_truth_test.ts");

Deno.test({
  name:
    "inorganicShare() with the default flags brackets every demo campaign hashtag's true share",
  ignore: !present,
  fn: async () => {
    const truth = JSON.parse(
      await Deno.readTextFile(join(DEMO_DIR, "TRUTH.json")),
    ) as DemoTruth;
    const releases = [];
    for (const name of DEMO_RELEASES) {
      releases.push(await loadRelease(join(DEMO_DIR, name)));
    }
    const tweets = conversation(releases);
    const { inputs } = await flagInputs(tweets, conversationUsers(releases), {
      taxonomy: await loadClientTaxonomy(),
      utcOffset: -4,
      coordination: { rounds: 100, seed: 20190101 },
    });
    const tags = truth.campaignHashtags.map((c) => c.tag);
    const shares = await inorganicShare(
      hashtagTweets(tweets, { utcOffset: -4 }),
      accountFlags(inputs),
      { hashtags: tags, rounds: 1000, seed: 20190101 },
    );
    const rows = shares.toRecords() as {
      unit: string;
      n_tweets: number;
      share: number;
      ci_lower: number;
      ci_upper: number;
    }[];
    equal(rows.length, tags.length);
    const lines: string[] = [];
    for (const c of truth.campaignHashtags) {
      const r = rows.find((x) => x.unit === c.tag.toLowerCase())!;
      equal(r.n_tweets, c.total, `${c.tag}: tweets counted`);
      lines.push(
        `${c.tag}: estimate ${r.share.toFixed(4)} [${r.ci_lower.toFixed(4)}, ${
          r.ci_upper.toFixed(4)
        }], truth ${c.inorganicShare}`,
      );
      ok(
        r.ci_lower <= c.inorganicShare && c.inorganicShare <= r.ci_upper,
        `${c.tag}: truth ${c.inorganicShare} outside [${r.ci_lower}, ${r.ci_upper}]`,
      );
    }
    console.log(lines.join("\n"));
  },
});
