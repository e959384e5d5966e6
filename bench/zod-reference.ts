import { z } from 'zod';
import {
  DEVICES,
  LATRINES,
  QUALIFICATIONS,
  WASTE_TREATMENTS,
  WATER_SOURCES,
} from '../src/household/values';

/**
 * The household contract as a plain zod schema, with no refinement and no ethnic-group lookup:
 * the reference the issue names for the parser's speed ("zod parse alone, same schema without
 * refinements or the ethnicity lookup"). Same fields, types, enums and strictness as
 * `src/household/contract.ts`.
 */
const values = <T extends string>(...list: [T, ...T[]]) => z.enum(list);
const structure = values('durable', 'non-durable');
const yesNo = z.boolean().optional();

const member = z.strictObject({
  id: z.string().min(1).max(64),
  sex: values('male', 'female'),
  birthDate: z.string(),
  ethnicity: z.string().max(64),
  relation: values(
    'head',
    'spouse',
    'child',
    'parent',
    'grandchild',
    'sibling',
    'other',
  ).optional(),
  work: values(
    'wage-with-contract',
    'wage-without-contract',
    'self-employed',
    'unpaid-family-work',
    'unemployed',
    'not-in-labour-force',
  ).optional(),
  disability: values('none', 'mild', 'severe', 'especially-severe').optional(),
  monthlySocialAllowance: yesNo,
  healthInsurance: yesNo,
  nutrition: values('normal', 'stunted', 'underweight', 'stunted-and-underweight').optional(),
  schooling: z
    .strictObject({
      attending: z.boolean(),
      level: values(
        'preschool',
        'primary',
        'lower-secondary',
        'upper-secondary',
        'vocational',
        'higher',
      ).optional(),
    })
    .optional(),
  qualification: z.enum(QUALIFICATIONS).optional(),
  qualifications: z.array(z.enum(QUALIFICATIONS)).max(20).optional(),
  employerCertifiedTraining: yesNo,
  usesInternet: yesNo,
  usesPhone: yesNo,
  meritorious: yesNo,
  sickWithoutCare: yesNo,
  maternity: values('none', 'pregnant', 'breastfeeding').optional(),
});

export const ZOD_REFERENCE = z.strictObject({
  id: z.string().min(1).max(100).optional(),
  area: values('rural', 'urban'),
  location: z
    .strictObject({
      provinceCode: z.string().optional(),
      communeCode: z.string().optional(),
      village: z.string().optional(),
      poorDistrict: yesNo,
      poorCommune: yesNo,
      extremelyDifficultCommune: yesNo,
      extremelyDifficultCoastalBorderIslandCommune: yesNo,
      oftenHitByDisasters: yesNo,
    })
    .optional(),
  income: z.strictObject({
    annualTotal: z.number().int().min(0).optional(),
    monthlyPerCapita: z.number().int().min(0).optional(),
    proxyScore: z.number().min(0).optional(),
  }),
  members: z.array(member).min(1).max(100),
  dwelling: z.strictObject({
    none: z.literal(true).optional(),
    foundation: structure.optional(),
    walls: structure.optional(),
    roof: structure.optional(),
    floorAreaM2: z.number().min(0).optional(),
  }),
  water: z.enum(WATER_SOURCES),
  latrine: z.enum(LATRINES),
  devices: z.array(z.enum(DEVICES)).max(20),
  hearsLoudspeaker: yesNo,
  wasteTreatment: z.enum(WASTE_TREATMENTS).optional(),
  declared: z.record(z.string(), z.boolean()).optional(),
  previous: z
    .strictObject({
      category: values('poor', 'near-poor', 'middle', 'not-poor'),
      policyYear: z.number().int(),
      since: z.string().optional(),
      leftOn: z.string().optional(),
    })
    .optional(),
  formedOn: z.string().optional(),
  earlierHousingSupport: z
    .array(z.object({ source: z.string(), year: z.number().optional() }))
    .optional(),
  agriculturalHousehold: yesNo,
});
