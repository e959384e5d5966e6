import { z } from 'zod';
import { isBirthDate, isIsoDate } from '../dates/calendar';
import { findEthnicGroup } from './find-ethnic-group';
import { suggestEthnicGroups } from './suggest-ethnic-groups';
import {
  DEVICES,
  DISABILITIES,
  HOUSING_SUPPORT_SOURCES,
  LATRINES,
  MATERNITY,
  NUTRITION,
  QUALIFICATIONS,
  RELATIONS,
  SCHOOL_LEVELS,
  WASTE_TREATMENTS,
  WATER_SOURCES,
  WORK,
} from './values';

/**
 * The zod schemas of the household contract (spec/household.md). Field-level checks live here;
 * rules that tie fields together (exactly one income form, a dwelling's shape, unique member ids,
 * births before the reference date) are checked by `cross-field-issues.ts`, because zod skips an
 * object's own refinements once any of its fields fails, and every problem must be reported.
 */

const custom = (code: string, extra: Record<string, unknown> = {}) => ({
  code: 'custom' as const,
  message: code,
  params: { code, ...extra },
});

/** Integer VND, at least 0. */
const vnd = z.number().superRefine((value, ctx) => {
  if (!Number.isSafeInteger(value)) ctx.addIssue(custom('not-integer-vnd'));
  else if (value < 0) ctx.addIssue(custom('negative-amount'));
});

const birthDate = z.string().superRefine((value, ctx) => {
  if (!isBirthDate(value)) ctx.addIssue(custom('invalid-birth-date'));
});

const isoDate = z.string().superRefine((value, ctx) => {
  if (!isIsoDate(value)) ctx.addIssue(custom('invalid-date'));
});

/** A date that registers may hold in part, as birth dates: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
const partialDate = z.string().superRefine((value, ctx) => {
  if (!isBirthDate(value)) ctx.addIssue(custom('invalid-partial-date'));
});

/** The most earlier housing supports a record may list: more is a data error, not history. */
const MAX_HOUSING_SUPPORTS = 20;

const ethnicity = z
  .string()
  .superRefine((value, ctx) => {
    if (findEthnicGroup(value) === undefined) {
      ctx.addIssue(custom('unknown-ethnicity', { suggestions: suggestEthnicGroups(value) }));
    }
  })
  .transform((value) => findEthnicGroup(value)?.name ?? value);

const structure = z.enum(['durable', 'non-durable']);

const member = z.strictObject({
  id: z.string().min(1),
  sex: z.enum(['male', 'female']),
  birthDate,
  ethnicity,
  relation: z.enum(RELATIONS).optional(),
  work: z.enum(WORK).optional(),
  disability: z.enum(DISABILITIES).optional(),
  monthlySocialAllowance: z.boolean().optional(),
  healthInsurance: z.boolean().optional(),
  nutrition: z.enum(NUTRITION).optional(),
  schooling: z
    .strictObject({
      attending: z.boolean(),
      level: z.enum(SCHOOL_LEVELS).optional(),
    })
    .optional(),
  qualification: z.enum(QUALIFICATIONS).optional(),
  employerCertifiedTraining: z.boolean().optional(),
  usesInternet: z.boolean().optional(),
  usesPhone: z.boolean().optional(),
  meritorious: z.boolean().optional(),
  sickWithoutCare: z.boolean().optional(),
  maternity: z.enum(MATERNITY).optional(),
});

const householdSchema = z.strictObject({
  id: z.string().optional(),
  area: z.enum(['rural', 'urban']),
  location: z
    .strictObject({
      provinceCode: z.string().optional(),
      communeCode: z.string().optional(),
      village: z.string().optional(),
      poorDistrict: z.boolean().optional(),
      poorCommune: z.boolean().optional(),
      extremelyDifficultCommune: z.boolean().optional(),
      extremelyDifficultCoastalBorderIslandCommune: z.boolean().optional(),
      oftenHitByDisasters: z.boolean().optional(),
    })
    .optional(),
  income: z.strictObject({
    annualTotal: vnd.optional(),
    monthlyPerCapita: vnd.optional(),
    proxyScore: z.number().min(0).optional(),
  }),
  members: z.array(member).min(1),
  dwelling: z.strictObject({
    none: z.literal(true).optional(),
    foundation: structure.optional(),
    walls: structure.optional(),
    roof: structure.optional(),
    floorAreaM2: z.number().min(0).optional(),
  }),
  water: z.enum(WATER_SOURCES),
  latrine: z.enum(LATRINES),
  devices: z.array(z.enum(DEVICES)),
  hearsLoudspeaker: z.boolean().optional(),
  wasteTreatment: z.enum(WASTE_TREATMENTS).optional(),
  declared: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/), z.boolean()).optional(),
  previous: z
    .strictObject({
      category: z.enum(['poor', 'near-poor', 'middle', 'not-poor']),
      policyYear: z.int().min(2000).max(2100),
      since: isoDate.optional(),
      leftOn: isoDate.optional(),
    })
    .optional(),
  formedOn: partialDate.optional(),
  earlierHousingSupport: z
    .array(
      z.strictObject({
        source: z.enum(HOUSING_SUPPORT_SOURCES),
        year: z.int().min(1945).max(2100).optional(),
      }),
    )
    .max(MAX_HOUSING_SUPPORTS)
    .optional(),
  agriculturalHousehold: z.boolean().optional(),
});

/** The outcome of the field-level checks: the cleaned data, or zod's issues. */
export type ShapeCheck =
  | { readonly success: true; readonly data: unknown }
  | { readonly success: false; readonly issues: readonly z.core.$ZodIssue[] };

/** Runs the field-level checks of the household contract. */
export function checkHouseholdShape(input: unknown): ShapeCheck {
  const result = householdSchema.safeParse(input);
  return result.success
    ? { success: true, data: result.data }
    : { success: false, issues: result.error.issues };
}
