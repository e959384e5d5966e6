import { type FieldSpec, headerKey } from './fields';

/**
 * What is wrong with a cell that no field can take: a yes/no cell that is neither, or a decimal
 * written like a thousands grouping (`45.000`: 45 to some, 45,000 to others).
 */
export type CellProblem = 'not-yes-or-no' | 'ambiguous-number';

/** What a cell holds once read: a value for the record, nothing (an empty cell), or a problem. */
export type CellValue =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: CellProblem };

const EMPTY: CellValue = { ok: true, value: undefined };
const ok = (value: unknown): CellValue => ({ ok: true, value });

const YES = new Set(['true', 'yes', 'y', '1', 'co', 'x']);
const NO = new Set(['false', 'no', 'n', '0', 'khong']);
const EMPTY_LIST = new Set(['-', '[]']);

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const DECIMAL_COMMA = /^-?\d+,\d+$/;
const GROUPED = /^\d{1,3}(?:([.,  ])\d{3})(?:\1\d{3})*$/;
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const DAY_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const MONTH_YEAR = /^(\d{1,2})\/(\d{4})$/;
const KEBAB = /^[A-Za-z-]+$/;

const pad = (text: string) => text.padStart(2, '0');

const TRUE: CellValue = { ok: true, value: true };
const FALSE: CellValue = { ok: true, value: false };
/** The usual spellings, looked up before any normalising. */
const EXACT = new Map<string, CellValue>([
  ['true', TRUE],
  ['false', FALSE],
  ['có', TRUE],
  ['không', FALSE],
  ['1', TRUE],
  ['0', FALSE],
]);

function readBoolean(cell: string): CellValue {
  const exact = EXACT.get(cell);
  if (exact !== undefined) return exact;
  const key = headerKey(cell);
  if (YES.has(key)) return TRUE;
  if (NO.has(key)) return FALSE;
  return { ok: false, problem: 'not-yes-or-no' };
}

function readDate(cell: string): unknown {
  if (ISO_DATE.test(cell)) return cell;
  const dayFirst = DAY_FIRST.exec(cell);
  if (dayFirst !== null)
    return `${dayFirst[3]}-${pad(dayFirst[2] ?? '')}-${pad(dayFirst[1] ?? '')}`;
  const monthYear = MONTH_YEAR.exec(cell);
  if (monthYear !== null) return `${monthYear[2]}-${pad(monthYear[1] ?? '')}`;
  // Anything else goes to the contract's check, which says what a date must look like.
  return cell;
}

const THOUSANDS_LIKE = /^\d{1,3}(\.\d{3})+$/;

function readNumber(cell: string, kind: 'vnd' | 'number' | 'integer'): unknown {
  // Whole đồng first: 72.000 is seventy-two thousand đồng, never 72.
  if (kind === 'vnd' && GROUPED.test(cell)) return Number(cell.replace(/[.,  ]/g, ''));
  if (PLAIN_NUMBER.test(cell)) return Number(cell);
  if (kind === 'number' && DECIMAL_COMMA.test(cell)) return Number(cell.replace(',', '.'));
  // Not a number: the contract's check names the field and what it must be.
  return cell;
}

/** Each enum field's Vietnamese value names, by their compared form and as written. */
const VALUE_NAMES = new WeakMap<FieldSpec, ReadonlyMap<string, string>>();

function valueNames(spec: FieldSpec): ReadonlyMap<string, string> | undefined {
  if (spec.values === undefined) return undefined;
  let names = VALUE_NAMES.get(spec);
  if (names === undefined) {
    const entries = Object.entries(spec.values);
    names = new Map([
      ...entries.map(([name, value]): [string, string] => [name, value]),
      ...entries.map(([name, value]): [string, string] => [headerKey(name), value]),
    ]);
    VALUE_NAMES.set(spec, names);
  }
  return names;
}

function readEnum(cell: string, names: ReadonlyMap<string, string> | undefined): unknown {
  // The contract's values are plain ASCII words: no normalising is needed to read them.
  if (KEBAB.test(cell)) {
    const lower = cell.toLowerCase();
    return names?.get(lower) ?? lower;
  }
  return names?.get(cell) ?? names?.get(headerKey(cell)) ?? cell;
}

function readList(cell: string): unknown {
  if (EMPTY_LIST.has(cell)) return [];
  return cell
    .split(/[;,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => (KEBAB.test(item) ? item.toLowerCase() : item));
}

function readHousingList(cell: string): unknown {
  if (EMPTY_LIST.has(cell)) return [];
  return cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      const [source = '', year] = item.split(':').map((part) => part.trim());
      return year === undefined ? { source } : { source, year: readNumber(year, 'integer') };
    });
}

/** How many spellings of an enum column's values a reader remembers. */
const REMEMBERED_SPELLINGS = 256;

type ProblemValue = Extract<CellValue, { ok: false }>;
/** What a {@link cellReader} gives for a cell no field can take: one object per problem. */
const NOT_YES_OR_NO: ProblemValue = { ok: false, problem: 'not-yes-or-no' };
const AMBIGUOUS_NUMBER: ProblemValue = { ok: false, problem: 'ambiguous-number' };

/** Whether a value a {@link cellReader} gave is a problem of the cell rather than a value. */
export const isCellProblem = (value: unknown): value is ProblemValue =>
  value === NOT_YES_OR_NO || value === AMBIGUOUS_NUMBER;

function readBooleanValue(text: string): unknown {
  const read = readBoolean(text);
  return read.ok ? read.value : NOT_YES_OR_NO;
}

/**
 * A column's reader: its cells (already trimmed, not empty) into values, as {@link readCell}
 * reads them; a problem ({@link isCellProblem}) for a cell no field can take. Made once per column,
 * so that a row's cells are read without looking anything up but the cell itself.
 */
export function cellReader(spec: FieldSpec): (text: string) => unknown {
  switch (spec.kind) {
    case 'text':
      return (text) => text;
    case 'number':
      return (text) =>
        // In Vietnamese 45.000 is forty-five thousand; in English, forty-five: neither is guessed.
        THOUSANDS_LIKE.test(text) ? AMBIGUOUS_NUMBER : readNumber(text, 'number');
    case 'vnd':
    case 'integer': {
      const kind = spec.kind;
      return (text) => readNumber(text, kind);
    }
    case 'boolean':
      return readBooleanValue;
    case 'no-dwelling':
      // `dwelling.none` is `true` or absent: a household with a dwelling describes it instead.
      return (text) => {
        const value = readBooleanValue(text);
        return value === false ? undefined : value;
      };
    case 'date':
      return readDate;
    case 'enum': {
      // A column of values has few spellings: each is read once, then remembered (a bounded few).
      const names = valueNames(spec);
      const read = new Map<string, unknown>();
      return (text) => {
        let value = read.get(text);
        if (value === undefined) {
          value = readEnum(text, names);
          if (read.size < REMEMBERED_SPELLINGS) read.set(text, value);
        }
        return value;
      };
    }
    case 'list':
      return readList;
    case 'housing-list':
      return readHousingList;
  }
}

/**
 * Reads one cell of a column into the value its field takes. An empty cell is an absent fact
 * (unknown, never "no"). A value that is not of the column's form is passed on as written when
 * the contract's own check can name the problem (a number, a date, an enum); a yes/no cell that
 * is neither is a problem of the cell, since the contract never sees its spelling.
 */
export function readCell(cell: string, spec: FieldSpec): CellValue {
  const text = cell.trim();
  if (text === '') return EMPTY;
  const value = cellReader(spec)(text);
  if (value === undefined) return EMPTY;
  return isCellProblem(value) ? value : ok(value);
}
