import * as z from 'zod/mini';
import {
  DEVICES,
  LATRINES,
  NUTRITION,
  QUALIFICATIONS,
  SCHOOL_LEVELS,
  WASTE_TREATMENTS,
  WATER_SOURCES,
  WORK,
} from '../household/values';

/*
 * zod schemas for `defineStandard`'s input: standards are validated like user data. Besides the
 * types, each rule's parameters must make sense together (an age range that is not empty, a share
 * below one, a list of accepted values that is not empty): a rule that can never apply, or always
 * does, is a mistake, not a standard.
 */

/** The policy years a standard may govern. */
export const POLICY_YEAR_RANGE = { from: 2000, to: 2100 } as const;

/** The largest line, in đồng per person per year: lines × 12 × members must stay exact. */
export const MAX_LINE_VND = 1_000_000_000_000;

const custom = (code: string) => ({ code: 'custom' as const, message: code, params: { code } });

const grade = z.enum(['L', 'S', 'N', 'U']);
const count = z.int().check(z.minimum(0));
const age = z.int().check(z.minimum(0), z.maximum(150));
const text = z.string().check(z.minLength(1), z.maxLength(2000));
const nonEmpty = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.minLength(1));

const citationSchema = z.strictObject({
  kind: z.enum(['law', 'resolution', 'decree', 'decision', 'circular', 'plan', 'specification']),
  number: z.string().check(z.minLength(1), z.maxLength(200)),
  article: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  grade,
  note: z.optional(z.string().check(z.maxLength(2000))),
});

const messageSchema = z.strictObject({ vi: text, en: text });
const unpublishedSchema = z.strictObject({ unpublished: z.literal(true), note: text });

const lineSchema = z.strictObject({
  amount: z.int().check(z.minimum(1), z.maximum(MAX_LINE_VND)),
  per: z.enum(['month', 'year']),
  basis: z.optional(citationSchema),
});

const areaLinesSchema = z.strictObject({
  poverty: z.optional(lineSchema),
  nearPoverty: z.optional(lineSchema),
  middleUpper: z.optional(z.union([lineSchema, unpublishedSchema])),
});

const bandSchema = z
  .strictObject({
    fromAge: age,
    toAge: z.nullable(age),
    bornFromYear: z.nullable(z.int().check(z.minimum(1880), z.maximum(2100))),
    qualifying: nonEmpty(z.enum(QUALIFICATIONS)),
  })
  .check(
    z.refine((band) => band.toAge === null || band.fromAge <= band.toAge, {
      ...custom('age-order'),
      path: ['fromAge'],
    }),
  );

const ruleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('working-age-work'),
    minimumAge: age,
    depriving: nonEmpty(z.enum(WORK)),
  }),
  z
    .strictObject({
      kind: z.literal('dependants-share'),
      childUnderAge: age,
      elderlyFromAge: age,
      elderlyNeedAllowance: z.boolean(),
      shareAbove: z
        .strictObject({ numerator: count, denominator: z.int().check(z.minimum(1)) })
        .check(
          z.refine((share) => share.numerator < share.denominator, custom('share-not-below-one')),
        ),
    })
    .check(
      z.refine((rule) => rule.childUnderAge <= rule.elderlyFromAge, {
        ...custom('age-order'),
        path: ['childUnderAge'],
      }),
    ),
  z.strictObject({
    kind: z.literal('child-nutrition'),
    underAge: z.int().check(z.minimum(1), z.maximum(150)),
    depriving: nonEmpty(z.enum(NUTRITION)),
  }),
  z.strictObject({ kind: z.literal('health-insurance'), minimumAge: age }),
  z.strictObject({
    kind: z.literal('adult-qualification'),
    bands: nonEmpty(bandSchema),
    employerCertificationCounts: z.boolean(),
  }),
  z
    .strictObject({
      kind: z.literal('school-attendance'),
      fromAge: age,
      underAge: age,
      schoolYearStartMonth: z.int().check(z.minimum(1), z.maximum(12)),
      expectedLevels: z.array(z.strictObject({ fromSchoolAge: age, level: z.enum(SCHOOL_LEVELS) })),
    })
    .check(
      // Otherwise no child is ever in the range.
      z.refine((rule) => rule.fromAge < rule.underAge, {
        ...custom('age-order'),
        path: ['fromAge'],
      }),
    ),
  z.strictObject({
    kind: z.literal('dwelling-structures'),
    minimumNonDurable: z.int().check(z.minimum(1), z.maximum(3)),
  }),
  z.strictObject({
    kind: z.literal('floor-area-per-member'),
    minimumM2: z.number().check(z.positive(), z.maximum(10_000)),
  }),
  z.strictObject({ kind: z.literal('water-source'), safe: nonEmpty(z.enum(WATER_SOURCES)) }),
  z.strictObject({ kind: z.literal('latrine'), hygienic: nonEmpty(z.enum(LATRINES)) }),
  z.strictObject({
    kind: z.literal('member-uses'),
    services: nonEmpty(z.enum(['usesInternet', 'usesPhone'])),
  }),
  z.strictObject({
    kind: z.literal('information-devices'),
    devices: nonEmpty(z.enum(DEVICES)),
    loudspeakerCounts: z.boolean(),
  }),
  z.strictObject({ kind: z.literal('sick-without-care') }),
  z.strictObject({
    kind: z.literal('waste-treatment'),
    adequate: nonEmpty(z.enum(WASTE_TREATMENTS)),
  }),
  z.strictObject({ kind: z.literal('unpublished'), note: text }),
]);

