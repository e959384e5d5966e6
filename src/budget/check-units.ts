import { checkVnd, describe, type IssueList, MAX_ISSUES } from './budget-issues';
import { MAX_TEXT } from './budget-schemas';
import type { PreparedCategory, PreparedCriterion, PreparedTable } from './prepare-table';
import {
  decimalPlaces,
  multiply,
  POWERS_OF_TEN,
  type Scaled,
  toScaled,
  type Whole,
} from './scaled';
import type { CriterionKind } from './types';

/** Most units in one allocation: more than every commune and project of the country. */
export const MAX_UNITS = 1_000_000;

/** Whether `key` is a field of a unit (compared as strings: no lookup in a Set per key). */
const isUnitKey = (key: string): boolean =>
  key === 'id' ||
  key === 'values' ||
  key === 'categories' ||
  key === 'name' ||
  key === 'floor' ||
  key === 'cap';

/**
 * The units, checked and read, in flat arrays (one allocation per field, not per unit): values
 * in the table's order, terms as exact decimals.
 */
export interface PreparedUnits {
  readonly count: number;
  readonly ids: string[];
  readonly names: (string | undefined)[];
  /** The values as given (-0 read as 0): unit u's value of criterion k is at `u × criteria + k`. */
  readonly values: (number | boolean)[];
  /** Unit u's category in used coefficient table t (its `ordinal`) is at `u × usedCoefficients + t`. */
  readonly categories: Int32Array;
  /** value × weight × coefficients for unit u and criterion k is `mantissa × 10^exponent` at `u × criteria + k`. */
  readonly termMantissas: Whole[];
  readonly termExponents: Int32Array;
  /** The smallest exponent of any term: the scale all points are summed at. */
  readonly exponent: number;
  /** Floors and caps in đồng; undefined where none. */
  readonly floors: (number | undefined)[];
  readonly caps: (number | undefined)[];
}

