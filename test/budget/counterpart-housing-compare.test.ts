import { describe, expect, it } from 'vitest';
import {
  allocate,
  COUNTERPART_FUNDS_RULE,
  type CounterpartFunds,
  compareAllocations,
  counterpartFunds,
  housingSupportCost,
} from '../../src/index';
import { countTable, issueCodes, poorUnits, thrown } from './helpers';

const SUPPORT = 100_000_000_000; // 100 billion đồng of central support
const request = (dependencePercent: number, provinceCode = '19', on = '2024-06-01') => ({
  centralSupport: SUPPORT,
  dependencePercent,
  provinceCode,
  on,
});
const percent = (result: CounterpartFunds) =>
  result.status === 'decided'
    ? result.minimumPercent
    : result.candidates.map((c) => c.minimumPercent);

describe('counterpartFunds: the bands (spec/programme.md §2)', () => {
  it('is 15% under 50%, 10% from 50% to under 70%, 3% from 70%', () => {
    expect(
      [49.99, 50, 50.01, 69.99, 70, 70.01, 100, 0].map((p) =>
        percent(counterpartFunds(request(p))),
      ),
    ).toEqual([15, 10, 10, 10, 3, 3, 3, 15]);
    const at70 = counterpartFunds(request(70));
    // 100,000,000,000 × 3% = 3,000,000,000.
    expect(at70.status === 'decided' && [at70.minimumAmount, at70.band?.id]).toEqual([
      3_000_000_000,
      'high-dependence',
    ]);
    expect(at70.reasons.map((r) => r.code)).toEqual(['dependence-band']);
  });

  it('puts an edge in the band below when the caller reads it so', () => {
    const rule = { ...COUNTERPART_FUNDS_RULE, atEdge: 'lower-dependence-band' as const };
    expect([70, 70.01, 50, 0].map((p) => percent(counterpartFunds(request(p), { rule })))).toEqual([
      10, 3, 15, 15,
    ]);
  });

  it('rounds the minimum up, never down', () => {
    // 333 × 3% = 9.99 → 10 đồng; with a rounding unit of 1,000,000: 1,000,000.
    const small = counterpartFunds({ ...request(80), centralSupport: 333 });
    expect(small.status === 'decided' && small.minimumAmount).toBe(10);
    const millions = counterpartFunds(
      { ...request(80), centralSupport: 1_000_000_001 },
      { roundingUnit: 1_000_000 },
    );
    // 1,000,000,001 × 3% = 30,000,000.03 → 30,000,001 đồng → 31,000,000.
    expect(millions.status === 'decided' && millions.minimumAmount).toBe(31_000_000);
  });
});

describe('counterpartFunds: named provinces by code and date', () => {
  it('gives Quảng Ngãi (51) and Quảng Nam (49) 15% until 30 June 2025', () => {
    expect(percent(counterpartFunds(request(80, '51', '2025-06-30')))).toBe(15);
    expect(percent(counterpartFunds(request(80, '49', '2023-01-01')))).toBe(15);
    expect(counterpartFunds(request(80, '49')).reasons[0]?.code).toBe('named-province');
  });

  it('leaves a merged province undetermined unless the readings agree or the caller picks one', () => {
    const merged = counterpartFunds(request(80, '51', '2025-07-01'));
    expect(merged.status).toBe('undetermined');
    expect(percent(merged)).toEqual([15, 3]);
    expect(merged.reasons[0]?.code).toBe('merged-province-unsettled');
    // Đà Nẵng (48) took in Quảng Nam: at 40% both readings give 15%.
    expect(percent(counterpartFunds(request(40, '48', '2025-09-01')))).toBe(15);
    expect(
      percent(
        counterpartFunds(request(80, '48', '2025-09-01'), { mergedProvince: 'named-rule-follows' }),
      ),
    ).toBe(15);
    const ends = counterpartFunds(request(80, '48', '2025-09-01'), {
      mergedProvince: 'named-rule-ends',
    });
    expect([percent(ends), ends.reasons.map((r) => r.code)]).toEqual([
      3,
      ['dependence-band', 'merged-province-named-rule-ends'],
    ]);
    // Đà Nẵng before the merger is an ordinary province; code 49 after it matches nothing named.
    expect(percent(counterpartFunds(request(80, '48', '2025-06-30')))).toBe(3);
    expect(percent(counterpartFunds(request(80, '49', '2025-07-01')))).toBe(3);
  });

  it('notes dates after the programme and refuses dates before the rule', () => {
    expect(counterpartFunds(request(60, '19', '2026-03-01')).reasons.map((r) => r.code)).toEqual([
      'dependence-band',
      'beyond-programme-period',
    ]);
    expect(thrown(() => counterpartFunds(request(60, '19', '2022-03-07'))).code).toBe(
      'date-out-of-range',
    );
  });

  it('refuses bad input with every problem', () => {
    expect(
      issueCodes(() =>
        counterpartFunds({
          centralSupport: -1,
          dependencePercent: 101,
          provinceCode: 'Quảng Nam',
          on: '2024-02-30',
        }),
      ),
    ).toEqual(['dependencePercent too-large']);
    expect(
      issueCodes(() =>
        counterpartFunds({
          centralSupport: 1.5,
          dependencePercent: 50,
          provinceCode: '4',
          on: '2024-02-30',
        }),
      ),
    ).toEqual([
      'centralSupport not-integer-vnd',
      'provinceCode invalid-province-code',
      'on invalid-date',
    ]);
    expect(issueCodes(() => counterpartFunds(request(Number.NaN)))).toEqual([
      'dependencePercent invalid-type',
    ]);
    const noZero = { ...COUNTERPART_FUNDS_RULE, bands: COUNTERPART_FUNDS_RULE.bands.slice(0, 2) };
    expect(issueCodes(() => counterpartFunds(request(10), { rule: noZero }))).toEqual([
      'options.rule.bands invalid-value',
    ]);
    expect(thrown(() => counterpartFunds(request(10), { rule: noZero })).code).toBe(
      'invalid-counterpart-funds',
    );
  });
});

