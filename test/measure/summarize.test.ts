import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AssessedHousehold,
  assessMany,
  type CategoryFigures,
  ND351_2025,
  type PopulationItem,
  QD59_2015,
  summarize,
} from '../../src/index';
import { errorCode, household } from '../fixtures';
import { assessed, ON, record, SIX, SIX_WEIGHTS, stream } from './helpers';

const six = assessed(SIX);
const weightOf = ({ assessment }: AssessedHousehold) =>
  SIX_WEIGHTS[assessment.householdId ?? ''] ?? 0;

/** `{ count, atMost, rate, rateAtMost }` from the two counts and the total. */
const tally = (count: number, atMost: number, total: number) => ({
  count,
  atMost,
  rate: count / total,
  rateAtMost: atMost / total,
});

describe('summarize: the six hand-computed households', () => {
  const summary = summarize(six, { by: 'commune', weight: weightOf });

  it('counts households surely in each category, and at most (A poor; B, F near-poor; C poor or near-poor; D middle; E not poor)', () => {
    const h = summary.households;
    expect(h.total).toBe(6);
    expect(h.poor).toEqual(tally(1, 2, 6)); // A; C could be
    expect(h.nearPoor).toEqual(tally(2, 3, 6)); // B, F; C could be
    expect(h.poorOrNearPoor).toEqual(tally(4, 4, 6)); // C is one or the other: surely in
    expect(h.middle).toEqual(tally(1, 1, 6));
    expect(h.notPoor).toEqual(tally(1, 1, 6));
    expect(h.neither).toEqual(tally(2, 2, 6));
    expect(h.undetermined).toEqual(tally(1, 1, 6));
  });

  it('counts people: members 4 + 2 + 3 + 1 + 5 + 2 = 17', () => {
    const p = summary.people;
    expect(p.total).toBe(17);
    expect(p.poor).toEqual(tally(4, 7, 17)); // A 4; + C 3
    expect(p.nearPoor).toEqual(tally(4, 7, 17)); // B 2 + F 2; + C 3
    expect(p.poorOrNearPoor).toEqual(tally(11, 11, 17));
    expect(p.neither).toEqual(tally(6, 6, 17)); // D 1 + E 5
  });

  it('weights households: A 10 … F 60, total 210', () => {
    const w = summary.weightedHouseholds as CategoryFigures;
    expect(w.total).toBe(210);
    expect(w.poor).toEqual(tally(10, 40, 210)); // A 10; + C 30
    expect(w.nearPoor).toEqual(tally(80, 110, 210)); // B 20 + F 60; + C 30
    expect(w.poorOrNearPoor).toEqual(tally(120, 120, 210));
    expect(w.undetermined).toEqual(tally(30, 30, 210));
  });

  it('weights people: 40 + 40 + 90 + 40 + 250 + 120 = 580', () => {
    const w = summary.weightedPeople as CategoryFigures;
    expect(w.total).toBe(580);
    expect(w.poor).toEqual(tally(40, 130, 580));
    expect(w.nearPoor).toEqual(tally(160, 250, 580)); // B 40 + F 120; + C 90
    expect(w.notPoor).toEqual(tally(250, 250, 580));
  });

  it('groups by commune in the order of first appearance', () => {
    expect(summary.groups.map((group) => group.key)).toEqual(['001', '002']);
    const [first, second] = summary.groups;
    expect(first?.households.poor).toEqual(tally(1, 2, 3));
    expect(first?.households.poorOrNearPoor).toEqual(tally(3, 3, 3));
    expect(second?.households.poor).toEqual(tally(0, 0, 3));
    expect(second?.households.nearPoor).toEqual(tally(1, 1, 3));
    expect(second?.weightedHouseholds?.nearPoor).toEqual(tally(60, 60, 150));
  });

  it('records the standard, the counts and that it was weighted', () => {
    expect(summary).toMatchObject({
      standardId: 'nd07-2021',
      records: 6,
      assessed: 6,
      rejected: 0,
      weighted: true,
    });
  });

  it('has no weighted figures without weights', () => {
    const plain = summarize(six);
    expect(plain.weighted).toBe(false);
    expect(plain.weightedHouseholds).toBeUndefined();
    expect(plain.groups).toEqual([]);
    expect(plain.households).toEqual(summary.households);
  });

  it('counts whom the caller says as people: the women, 2 + 1 + 3 + 0 + 2 + 1 = 9', () => {
    const women = summarize(six, {
      people: ({ household }) => household.members.filter((m) => m.sex === 'female').length,
    });
    expect(women.people.total).toBe(9);
    expect(women.people.poor).toEqual(tally(2, 5, 9)); // A 2; + C 3
    expect(women.people.nearPoor).toEqual(tally(2, 5, 9)); // B 1 + F 1; + C 3
  });

  it('groups by area, province, village and any function of the household', () => {
    expect(summarize(six, { by: 'area' }).groups.map((g) => g.key)).toEqual(['rural']);
    expect(summarize(six, { by: 'province' }).groups.map((g) => g.key)).toEqual([null]);
    expect(summarize(six, { by: 'village' }).groups.map((g) => g.key)).toEqual([null]);
    const bySize = summarize(six, { by: ({ household }) => household.members.length > 2 });
    expect(bySize.groups.map((g) => [g.key, g.households.total])).toEqual([
      [true, 3],
      [false, 3],
    ]);
  });
});

