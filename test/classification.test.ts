import { describe, expect, it } from 'vitest';
import {
  type Assessment,
  assessHousehold,
  type Household,
  ND07_2021,
  ND351_2025,
  QD59_2015,
  type Standard,
} from '../src/index';
import { adult, declaring, household } from './fixtures';

/**
 * Income thresholds of spec/standards.md §2–3, below, at and above each line. Expected figures are
 * worked by hand from the lines: for 4 members a household's annual line is line × 12 × 4.
 */

const ids = (standard: Standard) => standard.indicators.map((i) => i.id);

function classify(
  standard: Standard,
  on: string,
  income: Household['income'],
  deprived: number,
  area: Household['area'] = 'rural',
): Assessment {
  return assessHousehold(
    household({ area, income, declared: declaring(ids(standard), deprived) }),
    { on, standard },
  );
}
const category = (...args: Parameters<typeof classify>) => classify(...args).category;

describe('nd07-2021: single tier (Decree 07/2021/NĐ-CP Art. 3.2)', () => {
  const at = (annualTotal: number, deprived: number, area: Household['area'] = 'rural') =>
    category(ND07_2021, '2024-06-01', { annualTotal }, deprived, area);

  it('rural poverty line 1,500,000: 72,000,000 a year for 4', () => {
    expect(at(71_999_999, 3)).toBe('poor');
    expect(at(72_000_000, 3)).toBe('poor');
    expect(at(72_000_001, 3)).toBe('middle');
  });

  it('three deprivations, not two, make an income-poor household poor', () => {
    expect(at(72_000_000, 2)).toBe('near-poor');
    expect(at(72_000_000, 3)).toBe('poor');
    expect(at(0, 2)).toBe('near-poor');
    expect(at(0, 12)).toBe('poor');
  });

  it('explains why a very poor household with two deprivations is near-poor', () => {
    const result = classify(ND07_2021, '2024-06-01', { annualTotal: 1_000 }, 2);
    expect(result.reasons.map((r) => r.code)).toContain('income-poor-but-too-few-deprivations');
    expect(
      result.reasons.find((r) => r.code === 'income-poor-but-too-few-deprivations')?.message.en,
    ).toContain('Art. 3.2');
  });

  it('rural middle band: above 1,500,000 up to 2,250,000 (108,000,000 for 4)', () => {
    expect(at(107_999_999, 0)).toBe('middle');
    expect(at(108_000_000, 0)).toBe('middle');
    expect(at(108_000_001, 0)).toBe('not-poor');
  });

  it('urban lines 2,000,000 and 3,000,000: 96,000,000 and 144,000,000 for 4', () => {
    expect(at(96_000_000, 3, 'urban')).toBe('poor');
    expect(at(96_000_001, 3, 'urban')).toBe('middle');
    expect(at(144_000_000, 0, 'urban')).toBe('middle');
    expect(at(144_000_001, 0, 'urban')).toBe('not-poor');
  });

  it('compares a monthly income per capita exactly too', () => {
    const monthly = (monthlyPerCapita: number, deprived: number) =>
      category(ND07_2021, '2024-06-01', { monthlyPerCapita }, deprived);
    expect(monthly(1_500_000, 3)).toBe('poor');
    expect(monthly(1_500_001, 3)).toBe('middle');
    expect(monthly(2_250_000, 0)).toBe('middle');
    expect(monthly(2_250_001, 0)).toBe('not-poor');
  });

  it('shows the exact figures compared, and rounds the per-capita figure only for display', () => {
    const result = classify(ND07_2021, '2024-06-01', { annualTotal: 72_000_001 }, 0);
    expect(result.income).toMatchObject({
      form: 'annual-total',
      annualTotal: 72_000_001,
      monthlyPerCapita: 1_500_000,
      monthlyPerCapitaRounding: 'half-up-to-dong',
      bands: ['middle'],
    });
    expect(
      result.income.comparisons.map((c) => [c.line, c.householdValue, c.lineValue, c.atOrBelow]),
    ).toEqual([
      ['poverty', 72_000_001, 72_000_000, false],
      ['middle-upper', 72_000_001, 108_000_000, true],
    ]);
  });
});

