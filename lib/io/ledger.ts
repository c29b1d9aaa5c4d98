/**
 * The load ledger: what happened to every record of every input file.
 *
 * Invariant, per file and in total: `rowsIn = rowsLoaded + rowsRejected`.
 * A rejected row is not in the loaded frame. A field issue leaves the row
 * loaded with that one field set to null (for example an unparseable
 * `account_creation_date`), and is listed so nothing is silent.
 *
 * @module
 */

/** One row that could not be loaded. */
export interface Rejection {
  /** Source file name (as given, not a resolved absolute path). */
  file: string;
  /** 1-based physical line where the record starts (header is line 1). */
  line: number;
  /** Column the problem was found in, or null for a whole-record problem. */
  column: string | null;
  /** What is wrong and what to do, in one sentence. */
  reason: string;
}

/** One field that was set to null while its row was kept. */
export interface FieldIssue {
  file: string;
  line: number;
  column: string;
  /** The offending value, shortened to at most 80 characters. */
  value: string;
  reason: string;
}

/** The account of one input file. */
export interface FileLedger {
  file: string;
  /** Which table the file feeds. */
  table: "users" | "tweets";
  /** Records found in the file (complete or not), header excluded. */
  rowsIn: number;
  rowsLoaded: number;
  rowsRejected: number;
  rejections: Rejection[];
  /** Field issues; `issueCount` may exceed the length when truncated. */
  issues: FieldIssue[];
  issueCount: number;
  /** Schema columns the file lacks, loaded as nulls (e.g. `poll_choices`). */
  absentColumns?: string[];
}

/** The account of a whole load. */
export interface Ledger {
  files: FileLedger[];
}

/** Totals over a ledger's files for one table. */
export function ledgerTotals(
  ledger: Ledger,
  table: "users" | "tweets",
): { rowsIn: number; rowsLoaded: number; rowsRejected: number } {
  let rowsIn = 0, rowsLoaded = 0, rowsRejected = 0;
  for (const f of ledger.files) {
    if (f.table !== table) continue;
    rowsIn += f.rowsIn;
    rowsLoaded += f.rowsLoaded;
    rowsRejected += f.rowsRejected;
  }
  return { rowsIn, rowsLoaded, rowsRejected };
}
