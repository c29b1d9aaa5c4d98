import { equal, match, ok } from "node:assert/strict";
import { hashedId, TweetIds } from "./_ids.ts";

Deno.test("hashedId() is the base64 SHA-256 of seed:population:index", () => {
  // echo -n "20190101:statebacked:0" | openssl dgst -sha256 -binary | base64
  equal(
    hashedId(20190101, "statebacked", 0),
    "yDYhY3lqeO+QX/YgNn2mWdhLr52MXw+f6gUpgYEszno=",
  );
  match(hashedId(1, "organic", 7), /^[A-Za-z0-9+/]{43}=$/);
});

Deno.test("TweetIds.next() gives unique 19-digit ids increasing by minute", () => {
  const ids = new TweetIds();
  const minute = Date.UTC(2018, 5, 1, 12, 0) / 60000;
  const seen = new Set<string>();
  for (let c = 0; c < 70000; c++) seen.add(ids.next(minute));
  equal(seen.size, 70000);
  for (const id of seen) match(id, /^\d{19}$/);
  const later = BigInt(ids.next(minute + 1));
  ok([...seen].every((id) => BigInt(id) < later));
  // The id's time part is the tweet's minute.
  const ms = Number(later >> 22n) + 1288834974657;
  equal(Math.floor(ms / 60000), minute + 1);
});
