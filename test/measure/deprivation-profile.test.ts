import { describe, expect, it } from 'vitest';
import {
  type AssessedHousehold,
  assessMany,
  deprivationProfile,
  parseDeprivationMatrix,
  QD59_2015,
} from '../../src/index';
import { errorCode } from '../fixtures';
import { assessed, ON, record, SIX, SIX_WEIGHTS, stream } from './helpers';

const six = assessed(SIX);
const weight = ({ assessment }: AssessedHousehold) =>
  SIX_WEIGHTS[assessment.householdId ?? ''] ?? 0;

describe('deprivationProfile: the six hand-computed households', () => {
  // Declared deprived, in the standard's order: A employment, dependants, nutrition; B and C
  // employment, dependants (C's health insurance unknown); F employment (health insurance unknown).
  const profile = deprivationProfile(six, { weight });
  const byId = (id: string) => profile.indicators.find((indicator) => indicator.id === id);

  it('counts the populations: all 6, poor 1 (A), near-poor 2 (B, F); C is undetermined, in all only', () => {
    expect(profile.households).toEqual({ all: 6, poor: 1, nearPoor: 2 });
    expect(profile).toMatchObject({
      standardId: 'nd07-2021',
      records: 6,
      assessed: 6,
      rejected: 0,
      weighted: true,
    });
  });

  it('employment: deprived in A, B, C, F', () => {
    const employment = byId('employment');
    expect(employment?.service).toBe('employment');
    expect(employment?.all.households).toEqual({ deprived: 4, notDeprived: 2, unknown: 0 });
    expect(employment?.nearPoor.households).toEqual({ deprived: 2, notDeprived: 0, unknown: 0 });
    // Weighted: A 10 + B 20 + C 30 + F 60 = 120 of 210.
    expect(employment?.all.weights).toEqual({ deprived: 120, notDeprived: 90, unknown: 0 });
    expect(employment?.all.shares).toEqual({
      deprived: 120 / 210,
      notDeprived: 90 / 210,
      unknown: 0,
    });
  });

  it('health insurance: unknown for C and F, shown as unknown, never as not deprived', () => {
    const insurance = byId('healthInsurance');
    expect(insurance?.all.households).toEqual({ deprived: 0, notDeprived: 4, unknown: 2 });
    expect(insurance?.poor.households).toEqual({ deprived: 0, notDeprived: 1, unknown: 0 });
    // Near-poor B (weight 20) known, F (weight 60) unknown.
    expect(insurance?.nearPoor.shares).toEqual({
      deprived: 0,
      notDeprived: 20 / 80,
      unknown: 60 / 80,
    });
  });

  it('dependants among the poor and near-poor', () => {
    const dependants = byId('dependants');
    expect(dependants?.poor.households).toEqual({ deprived: 1, notDeprived: 0, unknown: 0 });
    expect(dependants?.nearPoor.households).toEqual({ deprived: 1, notDeprived: 1, unknown: 0 });
  });

  it('gives unweighted shares without weights, and no weight sums', () => {
    const plain = deprivationProfile(six);
    const nutrition = plain.indicators.find((indicator) => indicator.id === 'nutrition');
    expect(nutrition?.all.shares).toEqual({ deprived: 1 / 6, notDeprived: 5 / 6, unknown: 0 });
    expect(nutrition?.all.weights).toBeUndefined();
  });

  it('gives a stream the same profile as the array', async () => {
    expect(await deprivationProfile(stream(six), { weight })).toEqual(profile);
  });
});

describe('deprivationProfile: empty, rejected and hostile input', () => {
  it('answers an empty population with no indicators', () => {
    expect(deprivationProfile([])).toMatchObject({
      standardId: null,
      indicators: [],
      households: { all: 0 },
    });
  });

  it('gives no shares for an empty sub-population (no poor household)', () => {
    const profile = deprivationProfile(assessed([{ monthly: 3_000_000, members: 2, deprived: 0 }]));
    expect(profile.indicators[0]?.poor.shares).toBeNull();
  });

  it('counts rejected records apart', () => {
    const items = [...assessMany([record(SIX[0] as never), {}], { on: ON })];
    expect(deprivationProfile(items)).toMatchObject({ records: 2, assessed: 1, rejected: 1 });
  });

  it('refuses two standards, bad weights and misspelt options', () => {
    const old = assessed([{ monthly: 500_000, members: 2, deprived: 0 }], QD59_2015, '2019-06-01');
    expect(errorCode(() => deprivationProfile([...six, ...old]))).toBe('mixed-standards');
    expect(errorCode(() => deprivationProfile(six, { weight: () => -1 }))).toBe(
      'invalid-survey-weight',
    );
    expect(errorCode(() => deprivationProfile(six, { by: 'commune' } as never))).toBe(
      'invalid-options',
    );
  });
});

describe('parseDeprivationMatrix', () => {
  it('reads true, false, null, 1 and 0, with services, weights and groups', () => {
    const parsed = parseDeprivationMatrix({
      indicatorIds: ['water', 'school'],
      services: ['living', 'education'],
      rows: [
        [true, null],
        [0, 1],
      ],
      weights: [1.5, 2],
      groups: ['north', null],
    });
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(Array.from(parsed.data.statuses)).toEqual([1, 2, 0, 1]);
    expect(parsed.data).toMatchObject({
      households: 2,
      services: ['living', 'education'],
      groups: ['north', null],
    });
    expect(Array.from(parsed.data.weights ?? [])).toEqual([1.5, 2]);
  });

  it('reads an empty table of rows', () => {
    const parsed = parseDeprivationMatrix({ indicatorIds: ['a'], rows: [] });
    expect(parsed.success && parsed.data.households).toBe(0);
  });

  it('reports every problem with its path', () => {
    const parsed = parseDeprivationMatrix({
      indicatorIds: ['a', 'a', ''],
      rows: [[true, 'yes', false], [true]],
      weights: [1, -1],
      groups: [{}, 'x'],
      services: ['s', 's', 's'],
      weight: [1, 1],
    });
    expect(
      parsed.success ? [] : parsed.issues.map((issue) => `${issue.path} ${issue.code}`),
    ).toEqual([
      'weight unknown-key',
      'indicatorIds[1] duplicate-indicator',
      'indicatorIds[2] invalid-indicator',
      'rows[0][1] invalid-status',
      'rows[1] wrong-length',
      'weights[1] invalid-value',
      'groups[0] invalid-value',
    ]);
  });

  it.each([
    ['null', null],
    ['an array', [[true]]],
    ['no rows', { indicatorIds: ['a'] }],
    ['no indicators', { indicatorIds: [], rows: [] }],
    ['weights of the wrong length', { indicatorIds: ['a'], rows: [[true]], weights: [1, 2] }],
  ])('refuses %s', (_, input) => {
    expect(parseDeprivationMatrix(input).success).toBe(false);
  });

  it('reports at most 100 problems for a table full of them', () => {
    const rows = Array.from({ length: 10_000 }, () => ['x']);
    const parsed = parseDeprivationMatrix({ indicatorIds: ['a'], rows });
    expect(parsed.success ? 0 : parsed.issues.length).toBe(100);
  });
});
