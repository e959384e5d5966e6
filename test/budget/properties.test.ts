import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AllocationUnit,
  allocate,
  type CriteriaTable,
  type RoundingUnit,
} from '../../src/index';

/**
 * Properties of the allocation engine over generated inputs (issue 9): the parts add up to the
 * total; every amount is a multiple of the rounding unit; the order of the units changes nothing;
 * a unit never gets less when only its own criteria grow (without floors and caps); floors and
 * caps hold.
 */

const table: CriteriaTable = {
  id: 'generated',
  title: { vi: 'Sinh ngẫu nhiên', en: 'Generated' },
  criteria: [
    { id: 'poor', label: { vi: 'p', en: 'p' }, kind: 'count', weight: 1, coefficients: ['area'] },
    { id: 'near', label: { vi: 'n', en: 'n' }, kind: 'count', weight: 0.5 },
    { id: 'rate', label: { vi: 'r', en: 'r' }, kind: 'rate', weight: 30 },
    { id: 'hard', label: { vi: 'h', en: 'h' }, kind: 'flag', weight: 7 },
  ],
  coefficients: [
    { id: 'area', label: { vi: 'a', en: 'a' }, values: { low: 1, mid: 1.2, high: 1.5 } },
  ],
};

const valuesArb = fc.record({
  poor: fc.nat({ max: 5000 }),
  near: fc.nat({ max: 5000 }),
  rate: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
  hard: fc.boolean(),
});

const unitsArb = fc
  .array(fc.tuple(valuesArb, fc.constantFrom('low', 'mid', 'high')), {
    minLength: 1,
    maxLength: 30,
  })
  .map((rows) =>
    rows.map(
      ([values, area], i): AllocationUnit => ({
        id: `u${String(i).padStart(2, '0')}`,
        values: { ...values, poor: values.poor + 1 }, // every unit has points
        categories: { area },
      }),
    ),
  );

const roundingArb = fc.constantFrom<RoundingUnit>(1, 1_000, 1_000_000);
const totalArb = (unit: RoundingUnit) => fc.nat({ max: 1_000_000 }).map((n) => n * unit);

const byId = (result: ReturnType<typeof allocate>) =>
  new Map(result.units.map((unit) => [unit.id, unit.amount]));

describe('allocate: properties', () => {
  it('adds up exactly to the total, in multiples of the rounding unit', () => {
    fc.assert(
      fc.property(
        unitsArb,
        roundingArb.chain((unit) => fc.tuple(fc.constant(unit), totalArb(unit))),
        (units, [unit, total]) => {
          const result = allocate(total, units, table, { roundingUnit: unit });
          expect(result.units.reduce((sum, u) => sum + u.amount, 0)).toBe(total);
          for (const u of result.units) expect(u.amount % unit).toBe(0);
        },
      ),
    );
  });

  it('does not depend on the order of the units', () => {
    fc.assert(
      fc.property(unitsArb, fc.nat({ max: 10_000_000 }), fc.nat(), (units, total, seed) => {
        const shuffled = [...units].sort(
          (a, b) =>
            ((a.id.charCodeAt(2) * 31 + seed) % 7) - ((b.id.charCodeAt(2) * 31 + seed) % 7) ||
            (a.id < b.id ? 1 : -1),
        );
        expect(byId(allocate(total, shuffled, table))).toEqual(byId(allocate(total, units, table)));
      }),
    );
  });

  it('never gives a unit less when only its own criteria grow (no floors or caps)', () => {
    fc.assert(
      fc.property(
        unitsArb,
        fc.nat({ max: 10_000_000 }),
        fc.nat(),
        valuesArb,
        (units, total, pick, growth) => {
          const i = pick % units.length;
          const unit = units[i] as AllocationUnit;
          const values = unit.values as { poor: number; near: number; rate: number; hard: boolean };
          const grown: AllocationUnit = {
            ...unit,
            values: {
              poor: values.poor + growth.poor,
              near: values.near + growth.near,
              rate: Math.max(values.rate, growth.rate),
              hard: values.hard || growth.hard,
            },
          };
          const after = units.map((u, k) => (k === i ? grown : u));
          const before = allocate(total, units, table).units[i]?.amount as number;
          expect(allocate(total, after, table).units[i]?.amount).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });

  it('keeps every floor and cap, and still adds up', () => {
    fc.assert(
      fc.property(
        unitsArb,
        fc.array(fc.tuple(fc.nat({ max: 40 }), fc.nat({ max: 60 })), {
          minLength: 30,
          maxLength: 30,
        }),
        (units, bounds) => {
          const unit = 1000;
          const bounded = units.map((u, i) => {
            const [floor, extra] = bounds[i] as [number, number];
            return { ...u, floor: floor * unit, cap: (floor + extra) * unit };
          });
          const floors = bounded.reduce((sum, u) => sum + u.floor, 0);
          const caps = bounded.reduce((sum, u) => sum + u.cap, 0);
          const total = Math.floor((floors + caps) / 2 / unit) * unit;
          const result = allocate(total, bounded, table, { roundingUnit: unit });
          expect(result.units.reduce((sum, u) => sum + u.amount, 0)).toBe(total);
          result.units.forEach((u, i) => {
            expect(u.amount).toBeGreaterThanOrEqual(bounded[i]?.floor as number);
            expect(u.amount).toBeLessThanOrEqual(bounded[i]?.cap as number);
          });
        },
      ),
    );
  });
});
