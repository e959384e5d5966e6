import { inputError } from '../cli-error';

/** What is wrong with a record that is not well-formed CSV (the file goes on after it). */
export type CsvProblem = 'text-after-quote' | 'quote-in-field';

/**
 * One record of a CSV file: its number as a spreadsheet shows it (the header is row 1), its cells,
 * and what is wrong when it is not well-formed (its cells are then read as well as they can be).
 */
export interface CsvRecord {
  readonly row: number;
  readonly cells: string[];
  readonly problem?: CsvProblem;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
/** A record longer than this is a quote that was opened and never closed. */
const MAX_RECORD_CHARS = 1 << 20;

/** The delimiter of a file, from its first line: the most frequent of `,`, `;` and tab. */
export function detectDelimiter(firstLine: string): string {
  let best = ',';
  let bestCount = 0;
  for (const candidate of [',', ';', '\t']) {
    const count = firstLine.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A streaming CSV reader (RFC 4180: quoted fields, `""` for a quote, line breaks inside quotes,
 * CRLF, LF or CR line ends): text goes in chunk by chunk, whole records come out with their row
 * numbers. Blank records are counted but not returned. It keeps only the unfinished record, so
 * memory stays flat whatever the file's size; a record longer than 1 MB is a quote that was never
 * closed, and stops the file with a clear message.
 */
export class CsvReader {
  private buffer = '';
  private rows = 0;
  private readonly delimiter: number;

  /** @param delimiter - `,`, `;` or a tab */
  constructor(delimiter: string) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Reads a chunk; `final` for the last one. Returns the records it completed. */
  push(text: string, final: boolean, out: CsvRecord[] = []): CsvRecord[] {
    const s = this.buffer === '' ? text : this.buffer + text;
    let i = 0;
    while (i < s.length) {
      const end = this.record(s, i, final, out);
      if (end < 0) break;
      i = end;
    }
    this.buffer = i < s.length ? s.slice(i) : '';
    if (this.buffer.length > MAX_RECORD_CHARS) throw this.unclosed();
    if (final && this.buffer !== '') throw this.unclosed();
    return out;
  }

  private unclosed() {
    const row = this.rows + 1;
    return inputError(
      `Dòng ${row}: có dấu ngoặc kép (") mở mà không đóng, hoặc dòng dài quá 1 MB. Hãy kiểm tra ô có dấu ngoặc kép ở dòng này.`,
      `Row ${row}: a quote (") is opened and never closed, or the row is longer than 1 MB. Check the cell with a quote on this row.`,
    );
  }

  /** Reads one record from `start`; returns where the next begins, or -1 if it is not complete. */
  private record(s: string, start: number, final: boolean, out: CsvRecord[]): number {
    const n = s.length;
    const cells: string[] = [];
    let problem: CsvProblem | undefined;
    let i = start;
    for (;;) {
      let code = i < n ? s.charCodeAt(i) : -1;
      if (code === QUOTE) {
        let value = '';
        let from = i + 1;
        for (;;) {
          const q = s.indexOf('"', from);
          if (q < 0 || (q + 1 >= n && !final)) return -1;
          if (s.charCodeAt(q + 1) === QUOTE) {
            value += s.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          value += s.slice(from, q);
          i = q + 1;
          break;
        }
        cells.push(value);
        code = i < n ? s.charCodeAt(i) : -1;
        if (code !== this.delimiter && code !== LF && code !== CR && code !== -1) {
          problem ??= 'text-after-quote';
          while (i < n && s.charCodeAt(i) !== LF && s.charCodeAt(i) !== CR) i++;
          code = i < n ? s.charCodeAt(i) : -1;
        }
      } else {
        let j = i;
        while (j < n) {
          const c = s.charCodeAt(j);
          if (c === this.delimiter || c === LF || c === CR) break;
          if (c === QUOTE) problem ??= 'quote-in-field';
          j++;
        }
        cells.push(s.slice(i, j));
        i = j;
        code = i < n ? s.charCodeAt(i) : -1;
      }
      if (code === -1) {
        if (!final) return -1;
        break;
      }
      if (code === this.delimiter) {
        i++;
        continue;
      }
      // A line end: CRLF, LF or CR. A CR at the end of a chunk may be the first half of CRLF.
      if (code === CR) {
        if (i + 1 >= n && !final) return -1;
        i += s.charCodeAt(i + 1) === LF ? 2 : 1;
      } else {
        i++;
      }
      break;
    }
    this.rows++;
    if (problem !== undefined) out.push({ row: this.rows, cells, problem });
    else if (cells.length > 1 || cells[0] !== '') out.push({ row: this.rows, cells });
    return i;
  }
}
