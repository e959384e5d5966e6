import { describe, expect, it } from 'vitest';
import { rankForHousingSupport } from '../../src/index';
import { compareKeys, ratio } from '../../src/targeting/tie-break';
import { assessed, members, poor } from './helpers';

const sign = (a: ReturnType<typeof ratio>, b: ReturnType<typeof ratio>) =>
  Math.sign(compareKeys([a], [b]));

describe('ratios are compared exactly', () => {
  it('equal ratios written differently are equal: 36,000,000/2 and 72,000,000/4', () => {
    expect(sign(ratio(36_000_000, 2), ratio(72_000_000, 4))).toBe(0);
  });

  it('fractional floor areas: 7.5/1 and 15/2 are equal; 0.1 + 0.2 is not 0.3 but 0.3/1 and 0.6/2 are', () => {
    expect(sign(ratio(7.5, 1), ratio(15, 2))).toBe(0);
    expect(sign(ratio(0.3, 1), ratio(0.6, 2))).toBe(0);
  });

  it('ratios closer than floating point can tell are still ordered', () => {
    // 1/3 against 0.333333333333333: their quotients differ by about 3e-16, within rounding; the
    // exact comparison 1 × 1 against 0.333333333333333 × 3 = 0.999999999999999 orders them.
    expect(sign(ratio(1, 3), ratio(0.333333333333333, 1))).toBe(1);
    // Whole đồng past 2^53 when multiplied: 9,007,199,254,740,991/3 against 3,002,399,751,580,330.
    expect(sign(ratio(9_007_199_254_740_991, 3), ratio(3_002_399_751_580_330, 1))).toBe(1);
    expect(sign(ratio(9_007_199_254_740_990, 3), ratio(3_002_399_751_580_330, 1))).toBe(0);
  });
});

describe('housing and income tie-breaks read every form of the record', () => {
  it('no house comes first; a monthly income is compared as 12 months', () => {
    const noHouse = assessed(poor({ id: 'N', dwelling: { none: true } }));
    const house = assessed(poor({ id: 'H' }));
    expect(rankForHousingSupport([house, noHouse]).ranked.map((r) => r.householdId)).toEqual([
      'N',
      'H',
    ]);
    const monthly = assessed(poor({ id: 'M', income: { monthlyPerCapita: 1_400_000 } }));
    const annual = assessed(poor({ id: 'A', income: { annualTotal: 72_000_000 } }));
    const ranking = rankForHousingSupport([annual, monthly], {
      tieBreak: ['lower-income-per-capita'],
    });
    expect(ranking.ranked.map((r) => [r.householdId, r.tieBreak[0]?.value])).toEqual([
      ['M', '1400000×12 per year'],
      ['A', '72000000/4 per year'],
    ]);
  });

  it('equal income per person falls through to the next tie-break', () => {
    const two = assessed(
      poor({ id: 'T2', income: { annualTotal: 36_000_000 }, members: members({}, 2) }),
    );
    const four = assessed(poor({ id: 'F4', income: { annualTotal: 72_000_000 } }));
    const ranking = rankForHousingSupport([two, four], {
      tieBreak: ['lower-income-per-capita', 'more-members'],
    });
    expect(ranking.ranked.map((r) => r.householdId)).toEqual(['F4', 'T2']);
  });
});
