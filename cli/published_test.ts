import { deepEqual, equal, match } from "node:assert/strict";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeRelease } from "../lib/published/_testing.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

async function run(cache: string, ...args: string[]) {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "cli/published.ts", ...args],
    cwd: ROOT,
    env: { TAKEDOWN_CACHE: cache },
    stdout: "piped",
    stderr: "piped",
  }).output();
  return {
    code: out.code,
    stdout: new TextDecoder().decode(out.stdout),
    stderr: new TextDecoder().decode(out.stderr),
  };
}

/** venezuela_201906_1 with 33 accounts and 2 tweets of the first one. */
async function smallRelease(raw: string): Promise<string> {
  const users = Array.from({ length: 33 }, (_, i) => ({ userid: `u${i}` }));
  return await writeRelease(raw, "venezuela_201906_1", users, [[
    { tweetid: "1", userid: "u0", tweet_time: "2019-06-03 10:00" },
    { tweetid: "2", userid: "u0", tweet_time: "2019-06-04 10:00" },
  ]]);
}

Deno.test("cli/published.ts --json prints one object with rows for every catalogued figure", async () => {
  const raw = await Deno.makeTempDir();
  const cache = await Deno.makeTempDir();
  await smallRelease(raw);
  const r = await run(cache, "--raw", raw, "--json");
  equal(r.code, 0, r.stderr);
  const { rows } = JSON.parse(r.stdout);
  deepEqual(Object.keys(rows[0]), [
    "release",
    "figure",
    "source",
    "published",
    "qualifier",
    "reproduced",
    "difference",
    "relative_difference",
    "status",
    "note",
  ]);
  const vz = rows.filter((x: { release: string }) =>
    x.release === "venezuela_201906_1"
  );
  deepEqual(
    vz.slice(0, 2).map((x: Record<string, unknown>) => [
      x.figure,
      x.reproduced,
      x.status,
    ]),
    [["accounts", 33, "match"], ["tweets", 2, "differs"]],
  );
  equal(
    rows.filter((x: { status: string }) => x.status === "release_absent")
      .length > 0,
    true,
  );
  await Deno.remove(raw, { recursive: true });
  await Deno.remove(cache, { recursive: true });
});

Deno.test("cli/published.ts --release --as checks one folder against a named entry", async () => {
  const raw = await Deno.makeTempDir();
  const cache = await Deno.makeTempDir();
  const folder = await smallRelease(raw);
  const renamed = join(raw, "my_download");
  await Deno.rename(folder, renamed);
  const r = await run(
    cache,
    "--release",
    renamed,
    "--as",
    "venezuela_201906_1",
  );
  equal(r.code, 0, r.stderr);
  match(
    r.stdout,
    /venezuela_201906_1\s+accounts\s+33\s+33\s+0\s+0\.00%\s+match/,
  );
  match(
    r.stdout,
    /venezuela_201906_1\s+largest_account_tweets\s+43,231\s+2\s+-43,229/,
  );
  const bad = await run(cache, "--release", renamed);
  equal(bad.code, 1);
  match(
    bad.stderr,
    /^published: Find catalog entry: no release named: my_download/,
  );
  const combined = await run(
    cache,
    "--release",
    renamed,
    "--as",
    "venezuela_2019_all",
  );
  equal(combined.code, 1);
  match(
    combined.stderr,
    /combines venezuela_201901_1, venezuela_201901_2, venezuela_201906_1/,
  );
  await Deno.remove(raw, { recursive: true });
  await Deno.remove(cache, { recursive: true });
});

Deno.test("cli/published.ts rejects an unknown option with exit status 2", async () => {
  const cache = await Deno.makeTempDir();
  const r = await run(cache, "--bogus");
  equal(r.code, 2);
  match(r.stderr, /^published: .*bogus/);
  await Deno.remove(cache, { recursive: true });
});
