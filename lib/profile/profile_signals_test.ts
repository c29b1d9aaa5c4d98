import { deepEqual, equal } from "node:assert/strict";
import { usersFrame } from "./_frames.ts";
import { REALDATA, realdataExists } from "./_realdata.ts";
import { profileSignals } from "./profile_signals.ts";

/** Standard (RFC 4648) base64 with `=` padding. */
function encodeBase64(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

Deno.test("profileSignals() flags default handles, hashed names, empty profiles, ratios", async () => {
  const digest = new Uint8Array(
    await crypto.subtle.digest("SHA-256", new TextEncoder().encode("x")),
  );
  const hash = encodeBase64(digest); // 44 characters ending in "="
  equal(hash.length, 44);
  const users = usersFrame({
    userid: ["1", "2", "3", "4", "5", "6", "7"],
    user_screen_name: [
      "maria12345678",
      "maria1234567", // 7 digits
      "maria_12345678", // underscore
      hash,
      hash.slice(1), // 43 characters, as some releases print
      "Inside_Syria",
      null,
    ],
    user_profile_description: [null, "", "bio", null, null, null, null],
    user_reported_location: [null, " ", null, null, null, "Syria", null],
    user_profile_url: [null, null, null, null, null, null, null],
    follower_count: [10, 3, 0, null, 1, 5, 5],
    following_count: [4, 0, 5, 2, 1, null, 2],
  });
  const s = await profileSignals(users).collect();
  deepEqual(s.getColumn("screen_name_hashed").toArray(), [
    false,
    false,
    false,
    true,
    true,
    false,
    null,
  ]);
  deepEqual(s.getColumn("default_handle").toArray(), [
    1,
    0,
    0,
    null,
    null,
    0,
    null,
  ]);
  deepEqual(s.getColumn("empty_profile").toArray(), [1, 1, 0, 1, 1, 0, 1]);
  deepEqual(s.getColumn("follower_following_ratio").toArray(), [
    2.5,
    null,
    0,
    null,
    1,
    null,
    2.5,
  ]);
});

Deno.test("profileSignals() on the Venezuela 2019-06 users file", {
  ignore: !realdataExists("venezuela_201906_1"),
}, async () => {
  const { loadRelease } = await import("../io/mod.ts");
  const r = await loadRelease(
    [`${REALDATA}venezuela_201906_1/users_33rows.csv`],
    { cache: false },
  );
  const s = await profileSignals(r.users).collect();
  equal(s.height, 33);
  // 6 hashed screen names of 42, 43 and 44 characters (counted by hand).
  equal(s.getColumn("screen_name_hashed").toArray().filter((x) => x).length, 6);
  equal(
    s.getColumn("default_handle").toArray().filter((x) => x === null).length,
    6,
  );
  equal(
    s.getColumn("default_handle").toArray().filter((x) => x === 1).length,
    0,
  );
  // First row: 13184 followers, 10245 following.
  equal(s.getColumn("follower_following_ratio").toArray()[0], 13184 / 10245);
});
