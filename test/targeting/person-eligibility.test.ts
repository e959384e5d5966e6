import { describe, expect, it } from 'vitest';
import {
  assessEmploymentEligibility,
  assessHousehold,
  assessNutritionEligibility,
  defineStandard,
  ND07_2021,
  type PersonEligibility,
} from '../../src/index';
import { errorCode } from '../fixtures';
import { ABOVE_LINES, assessed, members, nearPoor, parse, poor } from './helpers';

function nutrition(input: Record<string, unknown>, on = '2024-06-01'): PersonEligibility {
  const { household, assessment } = assessed(input, on);
  return assessNutritionEligibility(household, assessment);
}

function employment(input: Record<string, unknown>, on = '2024-06-01'): PersonEligibility {
  const { household, assessment } = assessed(input, on);
  return assessEmploymentEligibility(household, assessment);
}

const routeOf = (result: PersonEligibility, memberId: string, route: string) =>
  result.members.find((m) => m.memberId === memberId)?.routes.find((r) => r.route === route);

/** Members for the nutrition tests: an adult man, a woman, a child of 15 and one of 16. */
const family = (woman: Record<string, unknown> = {}) =>
  members({
    1: { maternity: 'none', ...woman },
    2: { birthDate: '2008-06-02' }, // 15 on 2024-06-01
    3: { birthDate: '2008-06-01' }, // 16 on 2024-06-01
  });

describe('Project 3.2 nutrition', () => {
  it('children under 16 of a poor or near-poor household: 15 yes, 16 no', () => {
    const result = nutrition(
      nearPoor({
        members: family(),
        location: { poorDistrict: false, extremelyDifficultCoastalBorderIslandCommune: false },
      }),
    );
    expect(result.eligibleMembers).toEqual(['m3']);
    expect(result.undeterminedMembers).toEqual([]);
  });

  it('children of a newly escaped household', () => {
    const result = nutrition(
      nearPoor({
        income: ABOVE_LINES,
        members: family(),
        location: { poorDistrict: false, extremelyDifficultCoastalBorderIslandCommune: false },
        previous: { category: 'poor', policyYear: 2023, leftOn: '2023-12-15' },
      }),
    );
    expect(result.eligibleMembers).toEqual(['m3']);
  });

  it('children in a poor district or an extremely difficult coastal, border or island commune, whatever the status', () => {
    const area = (location: Record<string, boolean>) =>
      nutrition(
        nearPoor({
          income: ABOVE_LINES,
          members: family(),
          location,
          previous: { category: 'middle', policyYear: 2019, since: '2018-01-01' },
        }),
      );
    expect(area({ poorDistrict: true }).eligibleMembers).toEqual(['m3']);
    expect(
      area({ poorDistrict: false, extremelyDifficultCoastalBorderIslandCommune: true })
        .eligibleMembers,
    ).toEqual(['m3']);
    expect(
      area({ poorDistrict: false, extremelyDifficultCoastalBorderIslandCommune: false })
        .eligibleMembers,
    ).toEqual([]);
  });

  it('pregnant and breastfeeding women in poor districts', () => {
    const woman = (maternity: string | undefined, poorDistrict: boolean) =>
      routeOf(
        nutrition(
          nearPoor({
            income: ABOVE_LINES,
            members: family({ maternity }),
            location: { poorDistrict },
          }),
        ),
        'm2',
        'pregnant-or-breastfeeding-woman-in-poor-district',
      );
    expect(woman('pregnant', true)?.status).toBe('eligible');
    expect(woman('breastfeeding', true)?.status).toBe('eligible');
    expect(woman('none', true)?.status).toBe('not-eligible');
    expect(woman('pregnant', false)?.status).toBe('not-eligible');
    expect(woman(undefined, true)?.status).toBe('undetermined');
    expect(woman(undefined, true)?.missing).toEqual(['members[1].maternity']);
  });

  it('a man with no maternity recorded is not pregnant or breastfeeding', () => {
    const result = nutrition(poor({ members: family() }));
    expect(routeOf(result, 'm1', 'pregnant-or-breastfeeding-woman-in-poor-district')?.status).toBe(
      'not-eligible',
    );
  });

  it('undetermined routes name their facts; an eligible route decides over them', () => {
    // Above the lines with no earlier status and no area flags: whether the household is newly
    // escaped, and where it lies, are unknown.
    const result = nutrition(
      nearPoor({ income: ABOVE_LINES, members: family(), location: undefined }),
    );
    // m3 (15): a child, where and whether newly escaped unknown; m4 (a girl of 16): maternity unknown.
    expect(result.undeterminedMembers).toEqual(['m3', 'm4']);
    expect(
      routeOf(result, 'm3', 'child-of-poor-near-poor-or-newly-escaped-household')?.missing,
    ).toEqual(['previous']);
    expect(
      routeOf(result, 'm3', 'child-in-poor-district-or-coastal-border-island-commune')?.missing,
    ).toEqual(['location.poorDistrict', 'location.extremelyDifficultCoastalBorderIslandCommune']);
    const withDistrict = nutrition(
      nearPoor({ income: ABOVE_LINES, members: family(), location: { poorDistrict: true } }),
    );
    expect(withDistrict.eligibleMembers).toEqual(['m3']);
  });

  it('outside the programme’s period, no one', () => {
    expect(nutrition(poor({ members: family() }), '2026-01-05').eligibleMembers).toEqual([]);
  });
});

