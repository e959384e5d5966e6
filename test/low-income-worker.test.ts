import { describe, expect, it } from 'vitest';
import {
  assessHousehold,
  assessLowIncomeWorker,
  type Household,
  isLowIncomeWorker,
  type Member,
  ND351_2025,
  QD59_2015,
  VnPovertyError,
} from '../src/index';
import { adult, household } from './fixtures';

/** Decree 30/2025/NĐ-CP: from 24 Feb 2025, rural at most 2,250,000, urban at most 3,000,000 a month. */
function check(
  h: Household,
  on: string,
  member: Member = h.members[0] as Member,
  standard?: typeof QD59_2015,
) {
  const assessment = assessHousehold(h, standard ? { on, standard } : { on });
  return assessLowIncomeWorker(member, h, assessment, standard);
}
const two = (
  income: Household['income'],
  area: Household['area'] = 'rural',
  first: Partial<Member> = {},
) => household({ area, income, members: [adult('a', first), adult('b')] });

describe('low-income worker (Decree 30/2025/NĐ-CP)', () => {
  it('rural line 2,250,000: 54,000,000 a year for 2 (below, at, above)', () => {
    expect(check(two({ annualTotal: 53_999_999 }), '2025-06-01').status).toBe('yes');
    expect(check(two({ annualTotal: 54_000_000 }), '2025-06-01').status).toBe('yes');
    expect(check(two({ annualTotal: 54_000_001 }), '2025-06-01').status).toBe('no');
  });

  it('urban line 3,000,000 a month', () => {
    expect(check(two({ monthlyPerCapita: 3_000_000 }, 'urban'), '2025-06-01').status).toBe('yes');
    expect(check(two({ monthlyPerCapita: 3_000_001 }, 'urban'), '2025-06-01').status).toBe('no');
  });

  it('applies from 24 February 2025', () => {
    expect(check(two({ annualTotal: 54_000_000 }), '2025-02-23').status).toBe('no');
    expect(check(two({ annualTotal: 54_000_000 }), '2025-02-24').status).toBe('yes');
  });

  it('needs a household that is neither poor nor near-poor', () => {
    const poor = check(two({ annualTotal: 36_000_000 }), '2025-06-01');
    expect(poor.status).toBe('no');
    expect(poor.reasons.map((r) => r.code)).toEqual(['household-poor-or-near-poor']);
  });

  it('needs a worker: of working age and with work', () => {
    expect(
      check(two({ annualTotal: 54_000_000 }, 'rural', { work: 'unemployed' }), '2025-06-01').status,
    ).toBe('no');
    expect(
      check(two({ annualTotal: 54_000_000 }, 'rural', { birthDate: '2011-01-01' }), '2025-06-01')
        .status,
    ).toBe('no');
    const unknownWork = household({
      income: { annualTotal: 54_000_000 },
      members: [{ ...adult('a'), work: undefined } as never, adult('b')],
    });
    expect(check(unknownWork, '2025-06-01').status).toBe('unknown');
    expect(
      isLowIncomeWorker(
        unknownWork.members[0] as Member,
        unknownWork,
        assessHousehold(unknownWork, { on: '2025-06-01' }),
      ),
    ).toBe(false);
  });

  it('cannot be told from a proxy score', () => {
    const result = check(two({ proxyScore: 150 }), '2025-06-01');
    expect(result.status).toBe('unknown');
    expect(result.reasons.map((r) => r.code)).toContain('actual-income-needed');
  });

  it('does not exist before 2022 and is not known after 2026', () => {
    expect(check(two({ annualTotal: 54_000_000 }), '2019-06-01', undefined, QD59_2015).status).toBe(
      'no',
    );
    expect(
      check(two({ annualTotal: 54_000_000 }), '2027-06-01', undefined, ND351_2025).status,
    ).toBe('unknown');
  });

  it('refuses a member of another household', () => {
    const h = two({ annualTotal: 54_000_000 });
    expect(() => check(h, '2025-06-01', adult('stranger'))).toThrow(VnPovertyError);
  });
});
