import { describe, expect, it } from 'vitest';
import { assessHousehold, parseHousehold, standardInForce } from '../src/index';
import { loadCases } from './shared-cases';

const cases = loadCases();

describe('worked cases from ../shared/cases', () => {
  it('finds the shared cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(14);
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
