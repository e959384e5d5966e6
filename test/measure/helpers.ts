import {
  type AssessedHousehold,
  createAssessor,
  type Household,
  type Member,
  ND07_2021,
  parseHousehold,
  type Standard,
} from '../../src/index';
import { adult, declaring, household } from '../fixtures';

/** The reference date of the fixtures: 2022–2026 standard, rural poverty line 1,500,000. */
export const ON = '2024-06-01';

const IDS = ND07_2021.indicators.map((indicator) => indicator.id);
const WITHOUT_HEALTH_INSURANCE = IDS.filter((id) => id !== 'healthInsurance');

/** What a fixture household is made of. */
export interface Shape {
  readonly id?: string;
  /** Monthly income per capita, whole đồng. */
  readonly monthly: number;
  readonly members: number;
  /** How many indicators are declared deprived (the first ones in the standard's order). */
  readonly deprived: number;
  /** Whether health insurance is unknown (no member says, nothing declared). */
  readonly unknown?: boolean;
  readonly commune?: string;
  readonly women?: number;
  readonly previous?: Household['previous'];
}

/**
 * A raw record whose indicators are declared on form B2 (so the count is exact), with income at
 * `monthly` per member: under nd07-2021 rural, ≤ 1,500,000 is at or below the line,
 * ≤ 2,250,000 middle, above that not poor.
 */
export function record(shape: Shape): Record<string, unknown> {
  const members: Member[] = Array.from({ length: shape.members }, (_, i) => {
    const member = adult(`m${i}`, { sex: i < (shape.women ?? 0) ? 'female' : 'male' });
    if (shape.unknown !== true) return member;
    const { healthInsurance: _insurance, ...withoutInsurance } = member;
    return withoutInsurance;
  });
  return {
    ...household({
      id: shape.id ?? 'test',
      income: { annualTotal: shape.monthly * 12 * shape.members },
      members,
      declared: declaring(shape.unknown === true ? WITHOUT_HEALTH_INSURANCE : IDS, shape.deprived),
      ...(shape.previous === undefined ? {} : { previous: shape.previous }),
    }),
    ...(shape.commune === undefined ? {} : { location: { communeCode: shape.commune } }),
  };
}

/** Parses a record or fails the test. */
export function parsed(input: unknown): Household {
  const result = parseHousehold(input, { on: ON });
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

/** Parses and assesses each shape under `standard` on `on`. */
export function assessed(
  shapes: readonly Shape[],
  standard: Standard = ND07_2021,
  on: string = ON,
): AssessedHousehold[] {
  const assess = createAssessor({ on, standard });
  return shapes.map((shape) => {
    const data = parsed(record(shape));
    return { household: data, assessment: assess(data) };
  });
}

/** The same items as an async iterable, one at a time. */
export async function* stream<T>(items: Iterable<T>): AsyncGenerator<T> {
  for (const item of items) yield item;
}

/**
 * The six households of the hand-computed fixtures (nd07-2021, rural):
 *
 * | id | income | members | deprived | unknown | category |
 * | A | at the line | 4 | 3 | – | poor |
 * | B | at the line | 2 | 2 | – | near-poor |
 * | C | at the line | 3 | 2 | health insurance | undetermined: poor or near-poor |
 * | D | 2,000,000 | 1 | 0 | – | middle |
 * | E | 3,000,000 | 5 | 0 | – | not poor |
 * | F | at the line | 2 | 1 | health insurance | near-poor (at most 2 < 3) |
 */
export const SIX: readonly Shape[] = [
  { id: 'A', monthly: 1_500_000, members: 4, deprived: 3, commune: '001', women: 2 },
  { id: 'B', monthly: 1_500_000, members: 2, deprived: 2, commune: '001', women: 1 },
  { id: 'C', monthly: 1_500_000, members: 3, deprived: 2, unknown: true, commune: '001', women: 3 },
  { id: 'D', monthly: 2_000_000, members: 1, deprived: 0, commune: '002', women: 0 },
  { id: 'E', monthly: 3_000_000, members: 5, deprived: 0, commune: '002', women: 2 },
  { id: 'F', monthly: 1_500_000, members: 2, deprived: 1, unknown: true, commune: '002', women: 1 },
];

/** Survey weights of the six: A 10, B 20 … F 60. */
export const SIX_WEIGHTS: Readonly<Record<string, number>> = {
  A: 10,
  B: 20,
  C: 30,
  D: 40,
  E: 50,
  F: 60,
};
