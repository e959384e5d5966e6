import type { ValidationIssue } from '../../index';

/** The input formats the command reads. */
export type InputFormat = 'csv' | 'xlsx' | 'json' | 'ndjson';

/** Where something is in the input: a file (or a sheet of a workbook), a row, and a column. */
export interface SourcePlace {
  /** The file, or `file.xlsx#sheet`. */
  readonly file: string;
  /** The row as a spreadsheet shows it (CSV, XLSX), the line (NDJSON), or the record's number from 1 (JSON). */
  readonly row: number;
  /** The column's header as written, when the problem is in one cell. */
  readonly column?: string;
}

/** A problem of the input with its place. */
export interface LocatedIssue extends ValidationIssue, SourcePlace {}

/** A household record read from the input, ready for `parseHousehold`. */
export interface RecordItem {
  /** The household's row (see {@link SourcePlace.row}). */
  readonly row: number;
  /** The record, as the contract has it. */
  readonly record: unknown;
  /** The household's id, when the record has a string one. */
  readonly householdId?: string;
  /** Where a path of the record (`members[2].birthDate`) is in the input. */
  readonly locate: (path: string) => SourcePlace;
  /** The household's cells as read, in the order of the households table's header (CSV, XLSX). */
  readonly cells?: readonly string[];
}

/** An input row that could not be made into a record, with every problem found. */
export interface RejectedItem {
  /** The row (see {@link SourcePlace.row}). */
  readonly row: number;
  /** The file of the row: a member row without its household is in the members table. */
  readonly file: string;
  /** The household's id, when it is known. */
  readonly householdId?: string;
  /** Every problem, each with its place. */
  readonly issues: readonly LocatedIssue[];
}

/** What the reader gives for each input row, in input order. */
export type InputItem = RecordItem | RejectedItem;

/** Whether an item is a record. */
export const isRecordItem = (item: InputItem): item is RecordItem => 'record' in item;

/** An opened input: what it is, and its households one at a time, in input order. */
export interface HouseholdSource {
  readonly format: InputFormat;
  /** The files read (the households table first). */
  readonly files: readonly string[];
  /** Where household rows are, as items name it: the file, or `file.xlsx#sheet`. */
  readonly householdsSource: string;
  /** The households table's header as written (CSV, XLSX): an output table repeats it. */
  readonly header?: readonly string[];
  /** The items in batches, in input order. */
  readonly batches: AsyncIterable<readonly InputItem[]>;
}
