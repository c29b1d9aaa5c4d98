/**
 * Unpacking of compressed release files (`.csv.gz`, `.zip`) into the cache,
 * keyed by the archive's content so repeated loads reuse the copy.
 *
 * Zip entries whose path would land outside the target folder (absolute
 * paths, `..` segments, drive letters) are refused: an archive must not
 * write anywhere but its own folder.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { pipeline } from "node:stream/promises";
import { basename, join, normalize } from "node:path";
import { Unzip, UnzipInflate, UnzipPassThrough } from "fflate";
import { exists } from "./_cache.ts";

async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk);
  return hash.digest("hex");
}

/**
 * Gunzips `path` into `<dir>/<sha256>/<name without .gz>`.
 *
 * @returns The path of the decompressed file.
 */
export async function gunzipToCache(
  path: string,
  dir: string,
): Promise<string> {
  const folder = join(dir, "unpacked", await sha256File(path));
  const target = join(folder, basename(path).replace(/\.gz$/i, ""));
  if (await exists(target)) return target;
  await Deno.mkdir(folder, { recursive: true });
  const tmp = `${target}.tmp-${Deno.pid}`;
  await pipeline(
    createReadStream(path),
    createGunzip(),
    createWriteStream(tmp),
  );
  await Deno.rename(tmp, target);
  return target;
}

/**
 * Checks that a zip entry name stays inside its folder.
 *
 * @param name The entry's path inside the archive.
 * @returns The normalised relative path.
 * @throws {RangeError} When the entry would escape the folder.
 *
 * @example
 * ```ts
 * import { safeEntryPath } from "./_unpack.ts";
 * import { throws, equal } from "node:assert/strict";
 * equal(safeEntryPath("a/b.csv"), "a/b.csv");
 * throws(() => safeEntryPath("../evil.csv"), RangeError);
 * ```
 */
export function safeEntryPath(name: string): string {
  const unified = name.replaceAll("\\", "/");
  const normal = normalize(unified);
  if (
    unified.startsWith("/") || /^[A-Za-z]:/.test(unified) ||
    normal === ".." || normal.startsWith("../") || normal.includes("/../")
  ) {
    throw new RangeError(
      `Refusing to unpack a zip entry that escapes its folder: ${name}. ` +
        "The archive is not a release as published; check where it came " +
        "from, and unpack the files you trust by hand.",
    );
  }
  return normal;
}

/**
 * Unzips the `.csv` entries of `path` into `<dir>/<sha256>/`, streaming.
 *
 * @returns Paths of the extracted CSV files, sorted.
 */
export async function unzipToCache(
  path: string,
  dir: string,
): Promise<string[]> {
  const folder = join(dir, "unpacked", await sha256File(path));
  const done = join(folder, ".complete");
  const files: string[] = [];
  if (!(await exists(done))) {
    await Deno.mkdir(folder, { recursive: true });
    const writes: Promise<void>[] = [];
    const unzip = new Unzip((entry) => {
      const rel = safeEntryPath(entry.name);
      if (!/\.csv$/i.test(rel) || rel.split("/").includes("__MACOSX")) return;
      const target = join(folder, basename(rel));
      const out = createWriteStream(target);
      writes.push(
        new Promise<void>((resolve, reject) => {
          out.on("finish", resolve);
          out.on("error", reject);
          entry.ondata = (err, chunk, final) => {
            if (err) return reject(err);
            out.write(chunk);
            if (final) out.end();
          };
          entry.start();
        }),
      );
    });
    unzip.register(UnzipInflate);
    unzip.register(UnzipPassThrough);
    for await (const chunk of createReadStream(path)) {
      unzip.push(new Uint8Array(chunk as Uint8Array));
    }
    unzip.push(new Uint8Array(0), true);
    await Promise.all(writes);
    await Deno.writeTextFile(done, "");
  }
  for await (const e of Deno.readDir(folder)) {
    if (e.isFile && /\.csv$/i.test(e.name)) files.push(join(folder, e.name));
  }
  return files.sort();
}
