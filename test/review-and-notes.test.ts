import { describe, expect, it } from 'vitest';
import {
  assessHousehold,
  ND07_2021,
  ND351_2025,
  standardForReview,
  type VnPovertyError,
} from '../src/index';
import { errorCode, household } from './fixtures';

/** Four rural members at 2,000,000 a month each: above nd07's 1,500,000, below nd351's 2,200,000. */
const rural2m = () => household({ income: { monthlyPerCapita: 2_000_000 }, declared: {} });

describe('the annual review is one option away (Decision 24/2021/QĐ-TTg Art. 3)', () => {
  it('reviewYear picks the next year’s standard: the trap of issue 5 no longer silent', () => {
    // Held on 2026-10-01, the review classifies for 2027: nd351-2025, whose rural line is 2,200,000.
    const review = assessHousehold(rural2m(), { on: '2026-10-01', reviewYear: 2026 });
    expect(review.standardId).toBe('nd351-2025');
    expect(review.category).toBe('near-poor'); // at most 2 of 12 deprived: the two unpublished
    expect(review.notes.filter((note) => note.code !== 'carried-over-cutoff-used')).toEqual([]);
    // By date alone, 2026's standard applies: 2,000,000 is above nd07's 1,500,000 line.
    const byDate = assessHousehold(rural2m(), { on: '2026-10-01' });
    expect(byDate.standardId).toBe('nd07-2021');
    expect(byDate.category).toBe('middle');
    expect(byDate.notes.map((note) => [note.code, note.values])).toEqual([
      [
        'standard-chosen-by-date-in-review-window',
        {
          standardId: 'nd07-2021',
          reviewYear: 2026,
          reviewPolicyYear: 2027,
          reviewStandardId: 'nd351-2025',
        },
      ],
    ]);
  });

  it('notes a date picked by date at each edge of the window (1 September, 14 December) only', () => {
    const codes = (on: string) => assessHousehold(household(), { on }).notes.map((n) => n.code);
    expect(codes('2024-08-31')).toEqual([]);
    expect(codes('2024-09-01')).toEqual(['standard-chosen-by-date-in-review-window']);
    expect(codes('2024-12-14')).toEqual(['standard-chosen-by-date-in-review-window']);
    expect(codes('2024-12-15')).toEqual([]);
  });

  it('notes a review date outside the review window', () => {
    const codes = (on: string) =>
      assessHousehold(household(), { on, reviewYear: 2024 }).notes.map((n) => n.code);
    expect(codes('2024-09-01')).toEqual([]);
    expect(codes('2024-08-31')).toEqual(['reference-date-outside-review-window']);
    expect(codes('2025-01-10')).toEqual(['reference-date-outside-review-window']);
  });

  it('takes a policy year too, with no note', () => {
    const result = assessHousehold(household(), { on: '2026-06-01', policyYear: 2027 });
    expect(result.standardId).toBe('nd351-2025');
  });

  it('speaks of the review year the caller gave when no standard serves it', () => {
    try {
      standardForReview(2031);
      throw new Error('accepted');
    } catch (error) {
      expect((error as VnPovertyError).code).toBe('date-out-of-range');
      expect((error as Error).message).toContain('a review held in 2031');
      expect((error as VnPovertyError).messages.vi).toContain('kỳ rà soát năm 2031');
    }
    expect(
      errorCode(() => assessHousehold(household(), { on: '2030-10-01', reviewYear: 2030 })),
    ).toBe('date-out-of-range');
  });
});

describe('an explicit standard outside its policy years is said, not silent', () => {
  it('nd07 on 9999-12-31', () => {
    const result = assessHousehold(household(), { on: '9999-12-31', standard: ND07_2021 });
    expect(result.notes.map((note) => note.code)).toEqual(['standard-outside-policy-years']);
  });

  it('but not for a review date that serves the next year’s standard', () => {
    const result = assessHousehold(household(), { on: '2026-10-01', standard: ND351_2025 });
    expect(result.notes.map((note) => note.code)).not.toContain('standard-outside-policy-years');
    const june = assessHousehold(household(), { on: '2026-06-01', standard: ND351_2025 });
    expect(june.notes.map((note) => note.code)).toContain('standard-outside-policy-years');
  });
});

describe('a provisional standard says which carried-over cut-offs its answer used', () => {
  const on = '2027-06-01';
  it('lists the ten nd07 cut-offs nd351 carries over, when the deprivations can decide', () => {
    // At the rural line: 2,200,000 × 12 × 4 = 105,600,000.
    const result = assessHousehold(household({ income: { annualTotal: 105_600_000 } }), { on });
    const carried = result.notes.filter((note) => note.code === 'carried-over-cutoff-used');
    expect(carried.map((note) => note.values?.indicatorId)).toEqual([
      'employment',
      'dependants',
      'healthInsurance',
      'nutrition',
      'adultEducation',
      'childSchooling',
      'housingArea',
      'housingQuality',
      'water',
      'sanitation',
    ]);
    expect(carried[0]?.basis?.grade).toBe('U');
  });

  it('lists none when income above the line decides alone, or a value is declared instead', () => {
    const above = assessHousehold(household({ income: { annualTotal: 105_600_001 } }), { on });
    expect(above.notes).toEqual([]);
    const declared = assessHousehold(
      household({ income: { annualTotal: 105_600_000 }, declared: { water: false } }),
      { on },
    );
    const ids = declared.notes.map((note) => note.values?.indicatorId);
    expect(ids).not.toContain('water');
    expect(ids).toHaveLength(9);
  });

  it('says nothing of the kind under a standard that is not provisional', () => {
    const result = assessHousehold(household({ income: { annualTotal: 72_000_000 } }), {
      on: '2024-06-01',
    });
    expect(result.notes).toEqual([]);
  });
});
