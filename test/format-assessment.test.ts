import { describe, expect, it } from 'vitest';
import { assessHousehold, defineStandard, formatAssessment, ND07_2021 } from '../src/index';
import { adult, household } from './fixtures';

describe('formatAssessment', () => {
  it('writes the category, the exact comparison, the deprivations with members and basis, in English', () => {
    const h = household({
      members: [adult('a', { healthInsurance: false }), adult('b'), adult('c'), adult('d')],
      water: 'surface-water',
    });
    const text = formatAssessment(assessHousehold(h, { on: '2024-06-01' }), { language: 'en' });
    expect(text.split('\n')).toEqual([
      'Household test (standard nd07-2021, on 2024-06-01): near-poor household',
      'Income: 72,000,000 VND a year, 4 members: 1,500,000 VND per person a month',
      '  • poverty line 1,500,000 VND per person a month: 72,000,000 VND ≤ 72,000,000 VND',
      'Deprived indicators (2):',
      '  • Health insurance [a]: A member in the age range has no health insurance. Decree 07/2021/NĐ-CP, Appendix (grade U)',
      '  • Domestic water: The household has no safe domestic water source. Decree 07/2021/NĐ-CP, Appendix (grade U)',
      'Why:',
      expect.stringContaining('Income per capita is at or below the poverty line'),
      expect.stringContaining('Deprived on 2 indicator(s)'),
      expect.stringContaining('so the household is near-poor, not poor'),
    ]);
  });

  it('lists what would decide an undetermined household, and the proxy score', () => {
    const h = household({ income: { proxyScore: 150 } });
    const text = formatAssessment(assessHousehold(h, { on: '2024-06-01' }));
    expect(text).toContain('Điểm A = 150 (ngưỡng 140)');
    expect(text).toContain('Cần bổ sung để kết luận: income.annualTotal');
  });

  it('says when the per-capita figure shown is rounded', () => {
    const text = formatAssessment(
      assessHousehold(household({ income: { annualTotal: 72_000_001 } }), { on: '2024-06-01' }),
    );
    expect(text).toContain('bình quân 1.500.000 đồng/người/tháng (làm tròn để hiển thị)');
  });

  it('names indicators of a derived standard when given it, and falls back to ids', () => {
    const derived = defineStandard(ND07_2021, { id: 'what-if', title: { vi: 'x', en: 'x' } });
    const result = assessHousehold(household({ latrine: 'none' }), {
      on: '2024-06-01',
      standard: derived,
    });
    expect(formatAssessment(result, { standard: derived })).toContain('• Nhà tiêu hợp vệ sinh:');
    expect(formatAssessment(result)).toContain('• sanitation:');
  });
});
