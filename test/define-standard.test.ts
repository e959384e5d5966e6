import { describe, expect, it } from 'vitest';
import {
  assessHousehold,
  defineStandard,
  type Household,
  ND07_2021,
  type Standard,
  type StandardChanges,
  VnPovertyError,
} from '../src/index';
import { adult, declaring, household } from './fixtures';

function issuesOf(changes: unknown): string[] {
  try {
    defineStandard(ND07_2021, changes as StandardChanges);
  } catch (error) {
    if (!(error instanceof VnPovertyError)) throw error;
    expect(error.code).toBe('invalid-standard');
    return error.issues.map((issue) => `${issue.path} ${issue.code}`);
  }
  throw new Error('accepted');
}

const title = { vi: 'Thử nghiệm', en: 'What-if' };

/** Ho Chi Minh City, 2025 review: poor ≤ 46,000,000, near-poor to 54,000,000 per person per year (spec §8). */
const hcm = defineStandard(ND07_2021, {
  id: 'hcm-2025',
  title: { vi: 'Chuẩn nghèo TP. Hồ Chí Minh', en: 'Ho Chi Minh City standard' },
  classification: { incomeAloneMakesPoor: true },
  lines: {
    urban: {
      poverty: { amount: 46_000_000, per: 'year' },
      nearPoverty: { amount: 54_000_000, per: 'year' },
      middleUpper: { unpublished: true, note: 'none in the city standard' },
    },
  },
});

describe('defineStandard: a provincial standard with yearly lines', () => {
  const urban = (income: Household['income'], deprived = 0) =>
    assessHousehold(
      household({
        area: 'urban',
        income,
        members: [adult('a'), adult('b')],
        declared: declaring(['water'], deprived),
      }),
      { on: '2025-10-01', standard: hcm },
    );

  it('compares yearly lines exactly: 46,000,000 × 2 members', () => {
    expect(urban({ annualTotal: 92_000_000 }).category).toBe('poor');
    expect(urban({ annualTotal: 92_000_001 }).category).toBe('near-poor');
    expect(urban({ annualTotal: 108_000_000 }).category).toBe('near-poor');
    expect(urban({ annualTotal: 108_000_001 }).possibleCategories).toEqual(['middle', 'not-poor']);
  });

  it('never rounds a yearly line to a month: 46,000,000 ÷ 12 is not a whole number', () => {
    expect(urban({ monthlyPerCapita: 3_833_333 }).category).toBe('poor'); // × 12 = 45,999,996
    expect(urban({ monthlyPerCapita: 3_833_334 }).category).toBe('near-poor'); // × 12 = 46,000,008
  });

  it('names its base and carries its id into results; the national edition is unchanged', () => {
    expect(hcm.derivedFrom).toBe('nd07-2021');
    expect(urban({ annualTotal: 1 }).standardId).toBe('hcm-2025');
    expect(ND07_2021.lines.urban.poverty.amount).toBe(2_000_000);
    expect(hcm.lines.urban.poverty.basis).toMatchObject({ kind: 'specification', grade: 'U' });
    expect(Object.isFrozen(hcm.lines.urban)).toBe(true);
  });
});

describe('defineStandard: indicators', () => {
  it('changes a parameter and keeps the rest of the rule', () => {
    const stricter = defineStandard(ND07_2021, {
      id: 'area-10',
      title,
      indicators: { update: { housingArea: { rule: { minimumM2: 10 } } } },
    });
    const rule = stricter.indicators.find((i) => i.id === 'housingArea')?.rule;
    expect(rule).toEqual({ kind: 'floor-area-per-member', minimumM2: 10 });
    const h = household({
      dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 39 },
    });
    const status = (standard: Standard) =>
      assessHousehold(h, { on: '2024-06-01', standard }).indicators.find(
        (i) => i.id === 'housingArea',
      )?.status;
    expect(status(ND07_2021)).toBe('not-deprived');
    expect(status(stricter)).toBe('deprived');
  });

  it('removes and adds indicators', () => {
    const changed = defineStandard(ND07_2021, {
      id: 'what-if',
      title,
      indicators: {
        remove: ['informationAccess'],
        add: [
          {
            id: 'wasteTreatment',
            service: 'water-sanitation',
            label: { vi: 'Rác thải', en: 'Waste' },
            rule: { kind: 'waste-treatment', adequate: ['collected'] },
            basis: { kind: 'plan', number: 'what-if', grade: 'U' },
          },
        ],
      },
    });
    expect(changed.indicators.map((i) => i.id).slice(-2)).toEqual(['telecom', 'wasteTreatment']);
  });
});

describe('defineStandard validates its input like user data', () => {
  it('refuses a national id', () => {
    expect(issuesOf({ id: 'nd07-2021', title })).toEqual(['id reserved-id']);
  });

  it('refuses lines out of order', () => {
    expect(
      issuesOf({
        id: 'x',
        title,
        lines: { rural: { nearPoverty: { amount: 1_000_000, per: 'month' } } },
      }),
    ).toEqual(['lines.rural.nearPoverty line-order']);
    expect(
      issuesOf({
        id: 'x',
        title,
        lines: { rural: { middleUpper: { amount: 1_400_000, per: 'month' } } },
      }),
    ).toEqual(['lines.rural.middleUpper line-order']);
  });

  it('refuses fractional or negative amounts, unknown keys, unknown indicators and bad parameters', () => {
    expect(
      issuesOf({ id: 'x', title, lines: { urban: { poverty: { amount: 1.5, per: 'month' } } } }),
    ).toEqual(['lines.urban.poverty.amount invalid-type']);
    expect(issuesOf({ id: 'x', title, colour: 'red' })).toEqual(['colour unknown-key']);
    expect(issuesOf({ id: 'x', title, indicators: { remove: ['water', 'rain'] } })).toEqual([
      'indicators.remove[1] unknown-indicator',
    ]);
    expect(
      issuesOf({
        id: 'x',
        title,
        indicators: { update: { housingArea: { rule: { minimumM2: -1 } } } },
      }),
    ).toEqual(['indicators.update.housingArea.rule.minimumM2 too-small']);
    expect(
      issuesOf({ id: 'x', title, indicators: { update: { rain: { label: title } } } }),
    ).toEqual(['indicators.update.rain unknown-indicator']);
    expect(issuesOf({ id: 'x', title, policyYears: { from: 2030, to: 2020 } })).toEqual([
      'policyYears year-order',
    ]);
  });

  it('refuses an added indicator whose id is taken', () => {
    const water = ND07_2021.indicators.find((i) => i.id === 'water');
    expect(issuesOf({ id: 'x', title, indicators: { add: [water] } })).toEqual([
      'indicators.add[0].id duplicate-indicator',
    ]);
  });

  it('gives the problems in both languages in the error message', () => {
    try {
      defineStandard(ND07_2021, { id: 'nd07-2021', title });
    } catch (error) {
      expect((error as VnPovertyError).messages.vi).toContain('id');
      expect((error as Error).message).toContain('already names another standard');
    }
  });
});
