import { inputError } from '../cli-error';
import { CsvReader, type CsvRecord, detectDelimiter } from './csv';
import { isBlank, type TableRow } from './table';
import { type ReadProgress, readTextFile, shown } from './text-file';

/** A table: its header, and its rows in batches (one batch per chunk of the file read). */
export interface Table {
  readonly header: readonly string[];
  readonly batches: AsyncIterator<TableRow[]>;
}

/** Checks a row's width against the header: extra cells may only be empty. */
export function shaped(record: TableRow, width: number): TableRow {
  if (record.problem !== undefined || record.cells.length === width) return record;
  if (record.cells.length > width && isBlank(record.cells.slice(width)))
    return { row: record.row, cells: record.cells.slice(0, width) };
  return { row: record.row, cells: record.cells, problem: 'cell-count' };
}

async function* records(path: string, progress?: ReadProgress): AsyncGenerator<CsvRecord[]> {
  let reader: CsvReader | undefined;
  for await (const text of readTextFile(path, progress)) {
    if (reader === undefined) {
      const newline = text.search(/[\r\n]/);
      reader = new CsvReader(detectDelimiter(newline < 0 ? text : text.slice(0, newline)));
    }
    const batch = reader.push(text, false);
    if (batch.length > 0) yield batch;
  }
  if (reader !== undefined) {
    const last = reader.push('', true);
    if (last.length > 0) yield last;
  }
}

/**
 * Opens a CSV file as a table: the first non-blank record is the header; blank rows are passed
 * over (and counted in row numbers, as a spreadsheet shows them). An empty file stops the run.
 */
export async function openCsvTable(path: string, progress?: ReadProgress): Promise<Table> {
  const all = records(path, progress);
  let header: readonly string[] | undefined;
  let first: TableRow[] = [];
  while (header === undefined) {
    const next = await all.next();
    if (next.done) {
      throw inputError(
        `${shown(path)} trống: không có dòng tiêu đề nào.`,
        `${shown(path)} is empty: it has no header row.`,
      );
    }
    const at = next.value.findIndex((record) => !isBlank(record.cells));
    if (at >= 0) {
      header = (next.value[at] as CsvRecord).cells.map((cell) => cell.trim());
      first = next.value.slice(at + 1);
    }
  }
  const width = header.length;
  const tidy = (batch: readonly TableRow[]) => {
    const rows: TableRow[] = [];
    for (const record of batch)
      if (record.problem !== undefined || !isBlank(record.cells)) rows.push(shaped(record, width));
    return rows;
  };
  async function* batches(): AsyncGenerator<TableRow[]> {
    if (first.length > 0) yield tidy(first);
    for await (const batch of all) yield tidy(batch);
  }
  return { header, batches: batches() };
}
