/**
 * Structural scan of a CSV file: one streaming pass over its bytes that
 * finds record boundaries, counts fields, maps records to physical lines
 * and hashes the content. Polars parses the fields afterwards; this pass is
 * what lets the loader say *which line* is broken and never drop a record
 * silently.
 *
 * Quoting rules (RFC 4180, as Twitter's releases use it): a field that
 * starts with `"` is quoted and ends at the next `"` not doubled; inside it
 * commas, CR and LF are data. A `"` inside an unquoted field, or text after
 * a closing quote, is a *stray quote*: polars cannot parse such a record, so
 * it is rejected. Records end at LF; a CR before the LF is part of the line
 * end. A blank line is rejected as a record with no fields.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { openRead, readFailure } from "./_errors.ts";

/** A record the scan rejects, with where it starts and ends in bytes. */
export interface BadRecord {
  /** 0-based index of the record among all records (header excluded). */
  index: number;
  /** 1-based physical line where the record starts. */
  line: number;
  /** 1-based field (column) number where the problem shows, or null. */
  field: number | null;
  reason: string;
  /** Byte range [start, end) of the record, including its line end. */
  start: number;
  end: number;
}

/** What the scan found. */
export interface CsvScan {
  header: string[];
  /** Records after the header, complete or not. */
  records: number;
  bad: BadRecord[];
  /**
   * Line offsets of good records: pairs `[goodIndex, extra]` meaning that
   * from good record `goodIndex` on, the record's physical line is
   * `goodIndex + 2 + extra` (until the next pair). Sorted by goodIndex.
   */
  lineBreaks: Array<[number, number]>;
  sha256: string;
  bytes: number;
  /** True when some record ends with CRLF. */
  crlf: boolean;
}

const QUOTE = 0x22, COMMA = 0x2c, LF = 0x0a, CR = 0x0d;
const FIELD_START = 0, UNQUOTED = 1, QUOTED = 2, AFTER_QUOTE = 3;

/**
 * Scans a CSV file in chunks and returns its structure.
 *
 * @param path File to scan.
 * @param chunkSize Bytes read at a time (tests use tiny chunks).
 * @returns The header, the record count, the bad records and line mapping.
 */
export async function scanCsv(
  path: string,
  chunkSize: number = 1 << 22,
): Promise<CsvScan> {
  const file = await openRead(path);
  const hash = createHash("sha256");
  const buf = new Uint8Array(chunkSize);
  const scanner = new Scanner();
  for (;;) {
    const n = await file.read(buf).catch((e) => {
      file.close();
      throw readFailure(path, e, "Give the CSV file, not its folder.");
    });
    if (n === null) break;
    hash.update(buf.subarray(0, n));
    scanner.chunk(buf, n);
  }
  file.close();
  scanner.finish();
  return {
    header: scanner.header,
    records: scanner.records,
    bad: scanner.bad,
    lineBreaks: scanner.lineBreaks,
    sha256: hash.digest("hex"),
    bytes: scanner.offset,
    crlf: scanner.crlf,
  };
}

/**
 * The scan's state machine, fed chunk by chunk. The hot paths (inside a
 * quoted field, inside an unquoted field) are tight loops over local
 * variables; per-field and per-record bookkeeping lives in properties.
 */
class Scanner {
  header: string[] = [];
  bad: BadRecord[] = [];
  lineBreaks: Array<[number, number]> = [];
  records = 0;
  offset = 0;
  crlf = false;
  private headerParts: Uint8Array[] | null = [];
  private expected = 0;
  private state = FIELD_START;
  private line = 1;
  private recordLine = 1;
  private recordStart = 0;
  private fields = 1;
  private blank = true;
  private problem: string | null = null;
  private problemField: number | null = null;
  private good = 0;
  private lastExtra = 0;
  private lastByte = -1;

  chunk(b: Uint8Array, n: number): void {
    let i = 0;
    while (i < n) {
      if (this.state === QUOTED) {
        let line = this.line;
        for (; i < n; i++) {
          const c = b[i];
          if (c === QUOTE) break;
          if (c === LF) line++;
        }
        this.line = line;
        this.blank = false;
        if (i === n) break;
        this.state = AFTER_QUOTE;
        i++;
        continue;
      }
      if (this.state === UNQUOTED) {
        for (; i < n; i++) {
          const c = b[i];
          if (c === COMMA || c === LF || c === QUOTE || c === CR) break;
        }
        if (i === n) break;
      }
      const c = b[i];
      if (c === LF) {
        this.line++;
        if ((i > 0 ? b[i - 1] : this.lastByte) === CR) this.crlf = true;
        if (this.headerParts) {
          this.headerParts.push(b.slice(0, i));
          this.header = parseHeader(concat(this.headerParts));
          this.expected = this.header.length;
          this.headerParts = null;
          this.reset(this.offset + i + 1);
        } else this.endRecord(this.offset + i + 1);
        i++;
        continue;
      }
      if (c !== CR) this.blank = false;
      switch (this.state) {
        case FIELD_START:
          if (c === QUOTE) this.state = QUOTED;
          else if (c === COMMA) this.fields++;
          else if (c !== CR) this.state = UNQUOTED;
          break;
        case UNQUOTED:
          if (c === COMMA) {
            this.fields++;
            this.state = FIELD_START;
          } else if (c === QUOTE) {
            this.flag("stray double quote inside an unquoted field");
          }
          break;
        case AFTER_QUOTE:
          if (c === QUOTE) this.state = QUOTED;
          else if (c === COMMA) {
            this.fields++;
            this.state = FIELD_START;
          } else if (c !== CR) {
            this.flag("text after a closing double quote");
            this.state = UNQUOTED;
          }
      }
      i++;
    }
    if (this.headerParts) this.headerParts.push(b.slice(0, n));
    this.lastByte = b[n - 1];
    this.offset += n;
  }

