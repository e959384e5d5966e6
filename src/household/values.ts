import type {
  Device,
  Disability,
  HousingSupportSource,
  Latrine,
  Maternity,
  Nutrition,
  Qualification,
  Relation,
  SchoolLevel,
  WasteTreatment,
  WaterSource,
  Work,
} from './types';

/** The accepted values of the contract's enums, shared by the household and standard schemas. */
export const WATER_SOURCES: readonly [WaterSource, ...WaterSource[]] = [
  'piped',
  'drilled-well',
  'protected-dug-well',
  'unprotected-dug-well',
  'protected-spring',
  'unprotected-spring',
  'rainwater',
  'bottled',
  'surface-water',
  'other',
];

export const LATRINES: readonly [Latrine, ...Latrine[]] = [
  'septic',
  'semi-septic',
  'pour-flush',
  'double-vault',
  'ventilated-pit',
  'biogas',
  'simple-pit',
  'hanging',
  'none',
  'other',
];

export const DEVICES: readonly [Device, ...Device[]] = [
  'television',
  'radio',
  'computer',
  'smartphone',
  'basic-phone',
];

export const WASTE_TREATMENTS: readonly [WasteTreatment, ...WasteTreatment[]] = [
  'collected',
  'composted',
  'buried',
  'burned',
  'dumped',
  'other',
];

export const RELATIONS: readonly [Relation, ...Relation[]] = [
  'head',
  'spouse',
  'child',
  'parent',
  'grandchild',
  'sibling',
  'other',
];

export const WORK: readonly [Work, ...Work[]] = [
  'wage-with-contract',
  'wage-without-contract',
  'self-employed',
  'unpaid-family-work',
  'unemployed',
  'not-in-labour-force',
];

export const DISABILITIES: readonly [Disability, ...Disability[]] = [
  'none',
  'mild',
  'severe',
  'especially-severe',
];

export const NUTRITION: readonly [Nutrition, ...Nutrition[]] = [
  'normal',
  'stunted',
  'underweight',
  'stunted-and-underweight',
];

export const SCHOOL_LEVELS: readonly [SchoolLevel, ...SchoolLevel[]] = [
  'preschool',
  'primary',
  'lower-secondary',
  'upper-secondary',
  'vocational',
  'higher',
];

export const QUALIFICATIONS: readonly [Qualification, ...Qualification[]] = [
  'none',
  'primary',
  'lower-secondary',
  'upper-secondary',
  'vocational-elementary',
  'vocational-intermediate',
  'college',
  'university',
];

export const MATERNITY: readonly [Maternity, ...Maternity[]] = [
  'none',
  'pregnant',
  'breastfeeding',
];

export const HOUSING_SUPPORT_SOURCES: readonly [HousingSupportSource, ...HousingSupportSource[]] = [
  'ethnic-minority-programme',
  'poverty-reduction-programme',
  'other-state-programme',
  'mass-organisation',
  'other',
];