/** What reading the units needs and fills in, unit by unit. */
interface Reading {
  readonly table: PreparedTable;
  readonly roundingUnit: number;
  readonly units: Omit<PreparedUnits, 'exponent'>;
  /** Each id read so far, with the first unit that has it (careful pass). */
  readonly seen: Map<string, number>;
  /** The coefficient of the unit being read in each used coefficient table. */
  readonly factors: Scaled[];
  /** The last category read in each used coefficient table: most units repeat one. */
  readonly lastCategory: PreparedCategory[];
  /** The smallest exponent of the terms read so far. */
  exponent: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type ValueProblem = 'invalid-flag' | 'invalid-number' | 'invalid-count' | 'invalid-rate';

/** What is wrong with a criterion's value, if anything. */
function valueProblem(kind: CriterionKind, value: unknown): ValueProblem | undefined {
  if (kind === 'flag') return typeof value === 'boolean' ? undefined : 'invalid-flag';
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return 'invalid-number';
  if (kind === 'count' && !Number.isSafeInteger(value)) return 'invalid-count';
  if (kind === 'rate' && value > 1) return 'invalid-rate';
  return undefined;
}

function checkValue(
  list: IssueList,
  path: string,
  kind: CriterionKind,
  value: unknown,
): value is number | boolean {
  switch (valueProblem(kind, value)) {
    case undefined:
      return true;
    case 'invalid-flag':
      list.add(
        path,
        'invalid-flag',
        `Giá trị phải là true hoặc false; đã nhận ${describe(value)}.`,
        `The value must be true or false; got ${describe(value)}.`,
      );
      return false;
    case 'invalid-number':
      list.add(
        path,
        'invalid-number',
        `Giá trị phải là một số hữu hạn, không âm; đã nhận ${describe(value)}.`,
        `The value must be a finite number, at least 0; got ${describe(value)}.`,
      );
      return false;
    case 'invalid-count':
      list.add(
        path,
        'invalid-count',
        `Số đếm phải là số nguyên; đã nhận ${value}.`,
        `A count must be a whole number; got ${value}.`,
      );
      return false;
    case 'invalid-rate':
      list.add(
        path,
        'invalid-rate',
        `Tỷ lệ phải từ 0 đến 1 (35% ghi là 0.35); đã nhận ${value}.`,
        `A rate must be from 0 to 1 (35% is 0.35); got ${value}.`,
      );
      return false;
  }
}

/** Whether a floor or cap is absent, or whole đồng at least 0 and a multiple of the rounding unit. */
const isBound = (value: unknown, roundingUnit: number): value is number | undefined =>
  value === undefined ||
  (typeof value === 'number' &&
    Number.isSafeInteger(value) &&
    value >= 0 &&
    value % roundingUnit === 0);

function checkBound(
  list: IssueList,
  path: string,
  value: unknown,
  roundingUnit: number,
): number | undefined {
  if (value === undefined) return undefined;
  if (!checkVnd(list, path, value)) return undefined;
  if (value % roundingUnit !== 0) {
    list.add(
      path,
      'not-multiple-of-rounding-unit',
      `${value} không phải bội số của đơn vị làm tròn ${roundingUnit} đồng.`,
      `${value} is not a multiple of the rounding unit, ${roundingUnit} đồng.`,
    );
    return undefined;
  }
  return value;
}

/**
 * Checks every unit against the table and reads its values as exact decimals. The units are first
 * read in one quick pass that builds no message and stops at the first problem (`readUnit`); only
 * when there is one are they read again, from the start, to say what is wrong with every unit
 * (`reportUnit`). Every problem goes to `list`; returns undefined when there is one.
 */
export function checkUnits(
  list: IssueList,
  input: unknown,
  table: PreparedTable,
  roundingUnit: number,
): PreparedUnits | undefined {
  if (!Array.isArray(input)) {
    list.add(
      'units',
      'invalid-type',
      'Danh sách đơn vị phải là một mảng.',
      'The units must be a list.',
    );
    return undefined;
  }
  if (input.length === 0) {
    list.add(
      'units',
      'too-small',
      'Cần ít nhất một đơn vị để phân bổ.',
      'At least one unit is needed.',
    );
    return undefined;
  }
  if (input.length > MAX_UNITS) {
    list.add(
      'units',
      'too-large',
      `Nhiều nhất ${MAX_UNITS} đơn vị.`,
      `At most ${MAX_UNITS} units are allowed.`,
    );
    return undefined;
  }
  const quick = startReading(table, roundingUnit, input.length);
  if (readUnits(quick, input)) return { ...quick.units, exponent: quick.exponent };
  const before = list.size;
  const careful = startReading(table, roundingUnit, input.length);
  for (let u = 0; u < input.length; u++) {
    if (list.size > MAX_ISSUES) break; // enough to fix first; keeps a huge bad input quick
    reportUnit(list, careful, u, input[u]);
  }
  if (list.size > before) return undefined;
  return { ...careful.units, exponent: careful.exponent }; // only unusual, not wrong
}

function startReading(table: PreparedTable, roundingUnit: number, n: number): Reading {
  const terms = n * table.criteria.length;
  return {
    table,
    roundingUnit,
    units: {
      count: n,
      ids: new Array(n),
      names: new Array(n),
      // Filled, so that the list holds any value from the start: a list that first holds small
      // integers is converted, every element boxed, when a fraction and then a flag arrive.
      values: new Array(terms).fill(false),
      categories: new Int32Array(n * table.usedCoefficients.length),
      termMantissas: new Array(terms).fill(0),
      termExponents: new Int32Array(terms),
      floors: new Array(n),
      caps: new Array(n),
    },
    seen: new Map(),
    factors: new Array(table.usedCoefficients.length),
    lastCategory: new Array(table.usedCoefficients.length),
    exponent: 0,
  };
}

/** Reads every unit quickly; false at the first problem, or anything unusual. */
function readUnits(reading: Reading, input: readonly unknown[]): boolean {
  for (let u = 0; u < input.length; u++) if (!readUnit(reading, u, input[u])) return false;
  return distinctIds(reading.units.ids);
}

/**
 * Whether no id repeats: at once when the ids come in increasing order (as a list sorted by code
 * does), else by counting them in a Set.
 */
function distinctIds(ids: readonly string[]): boolean {
  let increasing = true;
  for (let u = 1; u < ids.length && increasing; u++)
    increasing = (ids[u - 1] as string) < (ids[u] as string);
  return increasing || new Set(ids).size === ids.length;
}

/** Reads a unit that has nothing wrong, quickly; false at the first sign of a problem. */
function readUnit(reading: Reading, u: number, unit: unknown): boolean {
  if (!isRecord(unit)) return false;
  for (const key in unit) if (!isUnitKey(key)) return false;
  const id = unit.id;
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_TEXT) return false;
  const name = unit.name;
  if (name !== undefined && (typeof name !== 'string' || name.length > MAX_TEXT)) return false;
  const floor = unit.floor;
  const cap = unit.cap;
  if (!isBound(floor, reading.roundingUnit) || !isBound(cap, reading.roundingUnit)) return false;
  if (floor !== undefined && cap !== undefined && floor > cap) return false;
  if (!readCategories(reading, u, unit.categories)) return false;
  const values = unit.values;
  if (!isRecord(values) || !readValues(reading, u, values)) return false;
  const units = reading.units;
  units.ids[u] = id;
  units.names[u] = name;
  units.floors[u] = floor;
  units.caps[u] = cap;
  return true;
}

