import { describe, expect, it } from 'vitest';
import {
  type AssessedHousehold,
  assessCommunityProject,
  type CommunityProject,
  VnPovertyError,
} from '../../src/index';
import { ABOVE_LINES, assessed, members, nearPoor, poor } from './helpers';

const decided = { meritorious: false, relation: 'other' };
const everyone = (changes: Record<string, unknown> = {}) =>
  members({ 0: { ...decided, relation: 'head', ...changes }, 1: decided, 2: decided, 3: decided });

/** A beneficiary: a poor household. */
const beneficiary = (id: string) => assessed(poor({ id, members: everyone() }));
/** Not a beneficiary, nor a priority participant: above the lines, not poor since 2018, Kinh. */
const other = (id: string, head: Record<string, unknown> = {}) =>
  assessed(
    nearPoor({
      id,
      income: ABOVE_LINES,
      members: everyone(head),
      previous: { category: 'middle', policyYear: 2019, since: '2018-01-01' },
    }),
  );
/** Above the lines with no earlier status: whether it is newly escaped is unknown. */
const open = (id: string) => assessed(nearPoor({ id, income: ABOVE_LINES, members: everyone() }));

const project = (participants: AssessedHousehold[]): CommunityProject => ({
  proposer: 'commune-certified-household-group',
  hasExperiencedMember: true,
  participants,
});

const list = (beneficiaries: number, others: number) => [
  ...Array.from({ length: beneficiaries }, (_, i) => beneficiary(`B${i}`)),
  ...Array.from({ length: others }, (_, i) => other(`O${i}`)),
];

describe('at least half of the participating households are beneficiaries (count × 2 ≥ total)', () => {
  it('2 of 4 yes; 1 of 4 no; 2 of 3 yes; 1 of 3 no', () => {
    expect(assessCommunityProject(project(list(2, 2))).status).toBe('eligible');
    expect(assessCommunityProject(project(list(1, 3))).status).toBe('not-eligible');
    expect(assessCommunityProject(project(list(2, 1))).status).toBe('eligible');
    const oneOfThree = assessCommunityProject(project(list(1, 2)));
    expect(oneOfThree.status).toBe('not-eligible');
    expect(oneOfThree.beneficiaries).toEqual({
      count: 1,
      undetermined: 0,
      total: 3,
      threshold: { numerator: 1, denominator: 2 },
      comparison: 'at-least',
    });
  });

  it('undetermined participants counted both ways: decided only when both counts agree', () => {
    const undecided = assessCommunityProject(project([...list(1, 2), open('U1')]));
    // 1 of 4 for certain, 2 of 4 at most: undetermined.
    expect(undecided.status).toBe('undetermined');
    expect(undecided.missing).toEqual(['participants[3].previous']);
    // 2 of 4 for certain: met whatever the open one is.
    expect(assessCommunityProject(project([...list(2, 1), open('U1')])).status).toBe('eligible');
    // 0 of 3 certain, 1 open: 1 × 2 < 3 even at most.
    expect(assessCommunityProject(project([...list(0, 2), open('U1')])).status).toBe(
      'not-eligible',
    );
  });
});

describe('a priority project: more than 70% of participants in priority groups (count × 10 > 7 × total)', () => {
  it('7 of 10 is not more than 70%; 8 of 10 is', () => {
    expect(assessCommunityProject(project(list(7, 3))).priority).toBe('not-priority');
    expect(assessCommunityProject(project(list(8, 2))).priority).toBe('priority');
  });

  it('ethnic-minority households and people of merit count, whatever their income', () => {
    const participants = [
      ...list(6, 2),
      other('T1', { ethnicity: 'Tày' }),
      other('M1', { meritorious: true }),
    ];
    const result = assessCommunityProject(project(participants));
    expect(result.priorityParticipants.count).toBe(8);
    expect(result.priority).toBe('priority');
    expect(result.beneficiaries.count).toBe(6);
    expect(result.participants.find((p) => p.householdId === 'T1')).toMatchObject({
      beneficiary: 'not-in',
      priority: 'in',
    });
  });
});

describe('the proposer and an experienced member', () => {
  it('each way, and unknown when left out', () => {
    const participants = list(2, 2);
    const answer = (changes: Partial<CommunityProject>) => {
      const result = assessCommunityProject({ ...project(participants), ...changes });
      return [result.status, result.missing];
    };
    expect(answer({ proposer: 'cooperative-group' })).toEqual(['eligible', []]);
    expect(answer({ proposer: 'represented-household-group' })).toEqual(['eligible', []]);
    expect(answer({ proposer: 'other' })).toEqual(['not-eligible', []]);
    expect(answer({ hasExperiencedMember: false })).toEqual(['not-eligible', []]);
    const { proposer: _, hasExperiencedMember: __, ...bare } = project(participants);
    const result = assessCommunityProject(bare);
    expect([result.status, result.missing]).toEqual([
      'undetermined',
      ['proposer', 'hasExperiencedMember'],
    ]);
  });
});

describe('bad input is a typed error with every problem', () => {
  const problems = (input: unknown) => {
    try {
      assessCommunityProject(input as CommunityProject);
    } catch (error) {
      if (error instanceof VnPovertyError) {
        return [error.code, ...error.issues.map((i) => `${i.path} ${i.code}`)];
      }
      throw error;
    }
    return [];
  };

  it('no participants, a repeated or missing id', () => {
    expect(problems(project([]))).toEqual(['invalid-targeting-input', 'participants invalid-list']);
    const a = beneficiary('A');
    const noId = assessed(poor({ id: undefined }));
    expect(problems(project([a, a, noId]))).toEqual([
      'invalid-targeting-input',
      'participants[1].household.id duplicate-household-id',
      'participants[2].household.id household-id-required',
    ]);
  });

  it('an unknown proposer, a non-boolean flag, not an object', () => {
    expect(
      problems({ ...project(list(1, 1)), proposer: 'bank', hasExperiencedMember: 'yes' }),
    ).toEqual([
      'invalid-targeting-input',
      'proposer invalid-value',
      'hasExperiencedMember invalid-type',
    ]);
    expect(problems(null)).toEqual(['invalid-targeting-input', 'project invalid-type']);
  });
});
