import { describe, expect, it } from 'vitest';
import {
  assessHousehold,
  assessPriorityGroups,
  PROGRAMME_2021_2025,
  type PriorityGroups,
  type TargetingRules,
  VnPovertyError,
} from '../../src/index';
import { errorCode } from '../fixtures';
import { ABOVE_LINES, assessed, members, nearPoor, poor } from './helpers';

function groups(input: Record<string, unknown>, rules?: TargetingRules): PriorityGroups {
  const { household, assessment } = assessed(input);
  return assessPriorityGroups(household, assessment, rules === undefined ? {} : { rules });
}

const householdGroup = (result: PriorityGroups, group: string) =>
  result.household.find((g) => g.group === group);
const memberGroup = (result: PriorityGroups, memberId: string, group: string) =>
  result.members.find((m) => m.memberId === memberId)?.groups.find((g) => g.group === group);

describe('poor ethnic-minority household (by the head, by default)', () => {
  const tay = (relation?: string) => ({ ethnicity: 'Tày', ...(relation ? { relation } : {}) });

  it('in: poor, and the head is Tày', () => {
    const result = groups(poor({ members: members({ 0: tay('head') }) }));
    expect(householdGroup(result, 'poor-ethnic-minority-household')?.status).toBe('in');
    expect(result.inGroups).toContain('poor-ethnic-minority-household');
  });

  it('not in: poor, the head Kinh, even with a Tày spouse', () => {
    const result = groups(
      poor({ members: members({ 0: { relation: 'head' }, 1: tay('spouse') }) }),
    );
    expect(householdGroup(result, 'poor-ethnic-minority-household')?.status).toBe('not-in');
  });

  it('not in: a Tày head, but the household is near-poor', () => {
    const result = groups(nearPoor({ members: members({ 0: tay('head') }) }));
    const group = householdGroup(result, 'poor-ethnic-minority-household');
    expect(group?.status).toBe('not-in');
    expect(group?.conditions.map((c) => [c.code, c.status])).toEqual([
      ['household-poor', 'not-met'],
      ['ethnic-minority-household', 'met'],
    ]);
  });

  it('undetermined: no head recorded, members of both groups; the relations would decide', () => {
    const result = groups(poor({ members: members({ 0: { ethnicity: 'Tày' } }) }));
    const group = householdGroup(result, 'poor-ethnic-minority-household');
    expect(group?.status).toBe('undetermined');
    expect(group?.missing).toEqual([
      'members[0].relation',
      'members[1].relation',
      'members[2].relation',
      'members[3].relation',
    ]);
  });

  it('decided without the head when every member is of one group', () => {
    const all = members({ 0: tay(), 1: tay(), 2: tay(), 3: tay() });
    expect(
      householdGroup(groups(poor({ members: all })), 'poor-ethnic-minority-household')?.status,
    ).toBe('in');
    expect(householdGroup(groups(poor()), 'poor-ethnic-minority-household')?.status).toBe('not-in');
  });

  it('undetermined when the poverty status is, with the assessment’s deciding facts', () => {
    // Income at the line, 2 deprivations and health insurance unknown for one member: poor with
    // it, near-poor without.
    const input = poor({
      latrine: 'septic',
      members: members({ 0: { ...tay('head'), healthInsurance: undefined } }),
    });
    const { household, assessment } = assessed(input);
    expect(assessment.poverty).toBe('undetermined');
    const group = householdGroup(
      assessPriorityGroups(household, assessment),
      'poor-ethnic-minority-household',
    );
    expect(group?.status).toBe('undetermined');
    expect(group?.missing).toEqual(['members[0].healthInsurance']);
  });

  it('the rule is a parameter: head or spouse, any member, or a share of members', () => {
    const input = poor({ members: members({ 0: { relation: 'head' }, 1: tay('spouse') }) });
    const by = (value: TargetingRules['ethnicMinorityHousehold']['value']) =>
      householdGroup(
        groups(input, {
          ...PROGRAMME_2021_2025,
          ethnicMinorityHousehold: { ...PROGRAMME_2021_2025.ethnicMinorityHousehold, value },
        }),
        'poor-ethnic-minority-household',
      )?.status;
    expect(by({ by: 'head' })).toBe('not-in');
    expect(by({ by: 'head-or-spouse' })).toBe('in');
    expect(by({ by: 'any-member' })).toBe('in');
    // 1 of 4 members: a quarter. At least 1/4: in; at least 1/2 or more than a quarter: not.
    expect(by({ by: 'share', atLeast: { numerator: 1, denominator: 4 } })).toBe('in');
    expect(by({ by: 'share', atLeast: { numerator: 1, denominator: 2 } })).toBe('not-in');
    expect(by({ by: 'share', atLeast: { numerator: 26, denominator: 100 } })).toBe('not-in');
  });

  it('head or spouse: undetermined while an unrecorded member could be the spouse', () => {
    const rules: TargetingRules = {
      ...PROGRAMME_2021_2025,
      ethnicMinorityHousehold: {
        ...PROGRAMME_2021_2025.ethnicMinorityHousehold,
        value: { by: 'head-or-spouse' },
      },
    };
    const input = poor({ members: members({ 0: { relation: 'head' }, 1: { ethnicity: 'Tày' } }) });
    const group = householdGroup(groups(input, rules), 'poor-ethnic-minority-household');
    expect(group?.status).toBe('undetermined');
    expect(group?.missing).toEqual(['members[1].relation']);
  });
});

