import type { ValidationIssue } from '../../index';
import { inputError } from '../cli-error';
import { type CellProblem, cellReader, isCellProblem } from './cells';
import type { CsvProblem } from './csv';
import {
  DECLARED_PREFIX,
  type FieldSpec,
  HOUSEHOLD_FIELDS,
  headerKey,
  IGNORED_HEADERS,
  MEMBER_FIELDS,
  MEMBER_HOUSEHOLD_ID,
} from './fields';

/** Which of the two tables. */
export type TableName = 'households' | 'members';

/** A table's header, read: the field of each column (or none for a column passed over). */
export interface TableColumns {
  readonly table: TableName;
  /** Where the table is, for messages: a file name, or a sheet of a workbook. */
  readonly source: string;
  /** The headers as written. */
  readonly headers: readonly string[];
  /** Each column's field; `undefined` for a running-number column. */
  readonly fields: readonly (FieldSpec | undefined)[];
  /** The column of the household id (the join key), or -1 when there is none. */
  readonly keyIndex: number;
  /** Each field path's header as written, to name the column of a problem. */
  readonly headerOf: ReadonlyMap<string, string>;
}

/** What is wrong with a row as a row: not well-formed CSV, or not as many cells as the header. */
export type RowProblem = CsvProblem | 'cell-count';

/** A row of a table: its row number, its cells, and what is wrong with it as a row, if anything. */
export interface TableRow {
  readonly row: number;
  readonly cells: readonly string[];
  readonly problem?: RowProblem;
}

const TABLE_WORDS = {
  households: { vi: 'bảng hộ', en: 'the households table' },
  members: { vi: 'bảng thành viên', en: 'the members table' },
};

function lookup(fields: readonly FieldSpec[]): Map<string, FieldSpec> {
  const byKey = new Map<string, FieldSpec>();
  for (const spec of fields) {
    byKey.set(headerKey(spec.path), spec);
    for (const alias of spec.aliases) byKey.set(headerKey(alias), spec);
  }
  return byKey;
}

const LOOKUP = { households: lookup(HOUSEHOLD_FIELDS), members: lookup(MEMBER_FIELDS) };
const IGNORED = new Set(IGNORED_HEADERS.map(headerKey));

/** Edit distance, stopping early above `limit`: for suggesting a column name. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

function suggest(table: TableName, header: string): string | undefined {
  const key = headerKey(header);
  const fields = table === 'households' ? HOUSEHOLD_FIELDS : MEMBER_FIELDS;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 4));
  for (const spec of fields) {
    for (const name of [spec.path, ...spec.aliases]) {
      const d = distance(key, headerKey(name), bestDistance);
      if (d <= bestDistance && (best === undefined || d < bestDistance)) {
        best = name;
        bestDistance = d;
      }
    }
  }
  return best;
}

function fieldFor(table: TableName, header: string): FieldSpec | 'ignored' | undefined {
  const key = headerKey(header);
  if (IGNORED.has(key)) return 'ignored';
  const spec = LOOKUP[table].get(key);
  if (spec !== undefined) return spec;
  const trimmed = header.trim();
  if (table === 'households' && trimmed.startsWith(DECLARED_PREFIX)) {
    const id = trimmed.slice(DECLARED_PREFIX.length);
    if (/^[A-Za-z][A-Za-z0-9_-]*$/.test(id)) return { path: trimmed, kind: 'boolean', aliases: [] };
  }
  return undefined;
}

/** The columns that must be there, each as its path or, for a choice, its paths. */
const REQUIRED: Readonly<Record<TableName, readonly (readonly string[])[]>> = {
  households: [
    ['id'],
    ['area'],
    ['income.annualTotal', 'income.monthlyPerCapita', 'income.proxyScore'],
    ['dwelling.none', 'dwelling.foundation'],
    ['water'],
    ['latrine'],
    ['devices'],
  ],
  members: [[MEMBER_HOUSEHOLD_ID], ['sex'], ['birthDate'], ['ethnicity']],
};

