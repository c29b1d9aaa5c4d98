import assert from "node:assert/strict";
import { sampleKey } from "../io/sample.ts";
import { testRelease } from "./_test_releases.ts";
import { splitAccounts } from "./split_accounts.ts";

const ids = Array.from({ length: 25 }, (_, i) => `u${i}`);

Deno.test("splitAccounts() partitions the accounts into halves of ⌊n/2⌋ and ⌈n/2⌉ by sampleKey order", async () => {
  // u24 has tweets only: it still counts as an account.
  const release = testRelease("r", { userid: ids.slice(0, 24) }, {
    userid: [...ids, "u3"],
  });
  const [h1, h2] = await splitAccounts(release, 42);
  const users1 = h1.users.collectSync().getColumn("userid").toArray();
  const tweets1 = new Set(h1.tweets.collectSync().getColumn("userid"));
  const tweets2 = new Set(h2.tweets.collectSync().getColumn("userid"));
  assert.equal(tweets1.size, 12);
  assert.equal(tweets2.size, 13);
  assert.deepEqual([...tweets1].filter((x) => tweets2.has(x)), []);
  const expected = [...ids].sort((a, b) =>
    sampleKey(42, a) < sampleKey(42, b) ? -1 : 1
  ).slice(0, 12);
  assert.deepEqual([...tweets1].sort(), expected.sort());
  assert.deepEqual(
    users1.sort(),
    expected.filter((x) => x !== "u24").sort(),
  );
  assert.equal(h1.name, "r_half1");
  assert.equal(
    h2.tweets.collectSync().height + h1.tweets.collectSync().height,
    26,
  );
});

Deno.test("splitAccounts() depends on the seed and the set of userids, not on row order", async () => {
  const a = testRelease("r", { userid: ids }, { userid: ids });
  const b = testRelease("r", { userid: [...ids].reverse() }, {
    userid: [...ids].reverse(),
  });
  const half = async (r: typeof a, seed: number) =>
    (await splitAccounts(r, seed))[0].users.collectSync().getColumn("userid")
      .toArray().sort();
  assert.deepEqual(await half(a, 1), await half(b, 1));
  assert.notDeepEqual(await half(a, 1), await half(a, 2));
});