describe('poor household with a person of merit', () => {
  it('in, not in, and undetermined with the member’s fact missing', () => {
    const others = { meritorious: false };
    const merit = (value?: boolean) =>
      householdGroup(
        groups(
          poor({
            members: members({ 0: others, 1: others, 2: { meritorious: value }, 3: others }),
          }),
        ),
        'poor-household-with-person-of-merit',
      );
    expect(merit(true)?.status).toBe('in');
    expect(merit(false)?.status).toBe('not-in');
    expect(merit(undefined)?.status).toBe('undetermined');
    expect(merit(undefined)?.missing).toEqual(['members[2].meritorious']);
  });

  it('a person of merit in a near-poor household is not in the group', () => {
    const result = groups(nearPoor({ members: members({ 2: { meritorious: true } }) }));
    expect(householdGroup(result, 'poor-household-with-person-of-merit')?.status).toBe('not-in');
  });
});

describe('woman in a poor household (from 16)', () => {
  it('each woman of 16 or more; not a girl of 15, not a man', () => {
    // On 2024-06-01: born 2008-06-01 is 16; born 2008-06-02 is 15.
    const result = groups(
      poor({
        members: members({
          2: { sex: 'female', birthDate: '2008-06-01' },
          3: { birthDate: '2008-06-02' },
        }),
      }),
    );
    expect(memberGroup(result, 'm1', 'woman-in-poor-household')?.status).toBe('not-in'); // male
    expect(memberGroup(result, 'm2', 'woman-in-poor-household')?.status).toBe('in');
    expect(memberGroup(result, 'm3', 'woman-in-poor-household')?.status).toBe('in');
    expect(memberGroup(result, 'm4', 'woman-in-poor-household')?.status).toBe('not-in'); // 15
  });

  it('not in a near-poor household', () => {
    const result = groups(nearPoor());
    expect(memberGroup(result, 'm2', 'woman-in-poor-household')?.status).toBe('not-in');
    expect(result.inGroups).toEqual([]);
  });
});

describe('person with a disability in a poor or near-poor household', () => {
  it('every level counts; none does not; missing is undetermined', () => {
    const result = groups(
      nearPoor({
        members: members({
          0: { disability: 'mild' },
          1: { disability: 'especially-severe' },
          3: { disability: undefined },
        }),
      }),
    );
    const group = 'person-with-disability-in-poor-or-near-poor-household';
    expect(memberGroup(result, 'm1', group)?.status).toBe('in');
    expect(memberGroup(result, 'm2', group)?.status).toBe('in');
    expect(memberGroup(result, 'm3', group)?.status).toBe('not-in');
    expect(memberGroup(result, 'm4', group)?.missing).toEqual(['members[3].disability']);
    expect(result.inGroups).toEqual([group]);
  });

  it('not in a household above the lines', () => {
    const result = groups(
      nearPoor({ income: ABOVE_LINES, members: members({ 0: { disability: 'severe' } }) }),
    );
    expect(result.inGroups).toEqual([]);
  });
});

