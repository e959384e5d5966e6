import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Assessment,
  assessHousehold,
  type Category,
  type HouseholdInput,
  type Member,
  parseHousehold,
} from '../src/index';
import { parsed } from './fixtures';

/**
 * Properties that must hold for every household (spec/DESIGN.md, tests). Households are drawn with
 * any fact possibly missing, so unknown indicators and undetermined categories are exercised.
 */

const RANK: Record<Exclude<Category, 'undetermined'>, number> = {
  poor: 0,
  'near-poor': 1,
  middle: 2,
  'not-poor': 3,
};
const ranks = (a: Assessment) => a.possibleCategories.map((c) => RANK[c]);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const memberArb: fc.Arbitrary<Member> = fc
  .record({
    sex: fc.constantFrom('male', 'female'),
    birthYear: fc.integer({ min: 1935, max: 2018 }),
    work: optional(
      fc.constantFrom(
        'wage-with-contract',
        'wage-without-contract',
        'self-employed',
        'unemployed',
        'not-in-labour-force',
      ),
    ),
    disability: optional(fc.constantFrom('none', 'mild', 'severe')),
    monthlySocialAllowance: optional(fc.boolean()),
    healthInsurance: optional(fc.boolean()),
    nutrition: optional(fc.constantFrom('normal', 'stunted', 'underweight')),
    schooling: optional(
      fc.record({
        attending: fc.boolean(),
        level: fc.constantFrom('preschool', 'primary', 'lower-secondary', 'upper-secondary'),
      }),
    ),
    qualification: optional(
      fc.constantFrom('none', 'primary', 'lower-secondary', 'upper-secondary', 'college'),
    ),
    employerCertifiedTraining: optional(fc.boolean()),
    usesInternet: optional(fc.boolean()),
    usesPhone: optional(fc.boolean()),
    sickWithoutCare: optional(fc.boolean()),
  })
  .map(({ birthYear, ...facts }) => {
    const defined = Object.fromEntries(
      Object.entries(facts).filter(([, value]) => value !== undefined),
    );
    return { id: '', birthDate: String(birthYear), ethnicity: 'Kinh', ...defined } as Member;
  });

const householdArb: fc.Arbitrary<HouseholdInput<string>> = fc
  .record({
    area: fc.constantFrom('rural', 'urban'),
    annualTotal: fc.integer({ min: 0, max: 400_000_000 }),
    members: fc.array(memberArb, { minLength: 1, maxLength: 7 }),
    structures: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
    floorAreaM2: fc.integer({ min: 0, max: 150 }),
    water: fc.constantFrom('piped', 'surface-water'),
    latrine: fc.constantFrom('septic', 'hanging'),
    devices: fc.subarray(['television', 'radio', 'smartphone'] as const),
  })
  .map(({ structures, floorAreaM2, annualTotal, members, ...rest }) => ({
    ...rest,
    income: { annualTotal },
    members: members.map((member, index) => ({ ...member, id: `m${index}` })),
    dwelling: {
      foundation: structures[0] ? 'durable' : 'non-durable',
      walls: structures[1] ? 'durable' : 'non-durable',
      roof: structures[2] ? 'durable' : 'non-durable',
      floorAreaM2,
    },
  })) as fc.Arbitrary<HouseholdInput<string>>;

const dateArb = fc.constantFrom('2019-06-01', '2024-06-01', '2024-10-15', '2027-06-01');
const assess = (h: HouseholdInput<string>, on: string) => assessHousehold(parsed(h), { on });

