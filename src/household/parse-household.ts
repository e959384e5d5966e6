import { parseReferenceDate } from '../dates/parse-reference-date';
import type { ValidationIssue } from '../errors';
import { deepFreeze } from '../util/deep-freeze';
import { crossFieldIssues } from './cross-field-issues';
import { markParsed } from './parsed-households';
import { checkHouseholdShape } from './schema';
import type { Household } from './types';
import { fromZodIssues } from './zod-issues';

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
export type ParseResult<T> = ParseSuccess<T> | ParseFailure;

/** Parsing succeeded. */
export interface ParseSuccess<T> {
  /** Always `true`. */
  readonly success: true;
  /** The checked data. */
  readonly data: T;
}

/** Parsing failed. */
export interface ParseFailure {
  /** Always `false`. */
  readonly success: false;
  /** Every problem found, each with its path, code and message. */
  readonly issues: readonly ValidationIssue[];
}

/** Options of {@link parseHousehold}. */
export interface ParseHouseholdOptions {
  /** A reference date (`YYYY-MM-DD`): when given, a member born after it is an error. */
  readonly on?: string;
}

/**
 * Checks a household record against the contract (mẫu hộ gia đình, spec/household.md) and
 * returns it typed, or every problem found with its path, code and message in Vietnamese and
 * English.
 *
 * @remarks It never throws on bad data: money must be whole non-negative đồng; enum values,
 * keys and dates must be known; member ids unique; ethnic groups one of the 54 (matched with or
 * without diacritics, with the closest names suggested otherwise); at least one member. Ethnic
 * group names come back in their canonical spelling (`khmer` → `Khơ-me`). The input is not
 * changed.
 *
 * @param input - anything, typically JSON from a form, a file or a database
 * @param options - `on`: a reference date against which birth dates are checked
 * @returns `{ success: true, data }` or `{ success: false, issues }`
 * @throws {@link VnPovertyError} with code `invalid-date` when `options.on` is not a real date
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
 */
export function parseHousehold(
  input: unknown,
  options: ParseHouseholdOptions = {},
): ParseResult<Household> {
  const on = options.on === undefined ? undefined : parseReferenceDate(options.on);
  const householdId = readId(input);
  const shape = checkHouseholdShape(input);
  const issues = [
    ...(shape.success ? [] : fromZodIssues(shape.issues, input, householdId)),
    ...crossFieldIssues(input, on, options.on, householdId),
  ];
  if (issues.length > 0 || !shape.success) return { success: false, issues };
  return { success: true, data: markParsed(deepFreeze(shape.data as Household)) };
}

function readId(input: unknown): string | undefined {
  if (input === null || typeof input !== 'object') return undefined;
  const id = (input as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}