/** Reads a unit's categories into `reading.factors`, quickly; false on anything unusual. */
function readCategories(reading: Reading, u: number, given: unknown): boolean {
  const used = reading.table.usedCoefficients;
  if (given === undefined && used.length === 0) return true;
  if (!isRecord(given)) return false;
  for (const key in given) if (!reading.table.coefficientsById.has(key)) return false;
  for (let t = 0; t < used.length; t++) {
    const coefficients = used[t] as PreparedTable['usedCoefficients'][number];
    if (!Object.hasOwn(given, coefficients.id)) return false;
    const name = given[coefficients.id];
    let category = reading.lastCategory[t];
    if (category === undefined || category.name !== name) {
      category = typeof name === 'string' ? coefficients.values.get(name) : undefined;
      if (category === undefined) return false;
      reading.lastCategory[t] = category;
    }
    reading.units.categories[u * used.length + t] = category.ordinal;
    reading.factors[t] = category.scaled;
  }
  return true;
}

/**
 * Reads a unit's values and writes its terms, quickly; false on anything unusual. `for…in` reads
 * a plain object's values without a lookup per key, and units usually list them in the table's
 * order, which is tried first. A unit passes only if it has each criterion once, as a key of its
 * own (for…in also visits inherited keys), and nothing else.
 */
function readValues(reading: Reading, u: number, values: Record<string, unknown>): boolean {
  const { criteria, criterionIndex } = reading.table;
  const count = criteria.length;
  const base = u * count;
  let visited = 0;
  for (const key in values) {
    const k =
      visited < count && (criteria[visited] as PreparedCriterion).id === key
        ? visited
        : criterionIndex.get(key);
    if (k === undefined || !Object.hasOwn(values, key)) return false;
    const criterion = criteria[k] as PreparedCriterion;
    const value = values[key];
    if (valueProblem(criterion.kind, value) !== undefined) return false;
    reading.units.values[base + k] = value === 0 ? 0 : (value as number | boolean); // -0 is 0
    const termExponent = writeTerm(reading, base + k, value as number | boolean, criterion);
    if (termExponent < reading.exponent) reading.exponent = termExponent;
    visited++;
  }
  return visited === count;
}

