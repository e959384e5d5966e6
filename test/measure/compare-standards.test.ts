import { describe, expect, it } from 'vitest';
import {
  type AssessedHousehold,
  compareStandards,
  defineStandard,
  type Household,
  ND07_2021,
  ND351_2025,
} from '../../src/index';
import { declaring, errorCode } from '../fixtures';
import { parsed, record, type Shape, stream } from './helpers';

/** A what-if of 2022–2026: lines of 2,000,000 (rural), and no information-access indicator. */
const WHAT_IF = defineStandard(ND07_2021, {
  id: 'what-if-2m',
  title: { vi: 'Chuẩn thử', en: 'What-if' },
  lines: {
    rural: {
      poverty: { amount: 2_000_000, per: 'month' },
      nearPoverty: { amount: 2_000_000, per: 'month' },
      middleUpper: { amount: 3_000_000, per: 'month' },
    },
  },
  indicators: { remove: ['informationAccess'] },
});

function household(shape: Shape & { declare?: readonly string[] }, commune: string): Household {
  const raw = record({ ...shape, commune });
  return parsed(
    shape.declare === undefined
      ? raw
      : {
          ...raw,
          declared: {
            ...(raw.declared as Record<string, boolean>),
            ...Object.fromEntries(shape.declare.map((id) => [id, true])),
            nutrition: shape.declare.includes('nutrition'),
          },
        },
  );
}

/**
 * | id | income | deprived | nd07-2021 | what-if | why |
 * | H1 | 1,800,000 | employment, dependants, nutrition | middle | poor | the lines |
 * | H2 | 1,500,000 | employment, dependants, informationAccess | poor | near-poor | the indicator removed |
 * | H3 | 2,500,000 | – | not poor | middle | the middle band |
 * | H4 | 3,500,000 | – | not poor | not poor | – |
 * | H5 | 1,000,000 | – | near-poor | near-poor | – |
 */
const HOUSEHOLDS = [
  household({ id: 'H1', monthly: 1_800_000, members: 2, deprived: 3 }, 'a'),
  household(
    { id: 'H2', monthly: 1_500_000, members: 2, deprived: 2, declare: ['informationAccess'] },
    'a',
  ),
  household({ id: 'H3', monthly: 2_500_000, members: 3, deprived: 0 }, 'b'),
  household({ id: 'H4', monthly: 3_500_000, members: 1, deprived: 0 }, 'b'),
  household({ id: 'H5', monthly: 1_000_000, members: 4, deprived: 0 }, 'b'),
];

const OPTIONS = {
  on: '2024-06-01',
  from: ND07_2021,
  to: WHAT_IF,
  alkireFoster: { k: '1/4', unknown: 'not-deprived' },
  by: 'commune',
} as const;

