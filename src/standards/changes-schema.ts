import { z } from 'zod';
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

/** zod schemas for `defineStandard`'s input: standards are validated like user input. */

const grade = z.enum(['L', 'S', 'N', 'U']);
const count = z.int().min(0);
const age = z.int().min(0).max(150);

const citationSchema = z.strictObject({
  kind: z.enum(['law', 'resolution', 'decree', 'decision', 'circular', 'plan', 'specification']),
  number: z.string().min(1),
  article: z.string().min(1).optional(),
  grade,
  note: z.string().optional(),
});

const messageSchema = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
const unpublishedSchema = z.strictObject({ unpublished: z.literal(true), note: z.string().min(1) });

const lineSchema = z.strictObject({
  amount: z.int().min(1),
  per: z.enum(['month', 'year']),
  basis: citationSchema.optional(),
});

const areaLinesSchema = z.strictObject({
  poverty: lineSchema.optional(),
  nearPoverty: lineSchema.optional(),
  middleUpper: z.union([lineSchema, unpublishedSchema]).optional(),
});

const ruleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('working-age-work'),
    minimumAge: age,
    depriving: z.array(z.enum(WORK)),
  }),
  z.strictObject({
    kind: z.literal('dependants-share'),
    childUnderAge: age,
    elderlyFromAge: age,
    elderlyNeedAllowance: z.boolean(),
    shareAbove: z.strictObject({ numerator: count, denominator: z.int().min(1) }),
  }),
  z.strictObject({
    kind: z.literal('child-nutrition'),
    underAge: age,
    depriving: z.array(z.enum(NUTRITION)),
  }),
  z.strictObject({ kind: z.literal('health-insurance'), minimumAge: age }),
  z.strictObject({
    kind: z.literal('adult-qualification'),
    bands: z.array(
      z.strictObject({
        fromAge: age,
        toAge: age.nullable(),
        bornFromYear: z.int().nullable(),
        qualifying: z.array(z.enum(QUALIFICATIONS)),
      }),
    ),
    employerCertificationCounts: z.boolean(),
  }),
  z.strictObject({
    kind: z.literal('school-attendance'),
    fromAge: age,
    underAge: age,
    schoolYearStartMonth: z.int().min(1).max(12),
    expectedLevels: z.array(z.strictObject({ fromSchoolAge: age, level: z.enum(SCHOOL_LEVELS) })),
  }),
  z.strictObject({
    kind: z.literal('dwelling-structures'),
    minimumNonDurable: z.int().min(0).max(3),
  }),
  z.strictObject({ kind: z.literal('floor-area-per-member'), minimumM2: z.number().min(0) }),
  z.strictObject({ kind: z.literal('water-source'), safe: z.array(z.enum(WATER_SOURCES)) }),
  z.strictObject({ kind: z.literal('latrine'), hygienic: z.array(z.enum(LATRINES)) }),
  z.strictObject({
    kind: z.literal('member-uses'),
    services: z.array(z.enum(['usesInternet', 'usesPhone'])).min(1),
  }),
  z.strictObject({
    kind: z.literal('information-devices'),
    devices: z.array(z.enum(DEVICES)),
    loudspeakerCounts: z.boolean(),
  }),
  z.strictObject({ kind: z.literal('sick-without-care') }),
  z.strictObject({
    kind: z.literal('waste-treatment'),
    adequate: z.array(z.enum(WASTE_TREATMENTS)),
  }),
  z.strictObject({ kind: z.literal('unpublished'), note: z.string().min(1) }),
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

const indicatorId = z.string().regex(/^[a-z][A-Za-z0-9]*$/);

const indicatorSchema = z.strictObject({
  id: indicatorId,
  service: serviceSchema,
  label: messageSchema,
  rule: ruleSchema,
  basis: citationSchema,
});

const indicatorUpdateSchema = z.strictObject({
  service: serviceSchema.optional(),
  label: messageSchema.optional(),
  rule: z.record(z.string(), z.unknown()).optional(),
  basis: citationSchema.optional(),
});

const changesSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: messageSchema,
  provisional: z.boolean().optional(),
  basis: z.array(citationSchema).min(1).optional(),
  policyYears: z.strictObject({ from: z.int(), to: z.int() }).optional(),
  lines: z
    .strictObject({ rural: areaLinesSchema.optional(), urban: areaLinesSchema.optional() })
    .optional(),
  classification: z
    .strictObject({
      deprivationThreshold: count.optional(),
      incomeAloneMakesPoor: z.boolean().optional(),
      basis: citationSchema.optional(),
    })
    .optional(),
  indicators: z
    .strictObject({
      remove: z.array(z.string()).optional(),
      update: z.record(z.string(), indicatorUpdateSchema).optional(),
      add: z.array(indicatorSchema).optional(),
    })
    .optional(),
  survey: z
    .union([
      z.strictObject({
        scoreACutoff: z.strictObject({ rural: z.number().min(0), urban: z.number().min(0) }),
        pointsPerIndicator: z.int().min(1),
        poorScoreBAtLeast: z.int().min(0),
        basis: citationSchema,
      }),
      unpublishedSchema,
    ])
    .optional(),
});

/** Runs the field-level checks of `defineStandard`'s input. */
export function checkChanges(input: unknown): z.ZodSafeParseResult<unknown> {
  return changesSchema.safeParse(input);
}

/** Checks one indicator rule, such as a rule merged from a partial update. */
export function checkRule(input: unknown): z.ZodSafeParseResult<unknown> {
  return ruleSchema.safeParse(input);
}
