import { expect } from 'vitest';
import { VnPovertyError } from '../../../src/index';
import { readPath, resolvePath } from './paths';

/** The codes an issue may carry: the contract's (a new code must be added here, and documented). */
export const ISSUE_CODES = new Set([
  // parseHousehold
  'required',
  'invalid-type',
  'invalid-value',
  'unknown-key',
  'empty-members',
  'empty-list',
  'empty-text',
  'too-small',
  'too-large',
  'too-long',
  'too-many',
  'not-integer-vnd',
  'negative-amount',
  'invalid-birth-date',
  'invalid-partial-date',
  'invalid-date',
  'date-too-early',
  'invalid-declared-key',
  'unknown-ethnicity',
  'income-form-count',
  'dwelling-none-with-structures',
  'duplicate-member-id',
  'birth-after-reference',
  'after-reference',
  'left-before-since',
  'qualification-not-in-list',
  'too-many-issues',
  'unreadable-record',
  // defineStandard
  'invalid-format',
  'age-order',
  'share-not-below-one',
  'reserved-indicator-id',
  'reserved-id',
  'unknown-indicator',
  'duplicate-indicator',
  'year-order',
  'line-order',
  'no-indicators',
  'threshold-above-indicators',
  'unreadable-changes',
]);

interface IssueLike {
  readonly path: string;
  readonly code: string;
  readonly message: { readonly vi: string; readonly en: string };
  readonly householdId?: string;
  readonly suggestions?: readonly string[];
}

/** Text that must never reach a message unless the caller wrote it. */
const LEAKS = ['undefined', '[object Object]', '[native code]', 'function ', 'NaN'];

/** Every key and string the caller wrote (to a bounded depth), as one text. */
function inputText(input: unknown, depth = 0): string {
  if (typeof input === 'string') return input;
  if (typeof input !== 'object' || input === null || depth > 20) return '';
  try {
    return Object.keys(input)
      .map((key) => `${key} ${inputText((input as Record<string, unknown>)[key], depth + 1)}`)
      .join(' ');
  } catch {
    return '';
  }
}

/**
 * Checks the issues of a refusal: each path leads into the input (to the value, or to the missing
 * place of a required value), each code is a stable one, each message is written out in both
 * languages with no leaked `undefined` or function source, and the household id is the input's.
 * (Plain checks, with `expect` only on a failure: this runs for every issue of every fuzzed input.)
 *
 * @param missing - how much of a path may be missing: only its last key (a household record, whose
 * issues point at what is there or a required field that is not), or any tail under a plain
 * object (a standard's changes, whose issues may point where a change would go)
 */
export function expectWellFormedIssues(
  issues: readonly IssueLike[],
  input: unknown,
  missing: 'last-key' | 'any-tail' = 'last-key',
): void {
  expect(issues.length).toBeGreaterThan(0);
  let text: string | undefined;
  const wroteIt = (leak: string) => {
    text ??= inputText(input);
    return text.includes(leak);
  };
  for (const issue of issues) {
    const fail = (problem: string) =>
      expect.fail(`${problem}: ${JSON.stringify(issue).slice(0, 500)}`);
    const keys = readPath(issue.path);
    // A standard's changes are read by zod, which looks into any object (a Date, a class instance).
    const resolved = resolvePath(input, keys, missing === 'any-tail');
    if (!resolved.found && missing === 'last-key' && resolved.missingAt !== keys.length - 1)
      fail('only the last key of a path may be missing');
    if (!ISSUE_CODES.has(issue.code)) fail('unknown code');
    for (const language of ['vi', 'en'] as const) {
      const message = issue.message[language];
      if (typeof message !== 'string' || message.trim() === '') fail(`no ${language} message`);
      // The generic fallback names the code: every code has a message of its own.
      if (message.endsWith(`(${issue.code}).`)) fail('a fallback message');
      for (const leak of LEAKS)
        if (message.includes(leak) && !wroteIt(leak)) fail(`${JSON.stringify(leak)} leaked`);
    }
    if (issue.householdId !== undefined && (input as { id?: unknown }).id !== issue.householdId)
      fail('another household id');
    if (issue.suggestions !== undefined && issue.suggestions.length > 3)
      fail('too many suggestions');
  }
}

/** Runs `action`; a thrown value must be a VnPovertyError, and is returned. */
export function typedOutcome<T>(action: () => T): { value: T } | { error: VnPovertyError } {
  try {
    return { value: action() };
  } catch (error) {
    if (!(error instanceof VnPovertyError)) throw error;
    expectWellFormedError(error);
    return { error };
  }
}

/** A thrown error: a stable code and a message in both languages. */
export function expectWellFormedError(error: VnPovertyError): void {
  expect(error.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  expect(error.messages.vi.trim()).not.toBe('');
  expect(error.messages.en.trim()).not.toBe('');
  expect(error.message).toBe(error.messages.en);
}
