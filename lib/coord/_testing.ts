/**
 * Private test helpers for lib/coord: the CooRTweet fixture and action
 * frames built from rows.
 *
 * @module
 */
import pl from "nodejs-polars";

/** CooRTweet's real, anonymised Russian retweets (data/samples, MIT). */
export const COORTWEET_FIXTURE =
  "data/samples/coortweet/russian_coord_tweets.csv";

/** True when {@link COORTWEET_FIXTURE} is present. */
export const haveCoorTweetFixture = await Deno.stat(COORTWEET_FIXTURE).then(
  () => true,
  () => false,
);

/** One action as a test writes it. */
export type ActionRow = { userid: string; object: string; t: number };

/** Actions (`userid`, `object`, `t` Int64) from rows. */
export function actionFrame(rows: ActionRow[]): pl.LazyDataFrame {
  return pl.DataFrame({
    userid: rows.map((r) => r.userid),
    object: rows.map((r) => r.object),
    t: pl.Series("t", rows.map((r) => r.t), pl.Float64).cast(pl.Int64),
  }).lazy();
}