describe('qd59-2015: two tiers (Decision 59/2015/QĐ-TTg)', () => {
  const at = (annualTotal: number, deprived: number, area: Household['area'] = 'rural') =>
    category(QD59_2015, '2019-06-01', { annualTotal }, deprived, area);

  it('rural: poor at or below 700,000 whatever the deprivations (33,600,000 for 4)', () => {
    expect(at(33_600_000, 0)).toBe('poor');
    expect(at(33_600_001, 0)).toBe('near-poor');
  });

  it('rural: between 700,000 and 1,000,000, three deprivations make it poor (48,000,000 for 4)', () => {
    expect(at(33_600_001, 3)).toBe('poor');
    expect(at(48_000_000, 3)).toBe('poor');
    expect(at(48_000_000, 2)).toBe('near-poor');
    expect(at(48_000_001, 3)).toBe('middle');
  });

  it('rural middle band up to 1,500,000 (72,000,000 for 4)', () => {
    expect(at(72_000_000, 0)).toBe('middle');
    expect(at(72_000_001, 0)).toBe('not-poor');
  });

  it('urban: 900,000, 1,300,000 and 1,950,000 (43,200,000, 62,400,000, 93,600,000 for 4)', () => {
    expect(at(43_200_000, 0, 'urban')).toBe('poor');
    expect(at(43_200_001, 0, 'urban')).toBe('near-poor');
    expect(at(62_400_000, 3, 'urban')).toBe('poor');
    expect(at(62_400_001, 3, 'urban')).toBe('middle');
    expect(at(93_600_000, 0, 'urban')).toBe('middle');
    expect(at(93_600_001, 0, 'urban')).toBe('not-poor');
  });

  it('says when income alone made the household poor', () => {
    const result = classify(QD59_2015, '2019-06-01', { annualTotal: 1 }, 0);
    expect(result.reasons.map((r) => r.code)).toEqual([
      'income-at-or-below-poverty-line',
      'income-alone-makes-poor',
    ]);
  });
});

describe('nd351-2025: provisional (Decree 351/2025/NĐ-CP)', () => {
  const at = (annualTotal: number, deprived: number, area: Household['area'] = 'rural') =>
    classify(ND351_2025, '2027-06-01', { annualTotal }, deprived, area);

  it('rural 2,200,000 (105,600,000 for 4) and urban 2,800,000 (134,400,000 for 4)', () => {
    expect(at(105_600_000, 3).category).toBe('poor');
    expect(at(105_600_000, 2).category).toBe('near-poor');
    expect(at(134_400_000, 3, 'urban').category).toBe('poor');
    expect(at(134_400_001, 3, 'urban').category).toBe('undetermined');
  });

  it('cannot tell middle from not poor without the middle band, and says what would decide it', () => {
    const result = at(105_600_001, 0);
    expect(result.category).toBe('undetermined');
    expect(result.possibleCategories).toEqual(['middle', 'not-poor']);
    expect(result.decidingFacts).toEqual([{ path: 'standard.lines.rural.middleUpper' }]);
    expect(result.reasons[0]?.code).toBe('income-above-poverty-middle-band-unpublished');
  });
});

describe('unknown indicators: decided when every filling agrees (spec/household.md)', () => {
  const missingInsurance = (deprived: number, annualTotal = 72_000_000) => {
    const names = ids(ND07_2021).filter((id) => id !== 'healthInsurance');
    const h = household({
      income: { annualTotal },
      members: [
        { ...adult('a'), healthInsurance: undefined } as never,
        adult('b'),
        adult('c'),
        adult('d'),
      ],
      declared: declaring(names, deprived),
    });
    return assessHousehold(h, { on: '2024-06-01', standard: ND07_2021 });
  };

  it('two deprived and one unknown at the line: undetermined, naming the deciding fact', () => {
    const result = missingInsurance(2);
    expect(result.category).toBe('undetermined');
    expect(result.possibleCategories).toEqual(['poor', 'near-poor']);
    expect(result.decidingFacts).toEqual([
      { path: 'members[0].healthInsurance', indicatorId: 'healthInsurance', memberId: 'a' },
    ]);
  });

  it('three deprived and one unknown: poor; one deprived and one unknown: near-poor', () => {
    expect(missingInsurance(3).category).toBe('poor');
    expect(missingInsurance(1).category).toBe('near-poor');
    expect(missingInsurance(3).reasons.map((r) => r.code)).toContain(
      'unknowns-do-not-change-category',
    );
  });

  it('income above the line: the unknown does not matter', () => {
    const result = missingInsurance(2, 72_000_001);
    expect(result.category).toBe('middle');
    expect(result.decidingFacts).toEqual([]);
  });
});

