/**
 * Private test helpers: writing tiny releases in the archive CSV format and
 * finding the shared real data.
 *
 * @module
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { TWEET_COLUMNS, USER_COLUMNS } from "../io/mod.ts";

/** `shared/realdata/venezuela_201906_1/` beside the repository. */
export const VENEZUELA_REAL: string = fileURLToPath(
  new URL("../../../shared/realdata/venezuela_201906_1/", import.meta.url),
);

/** Whether the real venezuela_201906_1 material exists; logs a skip if not. */
export const haveVenezuelaReal: boolean = (() => {
  try {
    Deno.statSync(VENEZUELA_REAL);
    return true;
  } catch {
    console.log(
      `skipping real-data tests of lib/published: ${VENEZUELA_REAL} is absent`,
    );
    return false;
  }
})();

/** One CSV field, quoted when it holds a comma, quote or line break. */
function field(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** CSV text with `columns` as header; missing fields are empty. */
export function csv(
  columns: readonly string[],
  rows: Record<string, string>[],
): string {
  const lines = [columns.join(",")];
  for (const r of rows) {
    lines.push(columns.map((c) => field(r[c] ?? "")).join(","));
  }
  return lines.join("\n") + "\n";
}

/**
 * Writes `<dir>/<name>/` with a users file (unless `users` is null) and one
 * tweets file per part (`_1`, `_2`, … when there are several).
 */
export async function writeRelease(
  dir: string,
  name: string,
  users: Record<string, string>[] | null,
  parts: Array<Record<string, string>[] | string>,
): Promise<string> {
  const folder = join(dir, name);
  await Deno.mkdir(folder, { recursive: true });
  if (users !== null) {
    await Deno.writeTextFile(
      join(folder, `${name}_users_csv_hashed.csv`),
      csv(USER_COLUMNS, users),
    );
  }
  for (const [i, part] of parts.entries()) {
    const suffix = parts.length === 1 ? "" : `_${i + 1}`;
    await Deno.writeTextFile(
      join(folder, `${name}_tweets_csv_hashed${suffix}.csv`),
      typeof part === "string" ? part : csv(TWEET_COLUMNS, part),
    );
  }
  return folder;
}

/** Tweets per account of the real file: [userid, tweets], file order. */
export async function realTweetsPerUserid(): Promise<Array<[string, number]>> {
  const text = await Deno.readTextFile(
    join(VENEZUELA_REAL, "tweets_per_userid.csv"),
  );
  return text.trim().split("\n").slice(1).map((line) => {
    const [userid, n] = line.split(",");
    return [userid, Number(n)];
  });
}
