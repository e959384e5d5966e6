import { describe, expect, it } from 'vitest';
import { assessHousehold, defineStandard, formatAssessment, ND07_2021 } from '../src/index';
import { adult, household } from './fixtures';

const ON = '2024-06-01';

describe('formatAssessment', () => {
  it('writes the category, the exact comparison, each deprivation with its members, figures and basis', () => {
    const h = household({
      members: [adult('a', { healthInsurance: false }), adult('b'), adult('c'), adult('d')],
      water: 'surface-water',
    });
    const text = formatAssessment(assessHousehold(h, { on: ON }), { language: 'en' });
    expect(text.split('\n')).toEqual([
      'Household test (standard nd07-2021, on 2024-06-01): near-poor household',
      'Income: 72,000,000 VND a year, 4 members: 1,500,000 VND per person a month',
      '  • poverty line 1,500,000 VND per person a month: 72,000,000 VND ≤ 72,000,000 VND',
      'Deprived indicators (2):',
      '  • Health insurance: A member in the age range has no health insurance.',
      '      – member a, 44 years old: health-insurance card: no',
      '      from age: 6; members in scope: 4',
      '      Decree 07/2021/NĐ-CP, Appendix (grade U)',
      '  • Domestic water: The household has no safe domestic water source.',
      '      water source: surface water',
      '      Decree 07/2021/NĐ-CP, Appendix (grade U)',
      'Why:',
      expect.stringContaining('Income per capita is at or below the poverty line'),
      expect.stringContaining('Deprived on 2 indicator(s)'),
      expect.stringContaining('so the household is near-poor, not poor'),
    ]);
  });

  it('prints the floor area compared: 31 m² for 4 members is 7.75 m² each, below 8', () => {
    const h = household({
      dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 31 },
    });
    const text = formatAssessment(assessHousehold(h, { on: ON }));
    expect(text).toContain(
      'diện tích nhà ở (m²): 31; số thành viên: 4; diện tích bình quân (m²/người, làm tròn 0,01): 7,75; mức tối thiểu (m²/người): 8; diện tích tối thiểu của hộ (m²): 32',
    );
  });

  it('lists what would decide an undetermined household in words, and the proxy score', () => {
    const h = household({ income: { proxyScore: 150 } });
    const text = formatAssessment(assessHousehold(h, { on: ON }));
    expect(text).toContain('Điểm A = 150 (ngưỡng 140)');
    expect(text).toContain(
      'Cần bổ sung để kết luận:\n  • tổng thu nhập 12 tháng (income.annualTotal)',
    );
  });

  it('names the member and the field of a missing fact, not a bare path', () => {
    const h = household({
      income: { annualTotal: 72_000_000 },
      members: [
        adult('an', { healthInsurance: undefined } as never),
        adult('b'),
        adult('c'),
        adult('d'),
      ],
      water: 'surface-water',
      latrine: 'hanging',
    });
    const result = assessHousehold(h, { on: ON });
    expect(result.category).toBe('undetermined');
    const text = formatAssessment(result);
    expect(text).toContain('  • thẻ bảo hiểm y tế của thành viên an (members[0].healthInsurance)');
    expect(formatAssessment(result, { language: 'en' })).toContain(
      'health-insurance card of member an (members[0].healthInsurance)',
    );
  });

  it('says when the per-capita figure shown is rounded', () => {
    const text = formatAssessment(
      assessHousehold(household({ income: { annualTotal: 72_000_001 } }), { on: ON }),
    );
    expect(text).toContain('bình quân 1.500.000 đồng/người/tháng (làm tròn để hiển thị)');
  });

  it('names the indicators of a derived standard from the result itself', () => {
    const derived = defineStandard(ND07_2021, { id: 'what-if', title: { vi: 'x', en: 'x' } });
    const result = assessHousehold(household({ latrine: 'none' }), { on: ON, standard: derived });
    expect(formatAssessment(result)).toContain('• Nhà tiêu hợp vệ sinh:');
  });

  it('answers the programme’s question where only the middle band is undecided, and prints notes', () => {
    const result = assessHousehold(household({ income: { monthlyPerCapita: 83_000_000 } }), {
      on: '2026-10-01',
      reviewYear: 2026,
    });
    const text = formatAssessment(result);
    expect(text.split('\n')[1]).toBe('Trả lời cho chương trình: không nghèo, không cận nghèo');
    expect(text).toContain('mức trần của mức sống trung bình (chưa công bố)');
    const byDate = formatAssessment(assessHousehold(household(), { on: '2026-10-01' }));
    expect(byDate).toContain('Ghi chú:');
    expect(byDate).toContain('truyền reviewYear: 2026');
  });
});