/** Reads a unit carefully: says what is wrong with it (every problem), or reads it if nothing is. */
function reportUnit(list: IssueList, reading: Reading, u: number, unit: unknown): void {
  const { table, units } = reading;
  const { criteria, usedCoefficients } = table;
  const path = `units[${u}]`;
  if (!isRecord(unit)) {
    list.add(
      path,
      'invalid-type',
      'Mỗi đơn vị phải là một đối tượng.',
      'Each unit must be an object.',
    );
    return;
  }
  for (const key of Object.keys(unit)) {
    if (!isUnitKey(key))
      list.add(
        `${path}.${key.slice(0, MAX_TEXT)}`,
        'unknown-key',
        `Trường "${key.slice(0, MAX_TEXT)}" không có trong mẫu.`,
        `"${key.slice(0, MAX_TEXT)}" is not a field of a unit.`,
      );
  }
  const id = unit.id;
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_TEXT) {
    list.add(
      `${path}.id`,
      id === undefined ? 'required' : 'invalid-type',
      `Mã đơn vị phải là chuỗi từ 1 đến ${MAX_TEXT} ký tự.`,
      `A unit id must be a string of 1 to ${MAX_TEXT} characters.`,
    );
  } else {
    const first = reading.seen.get(id);
    if (first !== undefined)
      list.add(
        `${path}.id`,
        'duplicate-id',
        `Mã đơn vị "${id}" trùng với units[${first}].`,
        `The unit id "${id}" is also used by units[${first}].`,
      );
    else reading.seen.set(id, u);
    units.ids[u] = id;
  }
  const name = unit.name;
  if (name !== undefined && (typeof name !== 'string' || name.length > MAX_TEXT))
    list.add(
      `${path}.name`,
      'invalid-type',
      `Tên phải là chuỗi tối đa ${MAX_TEXT} ký tự.`,
      `A name must be a string of at most ${MAX_TEXT} characters.`,
    );
  units.names[u] = typeof name === 'string' ? name : undefined;

  const categories = reportCategories(list, unit.categories, path, table);
  if (categories !== undefined) {
    for (let t = 0; t < usedCoefficients.length; t++) {
      const coefficients = usedCoefficients[t] as PreparedTable['usedCoefficients'][number];
      const category = coefficients.values.get(categories[t] as string) as PreparedCategory;
      units.categories[u * usedCoefficients.length + t] = category.ordinal;
      reading.factors[t] = category.scaled;
    }
  }
  const values = unit.values;
  const c = criteria.length;
  if (!isRecord(values)) {
    list.add(
      `${path}.values`,
      values === undefined ? 'required' : 'invalid-type',
      'Thiếu giá trị các tiêu chí của đơn vị.',
      "The unit's criteria values are missing.",
    );
  } else {
    let present = 0;
    for (let k = 0; k < c; k++) {
      const criterion = criteria[k] as PreparedCriterion;
      if (!Object.hasOwn(values, criterion.id)) {
        list.add(
          `${path}.values.${criterion.id}`,
          'missing-value',
          `Đơn vị thiếu giá trị tiêu chí "${criterion.id}".`,
          `The unit has no value for the criterion "${criterion.id}".`,
        );
        continue;
      }
      present++;
      const value = values[criterion.id];
      if (!checkValue(list, `${path}.values.${criterion.id}`, criterion.kind, value)) continue;
      units.values[u * c + k] = value === 0 ? 0 : value; // -0 is 0
      if (categories === undefined) continue;
      const termExponent = writeTerm(reading, u * c + k, value, criterion);
      if (termExponent < reading.exponent) reading.exponent = termExponent;
    }
    const keys = Object.keys(values);
    if (keys.length > present) {
      for (const key of keys) {
        if (!table.criterionIndex.has(key))
          list.add(
            `${path}.values.${key.slice(0, MAX_TEXT)}`,
            'unknown-criterion',
            `Bảng tiêu chí không có tiêu chí "${key.slice(0, MAX_TEXT)}": hãy kiểm tra chính tả.`,
            `The table has no criterion "${key.slice(0, MAX_TEXT)}": check its spelling.`,
          );
      }
    }
  }
  const floor = checkBound(list, `${path}.floor`, unit.floor, reading.roundingUnit);
  const cap = checkBound(list, `${path}.cap`, unit.cap, reading.roundingUnit);
  if (floor !== undefined && cap !== undefined && floor > cap)
    list.add(
      `${path}.floor`,
      'floor-above-cap',
      `Mức sàn ${floor} cao hơn mức trần ${cap}.`,
      `The floor ${floor} is above the cap ${cap}.`,
    );
  units.floors[u] = floor;
  units.caps[u] = cap;
}

