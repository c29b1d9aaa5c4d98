/**
 * Types of a loaded release.
 *
 * @module
 */
import type pl from "nodejs-polars";
import type { Ledger } from "./ledger.ts";

/** A loaded release: lazy frames in the archive schema plus the ledger. */
export interface Release {
  /** Release name (folder name, or the users file's stem). */
  name: string;
  /** Users table (archive schema, see `schema.ts`). */
  users: pl.LazyDataFrame;
  /** Tweets table (archive schema, see `schema.ts`). */
  tweets: pl.LazyDataFrame;
  /** What happened to every record. */
  ledger: Ledger;
  /** True when the release is the project's synthetic demo bundle. */
  synthetic: boolean;
}
