import type { CalendarDate } from '../dates/calendar';
import { parseReferenceDate } from '../dates/parse-reference-date';
import { describeValue, type ValidationIssue, VnPovertyError } from '../errors';
import { HOUSEHOLD_RECORD } from './contract';
import { type AddIssue, checkAcrossFields } from './cross-field-issues';
import type { ParseIssueCode } from './issue-codes';
import { type IssueDetails, issueMessage } from './issue-messages';
import { HOUSEHOLD_LIMITS } from './limits';
import { markParsed } from './parsed-households';
import { INVALID, isPlainObject, pathOf, type Report } from './record-checks';
import type { Household } from './types';

/**
 * The result of parsing: the data, or every problem found.
 *
 * @example
 * ```ts
 * import { parseHousehold } from 'vn-poverty';
 * const result = parseHousehold({});
 * result.success; //=> false
 * ```
 */
export type ParseResult<T, Code extends string = ParseIssueCode> =
  | ParseSuccess<T>
  | ParseFailure<Code>;

/** Parsing succeeded. */
export interface ParseSuccess<T> {
  /** Always `true`. */
  readonly success: true;
  /** The checked data. */
  readonly data: T;
}

/** Parsing failed. */
export interface ParseFailure<Code extends string = ParseIssueCode> {
  /** Always `false`. */
  readonly success: false;
  /** Every problem found, each with its path, code and message. */
  readonly issues: readonly ValidationIssue<Code>[];
}

/** Options of {@link parseHousehold}. */
export interface ParseHouseholdOptions {
  /**
   * A reference date (`YYYY-MM-DD`): when given, a member born after it, and any other date of the
   * record after it, is an error.
   */
  readonly on?: string;
}

function readOptions(options: unknown): { on: CalendarDate | undefined; onText: string } {
  if (!isPlainObject(options)) {
    throw new VnPovertyError('invalid-options', {
      vi: `Tuỳ chọn của parseHousehold phải là một đối tượng, ví dụ { on: '2025-10-01' } (nhận được ${describeValue(options)}).`,
      en: `The options of parseHousehold must be an object such as { on: '2025-10-01' } (got ${describeValue(options)}).`,
    });
  }
  const on = options.on;
  if (on === undefined) return { on: undefined, onText: '' };
  return { on: parseReferenceDate(on as string), onText: on as string };
}

/** A valid record, checked and frozen, or `undefined`: the fast path, which builds no message. */
function accept(
  input: unknown,
  on: CalendarDate | undefined,
  onText: string,
): Household | undefined {
  const checked = HOUSEHOLD_RECORD(input, undefined, undefined);
  if (checked === INVALID) return undefined;
  let across = true;
  checkAcrossFields(checked as Readonly<Record<string, unknown>>, on, onText, () => {
    across = false;
  });
  return across ? (checked as Household) : undefined;
}

function readId(input: unknown): string | undefined {
  if (!isPlainObject(input)) return undefined;
  const id = input.id;
  return typeof id === 'string' && id.length <= HOUSEHOLD_LIMITS.householdId ? id : undefined;
}

/** Every problem of a record, with its path, code and message, at most `HOUSEHOLD_LIMITS.issues`. */
function describe(
  input: unknown,
  on: CalendarDate | undefined,
  onText: string,
): ValidationIssue<ParseIssueCode>[] {
  const householdId = readId(input);
  const issues: ValidationIssue<ParseIssueCode>[] = [];
  let dropped = 0;
  const add: AddIssue = (code, details) => {
    if (issues.length >= HOUSEHOLD_LIMITS.issues) {
      dropped++;
      return;
    }
    const issue: ValidationIssue<ParseIssueCode> = {
      path: details.path,
      code,
      message: issueMessage(code, details),
    };
    const withSuggestions = details.suggestions
      ? { ...issue, suggestions: details.suggestions }
      : issue;
    issues.push(householdId === undefined ? withSuggestions : { ...withSuggestions, householdId });
  };
  const report: Report = {
    issue: (code, place, details: Omit<IssueDetails, 'path'> = {}) =>
      add(code, { ...details, path: pathOf(place) }),
    suggestionsLeft: HOUSEHOLD_LIMITS.suggestedNames,
  };
  HOUSEHOLD_RECORD(input, undefined, report);
  if (isPlainObject(input)) checkAcrossFields(input, on, onText, add);
  if (dropped > 0) {
    issues.push({
      path: '',
      code: 'too-many-issues',
      message: issueMessage('too-many-issues', { path: '', limit: HOUSEHOLD_LIMITS.issues }),
      ...(householdId === undefined ? {} : { householdId }),
    });
  }
  return issues;
}