describe('compareStandards: a what-if of higher lines and one indicator fewer', () => {
  const comparison = compareStandards(HOUSEHOLDS, OPTIONS);

  it('gives the table of moves, in category order', () => {
    expect(comparison.moves).toEqual([
      { from: 'poor', to: 'near-poor', households: 1, people: 2 },
      { from: 'near-poor', to: 'near-poor', households: 1, people: 4 },
      { from: 'middle', to: 'poor', households: 1, people: 2 },
      { from: 'not-poor', to: 'middle', households: 1, people: 3 },
      { from: 'not-poor', to: 'not-poor', households: 1, people: 1 },
    ]);
    expect(comparison).toMatchObject({
      fromStandardId: 'nd07-2021',
      toStandardId: 'what-if-2m',
      households: 5,
      weighted: false,
    });
  });

  it('names the households that change and what moved each', () => {
    expect(comparison.changed.map((c) => [c.householdId, c.from, c.to])).toEqual([
      ['H1', 'middle', 'poor'],
      ['H2', 'poor', 'near-poor'],
      ['H3', 'not-poor', 'middle'],
    ]);
    const [h1, h2, h3] = comparison.changed;
    const rural = [
      {
        line: 'poverty',
        from: { amount: 1_500_000, per: 'month' },
        to: { amount: 2_000_000, per: 'month' },
      },
      {
        line: 'near-poverty',
        from: { amount: 1_500_000, per: 'month' },
        to: { amount: 2_000_000, per: 'month' },
      },
      {
        line: 'middle-upper',
        from: { amount: 2_250_000, per: 'month' },
        to: { amount: 3_000_000, per: 'month' },
      },
    ];
    expect(h1?.causes).toEqual([
      { kind: 'indicator', id: 'informationAccess', from: 'not-deprived', to: 'absent' },
      {
        kind: 'income',
        from: 'income-in-middle-band',
        to: 'income-at-or-below-poverty-line',
        lines: rural,
      },
    ]);
    expect(h2?.causes).toEqual([
      { kind: 'indicator', id: 'informationAccess', from: 'deprived', to: 'absent' },
    ]);
    expect(h3?.causes.find((cause) => cause.kind === 'income')).toEqual({
      kind: 'income',
      from: 'income-above-middle-band',
      to: 'income-in-middle-band',
      lines: rural,
    });
    expect(h1).toMatchObject({ index: 0, group: 'a', fromPoverty: 'neither', toPoverty: 'poor' });
  });

  it('gives the change of every rate: before 1, 1, 1, 2 of 5; after 1, 2, 1, 1 of 5', () => {
    const households = comparison.rateChanges.households;
    expect(households.poor.rate).toBe(0);
    expect(households.nearPoor.rate).toBeCloseTo(0.2, 12);
    expect(households.poorOrNearPoor.rate).toBeCloseTo(0.2, 12);
    expect(households.middle.rate).toBe(0);
    expect(households.notPoor.rate).toBeCloseTo(-0.2, 12);
    expect(households.undetermined).toEqual({ rate: 0, rateAtMost: 0 });
    // People: 12 in all; poor 2 → 2, near-poor 4 → 6.
    expect(comparison.rateChanges.people.nearPoor.rate).toBeCloseTo(2 / 12, 12);
    expect(comparison.before.households.poor.count).toBe(1);
    expect(comparison.after.households.nearPoor.count).toBe(2);
  });

  it('gives the change in M0: each standard with its own indicators and default weights', () => {
    // nd07-2021: 12 indicators of 1/12. H1 and H2 score 3/12 = k: poor. H 2/5, A 1/4, M0 1/10.
    // What-if: information has telecom alone (1/6). H1 3/12 poor; H2 2/12 not. H 1/5, A 1/4, M0 1/20.
    const { before, after, change } = comparison.alkireFoster;
    expect([before.headcountRatio, before.intensity, before.adjustedHeadcountRatio]).toEqual([
      2 / 5,
      1 / 4,
      1 / 10,
    ]);
    expect([after.headcountRatio, after.intensity, after.adjustedHeadcountRatio]).toEqual([
      1 / 5,
      1 / 4,
      1 / 20,
    ]);
    expect(change.headcountRatio).toBeCloseTo(-0.2, 12);
    expect(change.intensity).toBe(0);
    expect(change.adjustedHeadcountRatio).toBeCloseTo(-0.05, 12);
    expect(after.indicators.find((i) => i.id === 'telecom')?.weight.exact).toBe('1/6');
    expect(before.groups.map((group) => group.key)).toEqual(['a', 'b']);
  });

  it('gives each group its moves and rate changes', () => {
    expect(comparison.groups.map((group) => [group.key, group.moves.length])).toEqual([
      ['a', 2],
      ['b', 3],
    ]);
    const b = comparison.groups[1];
    expect(b?.rateChanges.households.middle.rate).toBeCloseTo(1 / 3, 12);
    // The summaries carry the groups too: commune b has H3, H4, H5; under the what-if H3 is middle.
    expect(comparison.before.groups.map((group) => group.key)).toEqual(['a', 'b']);
    expect(comparison.after.groups[1]?.households.middle.count).toBe(1);
  });

  it('weighs moves and rates with survey weights', () => {
    const weighted = compareStandards(HOUSEHOLDS, {
      ...OPTIONS,
      weight: ({ household }: AssessedHousehold) => household.members.length * 10,
    });
    expect(weighted.weighted).toBe(true);
    expect(weighted.moves[0]).toEqual({
      from: 'poor',
      to: 'near-poor',
      households: 1,
      people: 2,
      weight: 20,
    });
    // Weights 20, 20, 30, 10, 40 (total 120): near-poor 40 → 60 of 120.
    expect(weighted.rateChanges.weightedHouseholds?.nearPoor.rate).toBeCloseTo(20 / 120, 12);
    expect(weighted.alkireFoster.before.weighted).toBe(true);
  });

  it('gives a stream the same comparison as the array', async () => {
    expect(await compareStandards(stream(HOUSEHOLDS), OPTIONS)).toEqual(comparison);
  });
});

