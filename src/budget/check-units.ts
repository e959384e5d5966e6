import { checkVnd, describe, type IssueList, MAX_ISSUES } from './budget-issues';
import { MAX_TEXT } from './budget-schemas';
import type { PreparedTable } from './prepare-table';
import { multiply, type Scaled, toScaled, type Whole } from './scaled';

/** Most units in one allocation: more than every commune and project of the country. */
export const MAX_UNITS = 1_000_000;

const UNIT_KEYS = new Set(['id', 'name', 'values', 'categories', 'floor', 'cap']);

/** The units, checked and read: values in the table's order, terms as exact decimals. */
export interface PreparedUnits {
  readonly count: number;
  readonly ids: string[];
  readonly names: (string | undefined)[];
  /** Per unit, the values in the table's criteria order, as given. */
  readonly values: (number | boolean)[][];
  /** Per unit, its category in each used coefficient table, in `usedCoefficients` order. */
  readonly categories: string[][];
  /** value × weight × coefficients for unit u and criterion c is `mantissa × 10^exponent` at `u × criteria + c`. */
  readonly termMantissas: Whole[];
  readonly termExponents: Int32Array;
  /** The smallest exponent of any term: the scale all points are summed at. */
  readonly exponent: number;
  /** Floors and caps in đồng; undefined where none. */
  readonly floors: (number | undefined)[];
  readonly caps: (number | undefined)[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkValue(
  list: IssueList,
  unitPath: string,
  criterionId: string,
  kind: string,
  value: unknown,
): value is number | boolean {
  const path = () => `${unitPath}.values.${criterionId}`;
  if (kind === 'flag') {
    if (typeof value === 'boolean') return true;
    list.add(
      path(),
      'invalid-flag',
      `Giá trị phải là true hoặc false; đã nhận ${describe(value)}.`,
      `The value must be true or false; got ${describe(value)}.`,
    );
    return false;
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    list.add(
      path(),
      'invalid-number',
      `Giá trị phải là một số hữu hạn, không âm; đã nhận ${describe(value)}.`,
      `The value must be a finite number, at least 0; got ${describe(value)}.`,
    );
    return false;
  }
  if (kind === 'count' && !Number.isSafeInteger(value)) {
    list.add(
      path(),
      'invalid-count',
      `Số đếm phải là số nguyên; đã nhận ${value}.`,
      `A count must be a whole number; got ${value}.`,
    );
    return false;
  }
  if (kind === 'rate' && value > 1) {
    list.add(
      path(),
      'invalid-rate',
      `Tỷ lệ phải từ 0 đến 1 (35% ghi là 0.35); đã nhận ${value}.`,
      `A rate must be from 0 to 1 (35% is 0.35); got ${value}.`,
    );
    return false;
  }
  return true;
}

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
 * Checks every unit against the table, by hand and in one pass, and reads its values as exact
 * decimals. Every problem goes to `list`; returns undefined when there is one.
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
  const before = list.size;
  const { criteria, usedCoefficients } = table;
  const n = input.length;
  const c = criteria.length;
  const prepared: PreparedUnits = {
    count: n,
    ids: new Array(n),
    names: new Array(n),
    values: new Array(n),
    categories: new Array(n),
    termMantissas: new Array(n * c).fill(0),
    termExponents: new Int32Array(n * c),
    exponent: 0,
    floors: new Array(n),
    caps: new Array(n),
  };
  let exponent = 0;
  const seen = new Map<string, number>();
  for (let u = 0; u < n; u++) {
    if (list.size > MAX_ISSUES) break; // enough to fix first; keeps a huge bad input quick
    const path = `units[${u}]`;
    const unit: unknown = input[u];
    if (!isRecord(unit)) {
      list.add(
        path,
        'invalid-type',
        'Mỗi đơn vị phải là một đối tượng.',
        'Each unit must be an object.',
      );
      continue;
    }
    for (const key of Object.keys(unit)) {
      if (!UNIT_KEYS.has(key))
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
      const first = seen.get(id);
      if (first !== undefined)
        list.add(
          `${path}.id`,
          'duplicate-id',
          `Mã đơn vị "${id}" trùng với units[${first}].`,
          `The unit id "${id}" is also used by units[${first}].`,
        );
      else seen.set(id, u);
      prepared.ids[u] = id;
    }
    const name = unit.name;
    if (name !== undefined && (typeof name !== 'string' || name.length > MAX_TEXT))
      list.add(
        `${path}.name`,
        'invalid-type',
        `Tên phải là chuỗi tối đa ${MAX_TEXT} ký tự.`,
        `A name must be a string of at most ${MAX_TEXT} characters.`,
      );
    prepared.names[u] = typeof name === 'string' ? name : undefined;

    const categories = readCategories(list, unit.categories, path, table);
    prepared.categories[u] = categories ?? [];
    const values = unit.values;
    if (!isRecord(values)) {
      list.add(
        `${path}.values`,
        values === undefined ? 'required' : 'invalid-type',
        'Thiếu giá trị các tiêu chí của đơn vị.',
        "The unit's criteria values are missing.",
      );
    } else {
      const given: (number | boolean)[] = new Array(c);
      let present = 0;
      for (let k = 0; k < c; k++) {
        const criterion = criteria[k] as PreparedTable['criteria'][number];
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
        if (!checkValue(list, path, criterion.id, criterion.kind, value)) continue;
        given[k] = value === 0 ? 0 : value; // -0 is 0
        if (categories === undefined) continue;
        const termExponent = writeTerm(
          prepared,
          u * c + k,
          value,
          criterion,
          categories,
          usedCoefficients,
        );
        if (termExponent < exponent) exponent = termExponent;
      }
      prepared.values[u] = given;
      const keys = Object.keys(values);
      if (keys.length > present) {
        for (const key of keys) {
          if (!table.criterionIds.has(key))
            list.add(
              `${path}.values.${key.slice(0, MAX_TEXT)}`,
              'unknown-criterion',
              `Bảng tiêu chí không có tiêu chí "${key.slice(0, MAX_TEXT)}": hãy kiểm tra chính tả.`,
              `The table has no criterion "${key.slice(0, MAX_TEXT)}": check its spelling.`,
            );
        }
      }
    }
    const floor = checkBound(list, `${path}.floor`, unit.floor, roundingUnit);
    const cap = checkBound(list, `${path}.cap`, unit.cap, roundingUnit);
    if (floor !== undefined && cap !== undefined && floor > cap)
      list.add(
        `${path}.floor`,
        'floor-above-cap',
        `Mức sàn ${floor} cao hơn mức trần ${cap}.`,
        `The floor ${floor} is above the cap ${cap}.`,
      );
    prepared.floors[u] = floor;
    prepared.caps[u] = cap;
  }
  if (list.size > before) return undefined;
  return { ...prepared, exponent };
}

/** The unit's category in each used coefficient table, or undefined after reporting a problem. */
function readCategories(
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

/** Writes value × weight × the criterion's coefficients, exactly, at `index`; returns its exponent. */
function writeTerm(
  prepared: PreparedUnits,
  index: number,
  value: number | boolean,
  criterion: PreparedTable['criteria'][number],
  categories: readonly string[],
  used: PreparedTable['usedCoefficients'],
): number {
  if (value === false || value === 0) return 0; // the arrays start at 0
  const scaledValue = value === true ? ONE : toScaled(value);
  let mantissa = multiply(scaledValue.mantissa, criterion.scaledWeight.mantissa);
  let exponent = scaledValue.exponent + criterion.scaledWeight.exponent;
  for (const coefficients of criterion.coefficients) {
    const category = categories[used.indexOf(coefficients)] as string;
    const factor = (coefficients.values.get(category) as { scaled: Scaled }).scaled;
    mantissa = multiply(mantissa, factor.mantissa);
    exponent += factor.exponent;
  }
  if (mantissa === 0 || mantissa === 0n) return 0;
  prepared.termMantissas[index] = mantissa;
  prepared.termExponents[index] = exponent;
  return exponent;
}

const ONE: Scaled = { mantissa: 1, exponent: 0 };
