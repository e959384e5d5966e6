import { describe, expect, it } from 'vitest';
import {
  assessHousehold,
  createAssessor,
  type Household,
  ND07_2021,
  VnPovertyError,
} from '../src/index';
import { adult, child, errorCode, household, householdInput } from './fixtures';

const ON = '2024-06-01';

/** What assessing a value the type system would refuse does: the code of the error, or its category. */
function assessUnparsed(value: unknown): string {
  try {
    return assessHousehold(value as Household, { on: ON }).category;
  } catch (error) {
    if (error instanceof VnPovertyError) return error.code;
    throw error;
  }
}

describe('assessHousehold refuses misuse with a typed error', () => {
  it('a member born after the reference date, naming the household and the path', () => {
    const h = household({ members: [adult('a'), child('c', '2024-06-02')] });
    expect(errorCode(() => assessHousehold(h, { on: ON }))).toBe('birth-after-reference');
    expect(errorCode(() => assessHousehold(h, { on: '2024-06-02' }))).toBe('no error');
    try {
      assessHousehold(h, { on: ON });
    } catch (error) {
      const typed = error as VnPovertyError;
      expect(typed.householdId).toBe('test');
      expect(typed.issues).toEqual([
        expect.objectContaining({ path: 'members[1].birthDate', householdId: 'test' }),
      ]);
      expect(typed.message).toContain('"test"');
      expect(typed.message).toContain('members[1].birthDate');
    }
  });

  it('a date outside every standard, or not a date', () => {
    expect(errorCode(() => assessHousehold(household(), { on: '2031-01-01' }))).toBe(
      'date-out-of-range',
    );
    expect(errorCode(() => createAssessor({ on: '2024-13-01' }))).toBe('invalid-date');
  });

  it('options that are missing, not an object, or name the standard twice', () => {
    const call = (options: unknown) => () =>
      assessHousehold(household(), options as { on: string });
    expect(errorCode(call(undefined))).toBe('invalid-options');
    expect(errorCode(call(null))).toBe('invalid-options');
    expect(errorCode(call('2024-06-01'))).toBe('invalid-options');
    expect(errorCode(call({ on: ON, reviewyear: 2024 }))).toBe('invalid-options');
    expect(errorCode(call({ on: ON, standard: ND07_2021, reviewYear: 2024 }))).toBe(
      'invalid-options',
    );
    expect(errorCode(call({ on: ON, reviewYear: 2024.5 }))).toBe('invalid-options');
    expect(errorCode(call({ on: ON, standard: null }))).toBe('invalid-standard');
    expect(errorCode(call({ on: ON, standard: { ...ND07_2021 } }))).toBe('invalid-standard');
    expect(errorCode(call({ on: ON, standard: 'nd07-2021' }))).toBe('invalid-standard');
  });

  it('a reference date that is not a string, even one whose conversion throws', () => {
    const hostile = {
      toString() {
        throw new Error('boom');
      },
    };
    expect(errorCode(() => assessHousehold(household(), { on: hostile as never }))).toBe(
      'invalid-date',
    );
    expect(errorCode(() => assessHousehold(household(), { on: Symbol('x') as never }))).toBe(
      'invalid-date',
    );
    expect(errorCode(() => assessHousehold(household(), { on: 20240601 as never }))).toBe(
      'invalid-date',
    );
  });
});