describe('compareStandards: the move from 2022–2026 to 2027–2030', () => {
  it('shows the indicators replaced and the unknowns the new standard brings', () => {
    const raw = record({ id: 'T', monthly: 1_500_000, members: 2, deprived: 0 });
    const h = parsed({
      ...raw,
      declared: {
        ...declaring(
          ND07_2021.indicators.map((i) => i.id),
          0,
        ),
        employment: true,
        dependants: true,
        telecom: true,
      },
    });
    const comparison = compareStandards([h], {
      on: '2026-06-01',
      from: ND07_2021,
      to: ND351_2025,
      alkireFoster: { k: '1/3', unknown: 'exclude' },
    });
    const [changed] = comparison.changed;
    expect([changed?.from, changed?.to]).toEqual(['poor', 'undetermined']);
    expect(changed?.causes).toEqual([
      { kind: 'indicator', id: 'telecom', from: 'deprived', to: 'absent' },
      { kind: 'indicator', id: 'informationAccess', from: 'not-deprived', to: 'absent' },
      { kind: 'indicator', id: 'digitalServices', from: 'absent', to: 'unknown' },
      { kind: 'indicator', id: 'wasteTreatment', from: 'absent', to: 'unknown' },
    ]);
    expect(comparison.rateChanges.households.poor).toEqual({ rate: -1, rateAtMost: 0 });
    // Excluding unknowns leaves no household under nd351-2025: M0 has no value there.
    expect(comparison.alkireFoster.after.population.excluded).toBe(1);
    expect(comparison.alkireFoster.change.adjustedHeadcountRatio).toBeNull();
  });
});

describe('compareStandards: empty and hostile input', () => {
  it('answers no households with an empty table and no rates', () => {
    const comparison = compareStandards([], OPTIONS);
    expect(comparison.moves).toEqual([]);
    expect(comparison.rateChanges.households.poor).toEqual({ rate: null, rateAtMost: null });
    expect(comparison.alkireFoster.before.headcountRatio).toBeNull();
  });

  it('checks the options before reading a household', () => {
    let read = 0;
    function* households() {
      read++;
      yield HOUSEHOLDS[0] as Household;
    }
    expect(
      errorCode(() =>
        compareStandards(households(), { ...OPTIONS, alkireFoster: { k: 2, unknown: 'exclude' } }),
      ),
    ).toBe('invalid-options');
    expect(
      errorCode(() =>
        compareStandards(households(), { ...OPTIONS, alkireFoster: { k: '1/3' } } as never),
      ),
    ).toBe('invalid-options');
    expect(errorCode(() => compareStandards(households(), { ...OPTIONS, on: '2024-13-01' }))).toBe(
      'invalid-date',
    );
    expect(
      errorCode(() => compareStandards(households(), { ...OPTIONS, standard: ND07_2021 } as never)),
    ).toBe('invalid-options');
    expect(errorCode(() => compareStandards(households(), undefined as never))).toBe(
      'invalid-options',
    );
    expect(read).toBe(0);
  });

  it('refuses a raw record that was not parsed', () => {
    expect(errorCode(() => compareStandards([{ id: 'x' } as never], OPTIONS))).toBe(
      'invalid-household',
    );
  });
});
