import { extname } from 'node:path';
import {
  type Allocation,
  type AllocationUnit,
  allocate,
  type CriteriaTable,
  EXAMPLE_COMMUNE_CRITERIA,
  formatAllocation,
  type Language,
  type RoundingUnit,
  VnPovertyError,
} from '../../index';
import { COMMON_OPTIONS, languageOf, onePath, parseCommand } from '../args';
import { EXIT, inputError, usageError } from '../cli-error';
import { readCell } from '../input/cells';
import { openCsvTable } from '../input/csv-table';
import { headerKey } from '../input/fields';
import { readJsonFile } from '../input/json-source';
import type { TableRow } from '../input/table';
import type { LocatedIssue } from '../input/types';
import type { CliIo } from '../io';
import { besideInput, checkOutputs } from '../output/output-paths';
import { openRowWriter, outputFormatOf } from '../output/writers';
import { describeIssue } from './explain';
import { ALLOCATE_HELP } from './help';

const OPTIONS = {
  ...COMMON_OPTIONS,
  total: { type: 'string' },
  criteria: { type: 'string' },
  unit: { type: 'string' },
  out: { type: 'string' },
} as const;

/** An amount of đồng from the command line: digits, optionally in groups of three. */
export function readAmount(option: string, text: string): number {
  const digits = /^\d{1,3}(?:([.,_ ])\d{3})(?:\1\d{3})*$/.test(text)
    ? text.replace(/[.,_ ]/g, '')
    : text;
  const amount = /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
  if (!Number.isSafeInteger(amount)) {
    throw usageError(
      `--${option} phải là một số nguyên đồng, ví dụ 10000000000 hoặc 10.000.000.000 (nhận được "${text}").`,
      `--${option} must be a whole number of đồng such as 10000000000 or 10.000.000.000 (got "${text}").`,
    );
  }
  return amount;
}

/** What a column of the units table holds. */
type UnitColumn =
  | { readonly kind: 'id' | 'name' | 'floor' | 'cap' }
  | { readonly kind: 'criterion'; readonly id: string; readonly read: 'count' | 'decimal' | 'flag' }
  | { readonly kind: 'category'; readonly id: string };

const FIXED: Readonly<Record<string, 'id' | 'name' | 'floor' | 'cap'>> = {
  id: 'id',
  ma: 'id',
  'ma don vi': 'id',
  name: 'name',
  ten: 'name',
  'ten don vi': 'name',
  floor: 'floor',
  'muc toi thieu': 'floor',
  cap: 'cap',
  'muc toi da': 'cap',
};

/** Reads the units table's header against the criteria table: every column known, every criterion there. */
function unitColumns(
  source: string,
  header: readonly string[],
  table: CriteriaTable,
): UnitColumn[] {
  const byKey = new Map<string, UnitColumn>();
  for (const criterion of table.criteria) {
    const read =
      criterion.kind === 'flag' ? 'flag' : criterion.kind === 'count' ? 'count' : 'decimal';
    const column: UnitColumn = { kind: 'criterion', id: criterion.id, read };
    for (const name of [criterion.id, criterion.label.vi, criterion.label.en])
      byKey.set(headerKey(name), column);
  }
  for (const coefficients of table.coefficients ?? []) {
    const column: UnitColumn = { kind: 'category', id: coefficients.id };
    for (const name of [
      coefficients.id,
      `category.${coefficients.id}`,
      coefficients.label.vi,
      coefficients.label.en,
    ])
      byKey.set(headerKey(name), column);
  }
  const unknown: string[] = [];
  const columns = header.map((name): UnitColumn => {
    const key = headerKey(name);
    const fixed = FIXED[key];
    const column: UnitColumn | undefined = fixed === undefined ? byKey.get(key) : { kind: fixed };
    if (column === undefined) unknown.push(`"${name}"`);
    return column ?? { kind: 'name' };
  });
  if (unknown.length > 0) {
    throw inputError(
      `${source}: cột không có trong bảng tiêu chí "${table.id}": ${unknown.join(', ')}. Các cột: id, name, floor, cap, mỗi tiêu chí (${table.criteria.map((c) => c.id).join(', ')}) và mỗi bảng hệ số.`,
      `${source}: columns not in the criteria table "${table.id}": ${unknown.join(', ')}. The columns: id, name, floor, cap, each criterion (${table.criteria.map((c) => c.id).join(', ')}) and each coefficient table.`,
    );
  }
  const has = (test: (column: UnitColumn) => boolean) => columns.some(test);
  const missing = [
    ...(has((c) => c.kind === 'id') ? [] : ['id']),
    ...table.criteria
      .filter((criterion) => !has((c) => c.kind === 'criterion' && c.id === criterion.id))
      .map((criterion) => criterion.id),
  ];
  if (missing.length > 0) {
    throw inputError(
      `${source}: thiếu cột ${missing.join(', ')}.`,
      `${source}: missing the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`,
    );
  }
  return columns;
}

