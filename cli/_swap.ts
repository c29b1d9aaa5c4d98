/**
 * Replacing an output folder by a freshly written one, so that readers see
 * either the previous complete outputs or the new complete outputs.
 *
 * @module
 */
import { basename, dirname, join } from "node:path";

/**
 * Moves `fresh` to `target`: the old `target` (if any) is renamed away
 * first, `fresh` renamed into place, then the old copy deleted. Renames stay
 * within one folder, so each is atomic; if the second rename fails, the old
 * folder is put back.
 *
 * @param fresh The new folder, beside `target` (same parent folder).
 * @param target The folder to replace.
 * @throws {RangeError} When `fresh` and `target` have different parents.
 *
 * @example
 * ```ts
 * import { replaceDir } from "./_swap.ts";
 * import { equal } from "node:assert/strict";
 * const dir = Deno.makeTempDirSync();
 * Deno.mkdirSync(`${dir}/out`);
 * Deno.writeTextFileSync(`${dir}/out/a.txt`, "old");
 * Deno.mkdirSync(`${dir}/.tmp-out`);
 * Deno.writeTextFileSync(`${dir}/.tmp-out/a.txt`, "new");
 * replaceDir(`${dir}/.tmp-out`, `${dir}/out`);
 * equal(Deno.readTextFileSync(`${dir}/out/a.txt`), "new");
 * equal([...Deno.readDirSync(dir)].length, 1);
 * Deno.removeSync(dir, { recursive: true });
 * ```
 */
export function replaceDir(fresh: string, target: string): void {
  if (dirname(fresh) !== dirname(target)) {
    throw new RangeError(
      `Replace ${target}: the new folder must be beside it, got: ${fresh}`,
    );
  }
  const old = join(dirname(target), `.old-${basename(target)}-${Deno.pid}`);
  let hadOld = true;
  try {
    Deno.renameSync(target, old);
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
    hadOld = false;
  }
  try {
    Deno.renameSync(fresh, target);
  } catch (e) {
    if (hadOld) Deno.renameSync(old, target);
    throw e;
  }
  if (hadOld) Deno.removeSync(old, { recursive: true });
}