function aliasOf(table: TableName, path: string): string {
  const spec = (table === 'households' ? HOUSEHOLD_FIELDS : MEMBER_FIELDS).find(
    (candidate) => candidate.path === path,
  );
  const alias = spec?.aliases[0];
  return alias === undefined ? `"${path}"` : `"${path}" ("${alias}")`;
}

/**
 * Reads a table's header row: every column must name a field of the table (by its path or a
 * Vietnamese header), at most once, and the columns every record needs must be there. Anything
 * else stops the run with the column named, and the closest name when one is close: a misspelt
 * column silently left out would make its fact unknown in every row.
 */
export function readHeader(
  table: TableName,
  source: string,
  headers: readonly string[],
): TableColumns {
  const words = TABLE_WORDS[table];
  const fields: (FieldSpec | undefined)[] = [];
  const headerOf = new Map<string, string>();
  const unknown: string[] = [];
  headers.forEach((header, index) => {
    const found = fieldFor(table, header);
    if (found === undefined) {
      if (header.trim() === '') unknown.push(`#${index + 1} (trống / empty)`);
      else {
        const close = suggest(table, header);
        unknown.push(close === undefined ? `"${header}"` : `"${header}" (→ "${close}"?)`);
      }
      fields.push(undefined);
      return;
    }
    if (found === 'ignored') {
      fields.push(undefined);
      return;
    }
    const earlier = headerOf.get(found.path);
    if (earlier !== undefined) {
      throw inputError(
        `${source}: hai cột "${earlier}" và "${header}" cùng là trường ${found.path} của ${words.vi}.`,
        `${source}: the columns "${earlier}" and "${header}" are both the field ${found.path} of ${words.en}.`,
      );
    }
    headerOf.set(found.path, header);
    fields.push(found);
  });
  if (unknown.length > 0) {
    const list = unknown.slice(0, 10).join(', ');
    throw inputError(
      `${source}: ${words.vi} có cột không nhận ra: ${list}. Tên cột là tên trường của mẫu hộ (như income.annualTotal) hoặc tên tiếng Việt trong hướng dẫn (docs/command.md).`,
      `${source}: ${words.en} has columns the command does not know: ${list}. Columns are named by the contract's fields (such as income.annualTotal) or their Vietnamese headers (docs/command.md).`,
    );
  }
  const missing = REQUIRED[table]
    .filter((choice) => !choice.some((path) => headerOf.has(path)))
    .map((choice) => choice.map((path) => aliasOf(table, path)).join(' / '));
  if (missing.length > 0) {
    throw inputError(
      `${source}: ${words.vi} thiếu cột bắt buộc: ${missing.join('; ')}.`,
      `${source}: ${words.en} lacks a required column: ${missing.join('; ')}.`,
    );
  }
  const keyPath = table === 'households' ? 'id' : MEMBER_HOUSEHOLD_ID;
  const keyIndex = fields.findIndex((spec) => spec?.path === keyPath);
  return { table, source, headers, fields, keyIndex, headerOf };
}

/** Whether every cell of a row is empty: a blank row, passed over. */
export const isBlank = (cells: readonly string[]): boolean =>
  cells.every((cell) => cell.trim() === '');

/**
 * Sets a value at a dotted path, creating the objects on the way. The names are the table's own
 * (the contract's fields, or a `declared.<id>` checked as a plain name), never `__proto__`.
 */
function setPath(target: Record<string, unknown>, parts: readonly string[], value: unknown): void {
  let node = target;
  const last = parts.length - 1;
  for (let i = 0; i < last; i++) {
    const part = parts[i] as string;
    const next = node[part];
    if (next === undefined) {
      const created: Record<string, unknown> = {};
      node[part] = created;
      node = created;
    } else node = next as Record<string, unknown>;
  }
  node[parts[last] as string] = value;
}

/** A column that fills a field: where, how its cells are read, and its path split once. */
interface ColumnPlan {
  readonly index: number;
  readonly spec: FieldSpec;
  readonly parts: readonly string[];
  readonly read: (text: string) => unknown;
}

