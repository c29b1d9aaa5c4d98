/**
 * The Parquet cache: typed tables keyed by the SHA-256 of the source file's
 * bytes and the loader version, written atomically (temporary name, then
 * rename), so an interrupted run never leaves a half file under a final name.
 *
 * A small stat index (`index.json`: path, size, mtime, inode → SHA-256) lets
 * a warm load skip re-hashing a file that has not changed on disk.
 *
 * @module
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { statPath } from "./_errors.ts";

/** Bump when the loader's output for the same bytes changes. */
export const LOADER_VERSION = "2";

/** The cache folder: `$TAKEDOWN_CACHE`, else `<project>/.cache/takedown`. */
export function cacheDir(): string {
  const env = Deno.env.get("TAKEDOWN_CACHE");
  if (env) return resolve(env);
  return join(fileURLToPath(new URL("../../", import.meta.url)), ".cache");
}

interface StatEntry {
  size: number;
  mtime: number;
  ino: number | null;
  sha256: string;
}

function statKey(info: Deno.FileInfo): Omit<StatEntry, "sha256"> {
  return {
    size: info.size,
    mtime: info.mtime?.getTime() ?? 0,
    ino: info.ino ?? null,
  };
}

function indexPath(dir: string): string {
  return join(dir, "index.json");
}

async function readIndex(dir: string): Promise<Record<string, StatEntry>> {
  try {
    return JSON.parse(await Deno.readTextFile(indexPath(dir)));
  } catch {
    return {};
  }
}

/** The SHA-256 recorded for `path` if it has not changed since, else null. */
export async function knownHash(
  dir: string,
  path: string,
): Promise<string | null> {
  const entry = (await readIndex(dir))[resolve(path)];
  if (!entry) return null;
  const now = statKey(await statPath(path));
  const same = now.size === entry.size && now.mtime === entry.mtime &&
    now.ino === entry.ino;
  return same ? entry.sha256 : null;
}

/** Records the SHA-256 of `path` in the stat index. */
export async function rememberHash(
  dir: string,
  path: string,
  sha256: string,
): Promise<void> {
  const index = await readIndex(dir);
  index[resolve(path)] = { ...statKey(await Deno.stat(path)), sha256 };
  await writeAtomic(indexPath(dir), JSON.stringify(index));
}

/** Path of a cached artefact for a content hash. */
export function cachedPath(dir: string, sha256: string, ext: string): string {
  return join(dir, "tables", `${sha256}-v${LOADER_VERSION}${ext}`);
}

/** Writes text to `path` through a temporary file and a rename. */
export async function writeAtomic(path: string, text: string): Promise<void> {
  await Deno.mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${Deno.pid}`;
  await Deno.writeTextFile(tmp, text);
  await Deno.rename(tmp, path);
}

/** True when a file exists. */
export async function exists(path: string): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch {
    return false;
  }
}