describe('properties of assessHousehold', () => {
  it('more income never makes the category worse', () => {
    fc.assert(
      fc.property(
        householdArb,
        fc.integer({ min: 0, max: 100_000_000 }),
        dateArb,
        (h, extra, on) => {
          const income = (h.income as { annualTotal: number }).annualTotal;
          const before = ranks(assess(h, on));
          const after = ranks(assess({ ...h, income: { annualTotal: income + extra } }, on));
          expect(Math.min(...after)).toBeGreaterThanOrEqual(Math.min(...before));
          expect(Math.max(...after)).toBeGreaterThanOrEqual(Math.max(...before));
        },
      ),
    );
  });

  it('one more deprivation never makes the category better', () => {
    fc.assert(
      fc.property(householdArb, dateArb, fc.nat(), (h, on, pick) => {
        const base = assess(h, on);
        const notDeprived = base.indicators.filter((i) => i.status !== 'deprived');
        fc.pre(notDeprived.length > 0);
        const id = (notDeprived[pick % notDeprived.length] as { id: string }).id;
        const worse = ranks(assess({ ...h, declared: { [id]: true } }, on));
        expect(Math.min(...worse)).toBeLessThanOrEqual(Math.min(...ranks(base)));
        expect(Math.max(...worse)).toBeLessThanOrEqual(Math.max(...ranks(base)));
      }),
    );
  });

  it('member order never matters', () => {
    fc.assert(
      fc.property(householdArb, dateArb, fc.nat(), (h, on, seed) => {
        const shuffled = [...h.members].sort(
          (a, b) =>
            ((a.id.length * 31 + seed) % 7) - ((b.id.length * 17 + seed) % 5) ||
            a.id.localeCompare(b.id) * (seed % 2 ? 1 : -1),
        );
        const a = assess(h, on);
        const b = assess({ ...h, members: shuffled }, on);
        expect(b.category).toBe(a.category);
        expect(b.possibleCategories).toEqual(a.possibleCategories);
        expect(b.indicators.map((i) => [i.id, i.status, [...i.members].sort()])).toEqual(
          a.indicators.map((i) => [i.id, i.status, [...i.members].sort()]),
        );
      }),
    );
  });

  it('a decided category is the one every filling of the unknowns gives', () => {
    fc.assert(
      fc.property(householdArb, dateArb, fc.boolean(), (h, on, fill) => {
        const result = assess(h, on);
        const unknown = result.indicators.filter((i) => i.status === 'unknown').map((i) => i.id);
        const filled = assess(
          { ...h, declared: Object.fromEntries(unknown.map((id) => [id, fill])) },
          on,
        );
        expect(result.possibleCategories).toContain(filled.possibleCategories[0]);
        if (result.category !== 'undetermined' && filled.category !== 'undetermined')
          expect(filled.category).toBe(result.category);
      }),
    );
  });

  it('gives the same category for a monthly income per capita and the annual total it implies', () => {
    fc.assert(
      fc.property(
        householdArb,
        fc.integer({ min: 0, max: 4_000_000 }),
        dateArb,
        (h, monthly, on) => {
          const annualTotal = monthly * 12 * h.members.length;
          const fromMonthly = assess({ ...h, income: { monthlyPerCapita: monthly } }, on);
          const fromAnnual = assess({ ...h, income: { annualTotal } }, on);
          expect(fromMonthly.possibleCategories).toEqual(fromAnnual.possibleCategories);
          expect(fromMonthly.income.bands).toEqual(fromAnnual.income.bands);
        },
      ),
    );
  });

  it('is plain, JSON-serialisable data', () => {
    fc.assert(
      fc.property(householdArb, dateArb, (h, on) => {
        const result = assess(h, on);
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
      { numRuns: 50 },
    );
  });
});

describe('properties of parseHousehold', () => {
  it('never throws, on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseHousehold(value);
        expect(typeof result.success).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on anything at all, including broken households', () => {
    fc.assert(
      fc.property(
        householdArb,
        fc.anything(),
        fc.constantFrom('area', 'income', 'members', 'dwelling', 'devices', 'declared'),
        (h, junk, key) => {
          const result = parseHousehold({ ...h, [key]: junk });
          if (!result.success)
            for (const issue of result.issues) expect(issue.message.vi.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('accepts every generated household', () => {
    fc.assert(
      fc.property(householdArb, (h) => {
        expect(parseHousehold(h).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
