/**
 * Steps of notebook 03 on what accounts post and how each set differs from
 * the baseline account by account.
 *
 * @module
 */
import { pct, type StepResult, stepResult, type Study } from "../study/mod.ts";
import { type BehaviourMix, behaviourMix } from "./behaviour_mix.ts";
import { percentBars } from "./cadence_activity_steps.ts";
import { minuteTweets } from "./minute_tweets.ts";

/** One row of `tab03_top_domains`. */
export interface DomainRow {
  release: string;
  rank: number;
  domain: string;
  urls: number;
  share_of_urls: number;
}

/** The value of {@linkcode behaviourStep}. */
export interface CadenceBehaviour {
  /** `tab03_behaviour`: each group's mix without its domains. */
  mixes: ({ release: string } & Omit<BehaviourMix, "top_domains">)[];
  /** `tab03_top_domains`: each group's 10 most linked domains. */
  domains: DomainRow[];
}

/** The sentence of one group's behaviour mix. */
function behaviourSentence(name: string, b: BehaviourMix): string {
  return `${name}: retweets ${pct(b.retweet_share)}, replies ${
    pct(b.reply_share)
  }, quotes ${pct(b.quote_share)}, originals ${pct(b.original_share)}; ` +
    `per tweet ${b.hashtags_per_tweet?.toFixed(2)} hashtags, ${
      b.urls_per_tweet?.toFixed(2)
    } links, ${b.mentions_per_tweet?.toFixed(2)} mentions; ` +
    `top domains: ${
      b.top_domains.slice(0, 4).map((d) => `${d.domain} (${d.count})`)
        .join(", ") || "none"
    }.`;
}

const KINDS = [
  ["retweets", "retweet_share"],
  ["replies", "reply_share"],
  ["quotes", "quote_share"],
  ["originals", "original_share"],
] as const;

/**
 * What kind of tweets do they post? Each group's shares of retweets,
 * replies, quotes and originals, hashtags, links and mentions per tweet
 * (`behaviourMix`; `tab03_behaviour`, saved), its 10 most linked domains
 * (`tab03_top_domains`, saved) and the kinds of tweets
 * (`fig03_behaviour`).
 *
 * @param study An opened study.
 * @returns The mixes and top domains.
 */
export async function behaviourStep(
  study: Study,
): Promise<StepResult<CadenceBehaviour>> {
  const mixes: CadenceBehaviour["mixes"] = [];
  const domains: DomainRow[] = [];
  const text = [];
  for (const r of study.groups) {
    const b = await behaviourMix(minuteTweets(r.tweets), { topDomains: 10 });
    const { top_domains, ...mix } = b;
    mixes.push({ release: r.name, ...mix });
    top_domains.forEach((d, i) =>
      domains.push({
        release: r.name,
        rank: i + 1,
        domain: d.domain,
        urls: d.count,
        share_of_urls: d.count / b.n_urls,
      })
    );
    text.push(behaviourSentence(r.name, b));
  }
  const kinds = mixes.flatMap((b) =>
    KINDS.map(([kind, field]) => ({
      release: b.release,
      kind,
      percent: Number((100 * (b[field] ?? 0)).toFixed(1)),
    }))
  );
  const spec = percentBars(study, { title: "Kinds of tweets" }, "kind", "Kind");
  return stepResult({ mixes, domains }, {
    text,
    tables: [
      { name: "tab03_behaviour", rows: mixes, show: false },
      { name: "tab03_top_domains", rows: domains, show: false },
    ],
    charts: [{ name: "fig03_behaviour", spec, rows: kinds }],
  });
}
