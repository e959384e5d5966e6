import type { ValidationIssue } from '../errors';
import type { ParseResult } from '../household/parse-household';
import { isGroupKey } from './population';
import type { DeprivationMatrix, GroupKey } from './types';

/**
 * A deprivation matrix as a researcher writes it: the indicators with their own names, and one
 * row per household or person of `true` (deprived), `false` (not deprived) or `null` (unknown);
 * `1` and `0` are read as `true` and `false`, as published matrices print them.
 *
 * @example
 * ```ts
 * import type { DeprivationTable } from 'vn-poverty';
 * const table: DeprivationTable = {
 *   indicatorIds: ['water', 'school', 'assets'],
 *   services: ['living', 'education', 'living'],
 *   rows: [[true, null, false], [0, 1, 1]],
 * };
 * table.rows.length; //=> 2
 * ```
 */
export interface DeprivationTable {
  /** The indicators, your own names, distinct. */
  readonly indicatorIds: readonly string[];
  /** One row per household, one value per indicator. */
  readonly rows: readonly (readonly (boolean | null | 0 | 1)[])[];
  /** The dimension of each indicator, for the default weights (equal dimensions). */
  readonly services?: readonly string[];
  /** A survey weight per row. */
  readonly weights?: readonly number[];
  /** A subgroup per row, for the decomposition. */
  readonly groups?: readonly GroupKey[];
}

const MAX_ISSUES = 100;
const MAX_INDICATORS = 10_000;
const KEYS = new Set(['indicatorIds', 'rows', 'services', 'weights', 'groups']);

class Issues {
  readonly list: ValidationIssue[] = [];

  get full(): boolean {
    return this.list.length >= MAX_ISSUES;
  }

  add(path: string, code: string, vi: string, en: string): void {
    if (!this.full) this.list.push({ path, code, message: { vi, en } });
  }
}

function checkIndicators(value: unknown, issues: Issues): readonly string[] | undefined {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_INDICATORS) {
    issues.add(
      'indicatorIds',
      'invalid-indicators',
      `indicatorIds phải là danh sách từ 1 đến ${MAX_INDICATORS} tên chỉ số.`,
      `indicatorIds must list 1 to ${MAX_INDICATORS} indicator names.`,
    );
    return undefined;
  }
  const seen = new Set<string>();
  value.forEach((id: unknown, i) => {
    if (typeof id !== 'string' || id.length === 0) {
      issues.add(
        `indicatorIds[${i}]`,
        'invalid-indicator',
        'Tên chỉ số phải là chuỗi không rỗng.',
        'An indicator name must be a non-empty string.',
      );
    } else if (seen.has(id)) {
      issues.add(
        `indicatorIds[${i}]`,
        'duplicate-indicator',
        `Chỉ số "${id.slice(0, 50)}" bị lặp.`,
        `The indicator "${id.slice(0, 50)}" is listed twice.`,
      );
    } else seen.add(id);
  });
  return value as string[];
}

function statusOf(value: unknown): number | undefined {
  if (value === true || value === 1) return 1;
  if (value === false || value === 0) return 0;
  if (value === null) return 2;
  return undefined;
}

function checkEach<T>(
  value: unknown,
  name: string,
  rows: number,
  accept: (entry: unknown) => entry is T,
  expected: { vi: string; en: string },
  issues: Issues,
): readonly T[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length !== rows) {
    issues.add(
      name,
      'wrong-length',
      `${name} phải có ${rows} phần tử.`,
      `${name} must have ${rows} entries.`,
    );
    return undefined;
  }
  for (let i = 0; i < value.length && !issues.full; i++) {
    if (!accept(value[i])) {
      issues.add(
        `${name}[${i}]`,
        'invalid-value',
        `${name}[${i}] phải là ${expected.vi}.`,
        `${name}[${i}] must be ${expected.en}.`,
      );
    }
  }
  return value as T[];
}

const isWeight = (entry: unknown): entry is number =>
  typeof entry === 'number' && Number.isFinite(entry) && entry >= 0;
const isService = (entry: unknown): entry is string =>
  typeof entry === 'string' && entry.length > 0;

