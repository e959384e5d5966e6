import type { Message } from './i18n/message';

/**
 * The stable codes of the errors that the library throws for misuse.
 *
 * - `invalid-date`: a date is not a real `YYYY-MM-DD` calendar date;
 * - `date-out-of-range`: no national standard governs the date or year (before 2016, after 2030);
 * - `unknown-standard`: no standard has that id;
 * - `invalid-standard`: the changes given to `defineStandard` are not valid;
 * - `invalid-household`: a household that did not come through `parseHousehold` is malformed;
 * - `birth-after-reference`: a member is born after the reference date of the assessment;
 * - `member-not-in-household`: the member given is not one of the household's members;
 * - `assessment-mismatch`: the assessment given with a household is not that household's (its id
 *   or its number of members differs);
 * - `invalid-options`: options are not valid (an unknown tie-break, a negative number of houses,
 *   targeting rules that do not have the required shape), every problem in `issues`;
 * - `invalid-targeting-input`: households to rank or a project to assess are not valid (a missing or
 *   repeated household id, too many entries), every problem in `issues`;
 * - `invalid-status-history`: a status history is not valid (a bad date or status, two changes on
 *   one day, an assessment dated before the household's previous status), every problem in
 *   `issues`.
 */
export type ErrorCode =
  | 'invalid-date'
  | 'date-out-of-range'
  | 'unknown-standard'
  | 'invalid-standard'
  | 'invalid-household'
  | 'birth-after-reference'
  | 'member-not-in-household'
  | 'assessment-mismatch'
  | 'invalid-options'
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
export interface ValidationIssue {
  /** Where the problem is, as a path into the input (`members[2].birthDate`; empty for the root). */
  readonly path: string;
  /** A stable, kebab-case code for programs. */
  readonly code: string;
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
 */
export class VnPovertyError extends Error {
  /** The stable code. */
  readonly code: ErrorCode;
  /** The message in both languages. */
  readonly messages: Message;
  /** The individual problems, when there are several (for example in `defineStandard`). */
  readonly issues: readonly ValidationIssue[];

  /**
   * @param code - the stable code
   * @param messages - what happened, in Vietnamese and English; `message` is the English text
   * @param issues - the individual problems, if any
   */
  constructor(code: ErrorCode, messages: Message, issues: readonly ValidationIssue[] = []) {
    super(messages.en);
    this.name = 'VnPovertyError';
    this.code = code;
    this.messages = messages;
    this.issues = issues;
  }
}
