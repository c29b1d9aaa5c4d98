/**
 * Errors of the loaders in one voice: what failed, why (the bad value after
 * a colon), what to do. File-system errors are rethrown with the path and
 * advice instead of Deno's or polars' own wording, keeping Deno's error
 * class (`Deno.errors.NotFound`, …) so callers can still tell them apart.
 *
 * @module
 */

/**
 * The error to throw when `path` could not be read: a missing path says so
 * and asks to check it; a folder says so, then `advice`; any other failure
 * keeps the first paragraph of its message as the reason, then `advice`.
 *
 * @param path The file or folder.
 * @param e What was thrown.
 * @param advice What to do, as a sentence (e.g. "Check that it is a CSV
 *   file.").
 * @returns An error of the same Deno class as `e` where there is one.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readFailure } from "./_errors.ts";
 * const e = readFailure("x.csv", new Deno.errors.NotFound("os error 2"), "");
 * assert.ok(e instanceof Deno.errors.NotFound);
 * assert.match(e.message, /^Cannot read a file: no such file or folder: x\.csv\./);
 * ```
 */
export function readFailure(path: string, e: unknown, advice: string): Error {
  if (e instanceof Deno.errors.NotFound) {
    return new Deno.errors.NotFound(
      `Cannot read a file: no such file or folder: ${path}. Check the path ` +
        "(a relative path starts from the working folder).",
      { cause: e },
    );
  }
  const then = advice ? " " + advice : "";
  if (e instanceof Deno.errors.IsADirectory) {
    return new Deno.errors.IsADirectory(
      `Cannot read a file: it is a folder: ${path}.${then}`,
      { cause: e },
    );
  }
  const why = briefly(e instanceof Error ? e.message : String(e));
  const message = `Cannot read ${path}: ${why}.${then}`;
  if (e instanceof Deno.errors.PermissionDenied) {
    return new Deno.errors.PermissionDenied(message, { cause: e });
  }
  return new Error(message, { cause: e });
}

/**
 * `path` if it is a file; else the error {@link readFailure} gives for it
 * (missing, or a folder: `advice` says what to give instead).
 */
export async function checkFile(path: string, advice: string): Promise<void> {
  if ((await statPath(path)).isDirectory) {
    throw readFailure(path, new Deno.errors.IsADirectory(path), advice);
  }
}

/**
 * The first paragraph of a library message on one line, without a final
 * full stop, cut to 200 characters (polars appends pages of hints that do
 * not apply to the loaders' settings).
 */
export function briefly(message: string): string {
  const first = message.split(/\n\s*\n/)[0].replace(/\s+/g, " ").trim()
    .replace(/\.$/, "");
  return first.length <= 200 ? first : first.slice(0, 197) + "...";
}

/** `Deno.stat(path)`, failing with {@link readFailure}'s message. */
export async function statPath(path: string): Promise<Deno.FileInfo> {
  try {
    return await Deno.stat(path);
  } catch (e) {
    throw readFailure(path, e, "");
  }
}

/** `Deno.open(path)` for reading, failing with {@link readFailure}'s message. */
export async function openRead(path: string): Promise<Deno.FsFile> {
  try {
    return await Deno.open(path, { read: true });
  } catch (e) {
    throw readFailure(path, e, "");
  }
}