  finish(): void {
    if (this.headerParts) {
      this.header = parseHeader(concat(this.headerParts));
      this.headerParts = null;
      return;
    }
    if (this.blank && this.state === FIELD_START && this.fields === 1) return;
    if (this.state === QUOTED) {
      this.flag(
        "the file ends inside a quoted field: the record is cut off " +
          "(a truncated download?)",
      );
    } else if (this.problem === null && this.fields !== this.expected) {
      this.problem = `record has ${this.fields} fields, the header has ` +
        `${this.expected}, and it is the last line: the file may be truncated`;
      this.problemField = Math.min(this.fields, this.expected) + 1;
    }
    this.endRecord(this.offset);
  }

  private flag(problem: string): void {
    if (this.problem !== null) return;
    this.problem = problem;
    this.problemField = this.fields;
  }

  private endRecord(endByte: number): void {
    if (this.blank && this.fields === 1) {
      this.problem = "blank line";
      this.problemField = null;
    } else if (this.problem === null && this.fields !== this.expected) {
      this.problem =
        `record has ${this.fields} fields, the header has ${this.expected}`;
      this.problemField = Math.min(this.fields, this.expected) + 1;
    }
    if (this.problem !== null) {
      this.bad.push({
        index: this.records,
        line: this.recordLine,
        field: this.problemField,
        reason: this.problem,
        start: this.recordStart,
        end: endByte,
      });
    } else {
      const extra = this.recordLine - (this.good + 2);
      if (this.good === 0 || extra !== this.lastExtra) {
        this.lineBreaks.push([this.good, extra]);
        this.lastExtra = extra;
      }
      this.good++;
    }
    this.records++;
    this.reset(endByte);
  }

  private reset(endByte: number): void {
    this.state = FIELD_START;
    this.fields = 1;
    this.blank = true;
    this.problem = null;
    this.problemField = null;
    this.recordStart = endByte;
    this.recordLine = this.line;
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Splits the header line into names (quotes removed, BOM and CR dropped). */
function parseHeader(bytes: Uint8Array): string[] {
  let text = new TextDecoder().decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.endsWith("\r")) text = text.slice(0, -1);
  const names: string[] = [];
  let i = 0;
  while (i <= text.length) {
    if (text[i] === '"') {
      let j = i + 1, name = "";
      for (; j < text.length; j++) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            name += '"';
            j++;
          } else break;
        } else name += text[j];
      }
      names.push(name);
      i = j + 2;
    } else {
      const j = text.indexOf(",", i);
      const end = j < 0 ? text.length : j;
      names.push(text.slice(i, end));
      i = end + 1;
    }
  }
  return names;
}

/**
 * Writes a copy of `path` without the byte ranges of `bad` records, so that
 * polars can parse the rest. Used only when a file has bad records.
 */
export async function writeWithout(
  path: string,
  bad: BadRecord[],
  target: string,
): Promise<void> {
  const src = await Deno.open(path, { read: true });
  const dst = await Deno.open(target, {
    write: true,
    create: true,
    truncate: true,
  });
  const buf = new Uint8Array(1 << 22);
  let offset = 0;
  let k = 0;
  for (;;) {
    const n = await src.read(buf);
    if (n === null) break;
    let from = 0;
    while (from < n) {
      const abs = offset + from;
      while (k < bad.length && bad[k].end <= abs) k++;
      if (k < bad.length && bad[k].start <= abs) {
        from = Math.min(n, bad[k].end - offset);
        continue;
      }
      const until = k < bad.length ? Math.min(n, bad[k].start - offset) : n;
      await writeAll(dst, buf.subarray(from, until));
      from = until;
    }
    offset += n;
  }
  src.close();
  dst.close();
}

async function writeAll(file: Deno.FsFile, data: Uint8Array) {
  let written = 0;
  while (written < data.length) {
    written += await file.write(data.subarray(written));
  }
}
