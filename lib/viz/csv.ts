/**
 * CSV writing that is safe to open in a spreadsheet.
 *
 * @module
 */

/** First characters that make a spreadsheet read a text cell as a formula. */
const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r"]);

/**
 * Neutralise a text cell: prefix `'` when it starts with `=`, `+`, `-`, `@`,
 * tab or carriage return (OWASP "CSV Injection" guidance), so spreadsheets
 * show it as text instead of evaluating it.
 */
function neutralise(text: string): string {
  return text.length > 0 && FORMULA_START.has(text[0]) ? `'${text}` : text;
}

/** RFC 4180 quoting: wrap in `"` and double inner `"` when needed. */
function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/**
 * One cell as CSV text (before quoting).
 *
 * - `null`, `undefined` → empty.
 * - number → `String(n)` (shortest round-trip form; `NaN`, `Infinity`,
 *   `-Infinity` as written), bigint → decimal digits, boolean → `true`/`false`.
 *   These are never prefixed: `-3` stays `-3`.
 * - `Date` → ISO 8601 in UTC (`2020-01-02T03:04:05.000Z`).
 * - string → neutralised (see above).
 * - anything else (arrays, objects) → `JSON.stringify`, then neutralised.
 */
function cellText(value: unknown, where: () => string): string {
  if (value === null || value === undefined) return "";
  switch (typeof value) {
    case "number":
    case "bigint":
    case "boolean":
      return String(value);
    case "string":
      return neutralise(value);
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new RangeError(
        `Write CSV ${where()}: invalid Date: ${String(value)}; ` +
          "replace it with null or a valid date",
      );
    }
    return value.toISOString();
  }
  return neutralise(
    JSON.stringify(value, (_k, v) => typeof v === "bigint" ? String(v) : v),
  );
}

/**
 * Column names in first-seen order across all rows.
 *
 * @param rows Row objects.
 * @returns The union of their keys, ordered by first appearance.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(csvColumns([{ a: 1 }, { b: 2, a: 3 }]), ["a", "b"]);
 * ```
 */
export function csvColumns(rows: readonly object[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const k of Object.keys(row)) seen.add(k);
  return [...seen];
}

/**
 * Rows as CSV text that spreadsheets cannot execute.
 *
 * Format: a header row of column names, then one record per row; fields are
 * separated by `,`, records end with `\n` (LF; RFC 4180 says CRLF, every
 * reader in use accepts LF), fields containing `"`, `,`, CR or LF are wrapped
 * in `"` with inner `"` doubled (RFC 4180). No byte-order mark.
 *
 * Formula neutralisation (OWASP CSV injection): a *text* cell (JS string, and
 * header names) starting with `=`, `+`, `-`, `@`, tab or CR gets a leading
 * `'`. Numbers are not text: the number `-1` is written `-1`, the string
 * `"-1+2"` is written `'-1+2`. See the private `cellText` for every type.
 * The prefix changes the text: anonymised (base64-hashed) userids such as
 * `+g7kR98…=` are written `'+g7kR98…=`, so programs that join tables should
 * read the Parquet that {@link saveTable} writes beside the CSV, not the CSV.
 *
 * @param rows Row objects; a missing key is an empty cell.
 * @param columns Column order; default {@link csvColumns}(rows).
 * @returns The CSV text (ends with `\n`).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const csv = toSafeCsv([{ t: "=1+1", n: -1, s: 'say "hi", ok' }]);
 * assert.equal(csv, `t,n,s\n'=1+1,-1,"say ""hi"", ok"\n`);
 * ```
 */
export function toSafeCsv(
  rows: readonly object[],
  columns: readonly string[] = csvColumns(rows),
): string {
  const lines = [columns.map((c) => quote(neutralise(c))).join(",")];
  (rows as readonly Record<string, unknown>[]).forEach((row, i) => {
    lines.push(
      columns.map((c) =>
        quote(cellText(row[c], () => `row ${i + 1}, column "${c}"`))
      ).join(","),
    );
  });
  return lines.join("\n") + "\n";
}

/**
 * Write {@link toSafeCsv}(rows, columns) to `path` (UTF-8).
 *
 * @param path File to create or overwrite.
 * @param rows Row objects.
 * @param columns Column order; default {@link csvColumns}(rows).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const path = await Deno.makeTempFile({ suffix: ".csv" });
 * await writeSafeCsv(path, [{ a: "@SUM(1)" }]);
 * assert.equal(await Deno.readTextFile(path), "a\n'@SUM(1)\n");
 * await Deno.remove(path);
 * ```
 */
export async function writeSafeCsv(
  path: string,
  rows: readonly object[],
  columns?: readonly string[],
): Promise<void> {
  await Deno.writeTextFile(path, toSafeCsv(rows, columns));
}