describe('a household that did not come through parseHousehold', () => {
  it('gets no wrong classification and no untyped error, whatever it is', () => {
    const base = householdInput();
    expect(assessUnparsed({ ...base, income: { annualTotal: -5 } })).toBe('invalid-household');
    expect(assessUnparsed({ ...base, income: { annualTotal: 1.5 } })).toBe('invalid-household');
    expect(assessUnparsed({ ...base, income: { annualTotal: 1e20 } })).toBe('invalid-household');
    expect(assessUnparsed({ ...base, income: { annualTotal: Infinity } })).toBe(
      'invalid-household',
    );
    expect(assessUnparsed({ ...base, water: 'tap' })).toBe('invalid-household');
    expect(assessUnparsed({ ...base, income: { annualTotal: 1, monthlyPerCapita: 1 } })).toBe(
      'invalid-household',
    );
    expect(assessUnparsed({ ...base, area: 'suburban' })).toBe('invalid-household');
    expect(assessUnparsed({ ...base, members: [] })).toBe('invalid-household');
    expect(assessUnparsed({ ...base, members: [{ ...adult('a'), birthDate: 'soon' }] })).toBe(
      'invalid-household',
    );
    for (const value of [null, undefined, 42, 'household', [], new Date(), new Map()])
      expect(assessUnparsed(value)).toBe('invalid-household');
  });

  it('is assessed like its parsed twin when it is valid', () => {
    const input = householdInput({ water: 'surface-water' });
    expect(assessUnparsed(input)).toBe(
      assessHousehold(household({ water: 'surface-water' }), { on: ON }).category,
    );
  });

  it('names the household and every problem with its path', () => {
    try {
      assessHousehold({ ...householdInput(), water: 'tap', area: 'suburban' } as never, { on: ON });
      throw new Error('accepted');
    } catch (error) {
      const typed = error as VnPovertyError;
      expect(typed.code).toBe('invalid-household');
      expect(typed.householdId).toBe('test');
      expect(typed.message).toContain('"test"');
      expect(typed.issues.map((issue) => issue.path).sort()).toEqual(['area', 'water']);
    }
  });

  it('a parsed household changed afterwards cannot be: it is frozen', () => {
    const h = household();
    expect(Object.isFrozen(h)).toBe(true);
    expect(Object.isFrozen(h.members[0])).toBe(true);
    expect(Object.isFrozen(h.income)).toBe(true);
    expect(() => {
      (h.income as { annualTotal: number }).annualTotal = -5;
    }).toThrow(TypeError);
  });
});

describe('an assessment is plain data, the caller’s own', () => {
  it('survives JSON unchanged and carries the version and standard that made it', () => {
    const result = assessHousehold(household({ water: 'surface-water' }), { on: ON });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result).toMatchObject({
      libraryVersion: expect.stringMatching(/^\d+\.\d+\.\d+/),
      standardId: 'nd07-2021',
      householdId: 'test',
    });
  });

  it('shares nothing with another result: changing one changes no other', () => {
    const assess = createAssessor({ on: ON });
    const h = household({
      water: 'surface-water',
      members: [adult('a', { healthInsurance: false })],
    });
    const first = assess(h);
    const pristine = JSON.stringify(assess(h));
    const mutable = first as unknown as {
      reasons: { message: { vi: string } }[];
      indicators: {
        reason: { message: { en: string } };
        basis: { note?: string };
        missing: string[];
        members: string[];
        label: { vi: string };
        values: Record<string, unknown>;
      }[];
      income: { bands: string[]; comparisons: { basis: { grade: string } }[] };
      possibleCategories: string[];
      notes: unknown[];
    };
    (mutable.reasons[0] as { message: { vi: string } }).message.vi = 'changed';
    for (const indicator of mutable.indicators) {
      indicator.reason.message.en = 'changed';
      indicator.basis.note = 'changed';
      indicator.missing.push('changed');
      indicator.members.push('changed');
      indicator.label.vi = 'changed';
      indicator.values.changed = true;
    }
    mutable.income.bands.push('changed');
    (mutable.income.comparisons[0] as { basis: { grade: string } }).basis.grade = 'changed';
    mutable.possibleCategories.push('changed');
    mutable.notes.push('changed');
    expect(JSON.stringify(assess(h))).toBe(pristine);
    expect(JSON.stringify(assessHousehold(h, { on: ON }))).toBe(pristine);
    expect(ND07_2021.indicators[0]?.basis.note).not.toBe('changed');
  });

  it('shares no object with another result of the same household, nor with the standard', () => {
    const objects = (value: unknown, found = new Set<object>()): Set<object> => {
      if (typeof value !== 'object' || value === null || found.has(value)) return found;
      found.add(value);
      for (const child of Object.values(value)) objects(child, found);
      return found;
    };
    const h = household({
      members: [
        adult('a', { healthInsurance: false }),
        child('c', '2012-01-01', { schooling: { attending: false } }),
      ],
      water: 'surface-water',
      income: { proxyScore: 150 },
      declared: { informationAccess: true, rain: false },
    });
    const assess = createAssessor({ on: '2024-10-01' });
    const first = objects(assess(h));
    const second = objects(assess(h));
    const third = objects(assessHousehold(h, { on: '2024-10-01' }));
    const standard = objects(ND07_2021);
    for (const object of second) {
      expect(first.has(object)).toBe(false);
      expect(standard.has(object)).toBe(false);
    }
    for (const object of third) expect(first.has(object)).toBe(false);
  });

  it('does not change the household', () => {
    const h = household();
    const before = JSON.stringify(h);
    assessHousehold(h, { on: ON });
    expect(JSON.stringify(h)).toBe(before);
  });
});
