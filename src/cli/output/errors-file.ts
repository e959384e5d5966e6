import type { Language, ValidationIssue } from '../../index';
import type { LocatedIssue, RecordItem } from '../input/types';
import { type OutputFormat, openRowWriter, RecordWriter, type RowWriter } from './writers';

/** A row refused: where it is, its household, and every problem. */
export interface RefusedRow {
  readonly file: string;
  readonly row: number;
  readonly householdId?: string;
  readonly issues: readonly LocatedIssue[];
}

/** A record refused by the library (`parseHousehold`, the assessment), its issues placed in the input. */
export function refusedRecord(
  item: RecordItem,
  householdsSource: string,
  issues: readonly ValidationIssue[],
): RefusedRow {
  const householdId = item.householdId;
  const id = householdId === undefined ? {} : { householdId };
  return {
    file: householdsSource,
    row: item.row,
    ...id,
    issues: issues.map((issue) => ({ ...issue, ...item.locate(issue.path), ...id })),
  };
}

/** The columns of an errors table: one line per problem. */
export const ERROR_COLUMNS: readonly string[] = [
  'file',
  'row',
  'householdId',
  'column',
  'path',
  'code',
  'message',
];

/**
 * The errors file: every refused row with its place, its household id and each problem (path,
 * code, message). As a table (CSV, XLSX) one line per problem, with the message in the chosen
 * language; as JSON or NDJSON one record per refused row, with the messages in both languages.
 */
export class ErrorsFile {
  /** Rows refused so far. */
  rows = 0;

  private constructor(
    private readonly table: RowWriter | undefined,
    private readonly records: RecordWriter | undefined,
    private readonly language: Language,
  ) {}

  static async open(path: string, format: OutputFormat, language: Language): Promise<ErrorsFile> {
    if (format === 'csv' || format === 'xlsx') {
      const table = await openRowWriter(path, format, ERROR_COLUMNS, 'errors');
      return new ErrorsFile(table, undefined, language);
    }
    return new ErrorsFile(undefined, new RecordWriter(path, format), language);
  }

  add(refused: RefusedRow): void {
    this.rows++;
    if (this.table !== undefined) {
      for (const issue of refused.issues) {
        this.table.add([
          issue.file,
          issue.row,
          issue.householdId ?? refused.householdId ?? '',
          issue.column ?? '',
          issue.path,
          issue.code,
          issue.message[this.language],
        ]);
      }
      return;
    }
    this.records?.add({
      file: refused.file,
      row: refused.row,
      ...(refused.householdId === undefined ? {} : { householdId: refused.householdId }),
      issues: refused.issues.map((issue) => ({
        file: issue.file,
        row: issue.row,
        ...(issue.column === undefined ? {} : { column: issue.column }),
        path: issue.path,
        code: issue.code,
        message: issue.message,
      })),
    });
  }

  flush(): Promise<void> {
    return (this.table ?? (this.records as RecordWriter)).flush();
  }

  commit(): Promise<void> {
    return (this.table ?? (this.records as RecordWriter)).commit();
  }

  abort(): Promise<void> {
    return (this.table ?? (this.records as RecordWriter)).abort();
  }
}