describe('summarize: undetermined households are never hidden', () => {
  it('keeps an unpublished middle band visible: undetermined, yet surely neither poor nor near-poor', () => {
    const [item] = assessed(
      [{ monthly: 3_000_000, members: 4, deprived: 0 }],
      ND351_2025,
      '2027-06-01',
    );
    const summary = summarize([item as AssessedHousehold]);
    expect(summary.households.undetermined.count).toBe(1);
    expect(summary.households.neither).toEqual(tally(1, 1, 1));
    expect(summary.households.middle).toEqual(tally(0, 1, 1));
    expect(summary.households.notPoor).toEqual(tally(0, 1, 1));
    expect(summary.households.poor).toEqual(tally(0, 0, 1));
  });

  it('gives every rate its bounds when everything is undetermined', () => {
    const items = assessed([
      { monthly: 1_500_000, members: 2, deprived: 2, unknown: true },
      { monthly: 1_000_000, members: 3, deprived: 2, unknown: true },
    ]);
    const summary = summarize(items);
    expect(summary.households.undetermined).toEqual(tally(2, 2, 2));
    expect(summary.households.poor).toEqual(tally(0, 2, 2));
    expect(summary.households.poorOrNearPoor).toEqual(tally(2, 2, 2));
  });
});

describe('summarize: rejected records, empty and hostile input', () => {
  it('counts rejected records apart, so that records = assessed + rejected', () => {
    const items = [
      ...assessMany([record(SIX[0] as never), { id: 'bad' }, 'not a record'], { on: ON }),
    ];
    const summary = summarize(items);
    expect(summary).toMatchObject({ records: 3, assessed: 1, rejected: 2 });
    expect(summary.households.total).toBe(1);
  });

  it('answers an empty population with zero counts and no rates', () => {
    const summary = summarize([]);
    expect(summary.standardId).toBeNull();
    expect(summary.households.total).toBe(0);
    expect(summary.households.poor).toEqual({ count: 0, atMost: 0, rate: null, rateAtMost: null });
  });

  it('gives no weighted rate when every weight is 0, and keeps the unweighted ones', () => {
    const summary = summarize(six, { weight: () => 0 });
    expect(summary.weightedHouseholds?.poor.rate).toBeNull();
    expect(summary.households.poor.rate).toBe(1 / 6);
  });

  it.each([
    ['NaN', Number.NaN],
    ['negative', -1],
    ['infinite', Number.POSITIVE_INFINITY],
    ['a string', '5'],
    ['undefined', undefined],
  ])('refuses a %s survey weight', (_, weight) => {
    expect(errorCode(() => summarize(six, { weight: () => weight as number }))).toBe(
      'invalid-survey-weight',
    );
  });

  it.each([
    ['undefined', undefined],
    ['an object', {}],
    ['NaN', Number.NaN],
  ])('refuses a group key that is %s', (_, key) => {
    expect(errorCode(() => summarize(six, { by: () => key as never }))).toBe('invalid-group-key');
  });

  it('refuses an unknown grouping name and a misspelt option', () => {
    expect(errorCode(() => summarize(six, { by: 'district' as never }))).toBe('invalid-options');
    expect(errorCode(() => summarize(six, { weights: weightOf } as never))).toBe('invalid-options');
    expect(errorCode(() => summarize(six, { weight: 3 } as never))).toBe('invalid-options');
    expect(errorCode(() => summarize(six, 'commune' as never))).toBe('invalid-options');
  });

  it('refuses a people count that is not a whole number at least 0', () => {
    expect(errorCode(() => summarize(six, { people: () => 1.5 }))).toBe('invalid-people-count');
    expect(errorCode(() => summarize(six, { people: () => -1 }))).toBe('invalid-people-count');
  });

  it('refuses assessments of two standards, and anything that is not a population', () => {
    const old = assessed([{ monthly: 500_000, members: 2, deprived: 0 }], QD59_2015, '2019-06-01');
    expect(errorCode(() => summarize([...six, ...old]))).toBe('mixed-standards');
    expect(errorCode(() => summarize('items' as never))).toBe('not-iterable');
    expect(errorCode(() => summarize(null as never))).toBe('not-iterable');
    expect(errorCode(() => summarize({} as never))).toBe('not-iterable');
    expect(errorCode(() => summarize([household()] as never))).toBe('invalid-options');
  });
});