const SPECS = {
  count: { path: '', kind: 'vnd', aliases: [] },
  decimal: { path: '', kind: 'number', aliases: [] },
  flag: { path: '', kind: 'boolean', aliases: [] },
} as const;

/**
 * A value cell read as its criterion reads it: whole numbers and đồng with groups of three
 * (`5.000`), decimals with a point or a comma (a percentage is divided by 100), yes/no for a flag.
 * A cell that is none of these is passed as written, for `allocate` to refuse with its place.
 */
function cellValue(cell: string, read: 'count' | 'decimal' | 'flag'): unknown {
  const percent = read === 'decimal' ? /^(.*)%$/.exec(cell) : null;
  const result = readCell(percent === null ? cell : (percent[1] ?? ''), SPECS[read]);
  const value = result.ok ? result.value : cell;
  return percent !== null && typeof value === 'number' ? value / 100 : value;
}

function unitOf(row: TableRow, columns: readonly UnitColumn[]): AllocationUnit {
  const unit: Record<string, unknown> = { values: {} };
  const values: Record<string, unknown> = Object.create(null);
  const categories: Record<string, unknown> = Object.create(null);
  columns.forEach((column, index) => {
    const cell = (row.cells[index] ?? '').trim();
    if (cell === '') return;
    switch (column.kind) {
      case 'criterion':
        values[column.id] = cellValue(cell, column.read);
        break;
      case 'category':
        categories[column.id] = cell;
        break;
      case 'floor':
      case 'cap':
        unit[column.kind] = cellValue(cell, 'count');
        break;
      default:
        unit[column.kind] = cell;
    }
  });
  unit.values = values;
  if (Object.keys(categories).length > 0) unit.categories = categories;
  return unit as unknown as AllocationUnit;
}

