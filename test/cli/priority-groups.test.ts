import { describe, expect, it } from 'vitest';
import { priorityFacts } from '../../src/cli/report/priority-groups';
import {
  assessHousehold,
  type HouseholdInput,
  type Member,
  PROGRAMME_2021_2025,
} from '../../src/index';
import { adult, household } from '../fixtures';

const ON = '2024-06-01';

/** The report's keys for a household, assessed on 2024-06-01 under the programme's rules. */
function factsOf(members: Member[], overrides: Partial<HouseholdInput<string>> = {}) {
  const parsed = household({ members, ...overrides });
  const item = { household: parsed, assessment: assessHousehold(parsed, { on: ON }) };
  return priorityFacts(item, PROGRAMME_2021_2025);
}

describe('the report’s keys for the plan’s priority groups (from assessPriorityGroups)', () => {
  it('tells an ethnic-minority household by its head (the rules’ reading), unknown without one', () => {
    const ethnicity = (...members: Member[]) => factsOf(members).ethnicMinority;
    expect(ethnicity(adult('a', { relation: 'head', ethnicity: 'Tày' }), adult('b'))).toBe(true);
    expect(ethnicity(adult('a', { relation: 'head' }), adult('b', { ethnicity: 'Mông' }))).toBe(
      false,
    );
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
    expect(merit(false, false)).toBe(false);
    expect(merit(false, undefined)).toBeNull();
  });

  it('counts the women: female members of 16 or more, not girls nor men', () => {
    const facts = factsOf([
      adult('w', { sex: 'female' }), // born 1980
      adult('g', { sex: 'female', birthDate: '2015-01-01' }), // 9
      adult('m'),
    ]);
    expect([facts.women, facts.womenUnknown]).toEqual([1, 0]);
  });

  it('leaves every key unknown when the rules refuse the household, which stays in the rest', () => {
    // Its poor status ended after the assessment's date: assessPriorityGroups refuses it.
    const previous = {
      category: 'poor',
      policyYear: 2023,
      since: '2023-01-01',
      leftOn: '2024-09-01',
    } as const;
    expect(factsOf([adult('a', { relation: 'head', ethnicity: 'Tày' })], { previous })).toEqual({
      ethnicMinority: null,
      personOfMerit: null,
      women: 0,
      womenUnknown: 0,
    });
  });
});
