import type { z } from 'zod/mini';
import type { ValidationIssue } from '../errors';
import { issueMessage } from '../household/issue-messages';
import { HOUSEHOLD_LIMITS } from '../household/limits';
import { fromZodIssues } from '../household/zod-issues';

/** One problem with a standard's definition, at a path of the changes given to `defineStandard`. */
export const standardIssue = (
  path: string,
  code: string,
  vi: string,
  en: string,
): ValidationIssue => ({ path, code, message: { vi, en } });

/** The most issues a refused standard reports; the rest are counted in a last issue. */
const MOST_STANDARD_ISSUES: number = HOUSEHOLD_LIMITS.issues;

/**
 * zod's issues about a standard's definition, at `prefix` in the changes, worded for a standard:
 * one more than are reported at most, so that the refusal can say there were more.
 */
export function standardZodIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  prefix: readonly PropertyKey[] = [],
): ValidationIssue[] {
  return fromZodIssues(issues, input, undefined, 'standard', prefix, MOST_STANDARD_ISSUES + 1);
}

/** The issues of a refused standard, at most {@link MOST_STANDARD_ISSUES}, and a last one saying so. */
export function reportedIssues(issues: readonly ValidationIssue[]): readonly ValidationIssue[] {
  if (issues.length <= MOST_STANDARD_ISSUES) return issues;
  const details = { path: '', limit: MOST_STANDARD_ISSUES };
  return [
    ...issues.slice(0, MOST_STANDARD_ISSUES),
    {
      path: '',
      code: 'too-many-issues',
      message: issueMessage('too-many-issues', details, 'standard'),
    },
  ];
}
