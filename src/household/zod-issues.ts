import type { z } from 'zod/mini';
import type { ValidationIssue } from '../errors';
import { formatPath } from './format-path';
import { type IssueDetails, type IssueSubject, issueMessage } from './issue-messages';

/** Whether the input has a value at the path (zod says "invalid type" for a missing value too). */
function isPresent(input: unknown, path: readonly PropertyKey[]): boolean {
  let current: unknown = input;
  for (const part of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, part))
      return false;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current !== undefined;
}

type Emit = (code: string, details: IssueDetails) => ValidationIssue;

function sizeIssue(
  raw: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  path: string,
  emit: Emit,
) {
  const limit = Number(raw.code === 'too_small' ? raw.minimum : raw.maximum);
  if (raw.code === 'too_small') {
    if (raw.origin === 'array')
      return emit(path === 'members' ? 'empty-members' : 'empty-list', { path });
    if (raw.origin === 'string') return emit('empty-text', { path });
    return emit('too-small', { path, limit });
  }
  if (raw.origin === 'array') return emit('too-many', { path, limit });
  if (raw.origin === 'string') return emit('too-long', { path, limit });
  return emit('too-large', { path, limit });
}

function fromOne(
  raw: z.core.$ZodIssue,
  input: unknown,
  emit: Emit,
  prefix: readonly PropertyKey[],
  room: number,
): ValidationIssue[] {
  const path = formatPath([...prefix, ...raw.path]);
  switch (raw.code) {
    case 'unrecognized_keys':
      return raw.keys
        .slice(0, room)
        .map((key) =>
          emit('unknown-key', { path: formatPath([...prefix, ...raw.path, key]), key }),
        );
    case 'invalid_type':
      if (!isPresent(input, raw.path)) return [emit('required', { path })];
      return [emit('invalid-type', { path, expected: raw.expected })];
    case 'invalid_value':
      if (!isPresent(input, raw.path)) return [emit('required', { path })];
      return [emit('invalid-value', { path, allowed: raw.values.map(String) })];
    case 'invalid_union':
      return [emit('invalid-value', { path })];
    case 'too_small':
    case 'too_big':
      return [sizeIssue(raw, path, emit)];
    case 'invalid_format':
      return [emit('invalid-format', { path })];
    case 'invalid_key':
      return [emit('invalid-declared-key', { path, key: String(raw.path.at(-1)) })];
    case 'custom': {
      const params = (raw.params ?? {}) as { code?: string; suggestions?: string[] };
      const details = params.suggestions ? { path, suggestions: params.suggestions } : { path };
      return [emit(params.code ?? 'invalid-type', details)];
    }
    default:
      return [emit('invalid-type', { path })];
  }
}

/**
 * Turns zod's issues into the library's: a stable code, the path, and both languages. `input` is
 * what zod checked; `prefix` is where it sits in what the caller passed, so that paths and
 * messages name the caller's place. At most `limit` are made: 100,000 unknown keys need not
 * become 100,000 messages.
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  householdId: string | undefined,
  subject: IssueSubject = 'household',
  prefix: readonly PropertyKey[] = [],
  limit: number = Number.POSITIVE_INFINITY,
): ValidationIssue[] {
  const emit: Emit = (code, details) => {
    const base = { path: details.path, code, message: issueMessage(code, details, subject) };
    const withSuggestions = details.suggestions
      ? { ...base, suggestions: details.suggestions }
      : base;
    return householdId === undefined ? withSuggestions : { ...withSuggestions, householdId };
  };
  const made: ValidationIssue[] = [];
  for (const raw of issues) {
    if (made.length >= limit) break;
    made.push(...fromOne(raw, input, emit, prefix, limit - made.length));
  }
  return made;
}
