import { describe, expect, it } from 'vitest';
import {
  type AssessedHousehold,
  assessMany,
  compareReviews,
  ND07_2021,
  ND351_2025,
  TRANSITION_KINDS,
  type TransitionKind,
  VnPovertyError,
} from '../../src/index';
import { errorCode } from '../fixtures';
import { assessed, record, type Shape, stream } from './helpers';

const LINE = 1_500_000;
const POOR: Omit<Shape, 'id'> = { monthly: LINE, members: 2, deprived: 3 };
const NEAR: Omit<Shape, 'id'> = { monthly: LINE, members: 2, deprived: 1 };
const MIDDLE: Omit<Shape, 'id'> = { monthly: 2_000_000, members: 2, deprived: 0 };
const UNSURE: Omit<Shape, 'id'> = { monthly: LINE, members: 2, deprived: 2, unknown: true };

const EARLIER_POOR = { category: 'poor', policyYear: 2022 } as const;
const EARLIER_NEAR = { category: 'near-poor', policyYear: 2021, since: '2020-12-15' } as const;

/** Each household: its shape in the previous review and in the current one (undefined: absent). */
const HOUSEHOLDS: readonly [
  string,
  Omit<Shape, 'id'> | undefined,
  Omit<Shape, 'id'> | undefined,
  TransitionKind,
][] = [
  ['P1', POOR, POOR, 'stayed-poor'],
  ['P2', POOR, NEAR, 'poor-to-near-poor'],
  ['P3', POOR, MIDDLE, 'escaped-poverty'],
  ['N1', NEAR, POOR, 'near-poor-to-poor'],
  ['N2', NEAR, NEAR, 'stayed-near-poor'],
  ['N3', NEAR, MIDDLE, 'escaped-near-poverty'],
  ['X1', MIDDLE, POOR, 'newly-poor'],
  ['X2', MIDDLE, NEAR, 'newly-near-poor'],
  ['X3', MIDDLE, { ...POOR, previous: EARLIER_POOR }, 'fell-back-into-poverty'],
  ['X4', { ...MIDDLE, previous: EARLIER_NEAR }, NEAR, 'fell-back-into-near-poverty'],
  ['X5', MIDDLE, MIDDLE, 'stayed-neither'],
  ['U1', UNSURE, POOR, 'undetermined'],
  ['OUT', POOR, undefined, 'moved-out'],
  ['IN', undefined, NEAR, 'moved-in'],
];

const BEFORE_ON = '2023-10-01';
const AFTER_ON = '2024-10-01';

function review(which: 1 | 2, on: string): AssessedHousehold[] {
  const shapes = HOUSEHOLDS.flatMap(([id, before, after]) => {
    const shape = which === 1 ? before : after;
    return shape === undefined
      ? []
      : [{ ...shape, id, commune: id.startsWith('X') ? 'x' : 'other' }];
  });
  return assessed(shapes, ND07_2021, on);
}

const previous = review(1, BEFORE_ON);
const current = review(2, AFTER_ON);
const byId =
  (id: string) =>
  ({ assessment }: AssessedHousehold) =>
    assessment.householdId === id;

