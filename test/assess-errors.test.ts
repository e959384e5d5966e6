import { describe, expect, it } from 'vitest';
import { assessHousehold, createAssessor, type Household } from '../src/index';
import { adult, child, errorCode, household } from './fixtures';

describe('assessHousehold refuses misuse with a typed error', () => {
  it('a member born after the reference date', () => {
    const h = household({ members: [adult('a'), child('c', '2024-06-02')] });
    expect(errorCode(() => assessHousehold(h, { on: '2024-06-01' }))).toBe('birth-after-reference');
    expect(errorCode(() => assessHousehold(h, { on: '2024-06-02' }))).toBe('no error');
  });

  it('a date outside every standard, or not a date', () => {
    expect(errorCode(() => assessHousehold(household(), { on: '2031-01-01' }))).toBe(
      'date-out-of-range',
    );
    expect(errorCode(() => createAssessor({ on: '2024-13-01' }))).toBe('invalid-date');
  });

  it('a household that did not come through parseHousehold', () => {
    expect(
      errorCode(() => assessHousehold({ ...household(), members: [] }, { on: '2024-06-01' })),
    ).toBe('invalid-household');
    const broken = household({ members: [{ ...adult('a'), birthDate: 'soon' }] });
    expect(errorCode(() => assessHousehold(broken, { on: '2024-06-01' }))).toBe(
      'invalid-household',
    );
    expect(
      errorCode(() => assessHousehold(null as unknown as Household, { on: '2024-06-01' })),
    ).toBe('invalid-household');
  });
});

describe('an assessment is plain data', () => {
  it('survives JSON unchanged and carries the version and standard that made it', () => {
    const result = assessHousehold(household({ water: 'surface-water' }), { on: '2024-06-01' });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result).toMatchObject({
      libraryVersion: expect.stringMatching(/^\d+\.\d+\.\d+/),
      standardId: 'nd07-2021',
      householdId: 'test',
    });
  });

  it('does not change the household', () => {
    const h = household();
    const before = JSON.stringify(h);
    assessHousehold(h, { on: '2024-06-01' });
    expect(JSON.stringify(h)).toBe(before);
  });
});