/** The unit's category in each used coefficient table, or undefined after reporting a problem. */
function reportCategories(
  list: IssueList,
  given: unknown,
  path: string,
  table: PreparedTable,
): string[] | undefined {
  const used = table.usedCoefficients;
  if (given === undefined && used.length === 0) return [];
  if (!isRecord(given)) {
    list.add(
      `${path}.categories`,
      given === undefined ? 'required' : 'invalid-type',
      'Thiếu phân loại của đơn vị cho các bảng hệ số.',
      "The unit's categories for the coefficient tables are missing.",
    );
    return undefined;
  }
  let ok = true;
  for (const key of Object.keys(given)) {
    if (!table.coefficientsById.has(key)) {
      ok = false;
      list.add(
        `${path}.categories.${key.slice(0, MAX_TEXT)}`,
        'unknown-coefficient-table',
        `Bảng tiêu chí không có bảng hệ số "${key.slice(0, MAX_TEXT)}".`,
        `The table has no coefficient table "${key.slice(0, MAX_TEXT)}".`,
      );
    }
  }
  const categories = used.map((coefficients) => {
    const at = `${path}.categories.${coefficients.id}`;
    if (!Object.hasOwn(given, coefficients.id)) {
      ok = false;
      list.add(
        at,
        'missing-category',
        `Đơn vị thiếu phân loại theo bảng hệ số "${coefficients.id}".`,
        `The unit has no category in the coefficient table "${coefficients.id}".`,
      );
      return '';
    }
    const category = given[coefficients.id];
    if (typeof category !== 'string' || !coefficients.values.has(category)) {
      ok = false;
      const known = [...coefficients.values.keys()].slice(0, 20).join(', ');
      list.add(
        at,
        'unknown-category',
        `Bảng hệ số "${coefficients.id}" không có loại ${describe(category)}; các loại: ${known}.`,
        `The coefficient table "${coefficients.id}" has no category ${describe(category)}; its categories: ${known}.`,
      );
      return '';
    }
    return category;
  });
  return ok ? categories : undefined;
}

/**
 * Writes value × weight × the criterion's coefficients (the unit's, in `reading.factors`),
 * exactly, at `index`; returns its exponent (0 for a zero term, which the arrays start with).
 */
function writeTerm(
  reading: Reading,
  index: number,
  value: number | boolean,
  criterion: PreparedCriterion,
): number {
  if (value === false || value === 0) return 0;
  let mantissa: Whole;
  let exponent: number;
  const places = value === true ? 0 : decimalPlaces(value);
  if (places >= 0) {
    mantissa = value === true ? 1 : (value as number) * (POWERS_OF_TEN[places] as number);
    exponent = -places;
  } else ({ mantissa, exponent } = toScaled(value as number));
  mantissa = multiply(mantissa, criterion.scaledWeight.mantissa);
  exponent += criterion.scaledWeight.exponent;
  const slots = criterion.coefficientSlots;
  for (let i = 0; i < slots.length; i++) {
    const factor = reading.factors[slots[i] as number] as Scaled;
    mantissa = multiply(mantissa, factor.mantissa);
    exponent += factor.exponent;
  }
  if (mantissa === 0 || mantissa === 0n) return 0;
  reading.units.termMantissas[index] = mantissa;
  reading.units.termExponents[index] = exponent;
  return exponent;
}
