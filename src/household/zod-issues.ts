import type { z } from 'zod';
import type { ValidationIssue } from '../errors';
import { formatPath } from './format-path';
import { type IssueDetails, issueMessage } from './issue-messages';

function valueAt(input: unknown, path: readonly PropertyKey[]): { present: boolean } {
  let current: unknown = input;
  for (const part of path) {
    if (current === null || typeof current !== 'object' || !(part in current)) {
      return { present: false };
    }
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return { present: current !== undefined };
}

function issue(
  code: string,
  details: IssueDetails,
  householdId: string | undefined,
): ValidationIssue {
  const base = { path: details.path, code, message: issueMessage(code, details) };
  const withSuggestions = details.suggestions
    ? { ...base, suggestions: details.suggestions }
    : base;
  return householdId === undefined ? withSuggestions : { ...withSuggestions, householdId };
}

function fromOne(raw: z.core.$ZodIssue, input: unknown, id: string | undefined): ValidationIssue[] {
  const path = formatPath(raw.path);
  switch (raw.code) {
    case 'unrecognized_keys':
      return raw.keys.map((key) =>
        issue('unknown-key', { path: formatPath([...raw.path, key]), key }, id),
      );
    case 'invalid_type':
    case 'invalid_value':
      if (!valueAt(input, raw.path).present) return [issue('required', { path }, id)];
      if (raw.code === 'invalid_value') {
        return [issue('invalid-value', { path, allowed: raw.values.map(String) }, id)];
      }
      return [issue('invalid-type', { path, expected: raw.expected }, id)];
    case 'too_small':
      if (raw.origin === 'array') return [issue('empty-members', { path }, id)];
      if (raw.origin === 'string') return [issue('empty-text', { path }, id)];
      return [issue('too-small', { path, minimum: Number(raw.minimum) }, id)];
    case 'too_big':
      return [
        issue(
          raw.origin === 'array' ? 'too-many' : 'too-large',
          {
            path,
            maximum: Number(raw.maximum),
          },
          id,
        ),
      ];
    case 'invalid_key':
      return [issue('invalid-declared-key', { path, key: String(raw.path.at(-1)) }, id)];
    case 'custom': {
      const params = (raw.params ?? {}) as { code?: string; suggestions?: string[] };
      const details = params.suggestions ? { path, suggestions: params.suggestions } : { path };
      return [issue(params.code ?? 'invalid-type', details, id)];
    }
    default:
      return [issue('invalid-type', { path }, id)];
  }
}

/** Turns zod's issues into the library's: a stable code, the path, and both languages. */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  householdId: string | undefined,
): ValidationIssue[] {
  return issues.flatMap((raw) => fromOne(raw, input, householdId));
}
