import { describe, expect, it } from 'vitest';
import {
  assessHousehold,
  defineStandard,
  type Household,
  ND07_2021,
  type Standard,
  VnPovertyError,
} from '../src/index';
import { adult, declaring, household } from './fixtures';

function issuesOf(changes: unknown): string[] {
  try {
    defineStandard(ND07_2021, changes as never);
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

describe('defineStandard refuses a standard that could not work', () => {
  const nd07 = (changes: Record<string, unknown>) => issuesOf({ id: 'x', title, ...changes });

  it('a threshold of 0, or above the number of indicators (12 of 12 is allowed, 13 is not)', () => {
    expect(nd07({ classification: { deprivationThreshold: 0 } })).toEqual([
      'classification.deprivationThreshold too-small',
    ]);
    const all = defineStandard(ND07_2021, {
      id: 'x',
      title,
      classification: { deprivationThreshold: 12 },
    });
    expect(all.classification.deprivationThreshold).toBe(12);
    expect(nd07({ classification: { deprivationThreshold: 13 } })).toEqual([
      'classification.deprivationThreshold threshold-above-indicators',
    ]);
  });

  it('every indicator removed', () => {
    const all = ND07_2021.indicators.map((indicator) => indicator.id);
    expect(nd07({ indicators: { remove: all } })).toEqual(['indicators no-indicators']);
  });

  it('an empty safe-water list, fromAge above underAge, a share of 5/1', () => {
    expect(nd07({ indicators: { update: { water: { rule: { safe: [] } } } } })).toEqual([
      'indicators.update.water.rule.safe empty-list',
    ]);
    expect(
      nd07({ indicators: { update: { childSchooling: { rule: { fromAge: 17, underAge: 16 } } } } }),
    ).toEqual(['indicators.update.childSchooling.rule.fromAge age-order']);
    expect(
      nd07({
        indicators: {
          update: { dependants: { rule: { shareAbove: { numerator: 5, denominator: 1 } } } },
        },
      }),
    ).toEqual(['indicators.update.dependants.rule.shareAbove share-not-below-one']);
  });

  it('policy years far outside 2000–2100', () => {
    expect(nd07({ policyYears: { from: -100_000, to: 2026 } })).toEqual([
      'policyYears.from too-small',
    ]);
  });

  it('an indicator named like an Object.prototype member', () => {
    const water = ND07_2021.indicators.find((indicator) => indicator.id === 'water');
    for (const id of ['constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
      expect(nd07({ indicators: { add: [{ ...water, id }] } })).toEqual([
        'indicators.add[0].id reserved-indicator-id',
      ]);
    }
  });

  it('an update of an id the base does not have, even __proto__', () => {
    const update = JSON.parse('{"__proto__": {"label": {"vi": "x", "en": "x"}}}');
    expect(nd07({ indicators: { update } })).toEqual([
      'indicators.update.__proto__ unknown-indicator',
    ]);
  });

  it('a base that the library did not make', () => {
    expect(() => defineStandard({ ...ND07_2021 }, { id: 'x', title })).toThrow(VnPovertyError);
  });

  it('names an unknown key as a parameter of the standard, not a field of the household', () => {
    try {
      defineStandard(ND07_2021, { id: 'x', title, colour: 'red' } as never);
    } catch (error) {
      const [issue] = (error as VnPovertyError).issues;
      expect(issue?.message.en).toBe(
        '"colour" (colour) is not a parameter of the standard: remove it or fix its name.',
      );
      expect(issue?.message.vi).toContain('không phải tham số của chuẩn nghèo');
    }
  });
});

describe('defineStandard never freezes nor keeps the caller’s objects', () => {
  it('leaves the changes unfrozen, and a later change to them does not reach the standard', () => {
    const changes = {
      id: 'mine',
      title: { vi: 'Của tôi', en: 'Mine' },
      lines: {
        rural: {
          poverty: { amount: 1_600_000, per: 'month' as const },
          nearPoverty: { amount: 1_600_000, per: 'month' as const },
        },
      },
    };
    const standard = defineStandard(ND07_2021, changes);
    expect(Object.isFrozen(changes)).toBe(false);
    expect(Object.isFrozen(changes.lines.rural.poverty)).toBe(false);
    changes.lines.rural.poverty.amount = 1;
    changes.title.en = 'changed';
    expect(standard.lines.rural.poverty.amount).toBe(1_600_000);
    expect(standard.title.en).toBe('Mine');
    expect(Object.isFrozen(standard.lines.rural.poverty)).toBe(true);
  });
});
