import * as z from 'zod/mini';
import { type ValidationIssue, VnPovertyError } from '../errors';
import { formatPath } from '../household/format-path';
import { DISABILITIES, HOUSING_SUPPORT_SOURCES } from '../household/values';
import { citationSchema } from '../law/citation-schema';
import { deepFreeze } from '../util/deep-freeze';
import { PROGRAMME_2021_2025 } from './programme-2021-2025';
import type { TargetingRules } from './types';
import { HOUSING_PRIORITY_LEVELS, PROPOSER_KINDS } from './values';

/** Caller's targeting rules are checked like user input: a wrong shape is a clear error. */

const citation = citationSchema;

const parameter = <T extends z.core.SomeType>(value: T) =>
  z.strictObject({ value, basis: citation });

/** A refinement's message: the value is of the right type but not allowed. */
const INVALID_VALUE = 'the value is not allowed';

const age = z.int().check(z.minimum(0), z.maximum(150));
const fraction = z
  .strictObject({
    numerator: z.int().check(z.minimum(0)),
    denominator: z.int().check(z.minimum(1)),
  })
  .check(z.refine((f) => f.numerator <= f.denominator, INVALID_VALUE));
const day = z.iso.date();
const vnd = z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER));
const group = citation;
const unique = <T>(values: readonly T[]) => new Set(values).size === values.length;

const schema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  title: z.strictObject({ vi: z.string(), en: z.string() }),
  basis: citation,
  period: parameter(
    z
      .strictObject({ from: day, until: day })
      .check(z.refine((p) => p.from <= p.until, INVALID_VALUE)),
  ),
  ethnicMinorityHousehold: parameter(
    z.discriminatedUnion('by', [
      z.strictObject({ by: z.literal('head') }),
      z.strictObject({ by: z.literal('head-or-spouse') }),
      z.strictObject({ by: z.literal('any-member') }),
      z.strictObject({ by: z.literal('share'), atLeast: fraction }),
    ]),
  ),
  womanMinimumAge: parameter(age),
  disabilityLevels: parameter(z.array(z.enum(DISABILITIES)).check(z.maxLength(4))),
  elderlyFromAge: parameter(age),
  socialProtectionBeneficiary: parameter(z.literal('monthly-social-allowance')),
  newlyEscapedMonths: parameter(z.int().check(z.minimum(1), z.maximum(1200))),
  groupBasis: z.strictObject({
    'poor-ethnic-minority-household': group,
    'poor-household-with-person-of-merit': group,
    'woman-in-poor-household': group,
    'person-with-disability-in-poor-or-near-poor-household': group,
    'newly-escaped-household': group,
  }),
  housing: z.strictObject({
    formedYearsBefore: parameter(z.int().check(z.minimum(0), z.maximum(100))),
    minimumNonDurableStructures: parameter(z.int().check(z.minimum(1), z.maximum(3))),
    floorAreaPerPersonM2: parameter(z.number().check(z.minimum(0), z.maximum(1000))),
    earlierSupportSources: parameter(
      z.array(z.enum(HOUSING_SUPPORT_SOURCES)).check(z.maxLength(5)),
    ),
    excludedProgrammes: parameter(z.array(z.enum(HOUSING_SUPPORT_SOURCES)).check(z.maxLength(5))),
    caps: parameter(z.strictObject({ newHouse: vnd, repair: vnd })),
    priorityOrder: parameter(
      z
        .array(z.enum(HOUSING_PRIORITY_LEVELS))
        .check(
          z.minLength(1),
          z.maxLength(HOUSING_PRIORITY_LEVELS.length),
          z.refine(unique, INVALID_VALUE),
        ),
    ),
  }),
  nutritionChildUnderAge: parameter(age),
  employmentMinimumAge: parameter(age),
  communityProject: z.strictObject({
    proposers: parameter(z.array(z.enum(PROPOSER_KINDS)).check(z.maxLength(4))),
    beneficiaryStatuses: parameter(
      z.array(z.enum(['poor', 'near-poor', 'newly-escaped'])).check(z.maxLength(3)),
    ),
    beneficiaryShareAtLeast: parameter(fraction),
    priorityShareAbove: parameter(fraction),
  }),
});

/**
 * The rules to apply: the national ones by default; a caller's rules are checked, copied and
 * frozen, so that results never share a mutable part with the caller.
 *
 * @throws {@link VnPovertyError} `invalid-options` with every problem in `issues`
 */
export function resolveRules(rules: TargetingRules | undefined): TargetingRules {
  if (rules === undefined || rules === PROGRAMME_2021_2025) return PROGRAMME_2021_2025;
  const result = schema.safeParse(rules);
  if (!result.success) {
    throw new VnPovertyError(
      'invalid-options',
      {
        vi: 'Bộ quy tắc xác định đối tượng không hợp lệ: xem từng lỗi.',
        en: 'The targeting rules are not valid: see each issue.',
      },
      result.error.issues.slice(0, MAX_ISSUES).flatMap(toIssues),
    );
  }
  return deepFreeze(result.data as TargetingRules);
}

/** Enough to fix a rules object; a hostile one cannot make the error itself large. */
const MAX_ISSUES = 50;

const CODES: Readonly<Record<string, string>> = {
  unrecognized_keys: 'unknown-key',
  invalid_type: 'invalid-type',
  too_small: 'out-of-range',
  too_big: 'out-of-range',
};

function toIssues(raw: z.core.$ZodIssue): ValidationIssue[] {
  const paths =
    raw.code === 'unrecognized_keys'
      ? raw.keys.map((key) => formatPath(['rules', ...raw.path, key]))
      : [formatPath(['rules', ...raw.path])];
  const code = Object.hasOwn(CODES, raw.code) ? (CODES[raw.code] as string) : 'invalid-value';
  return paths.map((path) => ({
    path,
    code,
    message: {
      vi: `Tham số quy tắc ${path} không hợp lệ (${code}).`,
      en: `The rule parameter ${path} is not valid: ${raw.message}.`,
    },
  }));
}
