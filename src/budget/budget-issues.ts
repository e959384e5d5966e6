import type { z } from 'zod/mini';
import { type ErrorCode, type ValidationIssue, VnPovertyError } from '../errors';
import { formatPath } from '../household/format-path';

/**
 * The stable codes of the problems found in the input of the budget functions (`allocate`,
 * `counterpartFunds`, `housingSupportCost`, `compareAllocations`), carried in the thrown error's
 * `issues`.
 */
export type BudgetIssueCode =
  | 'required'
  | 'invalid-type'
  | 'unknown-key'
  | 'invalid-value'
  | 'too-small'
  | 'too-large'
  | 'invalid-number'
  | 'not-integer-vnd'
  | 'negative-amount'
  | 'invalid-rounding-unit'
  | 'not-multiple-of-rounding-unit'
  | 'duplicate-id'
  | 'weights-sum-to-zero'
  | 'unknown-coefficient-table'
  | 'missing-value'
  | 'unknown-criterion'
  | 'invalid-count'
  | 'invalid-rate'
  | 'invalid-flag'
  | 'missing-category'
  | 'unknown-category'
  | 'floor-above-cap'
  | 'floors-exceed-total'
  | 'caps-below-total'
  | 'no-points'
  | 'no-room-for-remainder'
  | 'carve-outs-exceed-total'
  | 'invalid-date'
  | 'invalid-province-code'
  | 'level-above-central-cap'
  | 'different-totals'
  | 'different-units'
  | 'too-many-issues';

/** At most this many issues are reported; the last one says that more were left out. */
export const MAX_ISSUES = 100;

/** Collects issues, bounded, so that a huge bad input cannot make a huge error. */
export class IssueList {
  readonly items: ValidationIssue[] = [];
  private dropped = 0;

  add(path: string, code: BudgetIssueCode, vi: string, en: string): void {
    if (this.items.length < MAX_ISSUES) this.items.push({ path, code, message: { vi, en } });
    else this.dropped++;
  }

  /** How many problems were found, including those left out. */
  get size(): number {
    return this.items.length + this.dropped;
  }

  get empty(): boolean {
    return this.items.length === 0;
  }

  /** The issues, with a last one counting those left out. */
  final(): ValidationIssue[] {
    if (this.dropped === 0) return this.items;
    return [
      ...this.items,
      {
        path: '',
        code: 'too-many-issues',
        message: {
          vi: `Còn ${this.dropped} lỗi khác không liệt kê: hãy sửa các lỗi trên rồi kiểm tra lại.`,
          en: `${this.dropped} more problems were left out: fix those above and check again.`,
        },
      },
    ];
  }
}

/** Throws the error of one budget function with every issue, if there are any. */
export function throwIfIssues(
  code: ErrorCode,
  what: Readonly<{ vi: string; en: string }>,
  list: IssueList,
): void {
  if (list.empty) return;
  const issues = list.final();
  const shown = issues.slice(0, 5);
  const more = issues.length > shown.length ? ` (+${issues.length - shown.length})` : '';
  throw new VnPovertyError(
    code,
    {
      vi: `${what.vi} không hợp lệ: ${shown.map((found) => `${found.path || '(gốc)'}: ${found.message.vi}`).join(' ')}${more}`,
      en: `${what.en} is not valid: ${shown.map((found) => `${found.path || '(root)'}: ${found.message.en}`).join(' ')}${more}`,
    },
    issues,
  );
}

const join = (prefix: string, path: string): string =>
  prefix === ''
    ? path
    : path === ''
      ? prefix
      : path.startsWith('[')
        ? `${prefix}${path}`
        : `${prefix}.${path}`;

