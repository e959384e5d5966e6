import { describe, expect, it } from 'vitest';
import {
  assessLowIncomeWorker,
  defineStandard,
  type Household,
  type HouseholdInput,
  isLowIncomeWorker,
  type Member,
  ND07_2021,
  ND351_2025,
  QD59_2015,
  type Standard,
} from '../src/index';
import { adult, errorCode, household } from './fixtures';

/**
 * Decree 07/2021/NĐ-CP Art. 3.2(d) as amended by Decree 30/2025/NĐ-CP Art. 1.3: from 24 Feb 2025,
 * a member of a household that is neither poor nor near-poor with income per capita at most
 * 2,250,000 (rural) or 3,000,000 (urban) a month.
 */
function check(h: Household, on: string, memberId = 'a', standard?: Standard) {
  return assessLowIncomeWorker(h, memberId, standard ? { on, standard } : { on });
}
const two = (
  income: HouseholdInput['income'],
  area: HouseholdInput['area'] = 'rural',
  first: Partial<Member> = {},
) => household({ area, income, members: [adult('a', first), adult('b')] });

describe('low-income worker (Decree 30/2025/NĐ-CP)', () => {
  it('rural line 2,250,000: 54,000,000 a year for 2 (below, at, above)', () => {
    expect(check(two({ annualTotal: 53_999_999 }), '2025-06-01').status).toBe('yes');
    expect(check(two({ annualTotal: 54_000_000 }), '2025-06-01').status).toBe('yes');
    const above = check(two({ annualTotal: 54_000_001 }), '2025-06-01');
    expect(above.status).toBe('no');
    expect(above.reasons[0]?.values).toEqual({
      householdValue: 54_000_001,
      lineValue: 54_000_000, // 2,250,000 × 12 × 2
      lineAmount: 2_250_000,
    });
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
    expect(poor.assessment.poverty).not.toBe('neither');
  });

  it('needs a worker: of working age and with work', () => {
    const unemployed = check(
      two({ annualTotal: 54_000_000 }, 'rural', { work: 'unemployed' }),
      '2025-06-01',
    );
    expect(unemployed.reasons.map((r) => r.code)).toEqual(['member-without-work']);
    const child = check(
      two({ annualTotal: 54_000_000 }, 'rural', { birthDate: '2011-01-01' }),
      '2025-06-01',
    );
    expect(child.reasons.map((r) => r.code)).toEqual(['below-working-age']);
    const unknownWork = household({
      income: { annualTotal: 54_000_000 },
      members: [{ ...adult('a'), work: undefined } as never, adult('b')],
    });
    expect(check(unknownWork, '2025-06-01').status).toBe('unknown');
    expect(isLowIncomeWorker(unknownWork, 'a', { on: '2025-06-01' })).toBe(false);
  });

  it('leaves out, by the default reading, a man past retirement age who works', () => {
    // Born 1963-01-01. Decree 135/2020: men 60y3m in 2021, 60y6m in 2022, 60y9m in 2023, 61y in
    // 2024. In 2023 he turns 60, short of 60y9m; in 2024 he turns 61, the age of that year: he
    // retires on 2024-01-01, and on 2025-06-01 he is past it.
    const retired = check(
      two({ annualTotal: 54_000_000 }, 'rural', { birthDate: '1963-01-01' }),
      '2025-06-01',
    );
    expect(retired.reasons.map((r) => r.code)).toEqual(['past-retirement-age']);
    expect(ND07_2021.lowIncomeWorker).toMatchObject({
      workers: { belowRetirementAge: true, basis: { grade: 'U' } },
    });
  });

  it('says when it is applied past the 2021–2025 programme, by inference', () => {
    const in2025 = check(two({ annualTotal: 54_000_000 }), '2025-12-31');
    expect(in2025.notes).toEqual([]);
    const in2026 = check(two({ annualTotal: 54_000_000 }), '2026-01-01');
    expect(in2026.status).toBe('yes');
    expect(in2026.notes.map((note) => note.code)).toEqual(['rule-applied-past-programme-years']);
  });

  it('cites Decree 07/2021 Art. 3.2(d) as amended by Decree 30/2025 Art. 1.3', () => {
    const result = check(two({ annualTotal: 54_000_000 }), '2025-06-01');
    expect(result.basis).toMatchObject({ number: '07/2021/NĐ-CP', article: '3.2(d)' });
    expect(result.basis?.note).toContain('Decree 30/2025/NĐ-CP Art. 1.3');
  });

  it('cannot be told from a proxy score', () => {
    const result = check(two({ proxyScore: 150 }), '2025-06-01');
    expect(result.status).toBe('unknown');
    expect(result.reasons.map((r) => r.code)).toContain('actual-income-needed');
  });

  it('does not exist before 2022 and is not known after 2026', () => {
    expect(check(two({ annualTotal: 54_000_000 }), '2019-06-01', 'a', QD59_2015).status).toBe('no');
    expect(check(two({ annualTotal: 54_000_000 }), '2027-06-01', 'a', ND351_2025).status).toBe(
      'unknown',
    );
  });

  it('assesses the household itself, so a mismatched household and assessment cannot happen', () => {
    const h = two({ annualTotal: 54_000_000 });
    const result = check(h, '2025-06-01');
    expect(result.assessment.householdId).toBe(h.id);
    expect(result.assessment.income.annualTotal).toBe(54_000_000);
  });

  it('refuses a member id the household does not have', () => {
    const h = two({ annualTotal: 54_000_000 });
    expect(errorCode(() => check(h, '2025-06-01', 'stranger'))).toBe('member-not-in-household');
    expect(errorCode(() => check(h, '2025-06-01', 'constructor'))).toBe('member-not-in-household');
  });
});

describe('who counts as a worker is a parameter a derived standard can change', () => {
  it('counting people past retirement age who work', () => {
    const rule = ND07_2021.lowIncomeWorker as Exclude<
      Standard['lowIncomeWorker'],
      null | { unpublished: true }
    >;
    const standard = defineStandard(ND07_2021, {
      id: 'workers-past-retirement',
      title: { vi: 'Tính cả người quá tuổi nghỉ hưu', en: 'Counting workers past retirement age' },
      lowIncomeWorker: { ...rule, workers: { ...rule.workers, belowRetirementAge: false } },
    });
    // Born 1963-01-01: past the retirement age on 2025-06-01 (see above), and working.
    const h = two({ annualTotal: 54_000_000 }, 'rural', { birthDate: '1963-01-01' });
    expect(check(h, '2025-06-01').status).toBe('no');
    expect(check(h, '2025-06-01', 'a', standard).status).toBe('yes');
  });
});
