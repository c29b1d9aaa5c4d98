/**
 * The made-up official accounts and their tweets: the objects that the
 * coordinated groups and the enthusiastic organic supporters retweet.
 *
 * Official i posts round(perDay × days in span × scale) tweets at minutes
 * drawn from the organic daily rhythm; each carries the hashtag of the day
 * with probability `ORGANIC.officialTagShare`. All official tweets are sorted by minute (ties keep
 * official order) and get their ids in that order.
 *
 * @module
 */
import {
  type DiurnalSampler,
  parseDay,
  SPAN_END,
  SPAN_START,
} from "./_calendar.ts";
import { ORGANIC, WEB_CLIENT } from "./_config.ts";
import { engagement } from "./_events.ts";
import { hashedId, type TweetIds } from "./_ids.ts";
import {
  type Account,
  makeAccount,
  type OfficialTweet,
  tagOfDay,
} from "./_model.ts";
import { intIn, rngFor, STREAM } from "./_rng.ts";
import { govText, LOCATIONS } from "./_text.ts";

/**
 * Build the official accounts (organic indices 0..n-1) and their tweets.
 *
 * @returns Accounts, and tweets sorted by minute with ids assigned.
 */
export function buildOfficials(
  seed: number,
  scale: number,
  ids: TweetIds,
  diurnal: DiurnalSampler,
): { accounts: Account[]; objects: OfficialTweet[] } {
  const accounts: Account[] = [];
  const objects: OfficialTweet[] = [];
  const days = (SPAN_END - SPAN_START) / 1440;
  ORGANIC.officials.forEach((o, i) => {
    const rng = rngFor(seed, STREAM.officials, i);
    const followers = intIn(rng, 250000, 2500000);
    accounts.push(makeAccount({
      index: i,
      userid: hashedId(seed, "organic", i),
      displayName: o.displayName,
      screenName: o.screenName,
      handle: o.screenName,
      location: LOCATIONS[0],
      description: "Cuenta oficial FICTICIA del conjunto de demostración",
      profileUrl: "https://t.co/demo" + i,
      followers,
      following: intIn(rng, 50, 900),
      creationDay: parseDay("2009-06-01") + intIn(rng, 0, 1200),
      startMinute: SPAN_START,
    }));
    const n = Math.round(o.perDay * days * scale);
    for (let k = 0; k < n; k++) {
      const minute = diurnal.sample(rng, SPAN_START);
      const tag = rng() < ORGANIC.officialTagShare ? tagOfDay(minute) : null;
      objects.push({
        minute,
        id: "",
        official: i,
        piece: govText(rng, tag),
        client: rng() < ORGANIC.officialIphoneShare
          ? "Twitter for iPhone"
          : WEB_CLIENT,
        counts: engagement(rng, followers),
      });
    }
  });
  objects.sort((a, b) => a.minute - b.minute);
  for (const o of objects) o.id = ids.next(o.minute);
  return { accounts, objects };
}