describe('summarize: properties', () => {
  const shape = fc.record({
    monthly: fc.integer({ min: 0, max: 4_000_000 }),
    members: fc.integer({ min: 1, max: 6 }),
    deprived: fc.integer({ min: 0, max: 11 }),
    unknown: fc.boolean(),
  });
  const population = fc.array(
    fc.record({
      shape,
      weight: fc.double({ min: 0, max: 1000, noNaN: true }),
      commune: fc.constantFrom('a', 'b', 'c'),
    }),
    { maxLength: 25 },
  );

  it('rates are in [0, 1], bounds contain the rate, counts add up to the total', () => {
    fc.assert(
      fc.property(population, (rows) => {
        const items = assessed(rows.map((row) => row.shape));
        const summary = summarize(items, { weight: (_item) => 1 });
        for (const figures of [summary.households, summary.people, summary.weightedHouseholds]) {
          const f = figures as CategoryFigures;
          const sureTotal =
            f.poor.count +
            f.nearPoor.count +
            f.middle.count +
            f.notPoor.count +
            f.undetermined.count;
          expect(sureTotal).toBe(f.total);
          for (const key of [
            'poor',
            'nearPoor',
            'poorOrNearPoor',
            'middle',
            'notPoor',
            'neither',
            'undetermined',
          ] as const) {
            const t = f[key];
            expect(t.count).toBeLessThanOrEqual(t.atMost);
            if (f.total === 0) continue;
            expect(t.rate).toBeGreaterThanOrEqual(0);
            expect(t.rateAtMost).toBeLessThanOrEqual(1);
            expect(t.rate as number).toBeLessThanOrEqual(t.rateAtMost as number);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a stream gives the same summary as the array, weighted and grouped', async () => {
    await fc.assert(
      fc.asyncProperty(population, async (rows) => {
        const items: PopulationItem[] = assessed(rows.map((row) => row.shape));
        const weights = new Map(items.map((item, i) => [item, rows[i]?.weight ?? 0]));
        const options = {
          by: (item: AssessedHousehold) => rows[items.indexOf(item)]?.commune ?? null,
          weight: (item: AssessedHousehold) => weights.get(item) ?? 0,
        };
        expect(await summarize(stream(items), options)).toEqual(summarize(items, options));
      }),
      { numRuns: 25 },
    );
  });
});
