import { deepEqual, equal, ok, throws } from "node:assert/strict";
import { isCoorTweetHeader, readCoorTweet } from "./mod.ts";
import {
  COORTWEET_FIXTURE as FIXTURE,
  haveCoorTweetFixture as haveFixture,
} from "./_testing.ts";

if (!haveFixture) console.log(`skipping: ${FIXTURE} is absent`);

async function withCsv(
  text: string,
  fn: (path: string) => void | Promise<void>,
) {
  const path = await Deno.makeTempFile({ suffix: ".csv" });
  try {
    await Deno.writeTextFile(path, text);
    await fn(path);
  } finally {
    await Deno.remove(path);
  }
}

Deno.test("isCoorTweetHeader() needs all four columns, in any order", () => {
  equal(
    isCoorTweetHeader("timestamp_share,content_id,account_id,object_id,extra"),
    true,
  );
  equal(
    isCoorTweetHeader(
      '\uFEFF"object_id","account_id","content_id","timestamp_share"\r',
    ),
    true,
  );
  equal(isCoorTweetHeader("object_id,account_id,content_id"), false);
});

Deno.test("readCoorTweet() maps columns and keeps ids as text", async () => {
  await withCsv(
    "object_id,account_id,content_id,timestamp_share\n007,0042,1e5,1600000000\n",
    async (path) => {
      const rows = (await readCoorTweet(path).collect()).toRecords();
      deepEqual(rows, [{
        userid: "0042",
        object: "007",
        t: 1600000000n,
        tweetid: "1e5",
        _file: path.split("/").pop(),
        _line: 2,
      }]);
    },
  );
});

Deno.test("readCoorTweet() names the file for a missing column", async () => {
  await withCsv("object_id,account_id,timestamp_share\na,b,1\n", (path) => {
    throws(
      () => readCoorTweet(path),
      (err: Error) =>
        err instanceof SyntaxError && err.message.includes(path) &&
        err.message.includes("missing column(s): content_id"),
    );
  });
});

Deno.test("readCoorTweet() names the file and line of a bad timestamp", async () => {
  await withCsv(
    "object_id,account_id,content_id,timestamp_share\na,b,c,1\na,b,d,12.5\n",
    (path) => {
      throws(
        () => readCoorTweet(path),
        (err: Error) =>
          err.message.includes(`${path}, line 3`) &&
          err.message.endsWith("12.5; fix or remove that row"),
      );
    },
  );
});

Deno.test({
  name: "readCoorTweet() reads the 35,125 rows of the real CooRTweet table",
  ignore: !haveFixture,
  fn: async () => {
    const df = await readCoorTweet(FIXTURE).collect();
    equal(df.height, 35125);
    equal(df.getColumn("userid").nUnique(), 9509);
    equal(df.getColumn("object").nUnique(), 7285);
    equal(df.getColumn("_line").max(), 35126);
    ok(df.getColumn("t").min() >= 1610841600n); // 2021-01-17
  },
});
