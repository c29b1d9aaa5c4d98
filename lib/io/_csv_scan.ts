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
 * @returns The header, the record count, the bad records and line mapping.
 */
export async function scanCsv(path: string): Promise<CsvScan> {
  const file = await Deno.open(path, { read: true });
  const hash = createHash("sha256");
  const buf = new Uint8Array(1 << 22);
  const bad: BadRecord[] = [];
  const lineBreaks: Array<[number, number]> = [];
  let headerBytes: number[] | null = [];
  let header: string[] = [];
  let state = FIELD_START;
  let line = 1; // physical line of the current byte
  let recordLine = 1; // physical line where the current record starts
  let recordStart = 0; // byte offset of the current record
  let fields = 1; // fields seen so far in the current record
  let fieldChars = 0; // bytes in the current record (to spot blank lines)
  let problem: string | null = null;
  let problemField: number | null = null;
  let records = 0;
  let good = 0;
  let lastExtra = 0;
  let offset = 0;
  let crlf = false;
  let expected = 0;

  const endRecord = (endByte: number) => {
    if (headerBytes) {
      header = parseHeader(new Uint8Array(headerBytes));
      expected = header.length;
      headerBytes = null;
    } else {
      if (fieldChars === 0 && fields === 1) {
        problem = "blank line";
      } else if (problem === null && fields !== expected) {
        problem = `record has ${fields} fields, the header has ${expected}`;
        problemField = Math.min(fields, expected) + 1;
      }
      if (problem !== null) {
        bad.push({
          index: records,
          line: recordLine,
          field: problemField,
          reason: problem,
          start: recordStart,
          end: endByte,
        });
      } else {
        const extra = recordLine - (good + 2);
        if (good === 0 || extra !== lastExtra) {
          lineBreaks.push([good, extra]);
          lastExtra = extra;
        }
        good++;
      }
      records++;
    }
    state = FIELD_START;
    fields = 1;
    fieldChars = 0;
    problem = null;
    problemField = null;
    recordStart = endByte;
    recordLine = line;
  };

  for (;;) {
    const n = await file.read(buf);
    if (n === null) break;
    const chunk = buf.subarray(0, n);
    hash.update(chunk);
    for (let i = 0; i < n; i++) {
      const c = chunk[i];
      if (headerBytes && c !== LF) headerBytes.push(c);
      if (c === LF) {
        line++;
        if (state === QUOTED) continue;
        if (i > 0 ? chunk[i - 1] === CR : false) crlf = true;
        endRecord(offset + i + 1);
        continue;
      }
      if (c !== CR) fieldChars++;
      switch (state) {
        case FIELD_START:
          if (c === QUOTE) state = QUOTED;
          else if (c === COMMA) fields++;
          else if (c !== CR) state = UNQUOTED;
          break;
        case UNQUOTED:
          if (c === COMMA) {
            fields++;
            state = FIELD_START;
          } else if (c === QUOTE && problem === null) {
            problem = "stray double quote inside an unquoted field";
            problemField = fields;
          }
          break;
        case QUOTED:
          if (c === QUOTE) state = AFTER_QUOTE;
          break;
        case AFTER_QUOTE:
          if (c === QUOTE) state = QUOTED;
          else if (c === COMMA) {
            fields++;
            state = FIELD_START;
          } else if (c !== CR) {
            if (problem === null) {
              problem = "text after a closing double quote";
              problemField = fields;
            }
            state = UNQUOTED;
          }
      }
    }
    offset += n;
  }
  file.close();
  if (headerBytes !== null || fieldChars > 0 || state !== FIELD_START) {
    if (state === QUOTED && headerBytes === null) {
      problem = "the file ends inside a quoted field: the record is cut off " +
        "(a truncated download?)";
      problemField = fields;
    } else if (
      headerBytes === null && problem === null && fields !== expected
    ) {
      problem = `record has ${fields} fields, the header has ${expected}, ` +
        "and it is the last line: the file may be truncated";
      problemField = Math.min(fields, expected) + 1;
    }
    endRecord(offset);
  }
  return {
    header,
    records,
    bad,
    lineBreaks,
    sha256: hash.digest("hex"),
    bytes: offset,
    crlf,
  };
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
