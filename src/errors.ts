import type { Message } from './i18n/message';

/**
 * The stable codes of the errors that the library throws for misuse.
 *
 * - `invalid-options`: the options object of a call is missing, not an object, has an unknown key,
 *   names the standard in more than one way, or an option is not of its documented form (an
 *   Alkire-Foster cut-off or weight, the treatment of unknown values, a grouping);
 * - `invalid-date`: a date is not a real `YYYY-MM-DD` calendar date;
 * - `date-out-of-range`: no national standard governs the date or year (before 2016, after 2030);
 * - `unknown-standard`: no standard has that id;
 * - `invalid-standard`: the changes given to `defineStandard` are not valid, or a standard passed
 *   to a function is not one the library made;
 * - `invalid-household`: a household that did not come through `parseHousehold` is malformed (the
 *   error names the household's id and, in `issues`, every problem with its path);
 * - `birth-after-reference`: a member is born after the reference date of the assessment;
 * - `member-not-in-household`: the member given is not one of the household's members;
 * - `invalid-allocation`: the input of `allocate` is not valid (every problem in `issues`);
 * - `invalid-counterpart-funds`: the input of `counterpartFunds` is not valid;
 * - `invalid-housing-support`: the input of `housingSupportCost` is not valid;
 * - `incomparable-allocations`: `compareAllocations` was given allocations of different totals
 *   or units;
 * - `not-iterable`: a population is not an array, an iterable or an async iterable of records;
 * - `invalid-survey-weight`: a survey weight is not a finite number at least 0;
 * - `invalid-group-key`: a grouping function returned something other than a string, a finite
 *   number, a boolean or `null`;
 * - `invalid-people-count`: a count of people is not a whole number at least 0;
 * - `mixed-standards`: one measure was given assessments made under different standards;
 * - `invalid-deprivation-matrix`: a deprivation matrix does not hold together (its lengths, its
 *   status codes, its indicator ids);
 * - `missing-household-id`: a comparison by household id met a household without one;
 * - `duplicate-household-id`: two households of one review share an id;
 * - `invalid-targets`: programme targets or yearly figures are not of their documented form;
 * - `assessment-mismatch`: the assessment given with a household is not that household's (its id
 *   or its number of members differs);
 * - `invalid-targeting-input`: households to rank or a project to assess are not valid (a missing or
 *   repeated household id, too many entries), every problem in `issues`;
 * - `invalid-status-history`: a status history is not valid (a bad date or status, two changes on
 *   one day, an assessment dated before the household's previous status), every problem in
 *   `issues`.
 *
 * @see {@link !"Codes" | Codes}
 */
export type ErrorCode =
  | 'invalid-options'
  | 'invalid-date'
  | 'date-out-of-range'
  | 'unknown-standard'
  | 'invalid-standard'
  | 'invalid-household'
  | 'birth-after-reference'
  | 'member-not-in-household'
  | 'invalid-allocation'
  | 'invalid-counterpart-funds'
  | 'invalid-housing-support'
  | 'incomparable-allocations'
  | 'not-iterable'
  | 'invalid-survey-weight'
  | 'invalid-group-key'
  | 'invalid-people-count'
  | 'mixed-standards'
  | 'invalid-deprivation-matrix'
  | 'missing-household-id'
  | 'duplicate-household-id'
  | 'invalid-targets'
  | 'assessment-mismatch'
  | 'invalid-targeting-input'
  | 'invalid-status-history';

/**
 * One problem found in data, with where it is and what to do about it.
 *
 * @example
 * ```ts
 * const issue: ValidationIssue = {
 *   path: 'members[2].birthDate',
 *   code: 'invalid-date',
 *   message: { vi: 'Ngày sinh không hợp lệ', en: 'The birth date is not valid' },
 * };
 * issue.path; //=> 'members[2].birthDate'
 * ```
 */
export interface ValidationIssue<Code extends string = string> {
  /**
   * Where the problem is, as a path into the input: `members[2].birthDate`, `declared["a.b"]` for a
   * key that is not a plain name, empty for the whole input.
   */
  readonly path: string;
  /** A stable, kebab-case code for programs (for a household, a {@link ParseIssueCode}). */
  readonly code: Code;
  /** What is wrong and what to do, in Vietnamese and English. */
  readonly message: Message;
  /** The household's `id`, when the input had one. */
  readonly householdId?: string;
  /** Candidate values, when the library can suggest some (the closest ethnic-group names). */
  readonly suggestions?: readonly string[];
}

/**
 * The one error class that the library throws, always with a stable {@link ErrorCode}.
 *
 * @remarks Legal outcomes (poor, not eligible) are never errors, and bad input data is reported
 * as a result object by `parseHousehold`; this error is for misuse, such as a date outside every
 * standard or an unknown standard id.
 *
 * @example
 * ```ts
 * import { VnPovertyError, standardInForce } from 'vn-poverty';
 * let code = '';
 * try {
 *   standardInForce('2015-06-01');
 * } catch (error) {
 *   if (error instanceof VnPovertyError) code = error.code;
 * }
 * code; //=> 'date-out-of-range'
 * ```
 *
 * @see {@link !"Codes" | Codes}
 */
export class VnPovertyError extends Error {
  /** The stable code. */
  readonly code: ErrorCode;
  /** The message in both languages. */
  readonly messages: Message;
  /** The individual problems, each with its path (for example in `defineStandard`). */
  readonly issues: readonly ValidationIssue[];
  /** The id of the household the error is about, when it is about one that has an id. */
  readonly householdId?: string;

  /**
   * @param code - the stable code
   * @param messages - what happened, in Vietnamese and English; `message` is the English text
   * @param issues - the individual problems, if any
   * @param householdId - the household concerned, if any
   */
  constructor(
    code: ErrorCode,
    messages: Message,
    issues: readonly ValidationIssue[] = [],
    householdId?: string,
  ) {
    super(messages.en);
    this.name = 'VnPovertyError';
    this.code = code;
    this.messages = messages;
    this.issues = issues;
    if (householdId !== undefined) this.householdId = householdId;
  }
}

/**
 * A caller's value as text for a message, whatever it is: never throws (a symbol, an object whose
 * `toString` throws, a huge string), and never runs caller code. Long strings are cut.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
      return 'undefined';
    default:
      return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  }
}
