import {
  type Household,
  type HouseholdInput,
  type Member,
  parseHousehold,
  VnPovertyError,
} from '../src/index';

/**
 * Builders for test households. Every fact is filled in so that no indicator of any standard is
 * deprived or unknown; each test changes only what it is about.
 */

export const ON = '2024-06-01';

export function adult(id: string, overrides: Partial<Member> = {}): Member {
  return {
    id,
    sex: 'male',
    birthDate: '1980-03-15',
    ethnicity: 'Kinh',
    work: 'self-employed',
    disability: 'none',
    monthlySocialAllowance: false,
    healthInsurance: true,
    qualification: 'upper-secondary',
    employerCertifiedTraining: false,
    schooling: { attending: false },
    usesInternet: true,
    usesPhone: true,
    sickWithoutCare: false,
    ...overrides,
  };
}

export function child(id: string, birthDate: string, overrides: Partial<Member> = {}): Member {
  return {
    id,
    sex: 'female',
    birthDate,
    ethnicity: 'Kinh',
    work: 'not-in-labour-force',
    disability: 'none',
    monthlySocialAllowance: false,
    healthInsurance: true,
    nutrition: 'normal',
    qualification: 'none',
    schooling: { attending: true, level: 'primary' },
    usesInternet: false,
    usesPhone: false,
    sickWithoutCare: false,
    ...overrides,
  };
}

/** The record of four adults aged 44 on 2024-06-01, as a caller writes it, before parsing. */
export function householdInput(
  overrides: Partial<HouseholdInput<string>> = {},
): HouseholdInput<string> {
  return {
    id: 'test',
    area: 'rural',
    income: { annualTotal: 72_000_000 },
    members: [
      adult('m1'),
      adult('m2', { sex: 'female' }),
      adult('m3'),
      adult('m4', { sex: 'female' }),
    ],
    dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 60 },
    water: 'piped',
    latrine: 'septic',
    devices: ['television'],
    hearsLoudspeaker: true,
    wasteTreatment: 'collected',
    ...overrides,
  } as HouseholdInput<string>;
}

/**
 * Four adults aged 44 on 2024-06-01, parsed: nothing deprived under any standard. Tests assess
 * households as callers do, through `parseHousehold`; a fixture that does not parse fails loudly.
 */
export function household(overrides: Partial<HouseholdInput<string>> = {}): Household {
  return parsed(householdInput(overrides));
}

/** A record parsed, or the test fails with the issues. */
export function parsed(input: unknown): Household {
  const result = parseHousehold(input);
  if (!result.success) throw new Error(`fixture does not parse: ${JSON.stringify(result.issues)}`);
  return result.data;
}

/** Declares the first `deprived` of `ids` deprived and the rest not: a household with exactly that count. */
export function declaring(ids: readonly string[], deprived: number): Record<string, boolean> {
  return Object.fromEntries(ids.map((id, index) => [id, index < deprived]));
}

/** The code of the VnPovertyError that `action` throws, or 'no error'. Other errors propagate. */
export function errorCode(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof VnPovertyError) return error.code;
    throw error;
  }
  return 'no error';
}