describe('the survey scoring path (Circular 07/2021/TT-BLĐTBXH)', () => {
  const proxy = (
    proxyScore: number,
    deprived: number,
    area: Household['area'] = 'rural',
    standard: Standard = ND07_2021,
  ) =>
    classify(
      standard,
      standard === QD59_2015 ? '2019-06-01' : '2024-06-01',
      { proxyScore },
      deprived,
      area,
    );

  it('score A at or below 140 (rural) or 175 (urban) with score B ≥ 30 is poor', () => {
    expect(proxy(140, 3).category).toBe('poor');
    expect(proxy(140, 2).category).toBe('near-poor');
    expect(proxy(175, 3, 'urban').category).toBe('poor');
    expect(proxy(175, 2, 'urban').category).toBe('near-poor');
    expect(proxy(140, 3).income.scoreB).toEqual({ min: 30, max: 30 });
  });

  it('above the cut-off, the survey cannot tell middle from not poor: actual income decides', () => {
    const result = proxy(140.5, 3);
    expect(result.category).toBe('undetermined');
    expect(result.possibleCategories).toEqual(['middle', 'not-poor']);
    expect(result.decidingFacts).toEqual([{ path: 'income.annualTotal' }]);
    expect(proxy(176, 0, 'urban').possibleCategories).toEqual(['middle', 'not-poor']);
  });

  it('a standard without encoded scores cannot place a proxy score', () => {
    const result = proxy(100, 5, 'rural', QD59_2015);
    expect(result.category).toBe('undetermined');
    expect(result.reasons[0]?.code).toBe('proxy-score-not-defined');
    expect(result.decidingFacts).toEqual([
      { path: 'income.annualTotal' },
      { path: 'standard.survey' },
    ]);
  });
});

describe('poverty: the programme’s question, decided whenever the facts decide it', () => {
  const poverty = (...args: Parameters<typeof classify>) => classify(...args).poverty;

  it('answers neither above the 2027–2030 line, where the middle band is unpublished', () => {
    // 83,000,000 a month each for 4 members: far above 2,200,000.
    const result = classify(ND351_2025, '2027-06-01', { monthlyPerCapita: 83_000_000 }, 0);
    expect(result.category).toBe('undetermined');
    expect(result.possibleCategories).toEqual(['middle', 'not-poor']);
    expect(result.poverty).toBe('neither');
  });

  it('follows the category where it is decided', () => {
    // nd07 rural line 1,500,000: 72,000,000 a year for 4 members.
    expect(poverty(ND07_2021, '2024-06-01', { annualTotal: 72_000_000 }, 3)).toBe('poor');
    expect(poverty(ND07_2021, '2024-06-01', { annualTotal: 72_000_000 }, 2)).toBe('near-poor');
    expect(poverty(ND07_2021, '2024-06-01', { annualTotal: 72_000_001 }, 3)).toBe('neither');
    expect(poverty(ND07_2021, '2024-06-01', { annualTotal: 200_000_000 }, 3)).toBe('neither');
  });

  it('is undetermined when the unknowns could make the household poor or near-poor', () => {
    // At the nd351 line (2,200,000 × 12 × 4 = 105,600,000) with the two unpublished indicators
    // undeclared: 1 of 10 derived indicators deprived, so 1 to 3 in all: poor or near-poor.
    const declared = declaring(
      ids(ND351_2025).filter((id) => id !== 'digitalServices' && id !== 'wasteTreatment'),
      1,
    );
    const result = assessHousehold(household({ income: { annualTotal: 105_600_000 }, declared }), {
      on: '2027-06-01',
      standard: ND351_2025,
    });
    expect(result.possibleCategories).toEqual(['poor', 'near-poor']);
    expect(result.poverty).toBe('undetermined');
  });
});