/**
 * Reads a deprivation table with your own indicator names (ma trận thiếu hụt tự định nghĩa) into
 * the typed layout that `alkireFoster` works on, or returns every problem found.
 *
 * @remarks This is the door for data that is not Vietnam's: a published worked example, a survey
 * of another country. It never throws on bad data; it reports at most 100 problems, each with
 * its path (`rows[3][2]`). Unknown keys are refused, so that a misspelt `weight` is not ignored.
 *
 * @param input - a {@link DeprivationTable}, typically parsed from JSON
 * @returns `{ success: true, data }` with the {@link DeprivationMatrix}, or `{ success: false, issues }`
 *
 * @example
 * ```ts
 * import { parseDeprivationMatrix } from 'vn-poverty';
 * const parsed = parseDeprivationMatrix({ indicatorIds: ['water', 'school'], rows: [[true, null], [0, 1]] });
 * parsed.success && Array.from(parsed.data.statuses); //=> [1, 2, 0, 1]
 * const bad = parseDeprivationMatrix({ indicatorIds: ['water'], rows: [['yes']] });
 * bad.success ? [] : bad.issues.map((issue) => `${issue.path} ${issue.code}`); //=> ['rows[0][0] invalid-status']
 * ```
 */
export function parseDeprivationMatrix(input: unknown): ParseResult<DeprivationMatrix, string> {
  const issues = new Issues();
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    issues.add(
      '',
      'invalid-type',
      'Cần một đối tượng { indicatorIds, rows }.',
      'Expected an object { indicatorIds, rows }.',
    );
    return { success: false, issues: issues.list };
  }
  for (const key of Object.keys(input).slice(0, MAX_ISSUES)) {
    if (!KEYS.has(key)) {
      issues.add(
        key.slice(0, 50),
        'unknown-key',
        `Không có trường "${key.slice(0, 50)}".`,
        `There is no field "${key.slice(0, 50)}".`,
      );
    }
  }
  const table = input as Record<string, unknown>;
  const indicatorIds = checkIndicators(table.indicatorIds, issues);
  const rows = table.rows;
  if (!Array.isArray(rows)) {
    issues.add(
      'rows',
      'invalid-rows',
      'rows phải là danh sách các dòng.',
      'rows must be a list of rows.',
    );
    return { success: false, issues: issues.list };
  }
  const d = indicatorIds?.length ?? 0;
  const statuses = new Uint8Array(rows.length * d);
  for (let h = 0; h < rows.length && !issues.full; h++) {
    const row: unknown = rows[h];
    if (!Array.isArray(row) || (indicatorIds !== undefined && row.length !== d)) {
      issues.add(
        `rows[${h}]`,
        'wrong-length',
        `Dòng ${h} phải có ${d} giá trị.`,
        `Row ${h} must have ${d} values.`,
      );
      continue;
    }
    for (let i = 0; i < d; i++) {
      const status = statusOf(row[i]);
      if (status === undefined) {
        issues.add(
          `rows[${h}][${i}]`,
          'invalid-status',
          'Giá trị phải là true, false, null, 1 hoặc 0.',
          'A value must be true, false, null, 1 or 0.',
        );
      } else statuses[h * d + i] = status;
    }
  }
  const services = checkEach(
    table.services,
    'services',
    d,
    isService,
    { vi: 'chuỗi không rỗng', en: 'a non-empty string' },
    issues,
  );
  const weights = checkEach(
    table.weights,
    'weights',
    rows.length,
    isWeight,
    { vi: 'số hữu hạn không âm', en: 'a finite number at least 0' },
    issues,
  );
  const groups = checkEach(
    table.groups,
    'groups',
    rows.length,
    isGroupKey,
    { vi: 'chuỗi, số, boolean hoặc null', en: 'a string, a number, a boolean or null' },
    issues,
  );
  if (issues.list.length > 0 || indicatorIds === undefined)
    return { success: false, issues: issues.list };
  return {
    success: true,
    data: {
      indicatorIds: [...indicatorIds],
      households: rows.length,
      statuses,
      ...(services === undefined ? {} : { services: [...services] }),
      ...(weights === undefined ? {} : { weights: Float64Array.from(weights) }),
      ...(groups === undefined ? {} : { groups: [...groups] }),
    },
  };
}
