import { deepEqual, equal, throws } from "node:assert/strict";
import { loadRelease } from "../io/mod.ts";
import { writeRelease } from "./_testing.ts";
import { reproduceFigures } from "./reproduce_figures.ts";
import type { CatalogEntry } from "./read_catalog.ts";

/** Release `name` with `accounts` users, each tweeting `per` times on Mondays. */
async function release(
  dir: string,
  cacheDir: string,
  name: string,
  accounts: number,
  per: number,
) {
  const users = Array.from({ length: accounts }, (_, i) => ({
    userid: `${name}-u${i}`,
  }));
  const tweets = users.flatMap((u, i) =>
    Array.from({ length: per }, (_, k) => ({
      tweetid: `${name}-${i}-${k}`,
      userid: u.userid,
      tweet_time: `2019-01-07 ${String(k % 24).padStart(2, "0")}:00`,
      is_retweet: k === 0 ? "true" : "false",
      retweet_tweetid: k === 0 ? "1" : "",
    }))
  );
  await writeRelease(dir, name, users, [tweets]);
  return await loadRelease(`${dir}/${name}`, { cacheDir });
}

const S = "Test source, 2024";

Deno.test("reproduceFigures() compares each published figure by its qualifier", async () => {
  const dir = await Deno.makeTempDir();
  const cacheDir = await Deno.makeTempDir();
  const r = await release(dir, cacheDir, "one", 4, 5); // 4 accounts, 20 tweets
  const entry: CatalogEntry = {
    release: "one",
    published_figures: [
      { source: S, figure: "tweets", value: 20 },
      { source: S, figure: "accounts", value: 4.2, qualifier: "about" },
      { source: S, figure: "retweets", value: 3, qualifier: "more than" },
      { source: S, figure: "tweets_with_media", value: 10, note: "50%" },
      { source: S, figure: "likes", value: 7 },
      {
        source: S,
        figure: "tweets_by_weekday",
        value: { Mon: 20, Tue: 1, Wed: 0, Thu: 0, Fri: 0, Sat: 0, Sun: 0 },
      },
    ],
  };
  const rows = reproduceFigures(entry, [r]);
  deepEqual(rows[0], {
    release: "one",
    figure: "tweets",
    source: S,
    published: 20,
    qualifier: "exactly",
    reproduced: 20,
    difference: 0,
    relative_difference: 0,
    status: "match",
    note: "computed: tweet rows loaded",
  });
  deepEqual(
    rows.map((x) => [x.figure, x.reproduced, x.status]),
    [
      ["tweets", 20, "match"],
      ["accounts", 4, "match"],
      ["retweets", 4, "match"],
      ["tweets_with_media", null, "not_reproducible"],
      ["likes", null, "not_reproducible"],
      ["tweets_by_weekday.Mon", 20, "match"],
      ["tweets_by_weekday.Tue", 0, "differs"],
      ["tweets_by_weekday.Wed", 0, "match"],
      ["tweets_by_weekday.Thu", 0, "match"],
      ["tweets_by_weekday.Fri", 0, "match"],
      ["tweets_by_weekday.Sat", 0, "match"],
      ["tweets_by_weekday.Sun", 0, "match"],
    ],
  );
  equal(rows[1].qualifier, "about");
  equal(rows[1].relative_difference, -0.047619);
  equal(
    rows[3].note.startsWith("published: 50% | computed: not reproducible"),
    true,
  );
  equal(
    rows[4].note,
    'computed: no definition for the figure key "likes" in lib/published/figures.ts',
  );
  equal(rows[6].difference, -1);
  await Deno.remove(dir, { recursive: true });
  await Deno.remove(cacheDir, { recursive: true });
});

Deno.test("reproduceFigures() without releases lists every figure as release_absent", () => {
  const entry: CatalogEntry = {
    release: "gone",
    published_figures: [
      { source: S, figure: "tweets", value: 5 },
      {
        source: S,
        figure: "tweets_by_weekday",
        value: { Mon: 1, Tue: 1, Wed: 1, Thu: 1, Fri: 1, Sat: 0, Sun: 0 },
      },
    ],
  };
  const rows = reproduceFigures(entry, [], { absentNote: "get it" });
  equal(rows.length, 8);
  deepEqual(rows[0], {
    release: "gone",
    figure: "tweets",
    source: S,
    published: 5,
    qualifier: "exactly",
    reproduced: null,
    difference: null,
    relative_difference: null,
    status: "release_absent",
    note: "computed: get it",
  });
  equal(rows.every((x) => x.status === "release_absent"), true);
});

Deno.test("reproduceFigures() computes combined entries on the union of releases", async () => {
  const dir = await Deno.makeTempDir();
  const cacheDir = await Deno.makeTempDir();
  const a = await release(dir, cacheDir, "a", 3, 2);
  const b = await release(dir, cacheDir, "b", 2, 7);
  const entry: CatalogEntry = {
    release: "a_and_b",
    combines: ["a", "b"],
    published_figures: [
      { source: S, figure: "accounts", value: 5 },
      { source: S, figure: "active_accounts", value: 5 },
      { source: S, figure: "tweets", value: 20 },
      { source: S, figure: "retweets", value: 5 },
      { source: S, figure: "largest_account_tweets", value: 7 },
    ],
  };
  const rows = reproduceFigures(entry, [a, b]);
  deepEqual(
    rows.map((x) => [x.release, x.figure, x.reproduced, x.status]),
    [
      ["a_and_b", "accounts", 5, "match"],
      ["a_and_b", "active_accounts", 5, "match"],
      ["a_and_b", "tweets", 20, "match"],
      ["a_and_b", "retweets", 5, "match"],
      ["a_and_b", "largest_account_tweets", 7, "match"],
    ],
  );
  await Deno.remove(dir, { recursive: true });
  await Deno.remove(cacheDir, { recursive: true });
});

Deno.test("reproduceFigures() rejects a malformed weekday table or a wrong value shape", async () => {
  const dir = await Deno.makeTempDir();
  const cacheDir = await Deno.makeTempDir();
  const r = await release(dir, cacheDir, "w", 1, 1);
  throws(
    () =>
      reproduceFigures({
        release: "w",
        published_figures: [{
          source: S,
          figure: "tweets_by_weekday",
          value: { Monday: 1 },
        }],
      }, [r]),
    /expected keys Mon … Sun, got: Monday/,
  );
  throws(
    () =>
      reproduceFigures({
        release: "w",
        published_figures: [{
          source: S,
          figure: "tweets_by_weekday",
          value: 1,
        }],
      }, [r]),
    /the published value is a number but the figure gives a weekday table/,
  );
  throws(
    () =>
      reproduceFigures({
        release: "w",
        published_figures: [{
          source: S,
          figure: "tweets",
          value: 1,
          qualifier: "roughly",
        }],
      }, [r]),
    /unknown qualifier: "roughly"/,
  );
  await Deno.remove(dir, { recursive: true });
  await Deno.remove(cacheDir, { recursive: true });
});
