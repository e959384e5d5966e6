import { inputError } from '../cli-error';
import { headerKey } from './fields';
import { isBlank, type TableRow } from './table';
import { shown } from './text-file';

/** What the command uses of exceljs: loaded only when a workbook is read or written. */
export type ExcelJs = typeof import('exceljs');

/**
 * Loads exceljs, an optional peer dependency: a clear message, in both languages, when it is not
 * installed.
 */
export async function loadExcelJs(): Promise<ExcelJs> {
  try {
    const loaded = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
    return loaded.default ?? loaded;
  } catch {
    throw inputError(
      'Cần gói exceljs để đọc và ghi tệp .xlsx. Hãy cài đặt: npm install exceljs (hoặc dùng CSV).',
      'Reading and writing .xlsx files needs the exceljs package. Install it: npm install exceljs (or use CSV).',
    );
  }
}

/** The names a sheet may have, compared as headers are (case and diacritics aside). */
export const SHEET_NAMES = {
  households: ['households', 'Hộ', 'Hộ gia đình', 'Danh sách hộ'],
  members: ['members', 'Thành viên', 'Nhân khẩu', 'Danh sách thành viên'],
} as const;

/** A cell's value as text, whatever exceljs gives: numbers, dates, rich text, formulas' results. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    // Excel dates are calendar days: exceljs gives them at midnight UTC.
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'object') {
    const cell = value as {
      richText?: { text: string }[];
      result?: unknown;
      text?: unknown;
      error?: string;
      formula?: string;
      sharedFormula?: string;
    };
    if (Array.isArray(cell.richText)) return cell.richText.map((part) => part.text).join('');
    if ('result' in cell || cell.formula !== undefined || cell.sharedFormula !== undefined)
      return cellText(cell.result);
    if (cell.text !== undefined) return cellText(cell.text);
    if (cell.error !== undefined) return cell.error;
  }
  return String(value);
}

/** A sheet as a header and rows of text cells. */
export interface SheetTable {
  readonly source: string;
  readonly header: readonly string[];
  readonly rows: TableRow[];
}

type Worksheet = import('exceljs').Worksheet;

function sheetTable(path: string, sheet: Worksheet): SheetTable {
  const source = `${path}#${sheet.name}`;
  let header: string[] | undefined;
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as unknown[];
    if (header === undefined) {
      const cells = values.slice(1).map((value) => cellText(value).trim());
      if (!isBlank(cells)) header = cells;
      return;
    }
    const cells = Array.from({ length: header.length }, (_, i) => cellText(values[i + 1]));
    const extra = values.slice(header.length + 1).map(cellText);
    if (isBlank(cells) && isBlank(extra)) return;
    rows.push(
      isBlank(extra)
        ? { row: row.number, cells }
        : { row: row.number, cells: [...cells, ...extra], problem: 'cell-count' },
    );
  });
  if (header === undefined) {
    throw inputError(`${source}: trang tính trống.`, `${source}: the sheet is empty.`);
  }
  return { source, header, rows };
}

/**
 * Reads a workbook's households sheet and members sheet (named as {@link SHEET_NAMES} says).
 * The workbook is read whole: Excel holds at most about a million rows a sheet.
 */
export async function readWorkbook(
  path: string,
): Promise<{ households: SheetTable; members: SheetTable }> {
  const excel = await loadExcelJs();
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch {
    throw inputError(
      `${shown(path)} không đọc được như một tệp Excel (.xlsx): tệp hỏng, hoặc không phải .xlsx (tệp .xls cũ cần lưu lại thành .xlsx).`,
      `${shown(path)} cannot be read as an Excel workbook (.xlsx): it is damaged, or not .xlsx (an old .xls must be saved as .xlsx).`,
    );
  }
  const find = (names: readonly string[]) => {
    const keys = new Set(names.map(headerKey));
    return workbook.worksheets.find((sheet) => keys.has(headerKey(sheet.name)));
  };
  const households = find(SHEET_NAMES.households);
  const members = find(SHEET_NAMES.members);
  if (households === undefined || members === undefined) {
    const found = workbook.worksheets.map((sheet) => `"${sheet.name}"`).join(', ') || '—';
    const missing = households === undefined ? SHEET_NAMES.households : SHEET_NAMES.members;
    const list = missing.map((name) => `"${name}"`).join(', ');
    throw inputError(
      `${shown(path)}: không có trang tính ${list}. Các trang tính có trong tệp: ${found}. Cần một trang hộ ("households" hoặc "Hộ") và một trang thành viên ("members" hoặc "Thành viên").`,
      `${shown(path)}: no sheet named ${list}. The sheets found: ${found}. A households sheet ("households" or "Hộ") and a members sheet ("members" or "Thành viên") are needed.`,
    );
  }
  return { households: sheetTable(path, households), members: sheetTable(path, members) };
}