describe('household newly escaped from poverty (36 months from previous.leftOn)', () => {
  const escaped = (previous: Record<string, unknown> | undefined, income = ABOVE_LINES) =>
    householdGroup(
      groups(nearPoor({ income, ...(previous ? { previous } : {}) })),
      'newly-escaped-household',
    );

  it('in from the escape day through the day before the third anniversary', () => {
    // Assessed on 2024-06-01: left on 2021-06-02 → 35 full months → in; 2021-06-01 → 36 → not.
    expect(escaped({ category: 'poor', policyYear: 2021, leftOn: '2021-06-02' })?.status).toBe(
      'in',
    );
    expect(escaped({ category: 'poor', policyYear: 2021, leftOn: '2021-06-01' })?.status).toBe(
      'not-in',
    );
    expect(escaped({ category: 'near-poor', policyYear: 2023, leftOn: '2024-06-01' })?.status).toBe(
      'in',
    );
  });

  it('not in while still poor or near-poor, or when it was never poor', () => {
    expect(
      escaped(
        { category: 'poor', policyYear: 2023, leftOn: '2023-12-01' },
        { annualTotal: 72_000_000 },
      )?.status,
    ).toBe('not-in');
    expect(escaped({ category: 'middle', policyYear: 2020, since: '2019-01-01' })?.status).toBe(
      'not-in',
    );
  });

  it('undetermined without the earlier status, or without the day it ended when that matters', () => {
    expect(escaped(undefined)?.missing).toEqual(['previous']);
    // Poor in policy year 2021 (from 2021-01-01 at the latest): escaped between 2021-01-02 and
    // 2024-06-01; on 2024-06-01 that may be more than 36 months ago.
    const open = escaped({ category: 'poor', policyYear: 2021 });
    expect(open?.status).toBe('undetermined');
    expect(open?.missing).toEqual(['previous.leftOn']);
    // Poor in policy year 2023: any escape since is within 36 months.
    expect(escaped({ category: 'poor', policyYear: 2023 })?.status).toBe('in');
  });
});

describe('misuse is a typed error, never a wrong answer', () => {
  it('an assessment of another household', () => {
    const a = assessed(poor());
    const b = assessed(poor({ id: 'other' }));
    expect(errorCode(() => assessPriorityGroups(a.household, b.assessment))).toBe(
      'assessment-mismatch',
    );
    const three = assessed(poor({ members: members({}, 3) }));
    expect(errorCode(() => assessPriorityGroups(a.household, three.assessment))).toBe(
      'assessment-mismatch',
    );
  });

  it('something that is not an assessment or not a household', () => {
    const a = assessed(poor());
    expect(errorCode(() => assessPriorityGroups(a.household, {} as never))).toBe(
      'assessment-mismatch',
    );
    expect(errorCode(() => assessPriorityGroups(null as never, a.assessment))).toBe(
      'invalid-household',
    );
  });

  it('rules of the wrong shape, with every problem', () => {
    const a = assessed(poor());
    const bad = {
      ...PROGRAMME_2021_2025,
      womanMinimumAge: { value: -1, basis: PROGRAMME_2021_2025.womanMinimumAge.basis },
      ethnicMinorityHousehold: { value: { by: 'surname' }, basis: PROGRAMME_2021_2025.basis },
      extra: true,
    } as unknown as TargetingRules;
    try {
      assessPriorityGroups(a.household, a.assessment, { rules: bad });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(VnPovertyError);
      expect((error as VnPovertyError).code).toBe('invalid-options');
      expect((error as VnPovertyError).issues.map((i) => i.path).sort()).toEqual([
        'rules.ethnicMinorityHousehold.value.by',
        'rules.extra',
        'rules.womanMinimumAge.value',
      ]);
    }
  });

  it('null options are no options; null rules are rules of the wrong shape', () => {
    const a = assessed(poor());
    expect(assessPriorityGroups(a.household, a.assessment, null as never).inGroups).toEqual([
      'woman-in-poor-household',
    ]);
    expect(
      errorCode(() => assessPriorityGroups(a.household, a.assessment, { rules: null as never })),
    ).toBe('invalid-options');
  });

  it('prototype-named ids are plain ids', () => {
    const input = poor({
      id: '__proto__',
      members: members({ 0: { id: 'constructor', meritorious: true }, 1: { id: 'toString' } }),
    });
    const result = groups(input);
    expect(result.householdId).toBe('__proto__');
    expect(result.members.map((m) => m.memberId)).toEqual(['constructor', 'toString', 'm3', 'm4']);
    expect(householdGroup(result, 'poor-household-with-person-of-merit')?.status).toBe('in');
  });

  it('results are plain data that survive JSON, and the inputs are unchanged', () => {
    const { household, assessment } = assessed(poor());
    const before = JSON.stringify([household, assessment]);
    const result = assessPriorityGroups(household, assessment);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(JSON.stringify([household, assessment])).toBe(before);
  });

  it('the answer is the one of the assessment’s date', () => {
    const { household } = assessed(poor());
    const later = assessHousehold(household, { on: '2025-06-01' });
    expect(assessPriorityGroups(household, later).on).toBe('2025-06-01');
  });
});