const serviceSchema = z.enum([
  'employment',
  'health',
  'education',
  'housing',
  'water-sanitation',
  'water-sanitation-environment',
  'information',
]);

/**
 * An indicator id: camelCase, and never the name of an `Object.prototype` member (`constructor`,
 * `toString`…), which a lookup on a plain object would find without it being there.
 */
const indicatorId = z.string().check(
  z.maxLength(64),
  z.regex(/^[a-z][A-Za-z0-9]*$/),
  z.refine((id) => !(id in Object.prototype), custom('reserved-indicator-id')),
);

const indicatorSchema = z.strictObject({
  id: indicatorId,
  service: serviceSchema,
  label: messageSchema,
  rule: ruleSchema,
  basis: citationSchema,
  carriedOverFrom: z.optional(text),
});

const indicatorUpdateSchema = z.strictObject({
  service: z.optional(serviceSchema),
  label: z.optional(messageSchema),
  rule: z.optional(z.record(z.string(), z.unknown())),
  basis: z.optional(citationSchema),
});

const year = z.int().check(z.minimum(POLICY_YEAR_RANGE.from), z.maximum(POLICY_YEAR_RANGE.to));

const surveySchema = z.strictObject({
  scoreACutoff: z.strictObject({
    rural: z.number().check(z.minimum(0), z.maximum(100_000)),
    urban: z.number().check(z.minimum(0), z.maximum(100_000)),
  }),
  pointsPerIndicator: z.int().check(z.minimum(1), z.maximum(1000)),
  poorScoreBAtLeast: z.int().check(z.minimum(1), z.maximum(100_000)),
  basis: citationSchema,
});

const incomeLineSchema = z.strictObject({
  amount: z.int().check(z.minimum(1), z.maximum(MAX_LINE_VND)),
  per: z.enum(['month', 'year']),
  basis: citationSchema,
});

const lowIncomeWorkerSchema = z.strictObject({
  effectiveFrom: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  programmeYears: z.strictObject({ from: z.int(), to: z.int() }),
  lines: z.strictObject({ rural: incomeLineSchema, urban: incomeLineSchema }),
  workers: z.strictObject({
    minimumAge: age,
    belowRetirementAge: z.boolean(),
    work: nonEmpty(z.enum(WORK)),
    basis: citationSchema,
  }),
  basis: citationSchema,
});

const changesSchema = z.strictObject({
  id: z.string().check(z.maxLength(64), z.regex(/^[a-z0-9][a-z0-9-]*$/)),
  title: messageSchema,
  provisional: z.optional(z.boolean()),
  basis: z.optional(nonEmpty(citationSchema).check(z.maxLength(50))),
  policyYears: z.optional(z.strictObject({ from: year, to: year })),
  lines: z.optional(
    z.strictObject({ rural: z.optional(areaLinesSchema), urban: z.optional(areaLinesSchema) }),
  ),
  classification: z.optional(
    z.strictObject({
      deprivationThreshold: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
      incomeAloneMakesPoor: z.optional(z.boolean()),
      basis: z.optional(citationSchema),
    }),
  ),
  indicators: z.optional(
    z.strictObject({
      remove: z.optional(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(100))),
      update: z.optional(z.record(z.string().check(z.maxLength(64)), indicatorUpdateSchema)),
      add: z.optional(z.array(indicatorSchema).check(z.maxLength(100))),
    }),
  ),
  survey: z.optional(z.union([surveySchema, unpublishedSchema])),
  lowIncomeWorker: z.optional(z.union([z.null(), unpublishedSchema, lowIncomeWorkerSchema])),
});

/** The outcome of a check: the data (a fresh copy), or zod's issues. */
export type Checked =
  | { readonly success: true; readonly data: unknown }
  | { readonly success: false; readonly issues: readonly z.core.$ZodIssue[] };

function run(schema: z.ZodMiniType, input: unknown): Checked {
  const result = schema.safeParse(input);
  return result.success
    ? { success: true, data: result.data }
    : { success: false, issues: result.error.issues };
}

/** Runs the field-level checks of `defineStandard`'s input; the data returned is a fresh copy. */
export function checkChanges(input: unknown): Checked {
  return run(changesSchema, input);
}

/** Checks one indicator rule, such as a rule merged from a partial update. */
export function checkRule(input: unknown): Checked {
  return run(ruleSchema, input);
}
