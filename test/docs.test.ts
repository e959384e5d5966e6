import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { standardsTable } from '../scripts/standards-table';
import { NATIONAL_STANDARDS } from '../src/index';

describe('the standards table in docs/', () => {
  const table = standardsTable();

  it('is the one generated from the editions’ data (run npm run docs:standards)', () => {
    const page = readFileSync(resolve(import.meta.dirname, '..', 'docs', 'standards.md'), 'utf8');
    expect(page).toBe(table);
  });

  it('shows the lines of each edition with their citation and grade', () => {
    expect(table).toContain(
      '| poverty line (chuẩn nghèo): at or below it, income-poor | 1,500,000 VND a month | 2,000,000 VND a month | Decree 07/2021/NĐ-CP, Art. 3.1(a) (grade L) |',
    );
    expect(table).toContain(
      '| near-poverty line (chuẩn cận nghèo) | 1,000,000 VND a month | 1,300,000 VND a month | Decision 59/2015/QĐ-TTg, Art. 1.1(b) (grade L) |',
    );
    expect(table).toContain(
      '| unpublished | unpublished | the middle band for 2027–2030 is not published',
    );
  });

  it('says each rule in words a legal reader checks against the decree, not as JSON', () => {
    expect(table).not.toMatch(/[{[]"/);
    expect(table).toContain('less than 8 m² of floor area per member');
    expect(table).toContain(
      'a member aged 15 or over and born in 1986 or later holds none of: lower-secondary (trung học cơ sở)',
    );
    expect(table).toContain(
      'a person aged 60 or over who receives a monthly social allowance (trợ cấp xã hội hằng tháng)',
    );
    expect(table).toContain(
      '6 to 10: primary (tiểu học); 11 to 14: lower-secondary (trung học cơ sở); 15 and over: upper-secondary',
    );
  });

  it('gives every indicator of every edition its row, with its grade', () => {
    for (const standard of NATIONAL_STANDARDS) {
      for (const [index, indicator] of standard.indicators.entries()) {
        expect(table).toMatch(
          new RegExp(
            `\\| ${index + 1} \\| \`${indicator.id}\` \\|.*\\(grade ${indicator.basis.grade}\\)`,
          ),
        );
      }
    }
  });
});

describe('the readings in docs/readings.md', () => {
  const page = readFileSync(resolve(import.meta.dirname, '..', 'docs', 'readings.md'), 'utf8');

  /** The text of the section whose heading names an edition: `## Indicators of … (\`nd07-2021\`…`. */
  const sectionOf = (id: string): string => {
    const start = page.search(new RegExp(`^## .*\\(\`${id}\``, 'm'));
    if (start < 0) return '';
    const end = page.indexOf('\n## ', start + 1);
    return page.slice(start, end < 0 ? undefined : end);
  };

  it('reads every indicator of every national edition, in the edition’s own section', () => {
    const missing = NATIONAL_STANDARDS.flatMap((standard) => {
      const section = sectionOf(standard.id);
      return standard.indicators
        .filter((indicator) => !section.includes(`\`${indicator.id}\``))
        .map((indicator) => `${standard.id}: ${indicator.id}`);
    });
    expect(missing).toEqual([]);
  });
});
