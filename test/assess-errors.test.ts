import { describe, expect, it } from 'vitest';
import { assessHousehold, createAssessor, type Household, VnPovertyError } from '../src/index';
import { adult, child, household } from './fixtures';

function codeOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof VnPovertyError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('assessHousehold refuses misuse with a typed error', () => {
  it('a member born after the reference date', () => {
    const h = household({ members: [adult('a'), child('c', '2024-06-02')] });
    expect(codeOf(() => assessHousehold(h, { on: '2024-06-01' }))).toBe('birth-after-reference');
    expect(codeOf(() => assessHousehold(h, { on: '2024-06-02' }))).toBe('no error');
  });

  it('a date outside every standard, or not a date', () => {
    expect(codeOf(() => assessHousehold(household(), { on: '2031-01-01' }))).toBe(
      'date-out-of-range',
    );
    expect(codeOf(() => createAssessor({ on: '2024-13-01' }))).toBe('invalid-date');
  });

  it('a household that did not come through parseHousehold', () => {
    expect(
      codeOf(() => assessHousehold({ ...household(), members: [] }, { on: '2024-06-01' })),
    ).toBe('invalid-household');
    const broken = household({ members: [{ ...adult('a'), birthDate: 'soon' }] });
    expect(codeOf(() => assessHousehold(broken, { on: '2024-06-01' }))).toBe('invalid-household');
    expect(codeOf(() => assessHousehold(null as unknown as Household, { on: '2024-06-01' }))).toBe(
      'invalid-household',
    );
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
