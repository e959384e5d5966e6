import { describe, expect, it } from 'vitest';
import { priorityFacts } from '../../src/cli/report/priority-groups';
import { assessHousehold, type Member } from '../../src/index';
import { adult, household } from '../fixtures';

const ON = '2024-06-01';

/** The report's keys for a household of these members, assessed on 2024-06-01. */
function factsOf(members: Member[]) {
  const parsed = household({ members });
  return priorityFacts({ household: parsed, assessment: assessHousehold(parsed, { on: ON }) });
}

describe('the report’s reading of the plan’s priority groups (until the targeting module)', () => {
  it('counts a woman from 16 on the reference date: below, at and above, and open dates', () => {
    const women = (...birthDates: string[]) =>
      factsOf([
        adult('h'),
        ...birthDates.map((birthDate, i) => adult(`w${i}`, { sex: 'female', birthDate })),
      ]);
    // 16 on 2024-06-01 means born on or before 2008-06-01.
    expect(women('2008-06-01')).toMatchObject({ women: 1, womenUnknown: 0 }); // 16 that day
    expect(women('2008-06-02')).toMatchObject({ women: 0, womenUnknown: 0 }); // 16 the next day
    expect(women('2008-05')).toMatchObject({ women: 1, womenUnknown: 0 }); // by 31 May at the latest
    expect(women('2008-06')).toMatchObject({ women: 0, womenUnknown: 1 }); // 1 June or later: open
    expect(women('2008-07')).toMatchObject({ women: 0, womenUnknown: 0 });
    expect(women('2008')).toMatchObject({ women: 0, womenUnknown: 1 });
    expect(women('2007', '1980-03-15')).toMatchObject({ women: 2, womenUnknown: 0 });
    expect(factsOf([adult('m', { birthDate: '1980' })]).women).toBe(0); // a man
  });

  it('tells an ethnic-minority household by its head, or by every member when none is named', () => {
    const ethnicity = (...members: Member[]) => factsOf(members).ethnicMinority;
    expect(ethnicity(adult('a', { relation: 'head', ethnicity: 'Tày' }), adult('b'))).toBe(true);
    expect(ethnicity(adult('a', { relation: 'head' }), adult('b', { ethnicity: 'Mông' }))).toBe(
      false,
    );
    expect(ethnicity(adult('a', { ethnicity: 'Tày' }), adult('b', { ethnicity: 'Mông' }))).toBe(
      true,
    );
    expect(ethnicity(adult('a'), adult('b'))).toBe(false);
    expect(ethnicity(adult('a', { ethnicity: 'Tày' }), adult('b'))).toBeNull();
  });

  it('finds a person of merit, and says unknown when a member’s fact is missing', () => {
    const merit = (...flags: (boolean | undefined)[]) =>
      factsOf(
        flags.map((meritorious, i) =>
          adult(`m${i}`, meritorious === undefined ? {} : { meritorious }),
        ),
      ).personOfMerit;
    expect(merit(false, true)).toBe(true);
    expect(merit(undefined, true)).toBe(true);
    expect(merit(false, false)).toBe(false);
    expect(merit(false, undefined)).toBeNull();
  });
});
