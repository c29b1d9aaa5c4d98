/**
 * Private: builders of small users/tweets frames in the archive schema's
 * types, for tests and examples.
 *
 * @module
 */
import pl from "nodejs-polars";

/** `YYYY-MM-DD HH:MM` (UTC) → Date; null stays null. */
function utc(s: string | null): Date | null {
  return s === null ? null : new Date(`${s.replace(" ", "T")}Z`);
}

/** A Datetime("ms") series from `YYYY-MM-DD HH:MM` strings (UTC). */
export function times(name: string, xs: (string | null)[]): pl.Series {
  return pl.Series(name, xs.map(utc), pl.Datetime("ms")).cast(
    pl.Datetime("ms"),
  );
}

/** A Date series from `YYYY-MM-DD` strings. */
export function dates(name: string, xs: (string | null)[]): pl.Series {
  return pl.Series(name, xs.map((s) => s === null ? null : utc(`${s} 00:00`)))
    .cast(pl.Date);
}

/** A List(Utf8) series (an all-empty input would otherwise be List(Null)). */
function list(name: string, xs: (string[] | null)[]): pl.Series {
  return pl.Series(name, xs).cast(pl.List(pl.Utf8));
}

/** Tweets columns a test may set; the rest default to null / empty lists. */
export interface TweetCols {
  userid: (string | null)[];
  tweet_time?: (string | null)[];
  account_creation_date?: (string | null)[];
  tweet_client_name?: (string | null)[];
  is_retweet?: (boolean | null)[];
  in_reply_to_tweetid?: (string | null)[];
  quoted_tweet_tweetid?: (string | null)[];
  hashtags?: (string[] | null)[];
  urls?: (string[] | null)[];
  user_mentions?: (string[] | null)[];
}

/** A lazy tweets frame with the profile's columns in schema types. */
export function tweetsFrame(c: TweetCols): pl.LazyDataFrame {
  const n = c.userid.length;
  const nulls = () => Array<null>(n).fill(null);
  const lists = () => Array.from({ length: n }, () => [] as string[]);
  return pl.DataFrame([
    pl.Series("userid", c.userid, pl.Utf8),
    times("tweet_time", c.tweet_time ?? nulls()),
    dates("account_creation_date", c.account_creation_date ?? nulls()),
    pl.Series("tweet_client_name", c.tweet_client_name ?? nulls(), pl.Utf8),
    pl.Series("is_retweet", c.is_retweet ?? Array(n).fill(false), pl.Bool),
    pl.Series("in_reply_to_tweetid", c.in_reply_to_tweetid ?? nulls(), pl.Utf8),
    pl.Series(
      "quoted_tweet_tweetid",
      c.quoted_tweet_tweetid ?? nulls(),
      pl.Utf8,
    ),
    list("hashtags", c.hashtags ?? lists()),
    list("urls", c.urls ?? lists()),
    list("user_mentions", c.user_mentions ?? lists()),
  ]).lazy();
}

/** Users columns a test may set; the rest default to null. */
export interface UserCols {
  userid: (string | null)[];
  account_creation_date?: (string | null)[];
  user_screen_name?: (string | null)[];
  user_profile_description?: (string | null)[];
  user_reported_location?: (string | null)[];
  user_profile_url?: (string | null)[];
  follower_count?: (number | null)[];
  following_count?: (number | null)[];
}

/** A lazy users frame with the profile's columns in schema types. */
export function usersFrame(c: UserCols): pl.LazyDataFrame {
  const n = c.userid.length;
  const nulls = () => Array<null>(n).fill(null);
  const text = (k: keyof UserCols) =>
    pl.Series(k, (c[k] as (string | null)[] | undefined) ?? nulls(), pl.Utf8);
  return pl.DataFrame([
    pl.Series("userid", c.userid, pl.Utf8),
    text("user_screen_name"),
    text("user_reported_location"),
    text("user_profile_description"),
    text("user_profile_url"),
    pl.Series("follower_count", c.follower_count ?? nulls(), pl.Float64),
    pl.Series("following_count", c.following_count ?? nulls(), pl.Float64),
    dates("account_creation_date", c.account_creation_date ?? nulls()),
  ]).lazy();
}
