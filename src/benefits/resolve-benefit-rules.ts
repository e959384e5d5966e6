import * as z from 'zod/mini';
import { type ValidationIssue, VnPovertyError } from '../errors';
import { formatPath } from '../household/format-path';
import { SCHOOL_LEVELS } from '../household/values';
import { citationSchema } from '../law/citation-schema';
import { deepFreeze } from '../util/deep-freeze';
import type { BenefitRule } from './types';

/** Caller's benefit rules are checked like user input, copied and frozen. */

const MAX_RULES = 200;
const MAX_ISSUES = 50;

/** A non-negative decimal written plainly (`'6.24'`), so that no float ever carries a rate. */
const decimal = z.string().check(z.regex(/^\d{1,6}(\.\d{1,12})?$/));
const months = z.int().check(z.minimum(1), z.maximum(1200));

const grant = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('premium-share'), percent: decimal, atLeast: z.boolean() }),
  z.strictObject({ kind: z.literal('credit-rate'), percentPerYear: decimal }),
  z.strictObject({
    kind: z.literal('credit-rate-relative'),
    factorOfPoorRate: decimal,
    maxTermMonths: z.optional(months),
  }),
  z.strictObject({
    kind: z.literal('credit-cap'),
    maxVnd: z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER)),
    maxTermMonths: months,
  }),
  z.strictObject({
    kind: z.literal('tuition-exemption'),
    levels: z.array(z.enum(SCHOOL_LEVELS)).check(z.maxLength(SCHOOL_LEVELS.length)),
  }),
  z.strictObject({
    kind: z.literal('electricity'),
    kwhPerMonth: z.int().check(z.minimum(0), z.maximum(100_000)),
    paidEveryMonths: months,
  }),
]);

const rule = z
  .strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    benefit: z.enum([
      'health-insurance',
      'policy-credit-rate',
      'policy-credit-unsecured-cap',
      'tuition-exemption',
      'electricity-support',
    ]),
    for: z.enum(['poor', 'near-poor', 'newly-escaped', 'middle']),
    requires: z.optional(z.enum(['poor-commune', 'agricultural-household'])),
    validFrom: z.optional(z.iso.date()),
    validUntil: z.optional(z.iso.date()),
    windowMonths: z.optional(months),
    grant,
    basis: citationSchema,
  })
  .check(
    z.refine(
      (r) => r.validFrom === undefined || r.validUntil === undefined || r.validFrom <= r.validUntil,
      'validUntil is before validFrom',
    ),
    z.refine(
      (r) => (r.for === 'newly-escaped') === (r.windowMonths !== undefined),
      'a rule for newly escaped households, and only such a rule, has windowMonths',
    ),
  );

const rules = z.array(rule).check(
  z.maxLength(MAX_RULES),
  z.refine((list) => new Set(list.map((r) => r.id)).size === list.length, 'rule ids repeat'),
);

/**
 * Checks, copies and freezes a caller's benefit rules.
 *
 * @throws {@link VnPovertyError} `invalid-options` with every problem in `issues`
 */
export function resolveBenefitRules(input: readonly BenefitRule[]): readonly BenefitRule[] {
  const result = rules.safeParse(input);
  if (result.success) return deepFreeze(result.data as BenefitRule[]);
  const issues: ValidationIssue[] = result.error.issues.slice(0, MAX_ISSUES).map((raw) => {
    const path = formatPath(['rules', ...raw.path]);
    return {
      path,
      code: 'invalid-benefit-rule',
      message: {
        vi: `Quy tắc chính sách ${path} không hợp lệ.`,
        en: `The benefit rule ${path} is not valid: ${raw.message}.`,
      },
    };
  });
  throw new VnPovertyError(
    'invalid-options',
    {
      vi: 'Danh sách quy tắc chính sách không hợp lệ: xem từng lỗi.',
      en: 'The benefit rules are not valid: see each issue.',
    },
    issues,
  );
}