describe('Project 4 employment', () => {
  it('workers of working age in poor, near-poor or newly escaped households', () => {
    // On 2024-06-01: born 2009-06-01 is 15 (working age); 2009-06-02 is 14.
    const result = employment(
      poor({
        members: members({ 2: { birthDate: '2009-06-01' }, 3: { birthDate: '2009-06-02' } }),
      }),
    );
    expect(result.eligibleMembers).toEqual(['m1', 'm2', 'm3']);
    expect(
      routeOf(result, 'm4', 'worker-of-poor-near-poor-or-newly-escaped-household')?.status,
    ).toBe('not-eligible');
  });

  it('not past the retirement age: a man born in January 1963 (who retires at 60 years 9 months) is 61 years 4 months', () => {
    const result = employment(poor({ members: members({ 0: { birthDate: '1963-01-15' } }) }));
    expect(
      routeOf(result, 'm1', 'worker-of-poor-near-poor-or-newly-escaped-household')?.status,
    ).toBe('not-eligible');
  });

  it('low-income workers: a household above the lines but at or under 2,250,000 a month in 2025', () => {
    // 54,000,000 a year for 2 members: 2,250,000 a month each, rural line of Decree 30/2025.
    const input = nearPoor({
      income: { annualTotal: 54_000_000 },
      members: members({ 0: { work: 'self-employed' }, 1: { work: 'unemployed' } }, 2),
      previous: { category: 'middle', policyYear: 2019, since: '2018-01-01' },
    });
    const result = employment(input, '2025-06-01');
    expect(result.eligibleMembers).toEqual(['m1']);
    expect(routeOf(result, 'm1', 'low-income-worker')?.status).toBe('eligible');
    expect(routeOf(result, 'm2', 'low-income-worker')?.status).toBe('not-eligible');
    // One đồng a year more and the line is passed.
    expect(
      employment({ ...input, income: { annualTotal: 54_000_001 } }, '2025-06-01').eligibleMembers,
    ).toEqual([]);
  });

  it('a worker whose work is unknown is undetermined, with the fact', () => {
    const input = nearPoor({
      income: { annualTotal: 54_000_000 },
      members: members({ 0: { work: undefined } }, 2),
      previous: { category: 'middle', policyYear: 2019, since: '2018-01-01' },
    });
    const result = employment(input, '2025-06-01');
    expect(result.undeterminedMembers).toEqual(['m1']);
    expect(routeOf(result, 'm1', 'low-income-worker')?.missing).toEqual(['members[0].work']);
  });

  it('an assessment under a provincial standard needs that standard passed', () => {
    const province = defineStandard(ND07_2021, {
      id: 'province-2024',
      title: { vi: 'Chuẩn của tỉnh', en: 'A provincial standard' },
    });
    const household = parse(poor());
    const assessment = assessHousehold(household, { on: '2024-06-01', standard: province });
    expect(errorCode(() => assessEmploymentEligibility(household, assessment))).toBe(
      'unknown-standard',
    );
    expect(
      assessEmploymentEligibility(household, assessment, { standard: province }).eligibleMembers,
    ).toEqual(['m1', 'm2', 'm3', 'm4']);
  });
});