/** Adds zod's issues to the list, in the library's words, under `prefix`. */
export function addZodIssues(
  list: IssueList,
  raw: readonly z.core.$ZodIssue[],
  prefix: string,
  input: unknown,
): void {
  for (const found of raw) {
    const path = join(prefix, formatPath(found.path));
    switch (found.code) {
      case 'unrecognized_keys':
        for (const key of found.keys) {
          list.add(
            join(path, key),
            'unknown-key',
            `Trường "${key}" không có trong mẫu: hãy kiểm tra chính tả hoặc bỏ đi.`,
            `"${key}" is not a known field: check its spelling or remove it.`,
          );
        }
        break;
      case 'invalid_type':
        if (!isPresent(input, found.path)) {
          list.add(path, 'required', 'Thiếu giá trị bắt buộc.', 'A required value is missing.');
        } else {
          list.add(
            path,
            'invalid-type',
            `Giá trị phải là ${typeNameVi(found.expected)}.`,
            `The value must be ${typeNameEn(found.expected)}.`,
          );
        }
        break;
      case 'invalid_value':
        list.add(
          path,
          'invalid-value',
          `Giá trị không được chấp nhận; các giá trị hợp lệ: ${found.values.map(String).join(', ')}.`,
          `The value is not allowed; allowed values: ${found.values.map(String).join(', ')}.`,
        );
        break;
      case 'too_small':
        list.add(
          path,
          'too-small',
          found.origin === 'array' || found.origin === 'string'
            ? `Cần ít nhất ${String(found.minimum)} phần tử/ký tự.`
            : `Giá trị phải ${found.inclusive === false ? 'lớn hơn' : 'không nhỏ hơn'} ${String(found.minimum)}.`,
          found.origin === 'array' || found.origin === 'string'
            ? `At least ${String(found.minimum)} items or characters are needed.`
            : `The value must be ${found.inclusive === false ? 'above' : 'at least'} ${String(found.minimum)}.`,
        );
        break;
      case 'too_big':
        list.add(
          path,
          'too-large',
          found.origin === 'array' || found.origin === 'string'
            ? `Nhiều nhất ${String(found.maximum)} phần tử/ký tự.`
            : `Giá trị không được lớn hơn ${String(found.maximum)}.`,
          found.origin === 'array' || found.origin === 'string'
            ? `At most ${String(found.maximum)} items or characters are allowed.`
            : `The value must be at most ${String(found.maximum)}.`,
        );
        break;
      default:
        list.add(path, 'invalid-value', 'Giá trị không hợp lệ.', 'The value is not valid.');
    }
  }
}

const TYPE_VI: Readonly<Record<string, string>> = {
  number: 'một số hữu hạn',
  int: 'một số nguyên',
  string: 'một chuỗi ký tự',
  boolean: 'true hoặc false',
  object: 'một đối tượng',
  array: 'một danh sách',
  record: 'một đối tượng',
};
const TYPE_EN: Readonly<Record<string, string>> = {
  number: 'a finite number',
  int: 'a whole number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  record: 'an object',
};
const typeNameVi = (expected: string): string =>
  Object.hasOwn(TYPE_VI, expected) ? (TYPE_VI[expected] as string) : expected;
const typeNameEn = (expected: string): string =>
  Object.hasOwn(TYPE_EN, expected) ? (TYPE_EN[expected] as string) : expected;

/**
 * Checks an amount of đồng: a safe whole number at least 0 (so also not NaN, not Infinity, not a
 * string). Returns whether it passed.
 */
export function checkVnd(list: IssueList, path: string, value: unknown): value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    list.add(
      path,
      'not-integer-vnd',
      `Số tiền phải là số nguyên đồng (không phần lẻ, không quá ${Number.MAX_SAFE_INTEGER}); đã nhận: ${describe(value)}.`,
      `An amount must be a whole number of đồng (no fraction, at most ${Number.MAX_SAFE_INTEGER}); got ${describe(value)}.`,
    );
    return false;
  }
  if (value < 0) {
    list.add(
      path,
      'negative-amount',
      `Số tiền không được âm (${value}).`,
      `An amount must not be negative (${value}).`,
    );
    return false;
  }
  return true;
}

/** A short, bounded description of a bad value for a message. */
export function describe(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value === null ||
    value === undefined
  )
    return String(value);
  return Array.isArray(value) ? 'a list' : typeof value;
}

/** Whether the input has a value at `path` (own properties only). */
function isPresent(input: unknown, path: readonly PropertyKey[]): boolean {
  let current: unknown = input;
  for (const part of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, part))
      return false;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current !== undefined;
}