describe('compareReviews: every transition', () => {
  const comparison = compareReviews(previous, current, { by: 'commune', weight: () => 2 });

  it.each(HOUSEHOLDS.map(([id, , , kind]) => [id, kind]))('%s: %s', (id, kind) => {
    expect(comparison.transitions.find((t) => t.householdId === id)?.kind).toBe(kind);
  });

  it('lists the current review in order, then the households that moved out', () => {
    expect(comparison.transitions.map((t) => t.householdId)).toEqual([
      'P1',
      'P2',
      'P3',
      'N1',
      'N2',
      'N3',
      'X1',
      'X2',
      'X3',
      'X4',
      'X5',
      'U1',
      'IN',
      'OUT',
    ]);
  });

  it('gives an escape the date of the review that found it', () => {
    const escapes = comparison.transitions.filter((t) => t.escapedOn !== undefined);
    expect(escapes.map((t) => [t.householdId, t.escapedOn])).toEqual([
      ['P2', AFTER_ON],
      ['P3', AFTER_ON],
      ['N3', AFTER_ON],
    ]);
  });

  it('gives a fall back the earlier status that shows the escape, from either record', () => {
    const x3 = comparison.transitions.find((t) => t.householdId === 'X3');
    const x4 = comparison.transitions.find((t) => t.householdId === 'X4');
    expect(x3?.earlierStatus).toEqual(EARLIER_POOR);
    expect(x4?.earlierStatus).toEqual(EARLIER_NEAR);
  });

  it('keeps both statuses, categories and positions', () => {
    const p3 = comparison.transitions.find((t) => t.householdId === 'P3');
    expect(p3).toMatchObject({
      from: 'poor',
      to: 'neither',
      fromCategory: 'poor',
      toCategory: 'middle',
      previousIndex: 2,
      currentIndex: 2,
      people: 2,
      weight: 2,
      group: 'other',
    });
    const out = comparison.transitions.find((t) => t.householdId === 'OUT');
    expect(out).toMatchObject({
      to: null,
      toCategory: null,
      currentIndex: null,
      previousIndex: 12,
    });
    const moved = comparison.transitions.find((t) => t.householdId === 'IN');
    expect(moved).toMatchObject({ from: null, fromCategory: null, previousIndex: null });
  });

  it('counts every kind, each once: 1 household, 2 people, weight 2', () => {
    expect(Object.keys(comparison.counts)).toEqual([...TRANSITION_KINDS]);
    for (const kind of TRANSITION_KINDS) {
      expect(comparison.counts[kind]).toEqual({ households: 1, people: 2, weight: 2 });
    }
  });

  it('counts by group: the five X households in x', () => {
    const x = comparison.groups.find((group) => group.key === 'x');
    const counted = TRANSITION_KINDS.filter((kind) => (x?.counts[kind].households ?? 0) > 0);
    expect(counted).toEqual([
      'newly-poor',
      'newly-near-poor',
      'fell-back-into-poverty',
      'fell-back-into-near-poverty',
      'stayed-neither',
    ]);
    expect(comparison.groups.map((group) => group.key)).toEqual(['other', 'x']);
  });

  it('records the standards and has no weights without the option', () => {
    const plain = compareReviews(previous, current);
    expect(plain).toMatchObject({
      previousStandardId: 'nd07-2021',
      currentStandardId: 'nd07-2021',
      weighted: false,
    });
    expect(plain.counts['stayed-poor']).toEqual({ households: 1, people: 2 });
    expect(plain.transitions[0]?.weight).toBeUndefined();
    expect(plain.groups).toEqual([]);
  });

  it('gives streams the same comparison as arrays', async () => {
    const options = { by: 'commune' as const };
    const expected = compareReviews(previous, current, options);
    expect(await compareReviews(stream(previous), current, options)).toEqual(expected);
    expect(await compareReviews(previous, stream(current), options)).toEqual(expected);
  });
});

describe('compareReviews: across standards, rejected records, empty reviews', () => {
  it('compares a review under one standard with the next under another', () => {
    const later = assessed([{ ...POOR, id: 'P1' }], ND351_2025, '2027-10-01');
    const comparison = compareReviews(previous.filter(byId('P1')), later);
    expect(comparison).toMatchObject({
      previousStandardId: 'nd07-2021',
      currentStandardId: 'nd351-2025',
    });
    expect(comparison.transitions[0]?.kind).toBe('stayed-poor');
  });

  it('counts rejected records apart: they have no id to match', () => {
    const items = [...assessMany([record({ ...POOR, id: 'P1' }), { id: 'P9' }], { on: AFTER_ON })];
    const comparison = compareReviews(previous.filter(byId('P1')), items);
    expect(comparison.rejected).toEqual({ previous: 0, current: 1 });
    expect(comparison.transitions).toHaveLength(1);
  });

  it('answers two empty reviews with no transitions and zero counts', () => {
    const comparison = compareReviews([], []);
    expect(comparison.transitions).toEqual([]);
    expect(comparison.counts['stayed-poor']).toEqual({ households: 0, people: 0 });
  });

  it('everyone moved in', () => {
    const comparison = compareReviews([], current);
    expect(comparison.counts['moved-in'].households).toBe(current.length);
  });
});

describe('compareReviews: refused', () => {
  it('two households with one id, in either review, with every position', () => {
    const twice = [...current, ...current.filter(byId('P1')), ...current.filter(byId('N1'))];
    try {
      compareReviews(previous, twice);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(VnPovertyError);
      expect((error as VnPovertyError).code).toBe('duplicate-household-id');
      expect(
        (error as VnPovertyError).issues.map((issue) => [issue.householdId, issue.path]),
      ).toEqual([
        ['P1', 'current[13]'],
        ['N1', 'current[14]'],
      ]);
    }
    expect(errorCode(() => compareReviews([...previous, ...previous], current))).toBe(
      'duplicate-household-id',
    );
  });

  it('a household without id', () => {
    const anonymous = assessed([{ ...POOR, id: undefined as never }]).map((item) => ({
      ...item,
      assessment: { ...item.assessment, householdId: undefined },
    }));
    expect(errorCode(() => compareReviews(anonymous as never, current))).toBe(
      'missing-household-id',
    );
  });

  it('two standards within one review, bad options and weights, and no iterable', () => {
    const mixed = [...current, ...assessed([{ ...POOR, id: 'Z' }], ND351_2025, '2027-10-01')];
    expect(errorCode(() => compareReviews(previous, mixed))).toBe('mixed-standards');
    expect(errorCode(() => compareReviews(previous, current, { weight: () => Number.NaN }))).toBe(
      'invalid-survey-weight',
    );
    expect(errorCode(() => compareReviews(previous, current, { group: 'commune' } as never))).toBe(
      'invalid-options',
    );
    expect(errorCode(() => compareReviews(previous, 'current' as never))).toBe('not-iterable');
  });
});