/** Each table's columns that fill a field (the members' household id only joins). */
const PLANS = new WeakMap<TableColumns, readonly ColumnPlan[]>();

function planOf(columns: TableColumns): readonly ColumnPlan[] {
  let plan = PLANS.get(columns);
  if (plan === undefined) {
    const skip = columns.table === 'members' ? columns.keyIndex : -1;
    const made: ColumnPlan[] = [];
    columns.fields.forEach((spec, index) => {
      if (spec !== undefined && index !== skip)
        made.push({ index, spec, parts: spec.path.split('.'), read: cellReader(spec) });
    });
    plan = made;
    PLANS.set(columns, plan);
  }
  return plan;
}

const ACCEPTED_BOOLEANS = 'có/không, true/false, yes/no, 1/0, x';

/** The issue of a cell that is not of its column's form. */
export function cellIssue(
  path: string,
  header: string,
  cell: string,
  problem: CellProblem,
): ValidationIssue {
  const shownCell = JSON.stringify(cell.length > 40 ? `${cell.slice(0, 40)}…` : cell);
  const message =
    problem === 'not-yes-or-no'
      ? {
          vi: `Cột "${header}": ${shownCell} không phải có/không (viết ${ACCEPTED_BOOLEANS}; để trống nếu chưa biết).`,
          en: `Column "${header}": ${shownCell} is not yes or no (write ${ACCEPTED_BOOLEANS}; leave it empty when unknown).`,
        }
      : {
          vi: `Cột "${header}": ${shownCell} có thể là số thập phân hoặc số có dấu phân cách hàng nghìn: hãy viết số không có dấu phân cách hàng nghìn, phần thập phân sau dấu phẩy hoặc dấu chấm (45 hoặc 45000; 45,5).`,
          en: `Column "${header}": ${shownCell} reads as a decimal or as thousands: write the number without thousands separators, with a point or a comma before decimals (45 or 45000; 45.5).`,
        };
  return { path, code: 'invalid-cell', message };
}

/** A row's cells as fields of `target`, with the problems of cells no field can take. */
function fillFields(
  target: Record<string, unknown>,
  columns: TableColumns,
  cells: readonly string[],
  memberIndex: number | undefined,
  issues: ValidationIssue[],
): void {
  for (const column of planOf(columns)) {
    const cell = cells[column.index];
    if (cell === undefined || cell === '') continue;
    const text = cell.trim();
    if (text === '') continue;
    const value = column.read(text);
    if (value === undefined) continue;
    if (isCellProblem(value)) {
      const { spec, index } = column;
      const path = memberIndex === undefined ? spec.path : `members[${memberIndex}].${spec.path}`;
      issues.push(cellIssue(path, columns.headers[index] ?? spec.path, cell, value.problem));
      continue;
    }
    setPath(target, column.parts, value);
  }
}

/** A household record built from its row and its members' rows, with the cells' problems. */
export interface TableRecord {
  readonly record: Record<string, unknown>;
  readonly issues: readonly ValidationIssue[];
}

/**
 * Builds a household record from its row of the households table and its rows of the members
 * table: each cell into its field (nested by the path: `income.annualTotal`), the members in the
 * order of their rows. Without a member id column, members are numbered 1, 2, … in that order.
 */
export function tableRecord(
  household: TableRow,
  households: TableColumns,
  members: readonly TableRow[],
  memberColumns: TableColumns,
): TableRecord {
  const issues: ValidationIssue[] = [];
  const record: Record<string, unknown> = {};
  fillFields(record, households, household.cells, undefined, issues);
  const numbered = !memberColumns.headerOf.has('id');
  record.members = members.map((row, index) => {
    const member: Record<string, unknown> = {};
    if (numbered) member.id = String(index + 1);
    fillFields(member, memberColumns, row.cells, index, issues);
    return member;
  });
  return { record, issues };
}
