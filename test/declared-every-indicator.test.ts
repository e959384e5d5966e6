import { describe, expect, it } from 'vitest';
import { assessHousehold, NATIONAL_STANDARDS } from '../src/index';
import { household } from './fixtures';

const ON = {
  'qd59-2015': '2019-06-01',
  'nd07-2021': '2024-06-01',
  'nd351-2025': '2027-06-01',
} as const;

describe('a value declared on form B2 decides every indicator of every edition, both ways', () => {
  for (const standard of NATIONAL_STANDARDS) {
    for (const indicator of standard.indicators) {
      it(`${standard.id} ${indicator.id}`, () => {
        const on = ON[standard.id as keyof typeof ON];
        for (const declared of [true, false]) {
          const result = assessHousehold(household({ declared: { [indicator.id]: declared } }), {
            on,
            standard,
          });
          const found = result.indicators.find((i) => i.id === indicator.id);
          expect(found).toMatchObject({
            status: declared ? 'deprived' : 'not-deprived',
            source: 'declared',
            reason: { code: declared ? 'declared-deprived' : 'declared-not-deprived' },
          });
          expect(result.deprivedCount).toBe(declared ? 1 : 0);
        }
      });
    }
  }
});