/** The place of an issue of `allocate`: a unit's path is its row and column. */
function placeOf(
  path: string,
  rows: readonly TableRow[],
  header: readonly string[],
  columns: readonly UnitColumn[],
  files: { units: string; criteria: string },
): { file: string; row: number; column?: string } {
  const unit = /^units\[(\d+)\](?:\.(values|categories)\.([^.[]+)|\.(\w+))?/.exec(path);
  if (unit === null)
    return { file: path.startsWith('table') ? files.criteria : files.units, row: 0 };
  const row = rows[Number(unit[1])]?.row ?? 0;
  const index = columns.findIndex((column) =>
    unit[2] === 'values'
      ? column.kind === 'criterion' && column.id === unit[3]
      : unit[2] === 'categories'
        ? column.kind === 'category' && column.id === unit[3]
        : column.kind === unit[4],
  );
  return index < 0
    ? { file: files.units, row }
    : { file: files.units, row, column: header[index] as string };
}

async function criteriaTable(path: string): Promise<CriteriaTable> {
  if (path === 'example') return EXAMPLE_COMMUNE_CRITERIA;
  return (await readJsonFile(path)) as CriteriaTable;
}

const COLUMNS = [
  'id',
  'name',
  'points',
  'share',
  'criteriaAmount',
  'limit',
  'floor',
  'cap',
  'amountBeforeRounding',
  'roundingAdjustment',
  'amount',
  'reasons',
];

async function writeAllocation(
  path: string,
  allocation: Allocation,
  language: Language,
): Promise<void> {
  const criteria = allocation.units[0]?.criteria.map((c) => `points.${c.criterionId}`) ?? [];
  const format = outputFormatOf(path, ['csv', 'xlsx']) as 'csv' | 'xlsx';
  const rows = await openRowWriter(
    path,
    format,
    [...COLUMNS.slice(0, 3), ...criteria, ...COLUMNS.slice(3)],
    'allocation',
  );
  for (const unit of allocation.units) {
    rows.add([
      unit.id,
      unit.name ?? '',
      unit.points,
      ...unit.criteria.map((c) => c.points),
      unit.share,
      unit.criteriaAmount,
      unit.limit,
      unit.floor ?? '',
      unit.cap ?? '',
      unit.amountBeforeRounding,
      unit.roundingAdjustment,
      unit.amount,
      unit.reasons.map((reason) => reason.message[language]).join(' | '),
    ]);
  }
  await rows.commit();
}

/** `vn-poverty allocate`: a total divided among units by a criteria table, every amount explained. */
export async function allocateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('allocate', args, OPTIONS);
  if (values.help === true) {
    io.out(ALLOCATE_HELP);
    return EXIT.ok;
  }
  const language = languageOf(values.lang);
  const input = onePath('allocate', positionals, {
    vi: 'tệp đơn vị (CSV)',
    en: 'units file (CSV)',
  });
  if (extname(input).toLowerCase() !== '.csv') {
    throw usageError(
      `Bảng đơn vị phải là tệp .csv: ${input}.`,
      `The units table must be a .csv file: ${input}.`,
    );
  }
  if (values.total === undefined || values.criteria === undefined) {
    throw usageError(
      'Cần --total SỐ_TIỀN và --criteria TỆP (hoặc --criteria example). Xem: vn-poverty allocate --help',
      'Give --total AMOUNT and --criteria FILE (or --criteria example). See: vn-poverty allocate --help',
    );
  }
  const total = readAmount('total', values.total);
  const roundingUnit = values.unit === undefined ? 1 : readAmount('unit', values.unit);
  const table = await criteriaTable(values.criteria);
  const outPath = values.out ?? besideInput(input, 'allocation', 'csv');
  outputFormatOf(outPath, ['csv', 'xlsx']);
  const units = await openCsvTable(input);
  const rows: TableRow[] = [];
  for (let next = await units.batches.next(); !next.done; next = await units.batches.next())
    rows.push(...next.value);
  if (!Array.isArray(table?.criteria)) {
    throw inputError(
      `${values.criteria} không phải bảng tiêu chí: cần một đối tượng JSON có "id", "title" và "criteria".`,
      `${values.criteria} is not a criteria table: a JSON object with "id", "title" and "criteria" is needed.`,
    );
  }
  const columns = unitColumns(input, units.header, table);
  const bad = rows.filter((row) => row.problem !== undefined);
  if (bad.length > 0) {
    const list = bad.map((row) => row.row).join(', ');
    throw inputError(
      `${input}: dòng ${list} không đúng định dạng CSV.`,
      `${input}: rows ${list} are not well-formed CSV.`,
    );
  }
  await checkOutputs([input], [outPath]);
  let allocation: Allocation;
  try {
    allocation = allocate(
      total,
      rows.map((row) => unitOf(row, columns)),
      table,
      { roundingUnit: roundingUnit as RoundingUnit },
    );
  } catch (error) {
    if (!(error instanceof VnPovertyError)) throw error;
    const files = { units: input, criteria: values.criteria };
    const issues: LocatedIssue[] = (
      error.issues.length > 0
        ? error.issues
        : [{ path: '', code: error.code, message: error.messages }]
    ).map((issue) => ({ ...issue, ...placeOf(issue.path, rows, units.header, columns, files) }));
    const heading = language === 'vi' ? 'Không phân bổ được:' : 'Cannot allocate:';
    io.err(`${heading}\n${issues.map((issue) => describeIssue(issue, language)).join('\n')}\n`);
    return EXIT.usage;
  }
  await writeAllocation(outPath, allocation, language);
  io.out(
    `${formatAllocation(allocation, { language })}\n${language === 'vi' ? 'Kết quả' : 'Results'}: ${outPath}\n`,
  );
  return EXIT.ok;
}
