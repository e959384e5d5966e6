import {
  type AssessedHousehold,
  type Assessment,
  assessHousehold,
  type Household,
  type Member,
  parseHousehold,
} from '../../src/index';
import { adult, household } from '../fixtures';

/** The reference date of the targeting tests: inside the programme 2021–2025. */
export const ON = '2024-06-01';

/** A record as JSON-ready input: the fixture's builders, with changes. */
export type Input = Record<string, unknown>;

/** Parses a record (always through parseHousehold, as callers must) and fails loudly if invalid. */
export function parse(input: unknown, on = ON): Household {
  const result = parseHousehold(JSON.parse(JSON.stringify(input)), { on });
  if (!result.success) {
    throw new Error(result.issues.map((issue) => `${issue.path} ${issue.code}`).join('; '));
  }
  return result.data;
}

/** A parsed household with its assessment on `on`. */
export function assessed(input: unknown, on = ON): AssessedHousehold {
  const h = parse(input, on);
  return { household: h, assessment: assessHousehold(h, { on }) };
}

/**
 * A near-poor household: four adults of 44, 72,000,000 a year (1,500,000 a month each, at the
 * rural line) and no deprivation, so near-poor under nd07-2021.
 */
export function nearPoor(changes: Input = {}): Input {
  return { ...household(), ...changes };
}

/**
 * A poor household: as {@link nearPoor} but with 3 deprivations (surface water, no latrine, and
 * 2 of 3 main structures non-durable), so poor under nd07-2021. In a poor district, formed in
 * 2010, with no earlier housing support: eligible for Project 5 on {@link ON}.
 */
export function poor(changes: Input = {}): Input {
  return nearPoor({
    water: 'surface-water',
    latrine: 'none',
    dwelling: { foundation: 'durable', walls: 'non-durable', roof: 'non-durable', floorAreaM2: 60 },
    location: { poorDistrict: true, oftenHitByDisasters: false },
    formedOn: '2010',
    earlierHousingSupport: [],
    ...changes,
  });
}

/** An income above the middle band: 4 × 2,250,001 a month × 12, so neither poor nor near-poor. */
export const ABOVE_LINES = { annualTotal: 4 * 2_250_001 * 12 };

/** Members with facts changed, by index. */
export function members(changes: Record<number, Partial<Member> | Input>, count = 4): Input[] {
  return Array.from({ length: count }, (_, index) => ({
    ...adult(`m${index + 1}`, index % 2 === 1 ? { sex: 'female' } : {}),
    ...(changes[index] ?? {}),
  }));
}

/** The statuses of a list of conditions, by code. */
export function statuses(
  conditions: readonly { code: string; status: string }[],
): Record<string, string> {
  return Object.fromEntries(conditions.map((c) => [c.code, c.status]));
}

export type { Assessment };
