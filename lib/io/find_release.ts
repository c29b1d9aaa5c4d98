/**
 * Finding a release's files: its users CSV and its tweets CSV parts, plain,
 * gzipped or zipped, by Twitter's file-name conventions.
 *
 * @module
 */
import { basename, join, resolve } from "node:path";
import { statPath } from "./_errors.ts";
import { gunzipToCache, unzipToCache } from "./_unpack.ts";

/** The files of one release, in load order. */
export interface ReleaseFiles {
  name: string;
  users: string[];
  tweets: string[];
}

const USERS = /(^|[_\-.])users?([_\-.]|$)[^/]*\.csv$/i;
const TWEETS = /(^|[_\-.])tweets?([_\-.]|$)[^/]*\.csv$/i;

/** Sort key that orders `…_2.csv` before `…_10.csv`. */
function partKey(path: string): [string, number] {
  const m = basename(path).match(/^(.*?)(\d+)?\.csv$/i);
  return [m?.[1] ?? path, m?.[2] ? Number(m[2]) : -1];
}

function byPart(a: string, b: string): number {
  const [sa, na] = partKey(a), [sb, nb] = partKey(b);
  return sa < sb ? -1 : sa > sb ? 1 : na - nb;
}

async function expand(path: string, cache: string): Promise<string[]> {
  if (/\.gz$/i.test(path)) return [await gunzipToCache(path, cache)];
  if (/\.zip$/i.test(path)) return await unzipToCache(path, cache);
  return [path];
}

/**
 * Finds the users and tweets files of a release folder, or classifies
 * explicit files, unpacking `.gz` and `.zip` into the cache.
 *
 * Classification is by name: a file whose name has a `tweets` word (between
 * `_`, `-` or `.`) is a tweets part, one with a `users` word a users file. Parts are ordered by
 * their trailing number (`_1`, `_2`, … `_10`).
 *
 * @param source A folder, a file, or a list of folders and files.
 * @param cache The cache folder for unpacked copies.
 * @returns The release's name and files.
 * @throws {Deno.errors.NotFound} When no tweets or users file is found.
 */
export async function findRelease(
  source: string | string[],
  cache: string,
): Promise<ReleaseFiles> {
  const given = typeof source === "string" ? [source] : source;
  const inputs: string[] = [];
  for (const path of given) {
    if ((await statPath(path)).isDirectory) {
      for await (const e of Deno.readDir(path)) {
        if (e.isFile && /\.(csv|csv\.gz|zip)$/i.test(e.name)) {
          inputs.push(join(path, e.name));
        }
      }
    } else inputs.push(path);
  }
  const first = given[0];
  const name = (await Deno.stat(first)).isDirectory
    ? basename(resolve(first))
    : basename(first).replace(/_(users|tweets).*$/i, "")
      .replace(/\.(csv|gz|zip)$/gi, "");
  const files: string[] = [];
  for (const input of inputs.sort()) files.push(...await expand(input, cache));
  const users = files.filter((f) => USERS.test(basename(f))).sort(byPart);
  const tweets = files.filter((f) =>
    TWEETS.test(basename(f)) && !USERS.test(basename(f))
  ).sort(byPart);
  if (users.length === 0 && tweets.length === 0) {
    throw new Deno.errors.NotFound(
      `No release files found in ${
        Array.isArray(source) ? source.join(", ") : source
      }: expected a users CSV and tweets CSV(s) named like ` +
        "`<release>_users_csv_hashed.csv` and `<release>_tweets_csv_hashed_1.csv` " +
        "(also .csv.gz or .zip). See data/README.md.",
    );
  }
  return { name, users, tweets };
}
