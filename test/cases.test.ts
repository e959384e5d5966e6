import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessHousehold, parseHousehold, standardInForce } from '../src/index';
import { CASES_DIR, loadCases } from './worked-cases';

const cases = loadCases();

describe('worked cases (test/cases)', () => {
  it('finds the worked cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(14);
  });

  it('holds every case exactly as the specification gave it (SHA256SUMS)', () => {
    const sums = readFileSync(join(CASES_DIR, 'SHA256SUMS'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/));
    expect(sums.map(([, file]) => file).sort()).toEqual(cases.map((worked) => worked.file));
    for (const [sum, file] of sums) {
      const actual = createHash('sha256')
        .update(readFileSync(join(CASES_DIR, file as string)))
        .digest('hex');
      expect(actual, file).toBe(sum);
    }
  });

  for (const worked of cases) {
    describe(`${worked.file}: ${worked.name}`, () => {
      const parsed = parseHousehold(worked.household, { on: worked.on });

      it('parses', () => {
        expect(parsed.success ? [] : parsed.issues).toEqual([]);
      });

      it(`is ${worked.expect.category} under ${worked.expect.standard} (${worked.basis})`, () => {
        if (!parsed.success) throw new Error('does not parse');
        const assessment = assessHousehold(parsed.data, { on: worked.on });
        expect(standardInForce(worked.on).id).toBe(worked.expect.standard);
        expect(assessment.standardId).toBe(worked.expect.standard);
        expect(assessment.category).toBe(worked.expect.category);
        const withStatus = (status: string) =>
          assessment.indicators
            .filter((indicator) => indicator.status === status)
            .map((indicator) => indicator.id)
            .sort();
        expect(withStatus('deprived')).toEqual([...worked.expect.deprived].sort());
        if (worked.expect.unknown !== undefined) {
          expect(withStatus('unknown')).toEqual([...worked.expect.unknown].sort());
        }
      });
    });
  }
});
