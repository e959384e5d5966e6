import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { run } from '../../src/cli/main';

/** What a run of the command gave: its exit code and what it printed. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the command in this process, as `vn-poverty <args>` would, capturing what it prints. */
export async function cli(args: readonly string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    errIsTerminal: false,
    now: () => performance.now(),
  };
  const code = await run(args, io);
  return { code, out, err };
}

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A fresh folder, removed after the file's tests. */
export function scratch(): string {
  const folder = mkdtempSync(join(tmpdir(), 'vn-poverty-cli-'));
  folders.push(folder);
  return folder;
}

/** Writes a file (text or bytes) into a folder, creating it, and gives its path. */
export function put(folder: string, name: string, content: string | Uint8Array): string {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

/** Rows as CSV text (cells quoted when they need it). */
export function csv(rows: readonly (readonly (string | number)[])[]): string {
  const cell = (value: string | number) => {
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => `${row.map(cell).join(',')}\n`).join('');
}

/** Reads a CSV file the command wrote: its rows as arrays of cells (a simple reader for tests). */
export function readCsv(path: string): string[][] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  return rows;
}

/** A CSV file the command wrote, as records by header. */
export function readCsvRecords(path: string): Record<string, string>[] {
  const [header = [], ...rows] = readCsv(path);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

/** Writes a workbook with the named sheets, each rows of cells. */
export async function putWorkbook(
  folder: string,
  name: string,
  sheets: Readonly<Record<string, readonly (readonly unknown[])[]>>,
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(sheetName);
    for (const row of rows) sheet.addRow([...row]);
  }
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** The households of the README's quick start and a well-off one, as the two CSV tables. */
export const HOUSEHOLDS_HEADER = [
  'Mã hộ',
  'Khu vực',
  'Tổng thu nhập năm',
  'Móng, cột',
  'Khung, tường',
  'Mái',
  'Diện tích nhà ở (m2)',
  'Nguồn nước',
  'Nhà tiêu',
  'Thiết bị thông tin',
] as const;

export const MEMBERS_HEADER = [
  'Mã hộ',
  'Mã thành viên',
  'Giới tính',
  'Ngày sinh',
  'Dân tộc',
  'Tình trạng việc làm',
  'Thẻ BHYT',
  'Sử dụng internet',
  'Tình trạng dinh dưỡng',
  'Đang đi học',
  'Cấp học',
] as const;

/**
 * HH-0042 is the README's quick-start household: rural, 72,000,000 đồng a year for 4 people,
 * exactly the 2022–2026 rural line (1,500,000 × 12 × 4 = 72,000,000), deprived on health
 * insurance (b), floor area (31 m² < 8 m² × 4) and telecommunications (no one uses the internet):
 * poor. HH-0043 earns 600,000,000 đồng for 2 (25,000,000 a month each, far above every line) and
 * lacks nothing: not poor.
 */
export const QUICK_START_HOUSEHOLDS = [
  HOUSEHOLDS_HEADER,
  [
    'HH-0042',
    'nông thôn',
    '72.000.000',
    'bền chắc',
    'bền chắc',
    'bền chắc',
    '31',
    'piped',
    'septic',
    'television',
  ],
  [
    'HH-0043',
    'rural',
    '600000000',
    'durable',
    'durable',
    'durable',
    '80',
    'piped',
    'septic',
    'television;smartphone',
  ],
];

export const QUICK_START_MEMBERS = [
  MEMBERS_HEADER,
  ['HH-0042', 'a', 'Nam', '15/03/1980', 'Tày', 'self-employed', 'có', 'không', '', '', ''],
  ['HH-0042', 'b', 'Nữ', '1983', 'Tay', 'self-employed', 'không', 'không', '', '', ''],
  ['HH-0042', 'c', 'nam', '2012-09', 'Tày', '', 'có', 'không', 'normal', 'có', 'lower-secondary'],
  ['HH-0042', 'd', 'nữ', '10/02/2016', 'Tày', '', 'có', 'không', 'normal', 'có', 'primary'],
  [
    'HH-0043',
    'a',
    'male',
    '1975-01-01',
    'Kinh',
    'wage-with-contract',
    'true',
    'true',
    '',
    'false',
    '',
  ],
  [
    'HH-0043',
    'b',
    'female',
    '1977-05-05',
    'Kinh',
    'wage-with-contract',
    'yes',
    'yes',
    '',
    'no',
    '',
  ],
];
