import type { Message } from '../i18n/message';
import { addZodIssues, type IssueList } from './budget-issues';
import { criteriaTableSchema, MAX_CATEGORIES } from './budget-schemas';
import { type Scaled, toScaled } from './scaled';
import type { CriteriaTable, CriterionKind } from './types';

/** One category of a coefficient table, with its coefficient. */
export interface PreparedCategory {
  readonly name: string;
  readonly value: number;
  readonly scaled: Scaled;
  /** Its place in its table's `categories`. */
  readonly ordinal: number;
}

/** One coefficient table, read into a Map (caller-named keys never meet a prototype). */
export interface PreparedCoefficients {
  readonly id: string;
  /** The categories by name. */
  readonly values: ReadonlyMap<string, PreparedCategory>;
  /** The categories in the table's order. */
  readonly categories: readonly PreparedCategory[];
}

/** One criterion, with its weight as an exact decimal and its coefficient tables resolved. */
export interface PreparedCriterion {
  readonly id: string;
  readonly label: Message;
  readonly kind: CriterionKind;
  readonly weight: number;
  readonly scaledWeight: Scaled;
  readonly coefficients: readonly PreparedCoefficients[];
  /** Where each of `coefficients` is in the table's `usedCoefficients`. */
  readonly coefficientSlots: readonly number[];
}

/** A criteria table, checked, as the engine reads it. */
export interface PreparedTable {
  readonly criteria: readonly PreparedCriterion[];
  /** Each criterion's place in `criteria`, by id. */
  readonly criterionIndex: ReadonlyMap<string, number>;
  /** The coefficient tables that some criterion uses: the units need a category in each. */
  readonly usedCoefficients: readonly PreparedCoefficients[];
  /** Every coefficient table, by id. */
  readonly coefficientsById: ReadonlyMap<string, PreparedCoefficients>;
}

function readCoefficients(
  list: IssueList,
  table: { id: string; values: Record<string, unknown> },
  path: string,
): PreparedCoefficients {
  const values = new Map<string, PreparedCategory>();
  const categories: PreparedCategory[] = [];
  const keys = Object.keys(table.values);
  if (keys.length > MAX_CATEGORIES) {
    list.add(
      `${path}.values`,
      'too-large',
      `Nhiều nhất ${MAX_CATEGORIES} loại trong một bảng hệ số.`,
      `At most ${MAX_CATEGORIES} categories are allowed in a coefficient table.`,
    );
    return { id: table.id, values, categories };
  }
  for (const key of keys) {
    const value = table.values[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      list.add(
        `${path}.values.${key}`,
        'invalid-number',
        'Hệ số phải là một số hữu hạn, không âm.',
        'A coefficient must be a finite number, at least 0.',
      );
    } else {
      const category = { name: key, value, scaled: toScaled(value), ordinal: categories.length };
      categories.push(category);
      values.set(key, category);
    }
  }
  return { id: table.id, values, categories };
}

/**
 * Checks a criteria table (shape with zod/mini, then the rules that tie its parts together) and
 * reads it for the engine. Adds every problem to `list`; returns undefined when there is one.
 */
export function prepareTable(list: IssueList, input: unknown): PreparedTable | undefined {
  const checked = criteriaTableSchema.safeParse(input);
  if (!checked.success) {
    addZodIssues(list, checked.error.issues, 'table', input);
    return undefined;
  }
  const table = input as CriteriaTable; // validated; read from the caller's own object
  const before = list.size;
  const coefficientsById = new Map<string, PreparedCoefficients>();
  (table.coefficients ?? []).forEach((coefficients, index) => {
    const path = `table.coefficients[${index}]`;
    if (coefficientsById.has(coefficients.id)) {
      list.add(
        `${path}.id`,
        'duplicate-id',
        `Bảng hệ số "${coefficients.id}" bị trùng mã.`,
        `The coefficient table id "${coefficients.id}" is used twice.`,
      );
    }
    coefficientsById.set(coefficients.id, readCoefficients(list, coefficients, path));
  });
  const seen = new Map<string, number>();
  const usedCoefficients: PreparedCoefficients[] = [];
  const usedSlots = new Map<string, number>(); // each used table's place in usedCoefficients
  let anyWeight = false;
  const criteria = table.criteria.map((criterion, index): PreparedCriterion => {
    const path = `table.criteria[${index}]`;
    if (seen.has(criterion.id)) {
      list.add(
        `${path}.id`,
        'duplicate-id',
        `Tiêu chí "${criterion.id}" bị trùng mã.`,
        `The criterion id "${criterion.id}" is used twice.`,
      );
    }
    if (!seen.has(criterion.id)) seen.set(criterion.id, index);
    if (criterion.weight > 0) anyWeight = true;
    const names = criterion.coefficients ?? [];
    const coefficients: PreparedCoefficients[] = [];
    const coefficientSlots: number[] = [];
    names.forEach((name, at) => {
      const found = coefficientsById.get(name);
      if (found === undefined) {
        list.add(
          `${path}.coefficients[${at}]`,
          'unknown-coefficient-table',
          `Bảng tiêu chí không có bảng hệ số "${name}".`,
          `The table has no coefficient table "${name}".`,
        );
      } else if (names.indexOf(name) !== at) {
        list.add(
          `${path}.coefficients[${at}]`,
          'duplicate-id',
          `Hệ số "${name}" được nhân hai lần cho cùng một tiêu chí.`,
          `The coefficient "${name}" is applied twice to the same criterion.`,
        );
      } else {
        let slot = usedSlots.get(name);
        if (slot === undefined) {
          slot = usedCoefficients.push(found) - 1;
          usedSlots.set(name, slot);
        }
        coefficients.push(found);
        coefficientSlots.push(slot);
      }
    });
    return {
      id: criterion.id,
      label: criterion.label,
      kind: criterion.kind,
      weight: criterion.weight,
      scaledWeight: toScaled(criterion.weight),
      coefficients,
      coefficientSlots,
    };
  });
  if (!anyWeight) {
    list.add(
      'table.criteria',
      'weights-sum-to-zero',
      'Tổng trọng số các tiêu chí bằng 0: không thể phân bổ theo tiêu chí.',
      'The criteria weights sum to zero: nothing can be divided by them.',
    );
  }
  if (list.size > before) return undefined;
  return { criteria, criterionIndex: seen, usedCoefficients, coefficientsById };
}
