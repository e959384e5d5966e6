import type { z } from 'zod/mini';
import type { ValidationIssue } from '../errors';
import { fromZodIssues } from '../household/zod-issues';

/** One problem with a standard's definition, at a path of the changes given to `defineStandard`. */
export const standardIssue = (
  path: string,
  code: string,
  vi: string,
  en: string,
): ValidationIssue => ({ path, code, message: { vi, en } });

/** zod's issues about a standard's definition, at `prefix` in the changes, worded for a standard. */
export function standardZodIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  prefix: readonly PropertyKey[] = [],
): ValidationIssue[] {
  return fromZodIssues(issues, input, undefined, 'standard', prefix);
}
