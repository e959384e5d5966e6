import { describe, expect, it } from 'vitest';
import {
  getStandard,
  NATIONAL_STANDARDS,
  ND07_2021,
  ND351_2025,
  QD59_2015,
  type Standard,
  standardForPolicyYear,
  standardForReview,
  standardInForce,
} from '../src/index';
import { errorCode } from './fixtures';

describe('which standard applies (spec/standards.md §1)', () => {
  it('by date, at each edge of each period', () => {
    expect(errorCode(() => standardInForce('2015-12-31'))).toBe('date-out-of-range');
    expect(standardInForce('2016-01-01').id).toBe('qd59-2015');
    expect(standardInForce('2021-12-31').id).toBe('qd59-2015');
    expect(standardInForce('2022-01-01').id).toBe('nd07-2021');
    expect(standardInForce('2026-12-31').id).toBe('nd07-2021');
    expect(standardInForce('2027-01-01').id).toBe('nd351-2025');
    expect(standardInForce('2030-12-31').id).toBe('nd351-2025');
    expect(errorCode(() => standardInForce('2031-01-01'))).toBe('date-out-of-range');
  });

  it('refuses a malformed date with its own code', () => {
    expect(errorCode(() => standardInForce('2024-02-30'))).toBe('invalid-date');
    expect(errorCode(() => standardInForce('1 June 2024'))).toBe('invalid-date');
  });

  it('by policy year', () => {
    expect(errorCode(() => standardForPolicyYear(2015))).toBe('date-out-of-range');
    expect(standardForPolicyYear(2016)).toBe(QD59_2015);
    expect(standardForPolicyYear(2021)).toBe(QD59_2015);
    expect(standardForPolicyYear(2022)).toBe(ND07_2021);
    expect(standardForPolicyYear(2026)).toBe(ND07_2021);
    expect(standardForPolicyYear(2027)).toBe(ND351_2025);
    expect(standardForPolicyYear(2030)).toBe(ND351_2025);
    expect(errorCode(() => standardForPolicyYear(2031))).toBe('date-out-of-range');
    expect(errorCode(() => standardForPolicyYear(2024.5))).toBe('date-out-of-range');
  });

  it('for a review held in year Y: the standard of Y+1', () => {
    expect(standardForReview(2015)).toBe(QD59_2015);
    expect(standardForReview(2020)).toBe(QD59_2015);
    expect(standardForReview(2021)).toBe(ND07_2021);
    expect(standardForReview(2025)).toBe(ND07_2021);
    expect(standardForReview(2026)).toBe(ND351_2025);
    expect(errorCode(() => standardForReview(2030))).toBe('date-out-of-range');
  });

  it('by id, refusing an unknown one', () => {
    for (const standard of NATIONAL_STANDARDS) expect(getStandard(standard.id)).toBe(standard);
    expect(errorCode(() => getStandard('nd07'))).toBe('unknown-standard');
  });
});

describe('the editions as data', () => {
  it('pin the income lines of spec/standards.md §2', () => {
    const lines = (standard: Standard) =>
      (['rural', 'urban'] as const).map((area) => {
        const { poverty, nearPoverty, middleUpper } = standard.lines[area];
        return [
          poverty.amount,
          nearPoverty.amount,
          'amount' in middleUpper ? middleUpper.amount : null,
        ];
      });
    expect(lines(QD59_2015)).toEqual([
      [700_000, 1_000_000, 1_500_000],
      [900_000, 1_300_000, 1_950_000],
    ]);
    expect(lines(ND07_2021)).toEqual([
      [1_500_000, 1_500_000, 2_250_000],
      [2_000_000, 2_000_000, 3_000_000],
    ]);
    expect(lines(ND351_2025)).toEqual([
      [2_200_000, 2_200_000, null],
      [2_800_000, 2_800_000, null],
    ]);
  });

  it('list the indicators of spec/standards.md §4 in order', () => {
    expect(QD59_2015.indicators.map((i) => i.id)).toEqual([
      'healthcareAccess',
      'healthInsurance',
      'adultEducation',
      'childSchooling',
      'housingQuality',
      'housingArea',
      'water',
      'sanitation',
      'telecom',
      'informationAssets',
    ]);
    expect(ND07_2021.indicators.map((i) => i.id)).toEqual([
      'employment',
      'dependants',
      'nutrition',
      'healthInsurance',
      'adultEducation',
      'childSchooling',
      'housingQuality',
      'housingArea',
      'water',
      'sanitation',
      'telecom',
      'informationAccess',
    ]);
    expect(ND351_2025.indicators.map((i) => i.id)).toEqual([
      'employment',
      'dependants',
      'healthInsurance',
      'nutrition',
      'adultEducation',
      'childSchooling',
      'housingArea',
      'housingQuality',
      'digitalServices',
      'water',
      'sanitation',
      'wasteTreatment',
    ]);
  });

  it('carry the services: 5 in 2016–2021, 6 from 2022', () => {
    const services = (standard: Standard) =>
      new Set(standard.indicators.map((i) => i.service)).size;
    expect(services(QD59_2015)).toBe(5);
    expect(services(ND07_2021)).toBe(6);
    expect(services(ND351_2025)).toBe(6);
  });

  it('give every line and indicator a citation with an evidence grade', () => {
    for (const standard of NATIONAL_STANDARDS) {
      for (const indicator of standard.indicators)
        expect(['L', 'S', 'N', 'U']).toContain(indicator.basis.grade);
      for (const area of ['rural', 'urban'] as const)
        expect(standard.lines[area].poverty.basis.number).toMatch(/\d/);
    }
  });

  it('carry the U grade of every unverified cut-off into the rule metadata', () => {
    const grade = (id: string) => ND07_2021.indicators.find((i) => i.id === id)?.basis.grade;
    expect(grade('healthInsurance')).toBe('U');
    expect(grade('housingArea')).toBe('U');
    expect(grade('nutrition')).toBe('N');
  });

  it('are frozen: a published standard cannot be changed', () => {
    expect(() => {
      (ND07_2021.lines.rural.poverty as { amount: number }).amount = 1;
    }).toThrow(TypeError);
    expect(() => {
      (ND07_2021.indicators as IndicatorList).push(ND07_2021.indicators[0]);
    }).toThrow(TypeError);
    expect(ND07_2021.lines.rural.poverty.amount).toBe(1_500_000);
  });

  it('mark 2027–2030 provisional, with its unknowns explicit', () => {
    expect(ND351_2025.provisional).toBe(true);
    expect(ND351_2025.lines.rural.middleUpper).toHaveProperty('unpublished', true);
    expect(ND351_2025.survey).toHaveProperty('unpublished', true);
    expect(ND351_2025.lowIncomeWorker).toHaveProperty('unpublished', true);
  });
});

type IndicatorList = unknown[];