describe('housingSupportCost (Decision 02/2022 Art. 9.1)', () => {
  it('prices each household at the central caps, with counts and totals', () => {
    const cost = housingSupportCost([
      { id: 'a', work: 'new-house' },
      { id: 'b', work: 'repair' },
      { id: 'c', work: 'repair' },
    ]);
    // 40,000,000 + 2 × 20,000,000 = 80,000,000.
    expect(cost.households.map((h) => h.amount)).toEqual([40_000_000, 20_000_000, 20_000_000]);
    expect(cost.counts).toEqual({ newHouse: 1, repair: 2 });
    expect(cost.totals).toEqual({ newHouse: 40_000_000, repair: 40_000_000, all: 80_000_000 });
    expect(cost.levelsSource).toBe('central-caps');
    expect(cost.levels.basis.article).toBe('9.1');
    expect(housingSupportCost([]).totals.all).toBe(0);
  });

  it('takes a province’s own levels at or below the caps, and refuses them above', () => {
    const levels = { newHouse: 40_000_000, repair: 15_000_000 };
    expect(housingSupportCost([{ id: 'a', work: 'repair' }], levels).totals.all).toBe(15_000_000);
    expect(
      issueCodes(() => housingSupportCost([], { newHouse: 40_000_001, repair: 20_000_000 })),
    ).toEqual(['levels.newHouse level-above-central-cap']);
    expect(issueCodes(() => housingSupportCost([], { newHouse: -1, repair: 1.5 }))).toEqual([
      'levels.newHouse negative-amount',
      'levels.repair not-integer-vnd',
    ]);
  });

  it('refuses duplicate households, unknown work, and non-lists', () => {
    expect(
      issueCodes(() =>
        housingSupportCost([
          { id: 'a', work: 'repair' },
          { id: 'a', work: 'repair' },
        ]),
      ),
    ).toEqual(['households[1].id duplicate-id']);
    expect(
      issueCodes(() =>
        housingSupportCost([
          { id: 'a', work: 'rebuild' } as never,
          { id: '__proto__', work: 'repair', note: 1 } as never,
        ]),
      ),
    ).toEqual(['households[0].work invalid-value', 'households[1].note unknown-key']);
    expect(thrown(() => housingSupportCost('x' as never)).code).toBe('invalid-housing-support');
  });
});

describe('compareAllocations', () => {
  const units = poorUnits({ a: 1, b: 3 });
  it('shows each unit under both tables', () => {
    // Same points, so same split; a table with double weight gives the same shares: no change.
    const before = allocate(100, units, countTable({ poor: 1 }));
    const after = allocate(100, units, countTable({ poor: 2 }));
    const compared = compareAllocations(before, after);
    expect(compared.counts).toEqual({ gaining: 0, losing: 0, unchanged: 2 });
    expect(compared.units.map((u) => [u.before, u.after])).toEqual([
      [25, 25],
      [75, 75],
    ]);
  });

  it('refuses different totals or units', () => {
    const a = allocate(100, units, countTable({ poor: 1 }));
    const b = allocate(200, poorUnits({ a: 1, c: 3 }), countTable({ poor: 1 }));
    expect(issueCodes(() => compareAllocations(a, b))).toEqual([
      'after.total different-totals',
      'after.units different-units',
      'before.units different-units',
    ]);
    expect(thrown(() => compareAllocations(a, b)).code).toBe('incomparable-allocations');
  });
});
