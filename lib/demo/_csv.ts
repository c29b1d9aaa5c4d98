/**
 * Writing archive-style CSV: every field in double quotes (a `"` inside is
 * doubled), fields separated by commas, records ended by LF, a header row.
 * List columns hold Python `repr` of a list of strings, as in the releases.
 *
 * @module
 */

/** Size of a writer's byte buffer. */
const BUFFER_BYTES = 1 << 22;

/**
 * One field, quoted.
 *
 * @example
 * ```ts
 * import { quote } from "./_csv.ts";
 * import { equal } from "node:assert/strict";
 * equal(quote('say "hi"'), '"say ""hi"""');
 * ```
 */
export function quote(value: string): string {
  return value.includes('"')
    ? '"' + value.replaceAll('"', '""') + '"'
    : '"' + value + '"';
}

/** One record (fields quoted, comma separated, LF ended). */
export function record(fields: readonly string[]): string {
  return fields.map(quote).join(",") + "\n";
}

/**
 * Python `repr` of a list of strings: `['a', 'b']`, `[]` when empty. A string
 * holding `'` but no `"` is written in double quotes, as Python does;
 * otherwise `\` and `'` are backslash-escaped inside single quotes.
 *
 * @example
 * ```ts
 * import { pyList } from "./_csv.ts";
 * import { equal } from "node:assert/strict";
 * equal(pyList(["a", "b"]), "['a', 'b']");
 * equal(pyList([]), "[]");
 * equal(pyList(["it's"]), `["it's"]`);
 * ```
 */
export function pyList(items: readonly string[]): string {
  if (items.length === 0) return "[]";
  return "[" + items.map(pyString).join(", ") + "]";
}

function pyString(s: string): string {
  const escaped = s.replaceAll("\\", "\\\\");
  if (s.includes("'") && !s.includes('"')) return '"' + escaped + '"';
  return "'" + escaped.replaceAll("'", "\\'") + "'";
}

/**
 * A buffered, streaming CSV file writer that counts its records: records are
 * UTF-8 encoded into a fixed 4 MiB buffer that is written out when full.
 */
export class CsvWriter {
  /** Path the writer was opened with. */
  readonly path: string;
  /** Records written so far, header excluded. */
  rows = 0;
  readonly #file: Deno.FsFile;
  readonly #encoder = new TextEncoder();
  readonly #buf = new Uint8Array(BUFFER_BYTES);
  #used = 0;

  private constructor(path: string, file: Deno.FsFile) {
    this.path = path;
    this.#file = file;
  }

  /**
   * Create (or truncate) `path` and write the quoted header row.
   *
   * @param path File to write.
   * @param header Column names.
   * @returns The open writer.
   */
  static async create(
    path: string,
    header: readonly string[],
  ): Promise<CsvWriter> {
    const file = await Deno.open(path, {
      write: true,
      create: true,
      truncate: true,
    });
    const w = new CsvWriter(path, file);
    await w.#append(record(header));
    return w;
  }

  /** Append one record (already built with `record` or `quote`). */
  async push(line: string): Promise<void> {
    await this.#append(line);
    this.rows++;
  }

  async #append(text: string): Promise<void> {
    // A UTF-16 code unit never takes more than 3 bytes of UTF-8.
    if (text.length * 3 > BUFFER_BYTES - this.#used) {
      await this.flush();
      if (text.length * 3 > BUFFER_BYTES) {
        await this.#writeAll(this.#encoder.encode(text));
        return;
      }
    }
    this.#used += this.#encoder.encodeInto(text, this.#buf.subarray(this.#used))
      .written;
  }

  /** Write the buffered bytes to the file. */
  async flush(): Promise<void> {
    await this.#writeAll(this.#buf.subarray(0, this.#used));
    this.#used = 0;
  }

  async #writeAll(bytes: Uint8Array): Promise<void> {
    let off = 0;
    while (off < bytes.length) {
      off += await this.#file.write(bytes.subarray(off));
    }
  }

  /** Flush and close the file. */
  async close(): Promise<void> {
    await this.flush();
    this.#file.close();
  }
}
