import pl from "nodejs-polars";
import { deepEqual, throws } from "node:assert/strict";
import { conversation, conversationUsers } from "./conversation.ts";
import {
  PROVENANCE_COLUMNS,
  TWEET_COLUMNS,
  USER_COLUMNS,
} from "../io/schema.ts";
import type { Release } from "../io/release_types.ts";
import { archiveFrame } from "./_testing.ts";

function release(name: string, ids: (string | null)[], extra = false): Release {
  const n = ids.length;
  const tweets = archiveFrame(
    [...TWEET_COLUMNS, ...PROVENANCE_COLUMNS],
    n,
    {
      tweetid: ids,
      userid: ids.map(() => `${name}-user`),
      _file: ids.map(() => `${name}.csv`),
      _line: ids.map((_, i) => i + 2),
    },
  );
  const users = archiveFrame([...USER_COLUMNS, ...PROVENANCE_COLUMNS], 1, {
    userid: [`${name}-user`],
  });
  return {
    name,
    tweets: extra ? tweets.withColumns(pl.lit("x").alias("extra")) : tweets,
    users,
    ledger: { files: [] },
    synthetic: true,
  };
}

Deno.test("conversation() stacks sources, keeps a tweetid once and every null id", () => {
  const t = conversation([
    release("rel", ["1", "2", null]),
    release("base", ["2", "3", null], true),
  ]).collectSync();
  deepEqual(t.getColumn("tweetid").toArray(), ["1", "2", null, "3", null]);
  deepEqual(t.getColumn("source").toArray(), [
    "rel",
    "rel",
    "rel",
    "base",
    "base",
  ]);
  deepEqual(t.columns, [...TWEET_COLUMNS, ...PROVENANCE_COLUMNS, "source"]);
  const all = conversation([release("rel", ["1", "2"]), release("b", ["2"])], {
    dedupe: false,
  }).collectSync();
  deepEqual(all.getColumn("tweetid").toArray(), ["1", "2", "2"]);
});

Deno.test("conversationUsers() stacks users with their source", () => {
  const u = conversationUsers([release("r", ["1"]), release("s", ["2"])])
    .collectSync();
  deepEqual(u.getColumn("userid").toArray(), ["r-user", "s-user"]);
  deepEqual(u.getColumn("source").toArray(), ["r", "s"]);
});

Deno.test("conversation() refuses no releases and repeated names", () => {
  throws(() => conversation([]), /no releases given/);
  throws(
    () => conversation([release("r", ["1"]), release("r", ["2"])]),
    /share a name: r/,
  );
});
