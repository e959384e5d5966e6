import { extname } from 'node:path';
import { usageError } from '../cli-error';
import { loadExcelJs } from '../input/xlsx';
import { AtomicFile, discard, publish, temporaryPath } from './atomic-file';
import { BOM, csvLine } from './csv-text';

/** The output formats. */
export type OutputFormat = 'csv' | 'xlsx' | 'json' | 'ndjson';

const FORMATS: Readonly<Record<string, OutputFormat>> = {
  '.csv': 'csv',
  '.xlsx': 'xlsx',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
};

/** An output's format, by its extension, among those allowed. */
export function outputFormatOf(path: string, allowed: readonly OutputFormat[]): OutputFormat {
  const format = FORMATS[extname(path).toLowerCase()];
  if (format === undefined || !allowed.includes(format)) {
    const list = allowed.map((name) => `.${name}`).join(', ');
    throw usageError(
      `Không ghi được ${JSON.stringify(path)}: đuôi tệp phải là ${list}.`,
      `Cannot write ${JSON.stringify(path)}: its extension must be ${list}.`,
    );
  }
  return format;
}

/** Rows out, written atomically: nothing is at `path` until `commit`. */
export interface RowWriter {
  /** Adds a row (buffered). */
  add(cells: readonly (string | number)[]): void;
  /** Writes what is buffered, waiting for the disk. */
  flush(): Promise<void>;
  /** Finishes the file and gives it its name. */
  commit(): Promise<void>;
  /** Drops the file. */
  abort(): Promise<void>;
}

class CsvRows implements RowWriter {
  private readonly file: AtomicFile;
  /** Lines not yet written, joined at each flush (cheaper than growing one string line by line). */
  private lines: string[];

  constructor(path: string, header: readonly string[]) {
    this.file = new AtomicFile(path);
    this.lines = [BOM + csvLine(header)];
  }

  add(cells: readonly (string | number)[]): void {
    this.lines.push(csvLine(cells));
  }

  async flush(): Promise<void> {
    if (this.lines.length === 0) return;
    const text = this.lines.join('');
    this.lines = [];
    await this.file.write(text);
  }

  async commit(): Promise<void> {
    await this.flush();
    await this.file.commit();
  }

  abort(): Promise<void> {
    return this.file.abort();
  }
}

type WorkbookWriter = InstanceType<
  Awaited<ReturnType<typeof loadExcelJs>>['stream']['xlsx']['WorkbookWriter']
>;
type SheetWriter = ReturnType<WorkbookWriter['addWorksheet']>;

class XlsxRows implements RowWriter {
  constructor(
    private readonly workbook: WorkbookWriter,
    private readonly sheet: SheetWriter,
    private readonly temporary: string,
    private readonly path: string,
  ) {}

  add(cells: readonly (string | number)[]): void {
    this.sheet.addRow([...cells]).commit();
  }

  async flush(): Promise<void> {}

  async commit(): Promise<void> {
    this.sheet.commit();
    await this.workbook.commit();
    await publish(this.temporary, this.path);
  }

  abort(): Promise<void> {
    return discard(this.temporary);
  }
}

/** Opens a table output (CSV with a byte-order mark, or a workbook with one sheet). */
export async function openRowWriter(
  path: string,
  format: 'csv' | 'xlsx',
  header: readonly string[],
  sheetName: string,
): Promise<RowWriter> {
  if (format === 'csv') return new CsvRows(path, header);
  const excel = await loadExcelJs();
  const temporary = temporaryPath(path);
  const workbook = new excel.stream.xlsx.WorkbookWriter({ filename: temporary, useStyles: true });
  const sheet = workbook.addWorksheet(sheetName);
  const headerRow = sheet.addRow([...header]);
  headerRow.font = { bold: true };
  headerRow.commit();
  return new XlsxRows(workbook, sheet, temporary, path);
}

/** Records out as JSON (one array) or NDJSON (a record a line), written atomically. */
export class RecordWriter {
  private readonly file: AtomicFile;
  private buffer = '';
  private count = 0;

  constructor(
    path: string,
    private readonly format: 'json' | 'ndjson',
  ) {
    this.file = new AtomicFile(path);
    if (format === 'json') this.buffer = '[';
  }

  add(record: unknown): void {
    const text = JSON.stringify(record);
    if (this.format === 'ndjson') this.buffer += `${text}\n`;
    else this.buffer += `${this.count === 0 ? '\n' : ',\n'}${text}`;
    this.count++;
  }

  async flush(): Promise<void> {
    if (this.buffer === '') return;
    const text = this.buffer;
    this.buffer = '';
    await this.file.write(text);
  }

  async commit(): Promise<void> {
    if (this.format === 'json') this.buffer += this.count === 0 ? ']\n' : '\n]\n';
    await this.flush();
    await this.file.commit();
  }

  abort(): Promise<void> {
    return this.file.abort();
  }
}