/** The issue for a record whose reading threw: a getter or a proxy, never JSON data. */
function unreadable(): ValidationIssue<ParseIssueCode> {
  return {
    path: '',
    code: 'unreadable-record',
    message: {
      vi: 'Không đọc được hồ sơ hộ: một giá trị trong đó gây lỗi khi đọc. Hãy truyền dữ liệu JSON thuần.',
      en: 'The record could not be read: reading one of its values failed. Pass plain JSON data.',
    },
  };
}

/**
 * Checks a household record against the contract (mẫu hộ gia đình, version 1.1: see the guide
 * "The household contract") and returns it typed and frozen, or every problem found with its path,
 * code and message in Vietnamese and English.
 *
 * @remarks It never throws on bad data: money must be whole non-negative đồng up to the limit;
 * enum values, keys and dates must be known; member ids unique; ethnic groups one of the 54
 * (matched with or without diacritics, with the closest names suggested otherwise); at least one
 * member; every list and text within {@link HOUSEHOLD_LIMITS}, so that any input of a megabyte is
 * answered in well under a second. Ethnic group names come back in their canonical spelling
 * (`khmer` → `Khơ-me`). The input is neither changed nor kept: the household returned is a frozen
 * copy, which the assessor then trusts without checking it again.
 *
 * @param input - anything, typically JSON from a form, a file or a database
 * @param options - `on`: a reference date against which the record's dates are checked
 * @returns `{ success: true, data }` or `{ success: false, issues }`
 * @throws {@link VnPovertyError} `invalid-options` when the options are not an object, or
 * `invalid-date` when `options.on` is not a real date
 *
 * @example
 * ```ts
 * import { parseHousehold } from 'vn-poverty';
 * const input = {
 *   id: 'HH-001',
 *   area: 'rural',
 *   income: { annualTotal: 36000000 },
 *   members: [{ id: 'a', sex: 'female', birthDate: '1990', ethnicity: 'tay' }],
 *   dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 40 },
 *   water: 'piped',
 *   latrine: 'septic',
 *   devices: ['smartphone'],
 * };
 * const ok = parseHousehold(input);
 * ok.success && ok.data.members[0]?.ethnicity; //=> 'Tày'
 *
 * const bad = parseHousehold({ ...input, income: { annualTotal: 1.5 } });
 * const problems = bad.success ? [] : bad.issues.map((issue) => `${issue.path} ${issue.code}`);
 * problems; //=> ['income.annualTotal not-integer-vnd']
 * ```
 *
 * @see {@link !"Getting started" | Getting started}
 * @see {@link !"Conventions" | Conventions}
 * @see {@link !"Codes" | Codes}
 */
export function parseHousehold(
  input: unknown,
  options: ParseHouseholdOptions = {},
): ParseResult<Household> {
  const { on, onText } = readOptions(options);
  try {
    const accepted = accept(input, on, onText);
    if (accepted !== undefined) return { success: true, data: markParsed(accepted) };
    const issues = describe(input, on, onText);
    // The two modes run the same checks, so a refusal always has a description; should that ever
    // fail, the record is still refused, never accepted unexplained.
    return { success: false, issues: issues.length > 0 ? issues : [unreadable()] };
  } catch {
    // Only a getter or proxy in the input can throw here: JSON data never does.
    return { success: false, issues: [unreadable()] };
  }
}
